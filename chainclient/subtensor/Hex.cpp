#include "chainclient/subtensor/Hex.h"

namespace chainclient::subtensor {

namespace {
int nibble(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

economics::Result<std::vector<std::uint8_t>> Hex::decode(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.size() % 2 != 0)
        return economics::makeError(economics::ErrorCode::MalformedData,
                                    "hex: odd number of digits (" + std::to_string(text.size()) + ")");
    std::vector<std::uint8_t> out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return economics::makeError(economics::ErrorCode::MalformedData,
                                        "hex: invalid digit near position " + std::to_string(2 * i));
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

std::string Hex::encode(std::span<const std::uint8_t> bytes, bool withPrefix) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2 + 2);
    if (withPrefix)
        out += "0x";
    for (std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xf];
    }
    return out;
}

} // namespace chainclient::subtensor
