#include "chainclient/subtensor/Metadata.h"

namespace chainclient::subtensor {

namespace {

using economics::okStatus;

Status skipStrings(ScaleReader& r) {
    auto n = r.readLength();
    if (!n)
        return n.error();
    for (std::size_t i = 0; i < *n; ++i) {
        auto s = r.readLength();
        if (!s)
            return s.error();
        if (auto b = r.readBytes(*s, "string"); !b)
            return b.error();
    }
    return okStatus();
}

Result<std::optional<std::uint32_t>> readOptType(ScaleReader& r) {
    return r.readOption([](ScaleReader& rr) { return rr.readCompactU32(); });
}

Status readStorage(ScaleReader& r, Pallet& p) {
    auto prefix = r.readString();
    if (!prefix)
        return prefix.error();
    p.storagePrefix = std::move(prefix).value();
    auto n = r.readLength();
    if (!n)
        return n.error();
    p.storage.reserve(*n);
    for (std::size_t i = 0; i < *n; ++i) {
        StorageEntry e;
        auto name = r.readString();
        if (!name)
            return name.error();
        e.name = std::move(name).value();
        auto mod = r.readU8();
        if (!mod)
            return mod.error();
        if (*mod > 1)
            return r.error("unknown storage modifier " + std::to_string(*mod));
        e.optional = *mod == 0;
        auto kind = r.readEnumIndex();
        if (!kind)
            return kind.error();
        if (*kind == 0) {
            auto v = r.readCompactU32();
            if (!v)
                return v.error();
            e.valueType = *v;
        } else if (*kind == 1) {
            e.isMap = true;
            auto hashers = r.readVec([](ScaleReader& rr) -> Result<StorageHasher> {
                auto h = rr.readU8();
                if (!h)
                    return h.error();
                if (*h > static_cast<std::uint8_t>(StorageHasher::Identity))
                    return rr.error("unknown storage hasher " + std::to_string(*h));
                return static_cast<StorageHasher>(*h);
            });
            if (!hashers)
                return hashers.error();
            e.hashers = std::move(hashers).value();
            auto k = r.readCompactU32();
            if (!k)
                return k.error();
            auto v = r.readCompactU32();
            if (!v)
                return v.error();
            e.keyType = *k;
            e.valueType = *v;
        } else {
            return r.error("unknown storage entry type " + std::to_string(*kind));
        }
        auto def = r.readByteVec();
        if (!def)
            return def.error();
        e.defaultValue = std::move(def).value();
        if (auto d = skipStrings(r); !d)
            return d;
        p.storage.push_back(std::move(e));
    }
    return okStatus();
}

Result<Pallet> readPallet(ScaleReader& r, std::uint8_t version) {
    Pallet p;
    auto name = r.readString();
    if (!name)
        return name.error();
    p.name = std::move(name).value();
    auto hasStorage = r.readU8();
    if (!hasStorage)
        return hasStorage.error();
    if (*hasStorage > 1)
        return r.error("invalid Option tag for pallet storage");
    if (*hasStorage == 1)
        if (auto s = readStorage(r, p); !s)
            return s.error();
    auto calls = readOptType(r);
    if (!calls)
        return calls.error();
    p.callType = *calls;
    auto events = readOptType(r);
    if (!events)
        return events.error();
    p.eventType = *events;
    auto nc = r.readLength();
    if (!nc)
        return nc.error();
    for (std::size_t i = 0; i < *nc; ++i) {
        PalletConstant c;
        auto cname = r.readString();
        if (!cname)
            return cname.error();
        c.name = std::move(cname).value();
        auto ty = r.readCompactU32();
        if (!ty)
            return ty.error();
        c.type = *ty;
        auto val = r.readByteVec();
        if (!val)
            return val.error();
        c.value = std::move(val).value();
        if (auto d = skipStrings(r); !d)
            return d.error();
        p.constants.push_back(std::move(c));
    }
    auto errors = readOptType(r);
    if (!errors)
        return errors.error();
    p.errorType = *errors;
    auto idx = r.readU8();
    if (!idx)
        return idx.error();
    p.index = *idx;
    if (version >= 15)
        if (auto d = skipStrings(r); !d)
            return d.error();
    return p;
}

Result<SignedExtension> readSignedExtension(ScaleReader& r) {
    SignedExtension s;
    auto id = r.readString();
    if (!id)
        return id.error();
    s.identifier = std::move(id).value();
    auto ty = r.readCompactU32();
    if (!ty)
        return ty.error();
    auto add = r.readCompactU32();
    if (!add)
        return add.error();
    s.type = *ty;
    s.additionalSigned = *add;
    return s;
}

Result<RuntimeApi> readRuntimeApi(ScaleReader& r) {
    RuntimeApi api;
    auto name = r.readString();
    if (!name)
        return name.error();
    api.name = std::move(name).value();
    auto n = r.readLength();
    if (!n)
        return n.error();
    for (std::size_t i = 0; i < *n; ++i) {
        RuntimeApiMethod m;
        auto mname = r.readString();
        if (!mname)
            return mname.error();
        m.name = std::move(mname).value();
        auto inputs = r.readVec([](ScaleReader& rr) -> Result<RuntimeApiParam> {
            auto pname = rr.readString();
            if (!pname)
                return pname.error();
            auto ty = rr.readCompactU32();
            if (!ty)
                return ty.error();
            return RuntimeApiParam{std::move(pname).value(), *ty};
        });
        if (!inputs)
            return inputs.error();
        m.inputs = std::move(inputs).value();
        auto out = r.readCompactU32();
        if (!out)
            return out.error();
        m.output = *out;
        if (auto d = skipStrings(r); !d)
            return d.error();
        api.methods.push_back(std::move(m));
    }
    if (auto d = skipStrings(r); !d)
        return d.error();
    return api;
}

} // namespace

Result<Metadata> Metadata::parse(std::span<const std::uint8_t> bytes) {
    static constexpr std::uint8_t kMagic[4] = {'m', 'e', 't', 'a'};
    auto startsWithMagic = [&](std::span<const std::uint8_t> b) {
        return b.size() >= 5 && std::equal(kMagic, kMagic + 4, b.begin());
    };
    if (!startsWithMagic(bytes)) {
        // Option<OpaqueMetadata>: Some, then a Vec<u8> holding the prefixed metadata.
        ScaleReader outer(bytes);
        auto tag = outer.readU8();
        if (!tag)
            return tag.error();
        if (*tag == 0)
            return economics::makeError(economics::ErrorCode::NotSupported,
                                        "metadata: the node does not offer the requested metadata version");
        if (*tag != 1)
            return outer.error("metadata: neither the \"meta\" magic nor an Option<OpaqueMetadata>");
        auto len = outer.readLength();
        if (!len)
            return len.error();
        if (*len != outer.remaining())
            return outer.error("metadata: wrapped length " + std::to_string(*len) + " does not match the " +
                               std::to_string(outer.remaining()) + " bytes that follow");
        bytes = bytes.subspan(outer.position());
        if (!startsWithMagic(bytes))
            return outer.error("metadata: missing \"meta\" magic");
    }
    ScaleReader r(bytes.subspan(4));
    Metadata md;
    md.version_ = *r.readU8();
    if (md.version_ != 14 && md.version_ != 15)
        return economics::makeError(economics::ErrorCode::NotSupported,
                                    "metadata: version " + std::to_string(md.version_) +
                                        " is not supported (need 14 or 15)");
    auto types = PortableRegistry::read(r);
    if (!types)
        return types.error();
    md.types_ = std::move(types).value();
    auto pallets = r.readVec([&](ScaleReader& rr) { return readPallet(rr, md.version_); });
    if (!pallets)
        return pallets.error();
    md.pallets_ = std::move(pallets).value();

    ExtrinsicInfo& ex = md.extrinsic_;
    if (md.version_ == 14) {
        auto ty = r.readCompactU32();
        if (!ty)
            return ty.error();
        ex.type = *ty;
        auto ver = r.readU8();
        if (!ver)
            return ver.error();
        ex.version = *ver;
    } else {
        auto ver = r.readU8();
        if (!ver)
            return ver.error();
        ex.version = *ver;
        for (auto* slot : {&ex.addressType, &ex.callType, &ex.signatureType, &ex.extraType}) {
            auto ty = r.readCompactU32();
            if (!ty)
                return ty.error();
            *slot = *ty;
        }
    }
    auto ext = r.readVec(readSignedExtension);
    if (!ext)
        return ext.error();
    ex.signedExtensions = std::move(ext).value();
    auto rt = r.readCompactU32();
    if (!rt)
        return rt.error();
    md.runtimeType_ = *rt;

    if (md.version_ == 15) {
        auto apis = r.readVec(readRuntimeApi);
        if (!apis)
            return apis.error();
        md.apis_ = std::move(apis).value();
        for (int i = 0; i < 3; ++i) // outer call, event and error enums
            if (auto t = r.readCompactU32(); !t)
                return t.error();
        auto custom = r.readLength();
        if (!custom)
            return custom.error();
        for (std::size_t i = 0; i < *custom; ++i) {
            if (auto k = r.readString(); !k)
                return k.error();
            if (auto t = r.readCompactU32(); !t)
                return t.error();
            if (auto v = r.readByteVec(); !v)
                return v.error();
        }
    }
    if (!r.atEnd())
        return r.error("metadata: " + std::to_string(r.remaining()) + " unexpected trailing bytes");
    return md;
}

const Pallet* Metadata::pallet(std::string_view name) const {
    for (const auto& p : pallets_)
        if (p.name == name)
            return &p;
    return nullptr;
}

const Pallet* Metadata::palletByIndex(std::uint8_t index) const {
    for (const auto& p : pallets_)
        if (p.index == index)
            return &p;
    return nullptr;
}

const RuntimeApi* Metadata::runtimeApi(std::string_view name) const {
    for (const auto& a : apis_)
        if (a.name == name)
            return &a;
    return nullptr;
}

const RuntimeApiMethod* Metadata::runtimeApiMethod(std::string_view api, std::string_view method) const {
    const RuntimeApi* a = runtimeApi(api);
    return a ? a->method(method) : nullptr;
}

const StorageEntry* Metadata::storageEntry(std::string_view pallet, std::string_view item) const {
    const Pallet* p = this->pallet(pallet);
    return p ? p->storageEntry(item) : nullptr;
}

const StorageEntry* Pallet::storageEntry(std::string_view item) const {
    for (const auto& e : storage)
        if (e.name == item)
            return &e;
    return nullptr;
}

const PalletConstant* Pallet::constant(std::string_view n) const {
    for (const auto& c : constants)
        if (c.name == n)
            return &c;
    return nullptr;
}

const RuntimeApiMethod* RuntimeApi::method(std::string_view n) const {
    for (const auto& m : methods)
        if (m.name == n)
            return &m;
    return nullptr;
}

} // namespace chainclient::subtensor
