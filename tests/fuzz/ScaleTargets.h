#pragma once
// What fuzz_scale decodes. An input is one selector byte, then the bytes to decode:
//   selector < kScaleTargets.size(): that runtime-API result / storage value, decoded by
//       RuntimeDecoder and mapped by ValueMapper into the struct the app uses for it;
//   any other selector: two bytes (little-endian) pick a type id of the registry, modulo its
//       size, and the rest is decoded against it by DynamicDecoder alone.
// fuzz_seeds writes the recorded fixture payloads in this form; the order here is the wire
// format of the corpus, so append only.

#include <array>
#include <string_view>

namespace fuzz {

struct ScaleTarget {
    bool storage;          // false: runtime-API call output
    std::string_view a, b; // api + method, or pallet + item
};

inline constexpr std::array<ScaleTarget, 18> kScaleTargets{{
    {false, "SubnetInfoRuntimeApi", "get_dynamic_info"},
    {false, "SubnetInfoRuntimeApi", "get_all_dynamic_info"},
    {false, "NeuronInfoRuntimeApi", "get_neurons_lite"},
    {false, "NeuronInfoRuntimeApi", "get_neuron"},
    {false, "SubnetInfoRuntimeApi", "get_selective_mechagraph"},
    {false, "SubnetInfoRuntimeApi", "get_selective_metagraph"},
    {false, "SubnetInfoRuntimeApi", "get_subnet_state"},
    {false, "SubnetInfoRuntimeApi", "get_subnets_info_v2"},
    {false, "SubnetInfoRuntimeApi", "get_subnet_hyperparams"},
    {false, "SubnetInfoRuntimeApi", "get_subnet_hyperparams_v2"},
    {false, "StakeInfoRuntimeApi", "get_stake_info_for_coldkey"},
    {false, "DelegateInfoRuntimeApi", "get_delegates"},
    {false, "SwapRuntimeApi", "current_alpha_price"},
    {true, "System", "Account"},
    {true, "SubtensorModule", "Uids"},
    {true, "SubtensorModule", "SubnetworkN"},
    {true, "SubtensorModule", "LastUpdate"},
    {true, "SubtensorModule", "NetworksAdded"},
}};

// Selector for "decode against a raw type id".
inline constexpr unsigned char kRawTypeSelector = 0xff;

// The metadata every fuzz_scale input is decoded with (relative to chain-fixtures/).
inline constexpr std::string_view kScaleMetadata = "metadata/finney-spec343-metadata-v15.json";

} // namespace fuzz
