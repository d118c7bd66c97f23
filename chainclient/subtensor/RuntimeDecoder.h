#pragma once
// Decodes runtime-API results and storage values with the types named in the metadata, into a
// ScaleValue tree or straight into the plain structs of SubtensorTypes.h / Metagraph.h.
//
//   RuntimeDecoder dec(metadata);
//   auto info = dec.call<std::optional<DynamicInfo>>("SubnetInfoRuntimeApi", "get_dynamic_info", bytes);
//   auto acct = dec.storage<AccountInfo>("System", "Account", bytes);

#include "chainclient/subtensor/DynamicDecoder.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/ValueMapper.h"

#include <optional>
#include <span>
#include <string_view>

namespace chainclient::subtensor {

class RuntimeDecoder {
  public:
    // The metadata must outlive the decoder and every ScaleValue it returns.
    explicit RuntimeDecoder(const Metadata& metadata) : md_(metadata), dec_(metadata.types()) {}

    const Metadata& metadata() const { return md_; }

    // Output type of a V15 runtime-API method, or an error naming what is missing.
    Result<std::uint32_t> callOutputType(std::string_view api, std::string_view method) const;
    Result<std::uint32_t> storageValueType(std::string_view pallet, std::string_view item) const;

    // Every byte must be consumed.
    Result<ScaleValue> decodeCall(std::string_view api, std::string_view method,
                                  std::span<const std::uint8_t> bytes) const;
    // `bytes` empty optional = the node returned null: the entry's default applies (or None).
    Result<ScaleValue> decodeStorage(std::string_view pallet, std::string_view item,
                                     std::optional<std::span<const std::uint8_t>> bytes) const;
    Result<ScaleValue> decodeType(std::uint32_t typeId, std::span<const std::uint8_t> bytes) const {
        return dec_.decodeAll(typeId, bytes);
    }

    template <class T>
    Result<T> call(std::string_view api, std::string_view method, std::span<const std::uint8_t> bytes) const {
        auto v = decodeCall(api, method, bytes);
        if (!v)
            return v.error();
        return withContext(ValueMapper::to<T>(*v), api, method);
    }

    template <class T>
    Result<T> storage(std::string_view pallet, std::string_view item,
                      std::optional<std::span<const std::uint8_t>> bytes) const {
        auto v = decodeStorage(pallet, item, bytes);
        if (!v)
            return v.error();
        return withContext(ValueMapper::to<T>(*v), pallet, item);
    }

  private:
    template <class T> static Result<T> withContext(Result<T> r, std::string_view a, std::string_view b) {
        if (r)
            return r;
        auto e = r.error();
        e.message = std::string(a) + "." + std::string(b) + ": " + e.message;
        return e;
    }

    const Metadata& md_;
    DynamicDecoder dec_;
};

} // namespace chainclient::subtensor
