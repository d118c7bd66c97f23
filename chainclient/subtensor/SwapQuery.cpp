#include "chainclient/subtensor/SwapQuery.h"

#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"

namespace chainclient::subtensor {

const char* SwapQuery::method(economics::SwapSide side) {
    return side == economics::SwapSide::Buy ? "sim_swap_tao_for_alpha" : "sim_swap_alpha_for_tao";
}

std::vector<std::uint8_t> SwapQuery::args(std::uint16_t netuid, std::uint64_t amount) {
    ScaleWriter w;
    w.writeU16(netuid).writeU64(amount);
    return w.take();
}

Result<SimSwapResult> SwapQuery::decode(const Metadata& metadata, economics::SwapSide side,
                                        std::span<const std::uint8_t> bytes) {
    return RuntimeDecoder(metadata).call<SimSwapResult>(kApi, method(side), bytes);
}

} // namespace chainclient::subtensor
