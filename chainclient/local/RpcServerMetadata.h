#pragma once
// Our own metadata V15 for the loopback server: just the types, storage items and runtime APIs
// the server answers, laid out exactly like the subtensor runtime lays them out (field names,
// order, Compact/Option wrapping), so SubtensorNode decodes the loopback chain with the same
// metadata-driven code it uses on finney. Built in code rather than shipping a recorded blob:
// the recorded metadata is test data we may not commit, and this one states what we serve.
//
// Where runtimes differ we follow current subtensor source (activity_cutoff as Compact<u64>).

#include "chainclient/subtensor/Metadata.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace chainclient {

class RpcServerMetadata {
public:
    // "meta" + 0x0f + the V15 body (what Metadata_metadata_at_version(15) wraps in an Option).
    static const std::vector<std::uint8_t>& bytes();
    // The same, parsed once; the server encodes its answers with these type ids.
    static const subtensor::Metadata& metadata();
    // The pallet_subtensor::Error variants the loopback declares (name, finney index).
    static const std::vector<std::pair<std::string, std::uint8_t>>& subtensorErrors();
};

} // namespace chainclient
