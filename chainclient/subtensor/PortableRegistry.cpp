#include "chainclient/subtensor/PortableRegistry.h"

namespace chainclient::subtensor {

namespace {

// Registry ids are dense in every runtime seen; anything far beyond the bytes available is hostile.
constexpr std::uint32_t kMaxTypeId = 1u << 20;

Status skipDocs(ScaleReader& r) {
    auto n = r.readLength();
    if (!n)
        return n.error();
    for (std::size_t i = 0; i < *n; ++i) {
        auto len = r.readLength();
        if (!len)
            return len.error();
        auto b = r.readBytes(*len, "doc string");
        if (!b)
            return b.error();
    }
    return economics::okStatus();
}

Result<std::optional<std::string>> readOptString(ScaleReader& r) {
    return r.readOption([](ScaleReader& rr) { return rr.readString(); });
}

Result<std::vector<TypeField>> readFields(ScaleReader& r) {
    auto n = r.readLength();
    if (!n)
        return n.error();
    std::vector<TypeField> fields;
    fields.reserve(*n);
    for (std::size_t i = 0; i < *n; ++i) {
        TypeField f;
        auto name = readOptString(r);
        if (!name)
            return name.error();
        if (*name)
            f.name = std::move(**name);
        auto ty = r.readCompactU32();
        if (!ty)
            return ty.error();
        f.type = *ty;
        auto tn = readOptString(r);
        if (!tn)
            return tn.error();
        if (*tn)
            f.typeName = std::move(**tn);
        if (auto d = skipDocs(r); !d)
            return d.error();
        fields.push_back(std::move(f));
    }
    return fields;
}

Status readTypeDef(ScaleReader& r, TypeInfo& t) {
    auto tag = r.readEnumIndex();
    if (!tag)
        return tag.error();
    switch (*tag) {
    case 0: {
        t.kind = TypeKind::Composite;
        auto f = readFields(r);
        if (!f)
            return f.error();
        t.fields = std::move(f).value();
        return economics::okStatus();
    }
    case 1: {
        t.kind = TypeKind::Variant;
        auto n = r.readLength();
        if (!n)
            return n.error();
        t.variants.reserve(*n);
        for (std::size_t i = 0; i < *n; ++i) {
            TypeVariant v;
            auto name = r.readString();
            if (!name)
                return name.error();
            v.name = std::move(name).value();
            auto f = readFields(r);
            if (!f)
                return f.error();
            v.fields = std::move(f).value();
            auto idx = r.readU8();
            if (!idx)
                return idx.error();
            v.index = *idx;
            if (auto d = skipDocs(r); !d)
                return d.error();
            t.variants.push_back(std::move(v));
        }
        return economics::okStatus();
    }
    case 2:
    case 6: {
        t.kind = *tag == 2 ? TypeKind::Sequence : TypeKind::Compact;
        auto e = r.readCompactU32();
        if (!e)
            return e.error();
        t.element = *e;
        return economics::okStatus();
    }
    case 3: {
        t.kind = TypeKind::Array;
        auto len = r.readU32();
        if (!len)
            return len.error();
        auto e = r.readCompactU32();
        if (!e)
            return e.error();
        t.arrayLength = *len;
        t.element = *e;
        return economics::okStatus();
    }
    case 4: {
        t.kind = TypeKind::Tuple;
        auto v = r.readVec([](ScaleReader& rr) { return rr.readCompactU32(); });
        if (!v)
            return v.error();
        t.tuple = std::move(v).value();
        return economics::okStatus();
    }
    case 5: {
        t.kind = TypeKind::Primitive;
        auto p = r.readU8();
        if (!p)
            return p.error();
        if (*p > static_cast<std::uint8_t>(PrimitiveKind::I256))
            return r.error("unknown primitive " + std::to_string(*p));
        t.primitive = static_cast<PrimitiveKind>(*p);
        return economics::okStatus();
    }
    case 7: {
        t.kind = TypeKind::BitSequence;
        auto s = r.readCompactU32();
        if (!s)
            return s.error();
        auto o = r.readCompactU32();
        if (!o)
            return o.error();
        t.element = *s;
        t.bitOrder = *o;
        return economics::okStatus();
    }
    default:
        return r.error("unknown type definition tag " + std::to_string(*tag));
    }
}

} // namespace

std::string TypeInfo::pathString() const {
    std::string s;
    for (const auto& p : path) {
        if (!s.empty())
            s += "::";
        s += p;
    }
    return s;
}

const TypeVariant* TypeInfo::variantByIndex(std::uint8_t index) const {
    for (const auto& v : variants)
        if (v.index == index)
            return &v;
    return nullptr;
}

const TypeVariant* TypeInfo::variantByName(std::string_view name) const {
    for (const auto& v : variants)
        if (v.name == name)
            return &v;
    return nullptr;
}

Result<PortableRegistry> PortableRegistry::read(ScaleReader& r) {
    // Every encoded type takes at least 6 bytes (id, path, params, definition, docs), which
    // bounds the table reserved below by the input.
    auto n = r.readLength(6);
    if (!n)
        return n.error();
    PortableRegistry reg;
    reg.types_.reserve(*n);
    for (std::size_t i = 0; i < *n; ++i) {
        TypeInfo t;
        auto id = r.readCompactU32();
        if (!id)
            return id.error();
        // scale-info numbers types densely from 0, so an id beyond the count is corrupt (and
        // would otherwise let a few bytes force a huge table).
        if (*id >= *n || *id > kMaxTypeId)
            return r.error("type id " + std::to_string(*id) + " out of range");
        t.id = *id;
        auto path = r.readVec([](ScaleReader& rr) { return rr.readString(); });
        if (!path)
            return path.error();
        t.path = std::move(path).value();
        auto np = r.readLength();
        if (!np)
            return np.error();
        for (std::size_t k = 0; k < *np; ++k) {
            TypeParam p;
            auto name = r.readString();
            if (!name)
                return name.error();
            p.name = std::move(name).value();
            auto ty = r.readOption([](ScaleReader& rr) { return rr.readCompactU32(); });
            if (!ty)
                return ty.error();
            p.hasType = ty->has_value();
            p.type = ty->value_or(0);
            t.params.push_back(std::move(p));
        }
        if (auto d = readTypeDef(r, t); !d)
            return d.error();
        if (auto d = skipDocs(r); !d)
            return d.error();
        if (t.id >= reg.types_.size()) {
            reg.types_.resize(t.id + 1);
            reg.present_.resize(t.id + 1, false);
        }
        if (reg.present_[t.id])
            return r.error("duplicate type id " + std::to_string(t.id));
        reg.present_[t.id] = true;
        reg.types_[t.id] = std::move(t);
    }
    return reg;
}

std::string PortableRegistry::displayName(std::uint32_t id, int depth) const {
    int budget = kNameParts;
    return nameWithin(id, depth, budget);
}

std::string PortableRegistry::nameWithin(std::uint32_t id, int depth, int& budget) const {
    const TypeInfo* t = type(id);
    if (!t)
        return "<unknown " + std::to_string(id) + ">";
    // Depth alone is not enough: a wide tuple naming itself branches at every level.
    if (depth > 8 || --budget < 0)
        return "…";
    auto paramList = [&] {
        std::string s;
        for (const auto& p : t->params) {
            if (!p.hasType)
                continue;
            s += s.empty() ? "<" : ", ";
            s += nameWithin(p.type, depth + 1, budget);
        }
        return s.empty() ? s : s + ">";
    };
    static const char* kPrim[] = {"bool", "char", "str", "u8",  "u16", "u32",  "u64", "u128",
                                  "u256", "i8",   "i16", "i32", "i64", "i128", "i256"};
    switch (t->kind) {
    case TypeKind::Primitive:
        return kPrim[static_cast<int>(t->primitive)];
    case TypeKind::Compact:
        return "Compact<" + nameWithin(t->element, depth + 1, budget) + ">";
    case TypeKind::Sequence:
        return "Vec<" + nameWithin(t->element, depth + 1, budget) + ">";
    case TypeKind::Array:
        return "[" + nameWithin(t->element, depth + 1, budget) + "; " + std::to_string(t->arrayLength) + "]";
    case TypeKind::Tuple: {
        std::string s = "(";
        for (std::size_t i = 0; i < t->tuple.size(); ++i)
            s += (i ? ", " : "") + nameWithin(t->tuple[i], depth + 1, budget);
        return s + ")";
    }
    case TypeKind::BitSequence:
        return "BitVec";
    case TypeKind::Composite:
    case TypeKind::Variant:
        return (t->path.empty() ? std::string("?") : t->path.back()) + paramList();
    }
    return "?";
}

} // namespace chainclient::subtensor
