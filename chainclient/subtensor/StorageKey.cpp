#include "chainclient/subtensor/StorageKey.h"

#include "chainclient/crypto/Hashes.h"
#include "chainclient/subtensor/DynamicDecoder.h"

#include <QByteArray>

namespace chainclient::subtensor {

using crypto::Hashes;
using economics::ErrorCode;
using economics::makeError;

namespace {

QByteArray toQt(std::span<const std::uint8_t> b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

void append(StorageKey::Bytes& out, const QByteArray& b) {
    out.insert(out.end(), reinterpret_cast<const std::uint8_t*>(b.constData()),
               reinterpret_cast<const std::uint8_t*>(b.constData()) + b.size());
}

QByteArray text(std::string_view s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Key types per hasher: a map with n hashers takes an n-tuple key (one hasher: the type itself).
Result<std::vector<std::uint32_t>> keyTypes(const Metadata& md, const StorageEntry& e) {
    if (e.hashers.size() == 1)
        return std::vector<std::uint32_t>{e.keyType};
    const TypeInfo* t = md.types().type(e.keyType);
    if (!t || t->kind != TypeKind::Tuple || t->tuple.size() != e.hashers.size())
        return makeError(ErrorCode::MalformedData,
                         "storage " + e.name + ": key type does not match its hashers");
    return t->tuple;
}

} // namespace

StorageKey::Bytes StorageKey::itemPrefix(std::string_view palletPrefix, std::string_view item) {
    Bytes out;
    out.reserve(32);
    append(out, Hashes::twox128(text(palletPrefix)));
    append(out, Hashes::twox128(text(item)));
    return out;
}

std::size_t StorageKey::hashPrefixLength(StorageHasher hasher) {
    switch (hasher) {
    case StorageHasher::Blake2_128Concat:
        return 16;
    case StorageHasher::Twox64Concat:
        return 8;
    default:
        return 0;
    }
}

bool StorageKey::isTransparent(StorageHasher hasher) {
    return hasher == StorageHasher::Identity || hasher == StorageHasher::Twox64Concat ||
           hasher == StorageHasher::Blake2_128Concat;
}

StorageKey::Bytes StorageKey::hash(StorageHasher hasher, std::span<const std::uint8_t> key) {
    const QByteArray k = toQt(key);
    Bytes out;
    switch (hasher) {
    case StorageHasher::Blake2_128:
        append(out, Hashes::blake2b128(k));
        break;
    case StorageHasher::Blake2_256:
        append(out, Hashes::blake2b256(k));
        break;
    case StorageHasher::Blake2_128Concat:
        append(out, Hashes::blake2_128Concat(k));
        break;
    case StorageHasher::Twox128:
        append(out, Hashes::twox128(k));
        break;
    case StorageHasher::Twox256:
        append(out, Hashes::twox256(k));
        break;
    case StorageHasher::Twox64Concat:
        append(out, Hashes::twox64Concat(k));
        break;
    case StorageHasher::Identity:
        out.assign(key.begin(), key.end());
        break;
    }
    return out;
}

Result<StorageKey::Bytes> StorageKey::build(const Metadata& md, std::string_view pallet,
                                            std::string_view item, const std::vector<Bytes>& encodedKeys) {
    const Pallet* p = md.pallet(pallet);
    const StorageEntry* e = p ? p->storageEntry(item) : nullptr;
    if (!e)
        return makeError(ErrorCode::NotSupported, "storage item " + std::string(pallet) + "." +
                                                      std::string(item) + " is not in this runtime");
    if (encodedKeys.size() > e->hashers.size())
        return makeError(ErrorCode::InvalidState, "storage " + std::string(pallet) + "." + std::string(item) +
                                                      " takes " + std::to_string(e->hashers.size()) +
                                                      " keys, got " + std::to_string(encodedKeys.size()));
    Bytes out = itemPrefix(p->storagePrefix, e->name);
    for (std::size_t i = 0; i < encodedKeys.size(); ++i) {
        const Bytes h = hash(e->hashers[i], encodedKeys[i]);
        out.insert(out.end(), h.begin(), h.end());
    }
    return out;
}

Result<std::vector<ScaleValue>> StorageKey::decodeKeyArgs(const Metadata& md, std::string_view pallet,
                                                          std::string_view item,
                                                          std::span<const std::uint8_t> key) {
    const Pallet* p = md.pallet(pallet);
    const StorageEntry* e = p ? p->storageEntry(item) : nullptr;
    if (!e || !e->isMap)
        return makeError(ErrorCode::NotSupported, "storage map " + std::string(pallet) + "." +
                                                      std::string(item) + " is not in this runtime");
    const Bytes prefix = itemPrefix(p->storagePrefix, e->name);
    if (key.size() < prefix.size() || !std::equal(prefix.begin(), prefix.end(), key.begin()))
        return makeError(ErrorCode::MalformedData,
                         "storage key does not belong to " + std::string(pallet) + "." + std::string(item));
    auto types = keyTypes(md, *e);
    if (!types)
        return types.error();
    ScaleReader r(key.subspan(prefix.size()));
    DynamicDecoder dec(md.types());
    std::vector<ScaleValue> args;
    for (std::size_t i = 0; i < e->hashers.size(); ++i) {
        if (!isTransparent(e->hashers[i]))
            return makeError(ErrorCode::NotSupported, "storage " + e->name + ": key " + std::to_string(i) +
                                                          " uses an opaque hasher and cannot be recovered");
        if (auto skip = r.readBytes(hashPrefixLength(e->hashers[i]), "key hash"); !skip)
            return skip.error();
        auto v = dec.decode((*types)[i], r);
        if (!v)
            return v.error();
        args.push_back(std::move(v).value());
    }
    if (!r.atEnd())
        return r.error("storage key has " + std::to_string(r.remaining()) + " unexpected trailing bytes");
    return args;
}

} // namespace chainclient::subtensor
