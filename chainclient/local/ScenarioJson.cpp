#include "chainclient/local/ScenarioJson.h"

#include "chainclient/economics/Chain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace chainclient {
namespace {

economics::Error invalid(const QString& message) {
    return economics::makeError(economics::ErrorCode::InvalidState, message.toStdString());
}

// Semantic checks a parser cannot express as types; returns the first problem.
std::optional<QString> validate(const economics::ScenarioConfig& c) {
    auto fraction = [](double v) { return v >= 0.0 && v <= 1.0; };
    if (c.genesisSubnets < 0 || c.genesisSubnets > 1024) return QStringLiteral("genesisSubnets must be in [0, 1024]");
    if (c.subnetLimit < 1 || c.subnetLimit > 4096) return QStringLiteral("subnetLimit must be in [1, 4096]");
    if (c.minMinersPerSubnet < 0 || c.maxMinersPerSubnet < c.minMinersPerSubnet || c.maxMinersPerSubnet > 256)
        return QStringLiteral("miners per subnet must satisfy 0 <= minMinersPerSubnet <= maxMinersPerSubnet <= 256");
    if (!(c.minPoolTao > 0) || c.maxPoolTao < c.minPoolTao) return QStringLiteral("need 0 < minPoolTao <= maxPoolTao");
    if (!(c.minPrice > 0) || c.maxPrice < c.minPrice) return QStringLiteral("need 0 < minPrice <= maxPrice");
    if (c.maxStartDelayDays < c.minStartDelayDays) return QStringLiteral("need minStartDelayDays <= maxStartDelayDays");
    for (double f : {c.taoWeight, c.honestFraction, c.lazyFraction, c.ownerBurnSubnetFraction, c.momentumFraction,
                     c.yieldFraction, c.minerSellProbability})
        if (!fraction(f)) return QStringLiteral("fractions and probabilities must be in [0, 1]");
    if (c.honestFraction + c.lazyFraction > 1.0) return QStringLiteral("honestFraction + lazyFraction must be <= 1");
    if (c.momentumFraction + c.yieldFraction > 1.0) return QStringLiteral("momentumFraction + yieldFraction must be <= 1");
    const double maxTake = economics::kMaxDelegateTakeU16 / 65535.0 + 0.5 / 65535.0; // 0.18 rounds to the maximum
    if (c.minValidatorTake > c.maxValidatorTake || c.maxValidatorTake > maxTake)
        return QStringLiteral("validator takes must satisfy 0 <= minValidatorTake <= maxValidatorTake <= 0.18");
    return std::nullopt;
}

} // namespace

economics::Result<economics::ScenarioConfig> ScenarioJson::parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("The scenario is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject()) return invalid(QStringLiteral("The scenario must be a JSON object."));
    const QJsonObject obj = doc.object();
    economics::ScenarioConfig c = economics::ScenarioConfig::defaults();
    QSet<QString> known;
    std::optional<QString> problem;
    economics::forEachScenarioField(c, [&](const char* name, auto& field) {
        using T = std::decay_t<decltype(field)>;
        const QString key = QString::fromLatin1(name);
        known.insert(key);
        if (problem || !obj.contains(key)) return;
        const QJsonValue v = obj.value(key);
        if constexpr (std::is_same_v<T, std::string>) {
            if (!v.isString()) problem = key + QStringLiteral(" must be a string");
            else field = v.toString().toStdString();
        } else if constexpr (std::is_same_v<T, double>) {
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) problem = key + QStringLiteral(" must be a non-negative number");
            else field = v.toDouble();
        } else if constexpr (std::is_same_v<T, std::uint64_t>) {
            // Seeds above 2^53 do not survive a JSON number; accept them as decimal strings.
            bool ok = v.isString();
            const quint64 s = ok ? v.toString().toULongLong(&ok) : 0;
            if (ok) field = s;
            else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9007199254740992.0 && std::floor(v.toDouble()) == v.toDouble())
                field = static_cast<std::uint64_t>(v.toDouble());
            else problem = key + QStringLiteral(" must be a non-negative integer (or a decimal string)");
        } else {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > std::numeric_limits<int>::max() || std::floor(d) != d)
                problem = key + QStringLiteral(" must be a non-negative integer");
            else field = static_cast<T>(d);
        }
    });
    // Optional fields outside forEachScenarioField (see ScenarioConfig).
    for (auto [key, field] : {std::pair<const char*, double*>{"minValidatorTake", &c.minValidatorTake},
                              std::pair<const char*, double*>{"maxValidatorTake", &c.maxValidatorTake}}) {
        const QString name = QString::fromLatin1(key);
        known.insert(name);
        if (problem || !obj.contains(name)) continue;
        const QJsonValue v = obj.value(name);
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) problem = name + QStringLiteral(" must be a non-negative number");
        else *field = v.toDouble();
    }
    if (problem) return invalid(QStringLiteral("Scenario field %1.").arg(*problem));
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!known.contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
            return invalid(QStringLiteral("Unknown scenario field \"%1\".").arg(it.key()));
    if (auto bad = validate(c)) return invalid(QStringLiteral("Scenario: %1.").arg(*bad));
    return c;
}

economics::Result<economics::ScenarioConfig> ScenarioJson::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("Cannot read the scenario file %1: %2.").arg(path, file.errorString()));
    return parse(file.readAll());
}

QByteArray ScenarioJson::toJson(const economics::ScenarioConfig& config) {
    economics::ScenarioConfig c = config;
    QJsonObject obj;
    economics::forEachScenarioField(c, [&](const char* name, auto& field) {
        using T = std::decay_t<decltype(field)>;
        const QString key = QString::fromLatin1(name);
        if constexpr (std::is_same_v<T, std::string>) obj.insert(key, QString::fromStdString(field));
        else if constexpr (std::is_same_v<T, std::uint64_t>)
            obj.insert(key, field <= (1ULL << 53) ? QJsonValue(static_cast<double>(field)) : QJsonValue(QString::number(field)));
        else obj.insert(key, static_cast<double>(field));
    });
    if (c.validatorTakesSet()) {
        obj.insert(QStringLiteral("minValidatorTake"), c.minValidatorTake);
        obj.insert(QStringLiteral("maxValidatorTake"), c.maxValidatorTake);
    }
    return QJsonDocument(obj).toJson(QJsonDocument::Indented);
}

} // namespace chainclient
