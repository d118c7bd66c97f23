#include "chainclient/local/SnapshotBuilder.h"

#include "chainclient/local/AccountText.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <unordered_map>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace chainclient {
namespace {

// SS58 encoding costs microseconds and the same few hundred accounts recur every block.
struct AccountHash {
    size_t operator()(const economics::AccountId& id) const {
        size_t h = 0;
        std::memcpy(&h, id.bytes.data(), sizeof h); // account ids are hashes already
        return h;
    }
};

const QString& accountText(const economics::AccountId& id) {
    static thread_local std::unordered_map<economics::AccountId, QString, AccountHash> cache;
    if (cache.size() > 200'000) cache.clear();
    auto it = cache.find(id);
    if (it == cache.end()) it = cache.emplace(id, accountToText(id)).first;
    return it->second;
}

// Names change rarely; converting them for every subnet of every block adds up over a backfill.
const QString& nameText(const std::string& name) {
    static thread_local std::map<std::string, QString> cache;
    if (cache.size() > 10'000) cache.clear();
    auto it = cache.find(name);
    if (it == cache.end()) it = cache.emplace(name, QString::fromStdString(name)).first;
    return it->second;
}

// Counting distinct stakers walks every stake, so it is redone only for subnets whose stakes
// may have moved (any event on them); the cache is dropped when blocks stop being consecutive.
struct StakerCache {
    const economics::Chain* chain = nullptr;
    quint64 block = 0;
    std::map<std::uint16_t, quint32> counts;
};

quint32 countStakers(const economics::Subnet& s) {
    // A sorted vector: a tree node per stake made this the node thread's top allocator.
    std::vector<economics::AccountId> coldkeys;
    coldkeys.reserve(s.stakes.size());
    for (const auto& [key, amount] : s.stakes)
        if (!amount.isZero()) coldkeys.push_back(key.second);
    std::sort(coldkeys.begin(), coldkeys.end());
    return static_cast<quint32>(std::unique(coldkeys.begin(), coldkeys.end()) - coldkeys.begin());
}

QVector<StakePosition> allPositions(const economics::Subnet& s) {
    QVector<StakePosition> out;
    out.reserve(static_cast<qsizetype>(s.stakes.size()));
    for (const auto& [key, amount] : s.stakes)
        if (!amount.isZero()) out.push_back(StakePosition{accountText(key.second), accountText(key.first), amount.rao()});
    return out;
}

QVector<MetagraphRow> metagraphOf(const economics::Chain& chain, const economics::Subnet& s) {
    QVector<MetagraphRow> rows;
    rows.reserve(static_cast<qsizetype>(s.neurons.size()));
    quint16 uid = 0;
    for (const auto& n : s.neurons) {
        MetagraphRow r;
        r.uid = uid++;
        r.hotkey = accountText(n.hotkey);
        r.coldkey = accountText(n.coldkey);
        r.alphaStake = n.stake.rao();
        r.taoStake = chain.hotkeyRootStake(n.hotkey).rao();
        r.stake = r.alphaStake + static_cast<quint64>(static_cast<double>(r.taoStake) * chain.params().taoWeight);
        r.incentive = n.incentive;
        r.dividends = n.dividends;
        r.emission = n.emission.rao();
        r.consensus = n.consensus;
        r.validatorTrust = n.validatorTrust;
        r.validatorPermit = n.validatorPermit;
        r.active = n.active;
        r.lastUpdate = n.lastUpdate;
        r.registeredAt = n.registeredAt;
        rows.push_back(std::move(r));
    }
    return rows;
}

// Everything a snapshot row and the subnet's identity need besides the staker count.
void fillRow(SubnetSnapshot& out, const economics::Chain& chain, const economics::Subnet& s) {
    out.name = nameText(s.name);
    out.symbol = nameText(s.symbol);
    out.ownerColdkey = accountText(s.ownerColdkey);
    out.ownerHotkey = accountText(s.ownerHotkey);
    out.registeredAt = s.registeredAt;
    out.started = s.started();
    out.taoIn = s.pool.tao.rao();
    out.alphaIn = s.pool.alpha.rao();
    out.alphaOut = s.alphaOut.rao();
    out.price = s.pool.price();
    out.movingPrice = s.movingPrice;
    out.taoWeight = s.pool.taoWeight;
    out.feeRate = s.pool.feeRate;
    out.taoInEmission = s.taoInEmission.rao();
    out.alphaInEmission = s.alphaInEmission.rao();
    out.alphaOutEmission = s.alphaOutEmission.rao();
    out.emissionShare = s.emissionShare;
    out.volume = s.volume > economics::u128(UINT64_MAX) ? UINT64_MAX : static_cast<quint64>(s.volume);
    out.nUids = static_cast<quint16>(s.neurons.size());
    out.maxUids = s.maxUids;
    out.nValidators = static_cast<quint16>(std::count_if(s.neurons.begin(), s.neurons.end(),
                                                         [](const economics::Neuron& n) { return n.validatorPermit; }));
    out.tempo = s.tempo;

    auto& h = out.hyperparameters;
    h.tempo = s.tempo;
    h.maxUids = s.maxUids;
    h.maxValidators = s.maxValidators;
    h.immunityPeriod = s.immunityPeriod;
    h.networkImmunityPeriod = chain.params().subnetImmunityPeriod;
    h.burn = s.burn.rao();
    h.activityCutoff = chain.params().activityCutoff;
    h.emissionEnabled = s.emissionEnabled;
}

} // namespace

void SnapshotBuilder::SentPositions::mark(Subnet& sub, Entry& e, quint64 alpha, quint64 block) {
    e.alpha = alpha;
    e.block = block;
    if (!e.pending) {
        e.pending = true;
        ++sub.pending;
    }
}

void SnapshotBuilder::SentPositions::settle(Subnet& sub) {
    if (sub.added.empty()) return;
    std::vector<Keyed> merged;
    merged.reserve(sub.entries.size() + sub.added.size());
    const auto byKey = [](const Keyed& x, const Keyed& y) { return x.first < y.first; };
    std::merge(std::make_move_iterator(sub.entries.begin()), std::make_move_iterator(sub.entries.end()),
               std::make_move_iterator(sub.added.begin()), std::make_move_iterator(sub.added.end()), std::back_inserter(merged), byKey);
    sub.entries = std::move(merged);
    sub.added.clear();
}

void SnapshotBuilder::SentPositions::reset(std::uint16_t netuid, const economics::Subnet& s) {
    Subnet& sub = subnets_[netuid];
    sub = Subnet{};
    sub.entries.reserve(s.stakes.size());
    for (const auto& [key, amount] : s.stakes)
        if (!amount.isZero()) sub.entries.push_back({key, Entry{accountText(key.second), accountText(key.first), amount.rao()}});
}

void SnapshotBuilder::SentPositions::diff(std::uint16_t netuid, const economics::Subnet& s, quint64 block,
                                         QVector<StakePosition>& fresh) {
    // Both sides are ordered by (hotkey, coldkey): one walk finds what appeared, moved or went.
    Subnet& sub = subnets_[netuid];
    settle(sub);
    auto& v = sub.entries;
    size_t m = 0;
    std::vector<Keyed> born; // merged in after the walk
    for (const auto& [key, amount] : s.stakes) {
        if (amount.isZero()) continue;
        for (; m < v.size() && v[m].first < key; ++m)
            if (v[m].second.alpha != 0) mark(sub, v[m].second, 0, block);
        if (m == v.size() || key < v[m].first) {
            // New positions go out in their own block, in the order a whole set lists them: the
            // consumer numbers accounts as it first meets them, and must number them as before.
            born.push_back({key, Entry{accountText(key.second), accountText(key.first), amount.rao()}});
            fresh.push_back(StakePosition{born.back().second.coldkey, born.back().second.hotkey, amount.rao()});
            continue;
        }
        if (v[m].second.alpha != amount.rao()) mark(sub, v[m].second, amount.rao(), block);
        ++m;
    }
    for (; m < v.size(); ++m)
        if (v[m].second.alpha != 0) mark(sub, v[m].second, 0, block);
    sub.added = std::move(born);
    settle(sub);
}

void SnapshotBuilder::SentPositions::note(std::uint16_t netuid, const economics::StakeKey& key, quint64 alpha, quint64 block) {
    Subnet& sub = subnets_[netuid];
    const auto below = [](const Keyed& x, const economics::StakeKey& k) { return x.first < k; };
    auto it = std::lower_bound(sub.entries.begin(), sub.entries.end(), key, below);
    if (it == sub.entries.end() || it->first != key) {
        it = std::lower_bound(sub.added.begin(), sub.added.end(), key, below);
        if (it == sub.added.end() || it->first != key) {
            if (alpha == 0) return;
            it = sub.added.insert(it, {key, Entry{accountText(key.second), accountText(key.first)}});
        }
    }
    if (it->second.alpha != alpha) mark(sub, it->second, alpha, block);
}

void SnapshotBuilder::SentPositions::absorb(const BlockSnapshot& snapshot) {
    // The positions stay in the snapshot too: the consumer compares them with what it knows,
    // which may lack changes still to be handed out, but those are handed out later and win.
    for (const auto& sn : snapshot.subnets) {
        if (sn.positionsComplete || sn.positions.isEmpty() || !knows(sn.netuid)) continue;
        for (const auto& p : sn.positions) {
            if (p.block != 0) continue;
            const auto hotkey = accountFromText(p.hotkey), coldkey = accountFromText(p.coldkey);
            if (hotkey && coldkey) note(sn.netuid, {*hotkey, *coldkey}, p.alpha, snapshot.number);
        }
    }
}

void SnapshotBuilder::SentPositions::handOut(BlockSnapshot& last) {
    for (auto& sn : last.subnets) {
        const auto found = subnets_.find(sn.netuid);
        if (found == subnets_.end() || found->second.pending == 0) continue;
        Subnet& sub = found->second;
        settle(sub);
        sn.positions.reserve(sn.positions.size() + sub.pending);
        for (auto& [key, e] : sub.entries)
            if (e.pending) {
                sn.positions.push_back(StakePosition{e.coldkey, e.hotkey, e.alpha, e.block});
                e.pending = false;
            }
        sub.entries.erase(std::remove_if(sub.entries.begin(), sub.entries.end(), [](const Keyed& x) { return x.second.alpha == 0; }),
                          sub.entries.end());
        sub.pending = 0;
    }
}

void SnapshotBuilder::fillDelegateTakes(const economics::Chain& chain, BlockSnapshot& b) {
    b.delegateTakesKnown = true;
    b.delegateTakes.clear();
    b.delegateTakes.reserve(static_cast<qsizetype>(chain.delegateTakes().size()));
    for (const auto& [hotkey, t] : chain.delegateTakes()) b.delegateTakes.push_back(DelegateTake{accountText(hotkey), t.take});
}

BlockSnapshot SnapshotBuilder::build(const economics::Chain& chain, const std::vector<economics::ChainEvent>& events, bool partial,
                                     SentPositions* sent, const std::function<bool(std::uint16_t)>& keepsMetagraph) {
    static thread_local StakerCache stakers;
    BlockSnapshot b;
    b.number = chain.blockNumber();
    b.timestampMs = timestampOf(b.number);
    b.totalIssuance = chain.totalIssuance().rao();
    b.rootStake = chain.rootStakeTotal().rao();
    if (stakers.chain != &chain || stakers.block + 1 != b.number) stakers.counts.clear();
    stakers.chain = &chain;
    stakers.block = b.number;

    // Which subnets need their whole position set (epochs and lifecycle events) and which
    // single positions trades touched.
    std::set<std::uint16_t> complete, touched;
    std::set<std::tuple<std::uint16_t, economics::AccountId, economics::AccountId>> tradedKeys;
    bool takesChanged = false;
    for (const auto& e : events) {
        using K = economics::ChainEventKind;
        if (e.kind == K::TakeDecreased || e.kind == K::TakeIncreased) { // chain-wide, no subnet's
            takesChanged = true;
            continue;
        }
        touched.insert(e.netuid.value);
        if (e.kind == K::Stake || e.kind == K::Unstake) {
            tradedKeys.insert({e.netuid.value, e.hotkey, e.coldkey});
            b.trades.push_back(TradeRecord{e.block, e.netuid.value, e.kind == K::Stake ? TradeSide::Stake : TradeSide::Unstake,
                                           accountText(e.coldkey), accountText(e.hotkey), e.tao, e.alpha, e.fee, e.priceAfter});
        } else {
            complete.insert(e.netuid.value);
            b.events.push_back(SubnetEventRecord{e.block, e.netuid.value, QString::fromLatin1(economics::chainEventKindName(e.kind))});
            // The consumer drops a dissolved subnet's positions itself; whatever takes the netuid
            // next starts with a whole set again.
            if (sent && e.kind == K::SubnetDissolved) sent->subnets_.erase(e.netuid.value);
        }
    }
    // The first block carries every position the genesis created.
    const bool genesis = b.number <= 1;
    if (genesis || takesChanged) fillDelegateTakes(chain, b);

    // A partial block carries every subnet's price and a (partial) snapshot only for subnets
    // with positions or metagraph rows, filled in `scratch` first.
    SubnetSnapshot scratch;
    if (partial) b.prices.reserve(static_cast<qsizetype>(chain.subnets().size()));
    else b.subnets.reserve(static_cast<qsizetype>(chain.subnets().size()));
    for (const auto& [id, s] : chain.subnets()) {
        // Filled in place: moving a SubnetSnapshot per subnet and block showed in backfill profiles.
        SubnetSnapshot& out = partial ? scratch : b.subnets.emplace_back();
        out.netuid = s.netuid.value;
        const bool wasTouched = touched.count(id) > 0;
        if (partial) {
            out.partial = true;
            out.price = s.pool.price();
            out.movingPrice = s.movingPrice;
            out.emissionShare = s.emissionShare;
            b.prices.push_back(SubnetPrice{out.netuid, out.price, out.emissionShare});
            // Staker counts are only read by snapshot rows: recount when a full block needs one.
            if (wasTouched) stakers.counts.erase(id);
        } else {
            fillRow(out, chain, s);
            auto cached = stakers.counts.find(id);
            if (wasTouched || genesis || cached == stakers.counts.end())
                cached = stakers.counts.insert_or_assign(id, countStakers(s)).first;
            out.nStakers = cached->second;
        }

        const bool tracked = sent && !genesis && sent->knows(id);
        if (tracked) {
            if (complete.count(id)) {
                sent->diff(id, s, b.number, out.positions);
            } else if (wasTouched) {
                for (const auto& [netuid, hotkey, coldkey] : tradedKeys) {
                    if (netuid != id) continue;
                    const auto it = s.stakes.find({hotkey, coldkey});
                    sent->note(id, {hotkey, coldkey}, it == s.stakes.end() ? 0 : it->second.rao(), b.number);
                }
            }
        } else if (genesis || complete.count(id)) {
            out.positionsComplete = true;
            out.positions = allPositions(s);
            if (sent) sent->reset(id, s);
        } else if (wasTouched) {
            for (const auto& [netuid, hotkey, coldkey] : tradedKeys) {
                if (netuid != id) continue;
                const auto it = s.stakes.find({hotkey, coldkey});
                out.positions.push_back(StakePosition{accountText(coldkey), accountText(hotkey),
                                                      it == s.stakes.end() ? 0 : it->second.rao()});
            }
        }
        for (const auto& e : events)
            if (e.kind == economics::ChainEventKind::Epoch && e.netuid.value == id) {
                // Rows of ~200 UIDs per epoch, most of which a backfill drops unseen.
                if (s.neurons.empty() || !keepsMetagraph || keepsMetagraph(id)) out.metagraph = metagraphOf(chain, s);
                else out.metagraphOmitted = true;
                break;
            }
        if (partial && (out.positionsComplete || !out.positions.isEmpty() || !out.metagraph.isEmpty() || out.metagraphOmitted)) {
            b.subnets.push_back(std::move(scratch));
            scratch = SubnetSnapshot{};
        }
    }
    return b;
}

} // namespace chainclient
