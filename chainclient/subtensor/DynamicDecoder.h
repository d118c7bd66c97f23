#pragma once
// Metadata-driven SCALE decoding: walks any type id of a PortableRegistry to a ScaleValue tree.
// Used for runtime-API results and storage values, so a runtime upgrade that reorders or widens
// fields needs no code change.

#include "chainclient/subtensor/PortableRegistry.h"
#include "chainclient/subtensor/ScaleReader.h"
#include "chainclient/subtensor/ScaleValue.h"

#include <span>

namespace chainclient::subtensor {

class DynamicDecoder {
  public:
    explicit DynamicDecoder(const PortableRegistry& types) : types_(types) {}

    // Decodes one value of `typeId` from the reader's current position.
    Result<ScaleValue> decode(std::uint32_t typeId, ScaleReader& r) const;
    // Decodes and requires that every byte is consumed.
    Result<ScaleValue> decodeAll(std::uint32_t typeId, std::span<const std::uint8_t> bytes) const;

    static constexpr int kMaxDepth = 128; // hostile input must not overflow the stack
    // Tree nodes one value may take: real types need about one per byte (a wrapper, an Option
    // tag), but zero-sized types ((), empty structs) cost none, so a node's metadata could nest
    // them into billions of nodes from no bytes at all.
    static constexpr std::size_t kNodesPerByte = 8;
    static constexpr std::size_t kNodeAllowance = 65536;

  private:
    static std::size_t nodeBudget(std::size_t bytes);
    Status decodeInto(std::uint32_t typeId, ScaleReader& r, ScaleValue& out, int depth,
                      std::size_t& budget) const;
    Status decodeFields(const std::vector<TypeField>& defs, ScaleReader& r, ScaleValue& out, int depth,
                        const TypeInfo& owner, std::size_t& budget) const;
    Status decodePrimitive(PrimitiveKind p, ScaleReader& r, ScaleValue& out) const;
    Status decodeCompact(const TypeInfo& t, ScaleReader& r, ScaleValue& out) const;
    bool isU8(std::uint32_t typeId) const;
    // Element types that decode into a packed Numbers node: u16..u128 and Compact<unsigned>.
    // Returns the primitive and whether it is compact.
    bool packedUInt(std::uint32_t typeId, PrimitiveKind& prim, bool& compact) const;
    Status decodeNumbers(std::size_t n, PrimitiveKind prim, bool compact, ScaleReader& r,
                         ScaleValue& out) const;

    const PortableRegistry& types_;
};

} // namespace chainclient::subtensor
