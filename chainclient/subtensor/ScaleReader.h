#pragma once
// Bounds-checked SCALE decoding over a borrowed byte span. Every read either succeeds or returns
// an Error naming the byte offset and what was being read; nothing reads past the end, and no
// length prefix can make us allocate more elements than there are bytes left.

#include "chainclient/economics/Result.h"
#include "chainclient/subtensor/FixedPoint.h"
#include "chainclient/subtensor/Int128.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace chainclient::subtensor {

template <class T> using Result = economics::Result<T>;
using Status = economics::Status;

template <class R> struct ResultValue;
template <class T> struct ResultValue<economics::Result<T>> { using type = T; };
template <class R> using ResultValueT = typename ResultValue<std::remove_cvref_t<R>>::type;

class ScaleReader {
  public:
    explicit ScaleReader(std::span<const std::uint8_t> data) : data_(data) {}

    std::size_t position() const { return pos_; }
    std::size_t remaining() const { return data_.size() - pos_; }
    std::size_t size() const { return data_.size(); }
    bool atEnd() const { return pos_ == data_.size(); }

    Result<std::uint8_t> readU8();
    Result<std::uint16_t> readU16();
    Result<std::uint32_t> readU32();
    Result<std::uint64_t> readU64();
    Result<U128> readU128();
    Result<std::int8_t> readI8();
    Result<std::int16_t> readI16();
    Result<std::int32_t> readI32();
    Result<std::int64_t> readI64();
    Result<I128> readI128();
    Result<bool> readBool();

    // Compact<T> in any of the four modes, up to 128 bits (big-integer mode with 4..16 bytes).
    Result<U128> readCompact();
    // Compact that must fit the named width (e.g. Compact<u16> holding 70000 is an error).
    Result<std::uint64_t> readCompactU64();
    Result<std::uint32_t> readCompactU32();
    Result<std::uint16_t> readCompactU16();
    // A Vec/sequence length; rejected when larger than the bytes left times 1/minElementSize.
    Result<std::size_t> readLength(std::size_t minElementSize = 1);

    Result<std::span<const std::uint8_t>> readBytes(std::size_t n, const char* what = "bytes");
    Result<std::vector<std::uint8_t>> readByteVec(); // Vec<u8>
    Result<std::string> readString();                // String / Vec<u8> as UTF-8 bytes
    Result<std::string> readCompactByteString();     // Vec<Compact<u8>>, the subnet name form
    Result<std::uint8_t> readEnumIndex() { return readU8(); }
    Result<std::array<std::uint8_t, 32>> readAccountId();

    Result<I96F32> readI96F32();
    Result<I32F32> readI32F32();
    Result<U64F64> readU64F64();

    template <std::size_t N> Result<std::array<std::uint8_t, N>> readByteArray() {
        auto b = readBytes(N, "fixed byte array");
        if (!b)
            return b.error();
        std::array<std::uint8_t, N> out{};
        std::copy(b->begin(), b->end(), out.begin());
        return out;
    }

    // Vec<T>: `elem` is a callable ScaleReader& -> Result<T>.
    template <class F>
    auto readVec(F&& elem) -> Result<std::vector<ResultValueT<std::invoke_result_t<F, ScaleReader&>>>>;

    template <class F>
    auto readOption(F&& elem) -> Result<std::optional<ResultValueT<std::invoke_result_t<F, ScaleReader&>>>>;

    // Tuples and fixed arrays of non-byte types are plain concatenations.
    template <class... F>
    auto readTuple(F&&... elems)
        -> Result<std::tuple<ResultValueT<std::invoke_result_t<F, ScaleReader&>>...>>;

    template <std::size_t N, class F>
    auto readArray(F&& elem) -> Result<std::array<ResultValueT<std::invoke_result_t<F, ScaleReader&>>, N>>;

    // "SCALE: <what> at byte <pos>" — callers use it for their own semantic errors too.
    economics::Error error(const std::string& what) const;
    economics::Error endError(const char* reading, std::size_t need) const;

  private:
    template <class T> Result<T> readLe(const char* what);

    std::span<const std::uint8_t> data_;
    std::size_t pos_ = 0;
};

template <class F>
auto ScaleReader::readVec(F&& elem)
    -> Result<std::vector<ResultValueT<std::invoke_result_t<F, ScaleReader&>>>> {
    using T = ResultValueT<std::invoke_result_t<F, ScaleReader&>>;
    auto n = readLength();
    if (!n)
        return n.error();
    std::vector<T> out;
    out.reserve(*n);
    for (std::size_t i = 0; i < *n; ++i) {
        auto v = elem(*this);
        if (!v)
            return v.error();
        out.push_back(std::move(v).value());
    }
    return out;
}

template <class F>
auto ScaleReader::readOption(F&& elem)
    -> Result<std::optional<ResultValueT<std::invoke_result_t<F, ScaleReader&>>>> {
    using T = ResultValueT<std::invoke_result_t<F, ScaleReader&>>;
    const std::size_t at = pos_;
    auto tag = readU8();
    if (!tag)
        return tag.error();
    if (*tag == 0)
        return std::optional<T>{};
    if (*tag != 1) {
        pos_ = at;
        return error("invalid Option tag " + std::to_string(*tag));
    }
    auto v = elem(*this);
    if (!v)
        return v.error();
    return std::optional<T>(std::move(v).value());
}

template <class... F>
auto ScaleReader::readTuple(F&&... elems)
    -> Result<std::tuple<ResultValueT<std::invoke_result_t<F, ScaleReader&>>...>> {
    std::optional<economics::Error> failed;
    auto one = [&](auto& f) {
        using T = ResultValueT<std::invoke_result_t<decltype(f), ScaleReader&>>;
        if (failed)
            return T{};
        auto v = f(*this);
        if (!v) {
            failed = v.error();
            return T{};
        }
        return std::move(v).value();
    };
    // Braced init guarantees left-to-right evaluation, i.e. wire order.
    std::tuple<ResultValueT<std::invoke_result_t<F, ScaleReader&>>...> out{one(elems)...};
    if (failed)
        return *failed;
    return out;
}

template <std::size_t N, class F>
auto ScaleReader::readArray(F&& elem)
    -> Result<std::array<ResultValueT<std::invoke_result_t<F, ScaleReader&>>, N>> {
    std::array<ResultValueT<std::invoke_result_t<F, ScaleReader&>>, N> out{};
    for (auto& slot : out) {
        auto v = elem(*this);
        if (!v)
            return v.error();
        slot = std::move(v).value();
    }
    return out;
}

} // namespace chainclient::subtensor
