#include "chainclient/subtensor/FeeQuery.h"

#include "chainclient/subtensor/RuntimeDecoder.h"

namespace chainclient::subtensor {

std::vector<std::uint8_t> FeeQuery::queryInfoArgs(std::span<const std::uint8_t> extrinsic) {
    std::vector<std::uint8_t> out(extrinsic.begin(), extrinsic.end());
    const auto len = static_cast<std::uint32_t>(extrinsic.size());
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<std::uint8_t>(len >> (8 * i)));
    return out;
}

Result<RuntimeDispatchInfo> FeeQuery::decode(const Metadata& metadata, std::span<const std::uint8_t> bytes) {
    return RuntimeDecoder(metadata).call<RuntimeDispatchInfo>(kApi, kMethod, bytes);
}

} // namespace chainclient::subtensor
