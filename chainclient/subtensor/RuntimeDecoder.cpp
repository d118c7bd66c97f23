#include "chainclient/subtensor/RuntimeDecoder.h"

namespace chainclient::subtensor {

using economics::ErrorCode;
using economics::makeError;

Result<std::uint32_t> RuntimeDecoder::callOutputType(std::string_view api, std::string_view method) const {
    if (md_.runtimeApis().empty())
        return makeError(ErrorCode::NotSupported, "metadata V" + std::to_string(md_.version()) +
                                                      " has no runtime-API types (need V15)");
    const RuntimeApiMethod* m = md_.runtimeApiMethod(api, method);
    if (!m)
        return makeError(ErrorCode::NotSupported, "runtime API " + std::string(api) + "_" +
                                                      std::string(method) + " is not in this runtime");
    return m->output;
}

Result<std::uint32_t> RuntimeDecoder::storageValueType(std::string_view pallet, std::string_view item) const {
    const StorageEntry* e = md_.storageEntry(pallet, item);
    if (!e)
        return makeError(ErrorCode::NotSupported, "storage item " + std::string(pallet) + "." +
                                                      std::string(item) + " is not in this runtime");
    return e->valueType;
}

Result<ScaleValue> RuntimeDecoder::decodeCall(std::string_view api, std::string_view method,
                                              std::span<const std::uint8_t> bytes) const {
    auto ty = callOutputType(api, method);
    if (!ty)
        return ty.error();
    auto v = dec_.decodeAll(*ty, bytes);
    if (!v) {
        auto e = v.error();
        e.message = std::string(api) + "_" + std::string(method) + ": " + e.message;
        return e;
    }
    return v;
}

Result<ScaleValue> RuntimeDecoder::decodeStorage(std::string_view pallet, std::string_view item,
                                                 std::optional<std::span<const std::uint8_t>> bytes) const {
    const StorageEntry* e = md_.storageEntry(pallet, item);
    if (!e)
        return makeError(ErrorCode::NotSupported, "storage item " + std::string(pallet) + "." +
                                                      std::string(item) + " is not in this runtime");
    if (!bytes) {
        if (e->optional)
            return makeError(ErrorCode::AccountNotFound,
                             std::string(pallet) + "." + std::string(item) + ": no value stored");
        bytes = std::span<const std::uint8_t>(e->defaultValue);
    }
    auto v = dec_.decodeAll(e->valueType, *bytes);
    if (!v) {
        auto err = v.error();
        err.message = std::string(pallet) + "." + std::string(item) + ": " + err.message;
        return err;
    }
    return v;
}

} // namespace chainclient::subtensor
