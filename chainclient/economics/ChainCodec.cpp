#include "chainclient/economics/ChainCodec.h"

#include <cstring>
#include <stdexcept>

namespace economics {
namespace {

constexpr std::uint32_t kMagic = 0x53534e43; // "SSNC"

class Writer {
public:
    void u8(std::uint8_t v) { out.push_back(v); }
    void u16(std::uint16_t v) { raw(&v, 2); }
    void u32(std::uint32_t v) { raw(&v, 4); }
    void u64(std::uint64_t v) { raw(&v, 8); }
    void u128v(u128 v) { u64(static_cast<std::uint64_t>(v)); u64(static_cast<std::uint64_t>(v >> 64)); }
    void f64(double v) { std::uint64_t b; std::memcpy(&b, &v, 8); u64(b); }
    void str(const std::string& s) { u32(static_cast<std::uint32_t>(s.size())); raw(s.data(), s.size()); }
    void id(const AccountId& a) { raw(a.bytes.data(), 32); }
    std::vector<std::uint8_t> out;

private:
    void raw(const void* p, std::size_t n) { // little-endian hosts only (x86_64, aarch64)
        const auto* b = static_cast<const std::uint8_t*>(p);
        out.insert(out.end(), b, b + n);
    }
};

struct Truncated : std::runtime_error { using std::runtime_error::runtime_error; };

class Reader {
public:
    explicit Reader(const std::vector<std::uint8_t>& b) : bytes(b) {}
    std::uint8_t u8() { std::uint8_t v; raw(&v, 1); return v; }
    std::uint16_t u16() { std::uint16_t v; raw(&v, 2); return v; }
    std::uint32_t u32() { std::uint32_t v; raw(&v, 4); return v; }
    std::uint64_t u64() { std::uint64_t v; raw(&v, 8); return v; }
    u128 u128v() { const u128 lo = u64(); const u128 hi = u64(); return lo | (hi << 64); }
    double f64() { const std::uint64_t b = u64(); double v; std::memcpy(&v, &b, 8); return v; }
    std::string str() { const std::uint32_t n = u32(); need(n); std::string s(reinterpret_cast<const char*>(&bytes[pos]), n); pos += n; return s; }
    AccountId id() { AccountId a; raw(a.bytes.data(), 32); return a; }
    std::size_t count() { const std::uint32_t n = u32(); need(n); return n; } // each element ≥ 1 byte
    bool atEnd() const { return pos == bytes.size(); }

private:
    void need(std::size_t n) { if (bytes.size() - pos < n) throw Truncated("state file is truncated"); }
    void raw(void* p, std::size_t n) { need(n); std::memcpy(p, &bytes[pos], n); pos += n; }
    const std::vector<std::uint8_t>& bytes;
    std::size_t pos = 0;
};

} // namespace

std::vector<std::uint8_t> ChainCodec::encode(const Chain& c) {
    Writer w;
    w.u32(kMagic);
    w.u32(kChainFormatVersion);
    const ChainParams& p = c.params_;
    w.f64(p.taoWeight);
    w.u64(p.minStakeRao);
    w.u64(p.nominatorMinStakeRao);
    w.u16(p.subnetLimit);
    w.u64(p.networkRateLimit);
    w.u64(p.subnetImmunityPeriod);
    w.u64(p.startCallDelay);
    w.u64(p.minLockRao);
    w.u64(p.lockReductionInterval);
    w.u64(p.activityCutoff);
    w.u16(p.burnHalfLife);
    w.u8(p.yuma3 ? 1 : 0);
    w.u8(p.liquidAlpha ? 1 : 0);
    w.u64(c.block_);
    w.u64(c.totalIssuance_.rao());
    w.u64(c.feeCollector_.rao());
    w.u64(c.recycled_.rao());
    w.u64(c.burned_.rao());
    w.u64(c.lastLock_.rao());
    w.u64(c.lastLockBlock_);
    w.u64(c.dissolvedCount_);
    w.u32(static_cast<std::uint32_t>(c.balances_.size()));
    for (const auto& [acc, bal] : c.balances_) { w.id(acc); w.u64(bal.rao()); }
    w.u32(static_cast<std::uint32_t>(c.rootStakes_.size()));
    for (const auto& [key, amount] : c.rootStakes_) { w.id(key.first); w.id(key.second); w.u64(amount.rao()); }
    w.u64(c.rootTotal_.rao());
    w.u32(static_cast<std::uint32_t>(c.subnets_.size()));
    for (const auto& [id, s] : c.subnets_) {
        w.u16(s.netuid.value);
        w.str(s.name);
        w.str(s.symbol);
        w.id(s.ownerColdkey);
        w.id(s.ownerHotkey);
        w.u64(s.registeredAt);
        w.u8(s.firstEmissionBlock ? 1 : 0);
        w.u64(s.firstEmissionBlock.value_or(0));
        w.u8(s.emissionEnabled ? 1 : 0);
        w.u16(s.tempo);
        w.u16(s.maxUids);
        w.u64(s.pool.tao.rao());
        w.u64(s.pool.alpha.rao());
        w.f64(s.pool.taoWeight);
        w.u16(s.pool.feeRate);
        w.u64(s.alphaOut.rao());
        w.u64(s.protocolAlpha.rao());
        w.f64(s.movingPrice);
        for (AlphaRao a : {s.pendingServer, s.pendingValidator, s.pendingRoot, s.pendingOwner}) w.u64(a.rao());
        w.u64(s.lastEpochBlock);
        w.u64(s.taoInEmission.rao());
        w.u64(s.alphaInEmission.rao());
        w.u64(s.alphaOutEmission.rao());
        w.f64(s.emissionShare);
        w.u128v(s.volume);
        w.u64(s.burnedAlpha.rao());
        w.u64(s.alphaIssued.rao());
        w.f64(s.minerBurned);
        w.u64(s.lockedTao.rao());
        w.u64(s.burn.rao());
        w.u16(s.immunityPeriod);
        w.u16(s.maxValidators);
        w.u32(static_cast<std::uint32_t>(s.neurons.size()));
        for (const auto& n : s.neurons) {
            w.id(n.hotkey);
            w.id(n.coldkey);
            w.u64(n.registeredAt);
            w.u8(n.validatorPermit ? 1 : 0);
            w.f64(n.incentive);
            w.f64(n.dividends);
            w.u64(n.emission.rao());
            w.f64(n.consensus);
            w.f64(n.validatorTrust);
            w.f64(n.trust);
            w.u8(n.active ? 1 : 0);
            w.u64(n.stake.rao());
            w.u64(n.lastUpdate);
            for (const auto* row : {&n.weights, &n.bonds}) {
                w.u32(static_cast<std::uint32_t>(row->size()));
                for (const WeightEntry& e : *row) { w.u16(e.uid); w.u16(e.value); }
            }
        }
        w.u32(static_cast<std::uint32_t>(s.stakes.size()));
        for (const auto& [key, amount] : s.stakes) { w.id(key.first); w.id(key.second); w.u64(amount.rao()); }
    }
    // Nonces last, so states saved before they existed still load.
    w.u32(static_cast<std::uint32_t>(c.nonces_.size()));
    for (const auto& [acc, nonce] : c.nonces_) { w.id(acc); w.u64(nonce); }
    // Delegate takes after them, only once one was set: older states load, and a chain
    // whose takes are all the default keeps the bytes (and state hash) it had before.
    if (!c.takes_.empty()) {
        w.u32(static_cast<std::uint32_t>(c.takes_.size()));
        for (const auto& [hk, t] : c.takes_) { w.id(hk); w.u16(t.take); w.u64(t.lastChange); }
    }
    return std::move(w.out);
}

Result<Chain> ChainCodec::decode(const std::vector<std::uint8_t>& bytes) {
    try {
        Reader r(bytes);
        if (r.u32() != kMagic) return makeError(ErrorCode::InvalidState, "This is not a Subnetscope chain state file.");
        const std::uint32_t version = r.u32();
        if (version != kChainFormatVersion)
            return makeError(ErrorCode::InvalidState, "The chain state was saved in format " + std::to_string(version) +
                                                          "; this build reads format " + std::to_string(kChainFormatVersion) + ".");
        ChainParams p;
        p.taoWeight = r.f64();
        p.minStakeRao = r.u64();
        p.nominatorMinStakeRao = r.u64();
        p.subnetLimit = r.u16();
        p.networkRateLimit = r.u64();
        p.subnetImmunityPeriod = r.u64();
        p.startCallDelay = r.u64();
        p.minLockRao = r.u64();
        p.lockReductionInterval = r.u64();
        p.activityCutoff = r.u64();
        p.burnHalfLife = r.u16();
        p.yuma3 = r.u8() != 0;
        p.liquidAlpha = r.u8() != 0;
        Chain c(p);
        c.block_ = r.u64();
        c.totalIssuance_ = Rao::fromRao(r.u64());
        c.feeCollector_ = Rao::fromRao(r.u64());
        c.recycled_ = Rao::fromRao(r.u64());
        c.burned_ = Rao::fromRao(r.u64());
        c.lastLock_ = Rao::fromRao(r.u64());
        c.lastLockBlock_ = r.u64();
        c.dissolvedCount_ = r.u64();
        for (std::size_t i = 0, n = r.count(); i < n; ++i) { const AccountId a = r.id(); c.balances_[a] = Rao::fromRao(r.u64()); }
        for (std::size_t i = 0, n = r.count(); i < n; ++i) {
            const AccountId hk = r.id(), ck = r.id();
            c.rootStakes_[{hk, ck}] = Rao::fromRao(r.u64());
        }
        c.rootTotal_ = Rao::fromRao(r.u64());
        for (std::size_t i = 0, n = r.count(); i < n; ++i) {
            Subnet s;
            s.netuid = NetUid{r.u16()};
            s.name = r.str();
            s.symbol = r.str();
            s.ownerColdkey = r.id();
            s.ownerHotkey = r.id();
            s.registeredAt = r.u64();
            const bool started = r.u8() != 0;
            const std::uint64_t feb = r.u64();
            if (started) s.firstEmissionBlock = feb;
            s.emissionEnabled = r.u8() != 0;
            s.tempo = r.u16();
            s.maxUids = r.u16();
            s.pool.tao = Rao::fromRao(r.u64());
            s.pool.alpha = AlphaRao::fromRao(r.u64());
            s.pool.taoWeight = r.f64();
            s.pool.feeRate = r.u16();
            s.alphaOut = AlphaRao::fromRao(r.u64());
            s.protocolAlpha = AlphaRao::fromRao(r.u64());
            s.movingPrice = r.f64();
            for (AlphaRao* a : {&s.pendingServer, &s.pendingValidator, &s.pendingRoot, &s.pendingOwner}) *a = AlphaRao::fromRao(r.u64());
            s.lastEpochBlock = r.u64();
            s.taoInEmission = Rao::fromRao(r.u64());
            s.alphaInEmission = AlphaRao::fromRao(r.u64());
            s.alphaOutEmission = AlphaRao::fromRao(r.u64());
            s.emissionShare = r.f64();
            s.volume = r.u128v();
            s.burnedAlpha = AlphaRao::fromRao(r.u64());
            s.alphaIssued = AlphaRao::fromRao(r.u64());
            s.minerBurned = r.f64();
            s.lockedTao = Rao::fromRao(r.u64());
            s.burn = Rao::fromRao(r.u64());
            s.immunityPeriod = r.u16();
            s.maxValidators = r.u16();
            for (std::size_t j = 0, m = r.count(); j < m; ++j) {
                Neuron nr;
                nr.hotkey = r.id();
                nr.coldkey = r.id();
                nr.registeredAt = r.u64();
                nr.validatorPermit = r.u8() != 0;
                nr.incentive = r.f64();
                nr.dividends = r.f64();
                nr.emission = AlphaRao::fromRao(r.u64());
                nr.consensus = r.f64();
                nr.validatorTrust = r.f64();
                nr.trust = r.f64();
                nr.active = r.u8() != 0;
                nr.stake = AlphaRao::fromRao(r.u64());
                nr.lastUpdate = r.u64();
                for (auto* row : {&nr.weights, &nr.bonds})
                    for (std::size_t e = 0, k = r.count(); e < k; ++e) {
                        WeightEntry we;
                        we.uid = r.u16();
                        we.value = r.u16();
                        row->push_back(we);
                    }
                s.neurons.push_back(std::move(nr));
            }
            for (std::size_t j = 0, m = r.count(); j < m; ++j) {
                const AccountId hk = r.id(), ck = r.id();
                s.stakes[{hk, ck}] = AlphaRao::fromRao(r.u64());
            }
            s.indexHotkeys();
            c.subnets_.emplace(s.netuid.value, std::move(s));
        }
        if (!r.atEnd())
            for (std::size_t i = 0, n = r.count(); i < n; ++i) { const AccountId a = r.id(); c.nonces_[a] = r.u64(); }
        if (!r.atEnd())
            for (std::size_t i = 0, n = r.count(); i < n; ++i) {
                const AccountId hk = r.id();
                DelegateTake t;
                t.take = r.u16();
                t.lastChange = r.u64();
                if (t.take > kMaxDelegateTakeU16) return makeError(ErrorCode::InvalidState, "The chain state holds a take above the maximum; it is corrupt.");
                c.takes_[hk] = t;
            }
        if (!r.atEnd()) return makeError(ErrorCode::InvalidState, "The chain state file has trailing bytes; it is corrupt.");
        if (auto broken = c.checkInvariants())
            return makeError(ErrorCode::InvalidState, "The saved chain state is inconsistent: " + *broken);
        return c;
    } catch (const Truncated&) {
        return makeError(ErrorCode::InvalidState, "The chain state file is truncated; it is corrupt.");
    } catch (const std::overflow_error&) {
        return makeError(ErrorCode::InvalidState, "The chain state file holds impossible amounts; it is corrupt.");
    }
}

std::string ChainCodec::digest(const std::vector<std::uint8_t>& bytes) {
    std::uint64_t a = 1469598103934665603ULL, b = 0x84222325cbf29ce4ULL;
    for (std::uint8_t byte : bytes) {
        a = (a ^ byte) * 1099511628211ULL;
        b = (b ^ byte ^ (a >> 56)) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
    static const char* digits = "0123456789abcdef";
    std::string out = "0x";
    for (std::uint64_t v : {a, b})
        for (int shift = 60; shift >= 0; shift -= 4) out += digits[(v >> shift) & 15];
    return out;
}

std::vector<std::uint8_t> Chain::save() const { return ChainCodec::encode(*this); }
Result<Chain> Chain::load(const std::vector<std::uint8_t>& bytes) { return ChainCodec::decode(bytes); }
std::string Chain::stateHash() const { return ChainCodec::digest(save()); }

} // namespace economics
