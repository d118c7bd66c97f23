// libFuzzer target: arbitrary bytes as runtime metadata (raw "meta"-prefixed V14/V15 or the
// Option<OpaqueMetadata> wrapper). A registry that parses is then used the way the app uses a
// node's metadata: type names for messages, and decoding values of its own types — a hostile
// node controls both the metadata and the values.

#include "chainclient/subtensor/DynamicDecoder.h"
#include "chainclient/subtensor/Metadata.h"

#include <algorithm>
#include <span>

using namespace chainclient::subtensor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    auto md = Metadata::parse(bytes);
    if (!md)
        return 0;
    const PortableRegistry& types = md->types();
    const DynamicDecoder dec(types);
    // The input's own tail stands in for a value; every type id is tried against it.
    const auto value = bytes.subspan(size - std::min<std::size_t>(size, 64));
    const std::size_t n = std::min<std::size_t>(types.size(), 512);
    for (std::uint32_t id = 0; id < n; ++id) {
        (void)types.displayName(id);
        (void)dec.decodeAll(id, value);
    }
    for (const auto& api : md->runtimeApis())
        for (const auto& m : api.methods)
            (void)dec.decodeAll(m.output, value);
    for (const auto& p : md->pallets())
        for (const auto& e : p.storage)
            (void)dec.decodeAll(e.valueType, e.defaultValue);
    return 0;
}
