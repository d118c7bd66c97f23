#pragma once
// 0x-prefixed lowercase hex, the form every hash, key and SCALE blob takes on the JSON-RPC wire.

#include "chainclient/economics/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chainclient::subtensor {

class Hex {
  public:
    // Accepts an optional 0x/0X prefix and either case; odd length or a non-hex digit is an error.
    static economics::Result<std::vector<std::uint8_t>> decode(std::string_view text);
    static std::string encode(std::span<const std::uint8_t> bytes, bool withPrefix = true);
};

} // namespace chainclient::subtensor
