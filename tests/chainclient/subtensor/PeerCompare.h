#pragma once
// Field-by-field comparison of our decodes with the fixtures' JSON: the @polkadot/types peer
// output (peer_decoded.json) and turbobt's expected values (expected.json). Conventions are those
// listed in chain-fixtures/README.md; every field and element is compared, object keys must match
// exactly (peer keys also in wire order), and mismatches are collected with their JSON path.

#include "chainclient/crypto/Ss58.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/ScaleValue.h"
#include "chainclient/subtensor/SubtensorTypes.h"
#include "chainclient/subtensor/ValueMapper.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <set>

namespace peer {

using namespace chainclient::subtensor;

struct Mismatches {
    QStringList list;
    int count = 0;
    void add(const QString& path, const QString& what) {
        if (++count <= 25)
            list << path + ": " + what;
    }
    QString summary() const { return QString("%1 mismatches, first: %2").arg(count).arg(list.join(" | ")); }
};

inline QString ss58(std::span<const std::uint8_t> key) {
    return chainclient::crypto::Ss58::encode(
        QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())));
}

inline constexpr U128 kMaxSafeJson = (U128(1) << 53) - 1;

inline void compareNumber(const QJsonValue& p, U128 magnitude, bool negative, const QString& path,
                          Mismatches& m) {
    const std::string dec = (negative ? "-" : "") + toDecimal(magnitude);
    if (p.isString()) {
        if (p.toString().toStdString() != dec)
            m.add(path, QString("expected %1, got %2").arg(p.toString(), dec.c_str()));
        return;
    }
    if (!p.isDouble()) {
        m.add(path, QString("expected a number, got %1").arg(dec.c_str()));
        return;
    }
    const double ours = negative ? -static_cast<double>(magnitude) : static_cast<double>(magnitude);
    // Exact below 2^53; above it only a lossy JSON double (turbobt's max_difficulty) can be compared.
    if (ours != p.toDouble() ||
        (magnitude <= kMaxSafeJson && QString::number(p.toDouble(), 'f', 0).toStdString() != dec))
        m.add(path, QString("expected %1, got %2").arg(QString::number(p.toDouble(), 'f', 0), dec.c_str()));
}

// ---- the dynamic ScaleValue tree against peer_decoded.json ----
inline void compareTree(const ScaleValue& v, const QJsonValue& p, const PortableRegistry& reg,
                        const QString& path, Mismatches& m) {
    if (v.isOption()) {
        if (const ScaleValue* inner = v.unwrapOption())
            compareTree(*inner, p, reg, path, m);
        else if (!p.isNull())
            m.add(path, "expected a value, got None");
        return;
    }
    switch (v.kind) {
    case ScaleKind::Composite: {
        const TypeInfo* t = reg.type(v.typeId);
        if (t && !t->path.empty() && t->path.back() == "AccountId32" && v.items.size() == 1) {
            const QString ours = ss58(v.items[0].bytes);
            if (p.toString() != ours)
                m.add(path, QString("expected %1, got %2").arg(p.toString(), ours));
            return;
        }
        const bool named = !v.items.empty() && !v.fieldName(0).empty();
        if (!named) {
            if (v.items.size() == 1)
                return compareTree(v.items[0], p, reg, path, m);
            if (!p.isArray() || p.toArray().size() != qsizetype(v.items.size()))
                return m.add(path, "tuple struct shape");
            for (std::size_t i = 0; i < v.items.size(); ++i)
                compareTree(v.items[i], p.toArray()[qsizetype(i)], reg, path + QString("[%1]").arg(i), m);
            return;
        }
        if (!p.isObject())
            return m.add(path, "expected an object in the peer output");
        const QJsonObject o = p.toObject();
        QStringList ourKeys;
        for (std::size_t i = 0; i < v.items.size(); ++i)
            ourKeys << QString::fromStdString(std::string(v.fieldName(i)));
        QStringList peerKeys = o.keys(); // QJsonObject sorts keys, so compare as sets
        QStringList sortedOurs = ourKeys;
        sortedOurs.sort();
        peerKeys.sort();
        if (sortedOurs != peerKeys)
            m.add(path, "field set differs: ours " + ourKeys.join(",") + " / peer " + o.keys().join(","));
        for (std::size_t i = 0; i < v.items.size(); ++i)
            compareTree(v.items[i], o.value(ourKeys[qsizetype(i)]), reg, path + "." + ourKeys[qsizetype(i)],
                        m);
        return;
    }
    case ScaleKind::Tuple:
    case ScaleKind::Sequence: {
        if (!p.isArray())
            return m.add(path, "expected an array");
        const QJsonArray a = p.toArray();
        if (a.size() != qsizetype(v.items.size()))
            return m.add(path, QString("length %1 vs peer %2").arg(v.items.size()).arg(a.size()));
        for (std::size_t i = 0; i < v.items.size(); ++i)
            compareTree(v.items[i], a[qsizetype(i)], reg, path + QString("[%1]").arg(i), m);
        return;
    }
    case ScaleKind::Variant: {
        const QString name = QString::fromStdString(std::string(v.variantName()));
        if (v.items.empty()) {
            if (p.toString() != name)
                m.add(path, "variant " + name);
            return;
        }
        const QJsonObject o = p.toObject();
        if (o.size() != 1)
            return m.add(path, "variant object shape");
        const QJsonValue inner = o.begin().value();
        if (v.items.size() == 1)
            return compareTree(v.items[0], inner, reg, path + "." + name, m);
        for (std::size_t i = 0; i < v.items.size(); ++i)
            compareTree(v.items[i], inner.toArray()[qsizetype(i)], reg, path + "." + name, m);
        return;
    }
    case ScaleKind::Bytes: {
        const QString ours = QString::fromStdString(Hex::encode(v.bytes));
        if (p.toString() != ours)
            m.add(path, "bytes differ: peer " + p.toString().left(40) + " ours " + ours.left(40));
        return;
    }
    case ScaleKind::Bool:
        if (!p.isBool() || p.toBool() != (v.number != 0))
            m.add(path, "bool differs");
        return;
    case ScaleKind::UInt:
        return compareNumber(p, v.number, false, path, m);
    case ScaleKind::Int: {
        const I128 s = v.signedNumber();
        return compareNumber(p, s < 0 ? U128(0) - U128(s) : U128(s), s < 0, path, m);
    }
    case ScaleKind::Str:
        if (p.toString().toStdString() != std::string(v.text()))
            m.add(path, "string differs");
        return;
    case ScaleKind::BitSequence:
        m.add(path, "bit sequences are not expected in these fixtures");
        return;
    case ScaleKind::Numbers: {
        if (!p.isArray())
            return m.add(path, "expected an array");
        const QJsonArray a = p.toArray();
        if (a.size() != qsizetype(v.numbers.size()))
            return m.add(path, QString("length %1 vs peer %2").arg(v.numbers.size()).arg(a.size()));
        for (std::size_t i = 0; i < v.numbers.size(); ++i)
            compareNumber(a[qsizetype(i)], v.numbers[i], false, path + QString("[%1]").arg(i), m);
        return;
    }
    }
}

// ---- typed structs against peer_decoded.json or turbobt's expected.json ----
struct TypedOptions {
    bool emptyVecIsNull = false; // turbobt reports get_neurons_lite(404) = [] as None
};

template <class T>
void compareTyped(const QJsonValue& e, const T& ours, const QString& path, Mismatches& m,
                  const TypedOptions& opt);

inline void compareBytes(const QJsonValue& e, std::span<const std::uint8_t> ours, const QString& path,
                         Mismatches& m) {
    std::vector<std::uint8_t> want;
    if (e.isArray()) {
        for (const auto& x : e.toArray())
            want.push_back(static_cast<std::uint8_t>(x.toInt()));
    } else if (e.toString().startsWith("0x")) {
        want = Hex::decode(e.toString().toStdString()).value();
    } else {
        const QByteArray utf8 = e.toString().toUtf8();
        want.assign(utf8.begin(), utf8.end());
    }
    if (!std::equal(want.begin(), want.end(), ours.begin(), ours.end()))
        m.add(path, "bytes/text differ");
}

template <class T>
void compareTyped(const QJsonValue& e, const T& ours, const QString& path, Mismatches& m,
                  const TypedOptions& opt) {
    using namespace chainclient::subtensor::mapping_detail;
    if constexpr (IsOptional<T>::value) {
        if (!ours) {
            if (!e.isNull())
                m.add(path, "ours is None, expected a value");
        } else if (e.isNull()) {
            m.add(path, "ours has a value, expected None");
        } else {
            compareTyped(e, *ours, path, m, opt);
        }
    } else if constexpr (std::same_as<T, bool>) {
        if (!e.isBool() || e.toBool() != ours)
            m.add(path, "bool differs");
    } else if constexpr (IntegerType<T>) {
        if constexpr (std::is_signed_v<T> || std::same_as<T, I128>) {
            const I128 s = ours;
            compareNumber(e, s < 0 ? U128(0) - U128(s) : U128(s), s < 0, path, m);
        } else {
            compareNumber(e, U128(ours), false, path, m);
        }
    } else if constexpr (FixedPointType<T>) {
        compareTyped(e.toObject().value("bits"), ours.bits, path + ".bits", m, opt);
        if (e.toObject().size() != 1)
            m.add(path, "fixed-point object shape");
    } else if constexpr (std::same_as<T, std::string>) {
        compareBytes(e, std::span(reinterpret_cast<const std::uint8_t*>(ours.data()), ours.size()), path, m);
    } else if constexpr (std::same_as<T, std::vector<std::uint8_t>> || std::same_as<T, AccountId>) {
        if constexpr (std::same_as<T, AccountId>) {
            if (e.toString() != ss58(ours))
                m.add(path, QString("expected %1, got %2").arg(e.toString(), ss58(ours)));
        } else {
            compareBytes(e, ours, path, m);
        }
    } else if constexpr (IsVector<T>::value || IsArray<T>::value) {
        if (opt.emptyVecIsNull && e.isNull() && ours.empty())
            return;
        if constexpr (IsVector<T>::value && IsPair<typename T::value_type>::value) {
            if (e.isObject()) { // turbobt's {ss58: amount} maps
                const QJsonObject o = e.toObject();
                if (o.size() != qsizetype(ours.size()))
                    return m.add(path, "map size differs");
                for (const auto& [k, val] : ours) {
                    if constexpr (std::same_as<std::remove_cvref_t<decltype(k)>, AccountId>)
                        compareTyped(o.value(ss58(k)), val, path + "." + ss58(k), m, opt);
                }
                return;
            }
        }
        if (!e.isArray())
            return m.add(path, "expected an array");
        const QJsonArray a = e.toArray();
        if (a.size() != qsizetype(ours.size()))
            return m.add(path, QString("length %1 vs expected %2").arg(ours.size()).arg(a.size()));
        for (std::size_t i = 0; i < ours.size(); ++i)
            compareTyped(a[qsizetype(i)], ours[i], path + QString("[%1]").arg(i), m, opt);
    } else if constexpr (IsPair<T>::value) {
        const QJsonArray a = e.toArray();
        if (a.size() != 2)
            return m.add(path, "expected a pair");
        compareTyped(a[0], ours.first, path + "[0]", m, opt);
        compareTyped(a[1], ours.second, path + "[1]", m, opt);
    } else if constexpr (HasFields<T>) {
        if (!e.isObject())
            return m.add(path, "expected an object");
        const QJsonObject o = e.toObject();
        std::set<QString> seen;
        T::fields(ours, [&](const char* name, const auto& member) {
            const QString key = QString::fromLatin1(name);
            seen.insert(key);
            using M = std::remove_cvref_t<decltype(member)>;
            if (!o.contains(key)) {
                if constexpr (IsOptional<M>::value) {
                    if (!member)
                        return;
                }
                return m.add(path + "." + key, "field missing from the expected JSON");
            }
            compareTyped(o.value(key), member, path + "." + key, m, opt);
        });
        for (const QString& k : o.keys())
            if (!seen.count(k))
                m.add(path + "." + k, "expected field not mapped into the struct");
    } else {
        static_assert(sizeof(T) == 0, "compareTyped: unsupported type");
    }
}

} // namespace peer
