#include "chainclient/subtensor/SubtensorNodePositions.h"

#include "chainclient/subtensor/AccountIdText.h"

#include <algorithm>

namespace chainclient::subtensor {
namespace {

AccountId rawOf(const QString& text) {
    const auto id = accountFromText(text);
    return id ? id->bytes : AccountId{};
}

} // namespace

void SubtensorNodePositions::seed(const QVector<KnownStakePosition>& positions) {
    known_.clear();
    for (const auto& p : positions)
        if (p.alpha > 0) known_[p.netuid][{rawOf(p.hotkey), rawOf(p.coldkey)}] = p.alpha;
    complete_ = true;
}

SubtensorNodePositions::Plan SubtensorNodePositions::plan(const BlockSnapshot& snap, const BlockEvents& events,
                                                          const std::set<quint16>& epochs,
                                                          const std::map<quint16, std::vector<Pair>>& extra,
                                                          const std::vector<AccountId>& allColdkeys) const {
    Plan p;
    std::set<AccountId> coldkeys;
    for (const auto& s : snap.subnets)
        // A netuid registered in this block may be a dissolved one's, re-used: start it afresh.
        if (!complete_ || epochs.count(s.netuid) || !known_.count(s.netuid) || s.registeredAt == snap.number)
            p.whole.insert(s.netuid);
    if (!complete_) coldkeys.insert(allColdkeys.begin(), allColdkeys.end());
    for (const auto& t : events.touched) coldkeys.insert(t.coldkey);
    for (quint16 netuid : p.whole) {
        if (const auto k = known_.find(netuid); k != known_.end())
            for (const auto& [pair, alpha] : k->second) coldkeys.insert(pair.second);
        if (const auto e = extra.find(netuid); e != extra.end())
            for (const auto& pair : e->second) coldkeys.insert(pair.second);
    }
    p.coldkeys.assign(coldkeys.begin(), coldkeys.end());
    return p;
}

void SubtensorNodePositions::apply(BlockSnapshot& snap, const Plan& plan, const BlockEvents& events,
                                   const std::vector<StakeInfo>& stakes) {
    std::map<quint16, std::map<Pair, quint64>> now;
    for (const auto& s : stakes)
        if (s.stake > 0) now[s.netuid][{s.hotkey, s.coldkey}] += s.stake;
    auto valueNow = [&](quint16 netuid, const Pair& pair) -> quint64 {
        const auto n = now.find(netuid);
        if (n == now.end()) return 0;
        const auto it = n->second.find(pair);
        return it == n->second.end() ? 0 : it->second;
    };
    auto valueKnown = [&](quint16 netuid, const Pair& pair) -> quint64 {
        const auto n = known_.find(netuid);
        if (n == known_.end()) return 0;
        const auto it = n->second.find(pair);
        return it == n->second.end() ? 0 : it->second;
    };
    // Events carry the TAO of a stake transfer or move; the Alpha is what left the sender's position.
    for (auto& t : snap.transfers) {
        if (t.kind != TransferRecord::Kind::Stake && t.kind != TransferRecord::Kind::Move) continue;
        const Pair origin{rawOf(t.hotkey), rawOf(t.from)};
        const quint64 before = valueKnown(t.netuid, origin), after = valueNow(t.netuid, origin);
        t.alpha = before > after ? before - after : 0;
    }
    std::set<quint16> present;
    for (auto& s : snap.subnets) {
        present.insert(s.netuid);
        auto& known = known_[s.netuid];
        if (plan.whole.count(s.netuid)) {
            s.positionsComplete = true;
            s.positions.clear();
            known = now[s.netuid];
            for (const auto& [pair, alpha] : known) s.positions.push_back(StakePosition{accountIdText(pair.second), accountIdText(pair.first), alpha, 0});
            continue;
        }
        std::set<Pair> seen;
        for (const auto& t : events.touched) {
            if (t.netuid != s.netuid) continue;
            const Pair pair{t.hotkey, t.coldkey};
            if (!seen.insert(pair).second) continue;
            const quint64 alpha = valueNow(s.netuid, pair);
            s.positions.push_back(StakePosition{accountIdText(t.coldkey), accountIdText(t.hotkey), alpha, 0});
            if (alpha == 0) known.erase(pair);
            else known[pair] = alpha;
        }
    }
    for (auto it = known_.begin(); it != known_.end();) it = present.count(it->first) ? std::next(it) : known_.erase(it);
    complete_ = true;
}

} // namespace chainclient::subtensor
