#pragma once
// A trade quoted by the runtime itself: SwapRuntimeApi_sim_swap_tao_for_alpha (a stake) and
// sim_swap_alpha_for_tao (an unstake) via state_call, whose SimSwapResult is decoded by field
// name with the metadata's own types (newtypes such as TaoCurrency are transparent). The runtime
// answers a swap it cannot make (zero amount, more than the pool takes, no pool) with all
// zeros rather than an error, so a zero answer to a non-zero request means "would fail".

#include "chainclient/economics/Pool.h"
#include "chainclient/subtensor/Metadata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace chainclient::subtensor {

struct SimSwapResult {
    std::uint64_t taoAmount = 0;
    std::uint64_t alphaAmount = 0;
    std::uint64_t taoFee = 0;
    std::uint64_t alphaFee = 0;
    bool isEmpty() const { return taoAmount == 0 && alphaAmount == 0 && taoFee == 0 && alphaFee == 0; }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("tao_amount", s.taoAmount);
        v("alpha_amount", s.alphaAmount);
        v("tao_fee", s.taoFee);
        v("alpha_fee", s.alphaFee);
    }
};

class SwapQuery {
  public:
    static constexpr const char* kApi = "SwapRuntimeApi";
    // "sim_swap_tao_for_alpha" for a stake (Buy), "sim_swap_alpha_for_tao" for an unstake.
    static const char* method(economics::SwapSide side);
    // state_call data: netuid (u16 LE) then the amount (u64 LE).
    static std::vector<std::uint8_t> args(std::uint16_t netuid, std::uint64_t amount);
    static Result<SimSwapResult> decode(const Metadata& metadata, economics::SwapSide side,
                                        std::span<const std::uint8_t> bytes);
};

} // namespace chainclient::subtensor
