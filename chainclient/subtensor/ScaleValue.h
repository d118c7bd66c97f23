#pragma once
// A decoded SCALE value as a tree, produced by DynamicDecoder from a metadata type id.
//
// Field and variant names are borrowed from the Metadata's type registry (no per-node string
// copies, which matters for 200 KB metagraph blobs): keep the Metadata alive while a value is in
// use. ValueMapper copies what it needs out of the tree into plain structs.

#include "chainclient/subtensor/Int128.h"
#include "chainclient/subtensor/PortableRegistry.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chainclient::subtensor {

enum class ScaleKind : std::uint8_t {
    Composite, // struct: named fields, or unnamed (newtype / tuple struct)
    Tuple,     // (A, B, ...)
    Variant,   // enum, including Option (variants None / Some)
    Sequence,  // Vec<T> and [T; N] other than bytes
    Bytes,     // Vec<u8>, [u8; N], and u256/i256 (raw little-endian)
    Bool,
    UInt, // u8..u128, char (code point), Compact<...>
    Int,  // i8..i128
    Str,
    BitSequence, // raw store bytes in `bytes`, bit count in `number`
    Numbers,     // Vec/array of unsigned integers (u16..u128 or Compact), packed in `numbers`:
                 // per-uid vectors are most of a metagraph and one node per element is 6x slower
};

// Members are ordered largest-alignment first so a node is 112 bytes, not 128: a metagraph tree
// has tens of thousands of nodes, each value-initialised and freed once per decode.
struct ScaleValue {
    U128 number = 0; // UInt value; Int as two's complement; Bool 0/1; BitSequence bit count
    const std::vector<TypeField>* fields = nullptr; // Composite: definitions parallel to items
    const TypeVariant* variant = nullptr;           // Variant: the chosen variant
    std::vector<ScaleValue> items;                  // Composite/Tuple/Variant fields, Sequence elements
    std::vector<std::uint8_t> bytes;                // Bytes, Str (UTF-8), BitSequence
    std::vector<U128> numbers;                      // Numbers (`compact` says whether they were Compact)
    std::uint32_t typeId = 0;
    ScaleKind kind = ScaleKind::Composite;
    bool compact = false; // decoded from a Compact<...> encoding

    I128 signedNumber() const { return static_cast<I128>(number); }
    std::string_view text() const { return {reinterpret_cast<const char*>(bytes.data()), bytes.size()}; }
    std::string_view variantName() const {
        return variant ? std::string_view(variant->name) : std::string_view();
    }

    // Option<T> is a Variant named None/Some whose type path ends in "Option".
    bool isOption() const { // inline: the mapper asks this of every value it converts
        return kind == ScaleKind::Variant && variant &&
               ((variant->name == "None" && variant->fields.empty()) ||
                (variant->name == "Some" && variant->fields.size() == 1));
    }
    bool isNone() const { return isOption() && variantName() == "None"; }
    // Some(x) → x; None → nullptr; anything else → itself.
    const ScaleValue* unwrapOption() const;

    // Named field of a Composite or of a Variant's fields; nullptr when absent.
    const ScaleValue* field(std::string_view name) const;
    // The same, searching from `hint` onwards first (then wrapping) and leaving it just past the
    // match: looking up fields in declaration order costs one comparison each. Field names within
    // one struct or variant are unique, so the result does not depend on the hint.
    const ScaleValue* field(std::string_view name, std::size_t& hint) const {
        const std::vector<TypeField>* defs = kind == ScaleKind::Variant && variant ? &variant->fields : fields;
        if (defs && hint < defs->size() && hint < items.size() && (*defs)[hint].name == name)
            return &items[hint++]; // the usual case, inline
        return fieldSearch(name, hint);
    }

  private:
    const ScaleValue* fieldSearch(std::string_view name, std::size_t& hint) const;

  public:
    std::string_view fieldName(std::size_t index) const;
};

} // namespace chainclient::subtensor
