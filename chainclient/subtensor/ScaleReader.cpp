#include "chainclient/subtensor/ScaleReader.h"

#include <limits>

namespace chainclient::subtensor {

using economics::ErrorCode;
using economics::makeError;

economics::Error ScaleReader::error(const std::string& what) const {
    return makeError(ErrorCode::MalformedData, "SCALE: " + what + " at byte " + std::to_string(pos_));
}

economics::Error ScaleReader::endError(const char* reading, std::size_t need) const {
    return makeError(ErrorCode::MalformedData, "SCALE: unexpected end of input at byte " +
                                                   std::to_string(pos_) + " while reading " + reading +
                                                   " (need " + std::to_string(need) + " bytes, " +
                                                   std::to_string(remaining()) + " left)");
}

template <class T> Result<T> ScaleReader::readLe(const char* what) {
    if (remaining() < sizeof(T))
        return endError(what, sizeof(T));
    using U = std::make_unsigned_t<T>;
    U v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= static_cast<U>(static_cast<U>(data_[pos_ + i]) << (8 * i));
    pos_ += sizeof(T);
    return static_cast<T>(v);
}

Result<std::uint8_t> ScaleReader::readU8() {
    if (remaining() < 1)
        return endError("u8", 1);
    return data_[pos_++];
}
Result<std::uint16_t> ScaleReader::readU16() {
    return readLe<std::uint16_t>("u16");
}
Result<std::uint32_t> ScaleReader::readU32() {
    return readLe<std::uint32_t>("u32");
}
Result<std::uint64_t> ScaleReader::readU64() {
    return readLe<std::uint64_t>("u64");
}
Result<U128> ScaleReader::readU128() {
    return readLe<U128>("u128");
}
Result<std::int8_t> ScaleReader::readI8() {
    return readLe<std::int8_t>("i8");
}
Result<std::int16_t> ScaleReader::readI16() {
    return readLe<std::int16_t>("i16");
}
Result<std::int32_t> ScaleReader::readI32() {
    return readLe<std::int32_t>("i32");
}
Result<std::int64_t> ScaleReader::readI64() {
    return readLe<std::int64_t>("i64");
}
Result<I128> ScaleReader::readI128() {
    return readLe<I128>("i128");
}

Result<bool> ScaleReader::readBool() {
    if (remaining() < 1)
        return endError("bool", 1);
    const std::uint8_t b = data_[pos_];
    if (b > 1)
        return error("invalid bool byte " + std::to_string(b));
    ++pos_;
    return b == 1;
}

Result<U128> ScaleReader::readCompact() {
    if (remaining() < 1)
        return endError("compact", 1);
    const std::uint8_t first = data_[pos_];
    switch (first & 3) {
    case 0:
        ++pos_;
        return static_cast<U128>(first >> 2);
    case 1: {
        auto v = readLe<std::uint16_t>("compact (2-byte mode)");
        if (!v)
            return v.error();
        return static_cast<U128>(*v >> 2);
    }
    case 2: {
        auto v = readLe<std::uint32_t>("compact (4-byte mode)");
        if (!v)
            return v.error();
        return static_cast<U128>(*v >> 2);
    }
    default: {
        const std::size_t n = static_cast<std::size_t>(first >> 2) + 4;
        if (n > 16)
            return error("compact integer of " + std::to_string(n) + " bytes is wider than 128 bits");
        if (remaining() < 1 + n)
            return endError("compact (big-integer mode)", 1 + n);
        U128 v = 0;
        for (std::size_t i = 0; i < n; ++i)
            v |= static_cast<U128>(data_[pos_ + 1 + i]) << (8 * i);
        pos_ += 1 + n;
        return v;
    }
    }
}

namespace {
template <class T> Result<T> narrowCompact(ScaleReader& r, const char* name) {
    const std::size_t at = r.position();
    auto v = r.readCompact();
    if (!v)
        return v.error();
    if (*v > std::numeric_limits<T>::max())
        return makeError(ErrorCode::MalformedData, std::string("SCALE: compact value does not fit ") + name +
                                                       " at byte " + std::to_string(at) + " (value " +
                                                       toDecimal(*v) + ")");
    return static_cast<T>(*v);
}
} // namespace

Result<std::uint64_t> ScaleReader::readCompactU64() {
    return narrowCompact<std::uint64_t>(*this, "u64");
}
Result<std::uint32_t> ScaleReader::readCompactU32() {
    return narrowCompact<std::uint32_t>(*this, "u32");
}
Result<std::uint16_t> ScaleReader::readCompactU16() {
    return narrowCompact<std::uint16_t>(*this, "u16");
}

Result<std::size_t> ScaleReader::readLength(std::size_t minElementSize) {
    const std::size_t at = pos_;
    auto n = readCompact();
    if (!n)
        return n.error();
    const std::size_t perElement = minElementSize == 0 ? 1 : minElementSize;
    if (*n > remaining() / perElement) {
        pos_ = at;
        return error("sequence length " + toDecimal(*n) + " exceeds the " + std::to_string(remaining()) +
                     " bytes left");
    }
    return static_cast<std::size_t>(*n);
}

Result<std::span<const std::uint8_t>> ScaleReader::readBytes(std::size_t n, const char* what) {
    if (remaining() < n)
        return endError(what, n);
    auto out = data_.subspan(pos_, n);
    pos_ += n;
    return out;
}

Result<std::vector<std::uint8_t>> ScaleReader::readByteVec() {
    auto n = readLength();
    if (!n)
        return n.error();
    auto b = readBytes(*n, "Vec<u8>");
    if (!b)
        return b.error();
    return std::vector<std::uint8_t>(b->begin(), b->end());
}

Result<std::string> ScaleReader::readString() {
    auto n = readLength();
    if (!n)
        return n.error();
    auto b = readBytes(*n, "string");
    if (!b)
        return b.error();
    return std::string(reinterpret_cast<const char*>(b->data()), b->size());
}

Result<std::string> ScaleReader::readCompactByteString() {
    auto n = readLength();
    if (!n)
        return n.error();
    std::string out;
    out.reserve(*n);
    for (std::size_t i = 0; i < *n; ++i) {
        auto c = narrowCompact<std::uint8_t>(*this, "u8");
        if (!c)
            return c.error();
        out += static_cast<char>(*c);
    }
    return out;
}

Result<std::array<std::uint8_t, 32>> ScaleReader::readAccountId() {
    return readByteArray<32>();
}

Result<I96F32> ScaleReader::readI96F32() {
    auto v = readI128();
    if (!v)
        return v.error();
    return I96F32{*v};
}

Result<I32F32> ScaleReader::readI32F32() {
    auto v = readI64();
    if (!v)
        return v.error();
    return I32F32{*v};
}

Result<U64F64> ScaleReader::readU64F64() {
    auto v = readU128();
    if (!v)
        return v.error();
    return U64F64{*v};
}

} // namespace chainclient::subtensor
