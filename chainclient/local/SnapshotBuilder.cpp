#include "chainclient/local/SnapshotBuilder.h"

#include "chainclient/local/AccountText.h"

#include <algorithm>

namespace chainclient {

BlockSnapshot SnapshotBuilder::build(const economics::Chain& chain, const std::vector<economics::ChainEvent>& events) {
    BlockSnapshot b;
    b.number = chain.blockNumber();
    b.timestampMs = timestampOf(b.number);
    b.totalIssuance = chain.totalIssuance().rao();
    b.rootStake = chain.rootStakeTotal().rao();
    b.subnets.reserve(static_cast<qsizetype>(chain.subnets().size()));
    for (const auto& [id, s] : chain.subnets()) {
        SubnetSnapshot out;
        out.netuid = s.netuid.value;
        out.name = QString::fromStdString(s.name);
        out.symbol = QString::fromStdString(s.symbol);
        out.ownerColdkey = accountToText(s.ownerColdkey);
        out.ownerHotkey = accountToText(s.ownerHotkey);
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
        b.subnets.push_back(std::move(out));
    }
    for (const auto& e : events) {
        using K = economics::ChainEventKind;
        if (e.kind == K::Stake || e.kind == K::Unstake) {
            b.trades.push_back(TradeRecord{e.block, e.netuid.value, e.kind == K::Stake ? TradeSide::Stake : TradeSide::Unstake,
                                           accountToText(e.coldkey), accountToText(e.hotkey), e.tao, e.alpha, e.fee,
                                           e.priceAfter});
        } else {
            b.events.push_back(SubnetEventRecord{e.block, e.netuid.value, QString::fromLatin1(economics::chainEventKindName(e.kind))});
        }
    }
    return b;
}

} // namespace chainclient
