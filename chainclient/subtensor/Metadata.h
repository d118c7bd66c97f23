#pragma once
// Runtime metadata V14 (state_getMetadata) and V15 (Metadata_metadata_at_version(15)): the type
// registry, pallets with their storage/calls/constants, V15 runtime APIs and the signed-extension
// list. Parsed once per spec version; everything the dynamic decoder and key builder need.

#include "chainclient/subtensor/PortableRegistry.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chainclient::subtensor {

enum class StorageHasher : std::uint8_t {
    Blake2_128,
    Blake2_256,
    Blake2_128Concat,
    Twox128,
    Twox256,
    Twox64Concat,
    Identity
};

struct StorageEntry {
    std::string name;
    bool optional = false; // modifier Optional (absent → None) vs Default (absent → defaultValue)
    bool isMap = false;
    std::vector<StorageHasher> hashers; // one per key for maps
    std::uint32_t keyType = 0;          // maps: the key type (a tuple for n-maps)
    std::uint32_t valueType = 0;
    std::vector<std::uint8_t> defaultValue;
};

struct PalletConstant {
    std::string name;
    std::uint32_t type = 0;
    std::vector<std::uint8_t> value;
};

struct Pallet {
    std::string name;
    std::uint8_t index = 0;
    std::string storagePrefix;
    std::vector<StorageEntry> storage;
    std::optional<std::uint32_t> callType; // a Variant type: one variant per call
    std::optional<std::uint32_t> eventType;
    std::optional<std::uint32_t> errorType;
    std::vector<PalletConstant> constants;

    const StorageEntry* storageEntry(std::string_view item) const;
    const PalletConstant* constant(std::string_view name) const;
};

struct RuntimeApiParam {
    std::string name;
    std::uint32_t type = 0;
};

struct RuntimeApiMethod {
    std::string name;
    std::vector<RuntimeApiParam> inputs;
    std::uint32_t output = 0;
};

struct RuntimeApi {
    std::string name;
    std::vector<RuntimeApiMethod> methods;
    const RuntimeApiMethod* method(std::string_view name) const;
};

struct SignedExtension {
    std::string identifier;
    std::uint32_t type = 0;             // "extra": sent in the extrinsic
    std::uint32_t additionalSigned = 0; // signed but not sent
};

struct ExtrinsicInfo {
    std::uint8_t version = 0;
    std::optional<std::uint32_t> type;        // V14: the UncheckedExtrinsic type
    std::optional<std::uint32_t> addressType; // V15 onwards
    std::optional<std::uint32_t> callType;
    std::optional<std::uint32_t> signatureType;
    std::optional<std::uint32_t> extraType;
    std::vector<SignedExtension> signedExtensions;
};

class Metadata {
  public:
    // Accepts the raw prefixed metadata ("meta" + version), or the Option<OpaqueMetadata> wrapper
    // (0x01, compact length, metadata) returned by Metadata_metadata_at_version.
    static Result<Metadata> parse(std::span<const std::uint8_t> bytes);

    std::uint8_t version() const { return version_; }
    const PortableRegistry& types() const { return types_; }
    const std::vector<Pallet>& pallets() const { return pallets_; }
    const std::vector<RuntimeApi>& runtimeApis() const { return apis_; } // empty for V14
    const ExtrinsicInfo& extrinsic() const { return extrinsic_; }
    std::uint32_t runtimeType() const { return runtimeType_; }

    const Pallet* pallet(std::string_view name) const;
    const Pallet* palletByIndex(std::uint8_t index) const;
    const RuntimeApi* runtimeApi(std::string_view name) const;
    // "SubnetInfoRuntimeApi", "get_dynamic_info"
    const RuntimeApiMethod* runtimeApiMethod(std::string_view api, std::string_view method) const;
    const StorageEntry* storageEntry(std::string_view pallet, std::string_view item) const;

  private:
    std::uint8_t version_ = 0;
    PortableRegistry types_;
    std::vector<Pallet> pallets_;
    std::vector<RuntimeApi> apis_;
    ExtrinsicInfo extrinsic_;
    std::uint32_t runtimeType_ = 0;
};

} // namespace chainclient::subtensor
