#pragma once
// Storage keys: twox128(pallet prefix) ++ twox128(item) ++ one hashed part per map key, using the
// hashers the metadata declares for that item (they differ per item, so never hard-code them).
// Also the reverse for map iteration (state_getKeysPaged): the key arguments back out of a full
// key, possible for the transparent hashers (Identity, Twox64Concat, Blake2_128Concat).

#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/ScaleValue.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace chainclient::subtensor {

class StorageKey {
  public:
    using Bytes = std::vector<std::uint8_t>;

    // twox128(pallet) ++ twox128(item): the prefix of every key of the item.
    static Bytes itemPrefix(std::string_view palletPrefix, std::string_view item);
    static Bytes hash(StorageHasher hasher, std::span<const std::uint8_t> encodedKey);
    // Bytes of the hash itself that precede the raw key for the *Concat hashers (0 for Identity).
    static std::size_t hashPrefixLength(StorageHasher hasher);
    static bool isTransparent(StorageHasher hasher);

    // Full key (or a prefix, when fewer keys than hashers are given) for pallet.item with the
    // SCALE-encoded key arguments in declaration order.
    static Result<Bytes> build(const Metadata& md, std::string_view pallet, std::string_view item,
                               const std::vector<Bytes>& encodedKeys = {});

    // The decoded key arguments of a full key returned by the node for pallet.item.
    static Result<std::vector<ScaleValue>> decodeKeyArgs(const Metadata& md, std::string_view pallet,
                                                         std::string_view item,
                                                         std::span<const std::uint8_t> key);
};

} // namespace chainclient::subtensor
