#pragma once
// SCALE encoding into a growing buffer: runtime-API arguments, storage keys, call data, and the
// loopback server's results.

#include "chainclient/subtensor/FixedPoint.h"
#include "chainclient/subtensor/Int128.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace chainclient::subtensor {

class ScaleWriter {
  public:
    const std::vector<std::uint8_t>& bytes() const { return buf_; }
    std::vector<std::uint8_t> take() { return std::move(buf_); }
    std::size_t size() const { return buf_.size(); }

    ScaleWriter& writeU8(std::uint8_t v);
    ScaleWriter& writeU16(std::uint16_t v) { return writeLe(v, 2); }
    ScaleWriter& writeU32(std::uint32_t v) { return writeLe(v, 4); }
    ScaleWriter& writeU64(std::uint64_t v) { return writeLe(v, 8); }
    ScaleWriter& writeU128(U128 v) { return writeLe(v, 16); }
    ScaleWriter& writeI8(std::int8_t v) { return writeU8(static_cast<std::uint8_t>(v)); }
    ScaleWriter& writeI16(std::int16_t v) { return writeLe(static_cast<std::uint16_t>(v), 2); }
    ScaleWriter& writeI32(std::int32_t v) { return writeLe(static_cast<std::uint32_t>(v), 4); }
    ScaleWriter& writeI64(std::int64_t v) { return writeLe(static_cast<std::uint64_t>(v), 8); }
    ScaleWriter& writeI128(I128 v) { return writeLe(static_cast<U128>(v), 16); }
    ScaleWriter& writeBool(bool v) { return writeU8(v ? 1 : 0); }
    ScaleWriter& writeCompact(U128 v);                            // shortest of the four modes
    ScaleWriter& writeBytes(std::span<const std::uint8_t> raw);   // no prefix (arrays, AccountId)
    ScaleWriter& writeByteVec(std::span<const std::uint8_t> raw); // Vec<u8>
    ScaleWriter& writeString(std::string_view s);                 // String
    ScaleWriter& writeCompactByteString(std::string_view s);      // Vec<Compact<u8>>
    ScaleWriter& writeEnumIndex(std::uint8_t index) { return writeU8(index); }
    ScaleWriter& writeI96F32(I96F32 v) { return writeI128(v.bits); }
    ScaleWriter& writeI32F32(I32F32 v) { return writeI64(v.bits); }
    ScaleWriter& writeU64F64(U64F64 v) { return writeU128(v.bits); }

    template <class T, class F> ScaleWriter& writeVec(const std::vector<T>& items, F&& elem) {
        writeCompact(items.size());
        for (const auto& item : items)
            elem(*this, item);
        return *this;
    }
    template <class T, class F> ScaleWriter& writeOption(const std::optional<T>& v, F&& elem) {
        writeU8(v ? 1 : 0);
        if (v)
            elem(*this, *v);
        return *this;
    }

  private:
    ScaleWriter& writeLe(U128 v, int width);
    std::vector<std::uint8_t> buf_;
};

} // namespace chainclient::subtensor
