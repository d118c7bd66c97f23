#pragma once
// The scale-info portable type registry carried in metadata V14/V15: every type the runtime
// exposes, by numeric id. The dynamic decoder walks these definitions.

#include "chainclient/economics/Result.h"
#include "chainclient/subtensor/ScaleReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace chainclient::subtensor {

enum class TypeKind : std::uint8_t {
    Composite,
    Variant,
    Sequence,
    Array,
    Tuple,
    Primitive,
    Compact,
    BitSequence
};

enum class PrimitiveKind : std::uint8_t {
    Bool,
    Char,
    Str,
    U8,
    U16,
    U32,
    U64,
    U128,
    U256,
    I8,
    I16,
    I32,
    I64,
    I128,
    I256
};

struct TypeField {
    std::string name; // empty for tuple-like fields
    std::uint32_t type = 0;
    std::string typeName; // the Rust spelling, e.g. "Compact<NetUid>"
};

struct TypeVariant {
    std::string name;
    std::uint8_t index = 0;
    std::vector<TypeField> fields;
};

struct TypeParam {
    std::string name;
    bool hasType = false;
    std::uint32_t type = 0;
};

struct TypeInfo {
    std::uint32_t id = 0;
    std::vector<std::string> path; // e.g. {"sp_core","crypto","AccountId32"}
    std::vector<TypeParam> params;
    TypeKind kind = TypeKind::Tuple;
    std::vector<TypeField> fields;     // Composite
    std::vector<TypeVariant> variants; // Variant
    std::vector<std::uint32_t> tuple;  // Tuple
    std::uint32_t element = 0;         // Sequence / Array / Compact element; BitSequence store type
    std::uint32_t arrayLength = 0;     // Array
    std::uint32_t bitOrder = 0;        // BitSequence order type
    PrimitiveKind primitive = PrimitiveKind::Bool;

    std::string pathString() const; // "sp_core::crypto::AccountId32"
    const TypeVariant* variantByIndex(std::uint8_t index) const;
    const TypeVariant* variantByName(std::string_view name) const;
};

class PortableRegistry {
  public:
    static Result<PortableRegistry> read(ScaleReader& r);

    const TypeInfo* type(std::uint32_t id) const {
        return id < types_.size() && present_[id] ? &types_[id] : nullptr;
    }
    std::size_t size() const { return types_.size(); }
    // Human-readable name for messages and tests: "Option<PalletSubtensorRpcInfoDynamicInfo>"-like.
    std::string displayName(std::uint32_t id, int depth = 0) const;

  private:
    static constexpr int kNameParts = 64; // type names in messages stay a line long
    std::string nameWithin(std::uint32_t id, int depth, int& budget) const;

    std::vector<TypeInfo> types_;
    std::vector<bool> present_;
};

} // namespace chainclient::subtensor
