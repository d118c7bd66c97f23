#pragma once
// The network fee of one extrinsic, as the runtime itself computes it:
// TransactionPaymentApi_query_info(uxt, len) via state_call, whose output RuntimeDispatchInfo
// is decoded by name with the metadata's own types (so a runtime that reorders or widens
// fields still decodes). The fee depends on the extrinsic's length and its call's weight only,
// so a same-length extrinsic with a zero signature estimates the signed one exactly.

#include "chainclient/subtensor/Metadata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace chainclient::subtensor {

struct DispatchWeight {
    std::uint64_t refTime = 0;
    std::uint64_t proofSize = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("ref_time", s.refTime);
        v("proof_size", s.proofSize);
    }
};

// `class` (Normal/Operational/Mandatory) is not needed for the fee and is left out.
struct RuntimeDispatchInfo {
    DispatchWeight weight;
    std::uint64_t partialFee = 0; // rao
    template <class S, class V> static void fields(S& s, V&& v) {
        v("weight", s.weight);
        v("partial_fee", s.partialFee);
    }
};

class FeeQuery {
  public:
    static constexpr const char* kApi = "TransactionPaymentApi";
    static constexpr const char* kMethod = "query_info";
    // state_call data: the extrinsic as submitted (with its own compact length prefix), then
    // its total length as u32 LE.
    static std::vector<std::uint8_t> queryInfoArgs(std::span<const std::uint8_t> extrinsic);
    static Result<RuntimeDispatchInfo> decode(const Metadata& metadata, std::span<const std::uint8_t> bytes);
};

} // namespace chainclient::subtensor
