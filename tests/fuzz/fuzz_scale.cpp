// libFuzzer target: arbitrary bytes through the SCALE decoders with a real (spec-343) metadata —
// RuntimeDecoder + ValueMapper for the results the app reads, DynamicDecoder for any type id.
// Input layout: see ScaleTargets.h.

#include "FuzzSupport.h"
#include "ScaleTargets.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/Metagraph.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/SubtensorTypes.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <span>

namespace {

using namespace chainclient::subtensor;
using Bytes = std::span<const std::uint8_t>;
using Run = void (*)(const RuntimeDecoder&, const fuzz::ScaleTarget&, Bytes);

template <class T> void call(const RuntimeDecoder& d, const fuzz::ScaleTarget& t, Bytes b) {
    (void)d.call<T>(t.a, t.b, b);
}
template <class T> void storage(const RuntimeDecoder& d, const fuzz::ScaleTarget& t, Bytes b) {
    (void)d.storage<T>(t.a, t.b, b);
}

// Parallel to fuzz::kScaleTargets: the struct each result is mapped into in the app.
constexpr std::array<Run, fuzz::kScaleTargets.size()> kRuns{
    call<std::optional<DynamicInfo>>,
    call<std::vector<std::optional<DynamicInfo>>>,
    call<std::vector<NeuronInfoLite>>,
    call<std::optional<NeuronInfo>>,
    call<std::optional<Metagraph>>,
    call<std::optional<Metagraph>>,
    call<std::optional<SubnetState>>,
    call<std::vector<std::optional<SubnetInfoV2>>>,
    call<std::optional<SubnetHyperparams>>,
    call<std::optional<SubnetHyperparamsV2>>,
    call<std::vector<StakeInfo>>,
    call<std::vector<DelegateInfo>>,
    call<std::uint64_t>,
    storage<AccountInfo>,
    storage<std::uint16_t>,
    storage<std::uint16_t>,
    storage<std::vector<std::uint64_t>>,
    storage<bool>,
};

struct Env {
    std::unique_ptr<Metadata> md;
    std::unique_ptr<RuntimeDecoder> dec;
};
Env env;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const QString dir = fuzz::chainFixturesDir();
    const auto bytes = fuzz::metadataBytes(
        dir, QString::fromLatin1(fuzz::kScaleMetadata.data(), static_cast<int>(fuzz::kScaleMetadata.size())));
    auto md = Metadata::parse(bytes);
    if (!md) {
        std::fprintf(
            stderr, "fuzz_scale: needs %s from the chain fixtures (set SUBNETSCOPE_SHARED_DIR): %s\n",
            fuzz::kScaleMetadata.data(), dir.isEmpty() ? "fixtures not found" : md.error().message.c_str());
        std::exit(2);
    }
    env.md = std::make_unique<Metadata>(std::move(md).value());
    env.dec = std::make_unique<RuntimeDecoder>(*env.md);
    for (const auto& t : fuzz::kScaleTargets) {
        const bool known = t.storage ? env.md->storageEntry(t.a, t.b) != nullptr
                                     : env.md->runtimeApiMethod(t.a, t.b) != nullptr;
        if (!known)
            std::fprintf(
                stderr, "fuzz_scale: %s.%s is not in this metadata; its selector only tests the error path\n",
                t.a.data(), t.b.data());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    const Bytes payload(data + 1, size - 1);
    if (selector < fuzz::kScaleTargets.size()) {
        kRuns[selector](*env.dec, fuzz::kScaleTargets[selector], payload);
        return 0;
    }
    if (payload.size() < 2)
        return 0;
    const std::uint32_t typeId = static_cast<std::uint32_t>(payload[0] | (payload[1] << 8)) %
                                 static_cast<std::uint32_t>(env.md->types().size());
    auto v = env.dec->decodeType(typeId, payload.subspan(2));
    if (!v)
        (void)v.error().message.size();
    return 0;
}
