#pragma once
// Binary save/load of a whole Chain, and its state hash. The format is versioned; any
// change to Chain's state must bump kChainFormatVersion and extend both directions.

#include "chainclient/economics/Chain.h"

namespace economics {

inline constexpr std::uint32_t kChainFormatVersion = 2;

class ChainCodec {
public:
    static std::vector<std::uint8_t> encode(const Chain& chain);
    static Result<Chain> decode(const std::vector<std::uint8_t>& bytes);
    // 128-bit FNV-1a style digest of encode(); identical state ⇔ identical bytes.
    static std::string digest(const std::vector<std::uint8_t>& bytes);
};

} // namespace economics
