#include "chainclient/local/RpcServerMetadata.h"

#include "chainclient/subtensor/ScaleWriter.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace chainclient {
namespace {

using subtensor::ScaleWriter;
using Field = std::pair<std::string, std::uint32_t>; // name ("" = unnamed), type id

// A scale-info portable registry under construction; identical definitions share one id.
class TypeTable {
public:
    std::uint32_t prim(std::uint8_t kind, const char* key) { return add(key, {}, [&](ScaleWriter& w) { w.writeU8(5).writeU8(kind); }); }
    std::uint32_t u8() { return prim(3, "u8"); }
    std::uint32_t u16() { return prim(4, "u16"); }
    std::uint32_t u32() { return prim(5, "u32"); }
    std::uint32_t u64() { return prim(6, "u64"); }
    std::uint32_t u128() { return prim(7, "u128"); }
    std::uint32_t i128() { return prim(13, "i128"); }
    std::uint32_t boolean() { return prim(0, "bool"); }
    std::uint32_t compact(std::uint32_t t) {
        return add("C" + std::to_string(t), {}, [&](ScaleWriter& w) { w.writeU8(6).writeCompact(t); });
    }
    std::uint32_t seq(std::uint32_t t) {
        return add("V" + std::to_string(t), {}, [&](ScaleWriter& w) { w.writeU8(2).writeCompact(t); });
    }
    std::uint32_t array(std::uint32_t n, std::uint32_t t) {
        return add("A" + std::to_string(n) + "x" + std::to_string(t), {},
                   [&](ScaleWriter& w) { w.writeU8(3).writeU32(n).writeCompact(t); });
    }
    std::uint32_t tuple(const std::vector<std::uint32_t>& ts) {
        std::string key = "T";
        for (auto t : ts) key += "," + std::to_string(t);
        return add(key, {}, [&](ScaleWriter& w) {
            w.writeU8(4).writeCompact(ts.size());
            for (auto t : ts) w.writeCompact(t);
        });
    }
    std::uint32_t option(std::uint32_t t) {
        return add("O" + std::to_string(t), {"Option"}, [&](ScaleWriter& w) {
            w.writeU8(1).writeCompact(2);
            w.writeString("None").writeCompact(0).writeU8(0).writeCompact(0);
            w.writeString("Some").writeCompact(1);
            writeField(w, {"", t});
            w.writeU8(1).writeCompact(0);
        });
    }
    std::uint32_t composite(std::vector<std::string> path, const std::vector<Field>& fields) {
        std::string key = "S";
        for (const auto& p : path) key += "::" + p;
        return add(key, std::move(path), [&](ScaleWriter& w) {
            w.writeU8(0).writeCompact(fields.size());
            for (const auto& f : fields) writeField(w, f);
        });
    }
    std::uint32_t unit() { return tuple({}); }
    struct Variant {
        std::string name;
        std::uint8_t index;
        std::vector<Field> fields;
    };
    std::uint32_t variant(std::vector<std::string> path, const std::vector<Variant>& variants) {
        std::string key = "E";
        for (const auto& p : path) key += "::" + p;
        return add(key, std::move(path), [&](ScaleWriter& w) {
            w.writeU8(1).writeCompact(variants.size());
            for (const auto& v : variants) {
                w.writeString(v.name).writeCompact(v.fields.size());
                for (const auto& f : v.fields) writeField(w, f);
                w.writeU8(v.index).writeCompact(0);
            }
        });
    }

    void writeRegistry(ScaleWriter& w) const {
        w.writeCompact(defs_.size());
        for (std::size_t i = 0; i < defs_.size(); ++i) {
            w.writeCompact(i);
            w.writeCompact(defs_[i].path.size());
            for (const auto& p : defs_[i].path) w.writeString(p);
            w.writeCompact(0); // no type parameters
            w.writeBytes(defs_[i].def);
            w.writeCompact(0); // no docs
        }
    }

private:
    struct Def {
        std::vector<std::string> path;
        std::vector<std::uint8_t> def;
    };
    static void writeField(ScaleWriter& w, const Field& f) {
        if (f.first.empty()) w.writeU8(0);
        else w.writeU8(1).writeString(f.first);
        w.writeCompact(f.second);
        w.writeU8(0);      // no Rust type name
        w.writeCompact(0); // no docs
    }
    template <class F> std::uint32_t add(const std::string& key, std::vector<std::string> path, F&& body) {
        if (auto it = ids_.find(key); it != ids_.end()) return it->second;
        ScaleWriter w;
        body(w);
        const auto id = static_cast<std::uint32_t>(defs_.size());
        defs_.push_back(Def{std::move(path), w.take()});
        ids_.emplace(key, id);
        return id;
    }
    std::vector<Def> defs_;
    std::map<std::string, std::uint32_t> ids_;
};

struct Api {
    std::string name;
    struct Method {
        std::string name;
        std::vector<Field> inputs;
        std::uint32_t output;
    };
    std::vector<Method> methods;
};

struct Storage {
    std::string name;
    std::vector<std::uint8_t> hashers; // empty = plain
    std::uint32_t key = 0, value = 0;
    std::vector<std::uint8_t> defaultValue;
};

struct PalletDef {
    std::string name;
    std::uint8_t index = 0;
    std::vector<Storage> items;
    std::optional<std::uint32_t> events, errors;
};

std::vector<std::uint8_t> build() {
    TypeTable t;
    const auto cu16 = t.compact(t.u16()), cu64 = t.compact(t.u64()), cu128 = t.compact(t.u128());
    const auto account = t.composite({"sp_core", "crypto", "AccountId32"}, {{"", t.array(32, t.u8())}});
    const auto bytes = t.seq(t.u8());
    const auto compactBytes = t.seq(t.compact(t.u8()));
    const auto i96f32 = t.composite({"substrate_fixed", "FixedI128"}, {{"bits", t.i128()}});
    const auto identityV3 = t.composite({"pallet_subtensor", "rpc_info", "dynamic_info", "SubnetIdentityV3"},
                                        {{"subnet_name", bytes}, {"github_repo", bytes}, {"subnet_contact", bytes},
                                         {"subnet_url", bytes}, {"discord", bytes}, {"description", bytes},
                                         {"logo_url", bytes}, {"additional", bytes}});
    const auto chainIdentity = t.composite({"pallet_subtensor", "ChainIdentityV2"},
                                           {{"name", bytes}, {"url", bytes}, {"github_repo", bytes}, {"image", bytes},
                                            {"discord", bytes}, {"description", bytes}, {"additional", bytes}});
    const auto axon = t.composite({"pallet_subtensor", "AxonInfo"},
                                  {{"block", t.u64()}, {"version", t.u32()}, {"ip", t.u128()}, {"port", t.u16()},
                                   {"ip_type", t.u8()}, {"protocol", t.u8()}, {"placeholder1", t.u8()},
                                   {"placeholder2", t.u8()}});
    const auto prometheus = t.composite({"pallet_subtensor", "PrometheusInfo"},
                                        {{"block", t.u64()}, {"version", t.u32()}, {"ip", t.u128()},
                                         {"port", t.u16()}, {"ip_type", t.u8()}});
    const auto accountStake = t.tuple({account, cu64});

    const auto dynamicInfo = t.composite(
        {"pallet_subtensor", "rpc_info", "dynamic_info", "DynamicInfo"},
        {{"netuid", cu16}, {"owner_hotkey", account}, {"owner_coldkey", account}, {"subnet_name", compactBytes},
         {"token_symbol", compactBytes}, {"tempo", cu16}, {"last_step", cu64}, {"blocks_since_last_step", cu64},
         {"emission", cu64}, {"alpha_in", cu64}, {"alpha_out", cu64}, {"tao_in", cu64},
         {"alpha_out_emission", cu64}, {"alpha_in_emission", cu64}, {"tao_in_emission", cu64},
         {"pending_alpha_emission", cu64}, {"pending_root_emission", cu64}, {"subnet_volume", cu128},
         {"network_registered_at", cu64}, {"subnet_identity", t.option(identityV3)}, {"moving_price", i96f32}});

    // The selective metagraph: every field but netuid is Option-wrapped (None when not asked for).
    const auto o = [&](std::uint32_t ty) { return t.option(ty); };
    const auto vcu16 = t.seq(cu16), vcu64 = t.seq(cu64), vbool = t.seq(t.boolean()), vacc = t.seq(account);
    const std::vector<Field> metagraphFields{
        {"netuid", cu16}, {"name", o(compactBytes)}, {"symbol", o(compactBytes)}, {"identity", o(o(identityV3))},
        {"network_registered_at", o(cu64)}, {"owner_hotkey", o(account)}, {"owner_coldkey", o(account)},
        {"block", o(cu64)}, {"tempo", o(cu16)}, {"last_step", o(cu64)}, {"blocks_since_last_step", o(cu64)},
        {"subnet_emission", o(cu64)}, {"alpha_in", o(cu64)}, {"alpha_out", o(cu64)}, {"tao_in", o(cu64)},
        {"alpha_out_emission", o(cu64)}, {"alpha_in_emission", o(cu64)}, {"tao_in_emission", o(cu64)},
        {"pending_alpha_emission", o(cu64)}, {"pending_root_emission", o(cu64)}, {"subnet_volume", o(cu128)},
        {"moving_price", o(i96f32)}, {"rho", o(cu16)}, {"kappa", o(cu16)}, {"min_allowed_weights", o(cu16)},
        {"max_weights_limit", o(cu16)}, {"weights_version", o(cu64)}, {"weights_rate_limit", o(cu64)},
        {"activity_cutoff", o(cu64)}, {"max_validators", o(cu16)}, {"num_uids", o(cu16)}, {"max_uids", o(cu16)},
        {"burn", o(cu64)}, {"difficulty", o(cu64)}, {"registration_allowed", o(t.boolean())},
        {"pow_registration_allowed", o(t.boolean())}, {"immunity_period", o(cu16)}, {"min_difficulty", o(cu64)},
        {"max_difficulty", o(cu64)}, {"min_burn", o(cu64)}, {"max_burn", o(cu64)}, {"adjustment_alpha", o(cu64)},
        {"adjustment_interval", o(cu16)}, {"target_regs_per_interval", o(cu16)}, {"max_regs_per_block", o(cu16)},
        {"serving_rate_limit", o(cu64)}, {"commit_reveal_weights_enabled", o(t.boolean())},
        {"commit_reveal_period", o(cu64)}, {"liquid_alpha_enabled", o(t.boolean())}, {"alpha_high", o(cu16)},
        {"alpha_low", o(cu16)}, {"bonds_moving_avg", o(cu64)}, {"hotkeys", o(vacc)}, {"coldkeys", o(vacc)},
        {"identities", o(t.seq(t.option(chainIdentity)))}, {"axons", o(t.seq(axon))}, {"active", o(vbool)},
        {"validator_permit", o(vbool)}, {"pruning_score", o(vcu16)}, {"last_update", o(vcu64)},
        {"emission", o(vcu64)}, {"dividends", o(vcu16)}, {"incentives", o(vcu16)}, {"consensus", o(vcu16)},
        {"trust", o(vcu16)}, {"rank", o(vcu16)}, {"block_at_registration", o(vcu64)}, {"alpha_stake", o(vcu64)},
        {"tao_stake", o(vcu64)}, {"total_stake", o(vcu64)}, {"tao_dividends_per_hotkey", o(t.seq(accountStake))},
        {"alpha_dividends_per_hotkey", o(t.seq(accountStake))}, {"validators", o(vcu16)},
        {"commitments", o(t.seq(t.tuple({account, compactBytes})))}};
    const auto selective =
        t.composite({"pallet_subtensor", "rpc_info", "metagraph", "SelectiveMetagraph"}, metagraphFields);

    const auto neuronLite = t.composite(
        {"pallet_subtensor", "rpc_info", "neuron_info", "NeuronInfoLite"},
        {{"hotkey", account}, {"coldkey", account}, {"uid", cu16}, {"netuid", cu16}, {"active", t.boolean()},
         {"axon_info", axon}, {"prometheus_info", prometheus}, {"stake", t.seq(accountStake)}, {"rank", cu16},
         {"emission", cu64}, {"incentive", cu16}, {"consensus", cu16}, {"trust", cu16}, {"validator_trust", cu16},
         {"dividends", cu16}, {"last_update", cu64}, {"validator_permit", t.boolean()}, {"pruning_score", cu16}});

    const auto stakeInfo = t.composite({"pallet_subtensor", "rpc_info", "stake_info", "StakeInfo"},
                                       {{"hotkey", account}, {"coldkey", account}, {"netuid", cu16}, {"stake", cu64},
                                        {"locked", cu64}, {"emission", cu64}, {"tao_emission", cu64}, {"drain", cu64},
                                        {"is_registered", t.boolean()}});
    const auto delegateInfo = t.composite(
        {"pallet_subtensor", "rpc_info", "delegate_info", "DelegateInfo"},
        {{"delegate_ss58", account}, {"take", cu16},
         {"nominators", t.seq(t.tuple({account, t.seq(t.tuple({cu16, cu64}))}))}, {"owner_ss58", account},
         {"registrations", t.seq(cu16)}, {"validator_permits", t.seq(cu16)}, {"return_per_1000", cu64},
         {"total_daily_return", cu64}});
    const auto accountData = t.composite({"pallet_balances", "types", "AccountData"},
                                         {{"free", t.u64()}, {"reserved", t.u64()}, {"frozen", t.u64()}, {"flags", t.u128()}});
    const auto accountInfo = t.composite({"frame_system", "AccountInfo"},
                                         {{"nonce", t.u32()}, {"consumers", t.u32()}, {"providers", t.u32()},
                                          {"sufficients", t.u32()}, {"data", accountData}});
    std::vector<std::uint8_t> emptyAccount(4 * 4 + 3 * 8 + 16, 0);

    const auto netuid = t.u16();

    // System.Events in the spec-343 layout (frame_system::EventRecord), with the events and module
    // errors the embedded chain can produce at their finney variant indexes. SubtensorModule's
    // events carry unnamed fields there, as in the real runtime.
    const auto h256 = t.composite({"primitive_types", "H256"}, {{"", t.array(32, t.u8())}});
    const auto phase = t.variant({"frame_system", "Phase"},
                                 {{"ApplyExtrinsic", 0, {{"", t.u32()}}}, {"Finalization", 1, {}}, {"Initialization", 2, {}}});
    const auto weight = t.composite({"sp_weights", "weight_v2", "Weight"}, {{"ref_time", cu64}, {"proof_size", cu64}});
    const auto dispatchClass = t.variant({"frame_support", "dispatch", "DispatchClass"},
                                         {{"Normal", 0, {}}, {"Operational", 1, {}}, {"Mandatory", 2, {}}});
    const auto pays = t.variant({"frame_support", "dispatch", "Pays"}, {{"Yes", 0, {}}, {"No", 1, {}}});
    const auto dispatchInfo = t.composite({"frame_system", "DispatchEventInfo"},
                                          {{"weight", weight}, {"class", dispatchClass}, {"pays_fee", pays}});
    const auto moduleError = t.composite({"sp_runtime", "ModuleError"}, {{"index", t.u8()}, {"error", t.array(4, t.u8())}});
    const auto dispatchError = t.variant({"sp_runtime", "DispatchError"}, {{"Other", 0, {}},
                                                                          {"CannotLookup", 1, {}},
                                                                          {"BadOrigin", 2, {}},
                                                                          {"Module", 3, {{"", moduleError}}}});
    const auto systemEvent = t.variant({"frame_system", "pallet", "Event"},
                                       {{"ExtrinsicSuccess", 0, {{"dispatch_info", dispatchInfo}}},
                                        {"ExtrinsicFailed", 1, {{"dispatch_error", dispatchError}, {"dispatch_info", dispatchInfo}}}});
    const auto balancesEvent = t.variant({"pallet_balances", "pallet", "Event"},
                                         {{"Transfer", 2, {{"from", account}, {"to", account}, {"amount", t.u64()}}}});
    const auto u64 = t.u64();
    const auto subtensorEvent = t.variant(
        {"pallet_subtensor", "pallet", "Event"},
        {{"StakeAdded", 2, {{"", account}, {"", account}, {"", u64}, {"", u64}, {"", netuid}, {"", u64}}},
         {"StakeRemoved", 3, {{"", account}, {"", account}, {"", u64}, {"", u64}, {"", netuid}, {"", u64}}},
         {"StakeMoved", 4, {{"", account}, {"", account}, {"", netuid}, {"", account}, {"", netuid}, {"", u64}}},
         {"TakeDecreased", 61, {{"", account}, {"", account}, {"", t.u16()}}},
         {"TakeIncreased", 62, {{"", account}, {"", account}, {"", t.u16()}}},
         {"StakeTransferred", 85, {{"", account}, {"", account}, {"", account}, {"", netuid}, {"", netuid}, {"", u64}}},
         {"StakeSwapped", 86, {{"", account}, {"", account}, {"", netuid}, {"", netuid}, {"", u64}}}});
    const auto runtimeEvent = t.variant({"node_subtensor_runtime", "RuntimeEvent"},
                                        {{"System", 0, {{"", systemEvent}}},
                                         {"Balances", 5, {{"", balancesEvent}}},
                                         {"SubtensorModule", 7, {{"", subtensorEvent}}}});
    const auto eventRecord = t.composite({"frame_system", "EventRecord"},
                                         {{"phase", phase}, {"event", runtimeEvent}, {"topics", t.seq(h256)}});
    std::vector<TypeTable::Variant> subtensorErrors;
    for (const auto& [name, index] : RpcServerMetadata::subtensorErrors()) subtensorErrors.push_back({name, index, {}});
    const auto subtensorError = t.variant({"pallet_subtensor", "pallet", "Error"}, subtensorErrors);
    const auto balancesError = t.variant({"pallet_balances", "pallet", "Error"}, {{"InsufficientBalance", 2, {}}});
    const auto u64f64 = t.composite({"substrate_fixed", "FixedU128"}, {{"bits", t.u128()}});

    // Finney's layout, so a client decodes the loopback's answer with the same code by name.
    const auto runtimeDispatchInfo =
        t.composite({"pallet_transaction_payment", "types", "RuntimeDispatchInfo"},
                    {{"weight", weight}, {"class", dispatchClass}, {"partial_fee", t.u64()}});
    // SimSwapResult's fields are u64 newtypes (TaoCurrency, AlphaCurrency) on finney: the same bytes.
    const auto simSwapResult =
        t.composite({"pallet_subtensor_swap_runtime_api", "SimSwapResult"},
                    {{"tao_amount", t.u64()}, {"alpha_amount", t.u64()}, {"tao_fee", t.u64()}, {"alpha_fee", t.u64()}});
    const std::vector<Api> apis{
        {"SubnetInfoRuntimeApi",
         {{"get_all_dynamic_info", {}, t.seq(t.option(dynamicInfo))},
          {"get_dynamic_info", {{"netuid", netuid}}, t.option(dynamicInfo)},
          {"get_selective_metagraph", {{"netuid", netuid}, {"metagraph_indexes", t.seq(t.u16())}}, t.option(selective)}}},
        {"NeuronInfoRuntimeApi", {{"get_neurons_lite", {{"netuid", netuid}}, t.seq(neuronLite)}}},
        {"DelegateInfoRuntimeApi",
         {{"get_delegates", {}, t.seq(delegateInfo)},
          {"get_delegate", {{"delegate_account", account}}, t.option(delegateInfo)}}},
        {"SwapRuntimeApi",
         {{"current_alpha_price", {{"netuid", netuid}}, t.u64()},
          {"sim_swap_tao_for_alpha", {{"netuid", netuid}, {"tao", t.u64()}}, simSwapResult},
          {"sim_swap_alpha_for_tao", {{"netuid", netuid}, {"alpha", t.u64()}}, simSwapResult}}},
        {"StakeInfoRuntimeApi",
         {{"get_stake_info_for_coldkey", {{"coldkey_account", account}}, t.seq(stakeInfo)},
          {"get_stake_info_for_coldkeys", {{"coldkey_accounts", t.seq(account)}}, t.seq(t.tuple({account, t.seq(stakeInfo)}))}}},
        {"TransactionPaymentApi", {{"query_info", {{"uxt", bytes}, {"len", t.u32()}}, runtimeDispatchInfo}}},
        {"Metadata", {{"metadata_at_version", {{"version", t.u32()}}, t.option(bytes)}}}};

    const std::vector<std::uint8_t> zeroU64(8, 0);
    // Pallet name, index, items. Hasher 6 = Identity (how subtensor keys its netuid maps).
    // Alpha is (hotkey, coldkey, netuid) → share fraction; the loopback serves its keys only.
    const std::vector<PalletDef> pallets{
        {"System",
         0,
         {{"Account", {2}, account, accountInfo, emptyAccount}, // Blake2_128Concat
          {"Events", {}, 0, t.seq(eventRecord), {0}}},
         systemEvent,
         std::nullopt},
        {"Timestamp", 2, {{"Now", {}, 0, t.u64(), zeroU64}}, std::nullopt, std::nullopt},
        {"Balances", 5, {}, balancesEvent, balancesError},
        {"SubtensorModule",
         7,
         {{"TotalIssuance", {}, 0, t.u64(), zeroU64},
          {"SubnetTAO", {6}, netuid, t.u64(), zeroU64},
          {"SubtokenEnabled", {6}, netuid, t.boolean(), {0}},
          {"Alpha", {2, 2, 6}, t.tuple({account, account, netuid}), u64f64, std::vector<std::uint8_t>(16, 0)}},
         subtensorEvent,
         subtensorError}};

    const auto nul = t.unit();
    const auto sig = t.array(64, t.u8());
    const auto runtime = t.composite({"subnetscope_local", "Runtime"}, {});

    ScaleWriter w;
    w.writeBytes(std::vector<std::uint8_t>{'m', 'e', 't', 'a', 15});
    t.writeRegistry(w);
    w.writeCompact(pallets.size());
    for (const auto& [name, index, items, events, errors] : pallets) {
        w.writeString(name);
        if (items.empty()) {
            w.writeU8(0);
        } else {
            w.writeU8(1).writeString(name).writeCompact(items.size());
            for (const auto& s : items) {
                w.writeString(s.name).writeU8(1); // modifier Default
                if (s.hashers.empty()) {
                    w.writeU8(0).writeCompact(s.value);
                } else {
                    w.writeU8(1).writeCompact(s.hashers.size());
                    for (auto h : s.hashers) w.writeU8(h);
                    w.writeCompact(s.key).writeCompact(s.value);
                }
                w.writeByteVec(s.defaultValue).writeCompact(0);
            }
        }
        w.writeU8(0); // no calls
        if (events) w.writeU8(1).writeCompact(*events);
        else w.writeU8(0);
        w.writeCompact(0); // no constants
        if (errors) w.writeU8(1).writeCompact(*errors);
        else w.writeU8(0);
        w.writeU8(index).writeCompact(0);
    }
    // Extrinsic v4 with the spec-343 signed-extension identifiers; none carries bytes here.
    w.writeU8(4).writeCompact(account).writeCompact(nul).writeCompact(sig).writeCompact(nul);
    const char* extensions[] = {"CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis",
                                "CheckMortality", "CheckNonce", "CheckWeight", "ChargeTransactionPayment"};
    w.writeCompact(std::size(extensions));
    for (const char* e : extensions) w.writeString(e).writeCompact(nul).writeCompact(nul);
    w.writeCompact(runtime);
    w.writeCompact(apis.size());
    for (const auto& api : apis) {
        w.writeString(api.name).writeCompact(api.methods.size());
        for (const auto& m : api.methods) {
            w.writeString(m.name).writeCompact(m.inputs.size());
            for (const auto& [pname, pty] : m.inputs) w.writeString(pname).writeCompact(pty);
            w.writeCompact(m.output).writeCompact(0);
        }
        w.writeCompact(0);
    }
    w.writeCompact(nul).writeCompact(runtimeEvent).writeCompact(nul); // outer call / event / error enums
    w.writeCompact(0);                                       // no custom entries
    return w.take();
}

} // namespace

const std::vector<std::pair<std::string, std::uint8_t>>& RpcServerMetadata::subtensorErrors() {
    // Names and indexes of pallet_subtensor::Error in finney spec 343.
    static const std::vector<std::pair<std::string, std::uint8_t>> e{
        {"HotKeyAccountNotExists", 5},  {"NotEnoughStakeToWithdraw", 9}, {"NotEnoughBalanceToStake", 12},
        {"HotKeyAlreadyRegisteredInSubNet", 21}, {"TooManyRegistrationsThisInterval", 37}, {"NotSubnetOwner", 40},
        {"SubnetNotExists", 73},        {"AmountTooLow", 79},            {"InsufficientLiquidity", 80},
        {"SlippageTooHigh", 81},        {"NeedWaitingMoreBlocksToStarCall", 86}, {"SubtokenDisabled", 91},
        {"SameNetuid", 94},             {"InsufficientBalance", 95},     {"SubnetLimitReached", 113}};
    return e;
}

const std::vector<std::uint8_t>& RpcServerMetadata::bytes() {
    static const std::vector<std::uint8_t> b = build();
    return b;
}

const subtensor::Metadata& RpcServerMetadata::metadata() {
    static const subtensor::Metadata md = [] {
        auto parsed = subtensor::Metadata::parse(bytes());
        // Built from constants above: failing here is a bug in this file, not user input.
        if (!parsed) throw std::logic_error("loopback metadata does not parse: " + parsed.error().message);
        return std::move(parsed).value();
    }();
    return md;
}

} // namespace chainclient
