#include "chainclient/local/LocalNodeWorker.h"

#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "chainclient/local/LocalSwapQuote.h"
#include "chainclient/local/SnapshotBuilder.h"

#include <QThread>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace chainclient {

LocalNodeWorker::LocalNodeWorker(LocalNodeOptions options) : options_(std::move(options)) {}

bool LocalNodeWorker::ensureSimulation() {
    if (sim_) return true;
    if (options_.initialState.isEmpty()) {
        sim_.emplace(options_.scenario);
        return true;
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(options_.initialState.constData());
    auto loaded = economics::Simulation::load(std::vector<std::uint8_t>(data, data + options_.initialState.size()));
    if (!loaded) {
        emit failed(tr("The saved local chain could not be loaded: %1").arg(QString::fromStdString(loaded.error().message)));
        return false;
    }
    sim_.emplace(std::move(loaded).value());
    return true;
}

void LocalNodeWorker::start(quint64 afterBlock) {
    if (!ensureSimulation()) return;
    quint64 head = sim_->chain().blockNumber();
    if (afterBlock < head) {
        // The store commits each state with its block, so a state ahead of the store means the
        // caller paired the wrong store with the wrong state.
        emit failed(tr("The local chain is at block %1 but the store expects block %2.").arg(head).arg(afterBlock));
        return;
    }
    // Live blocks carry the state only now and then (liveStateEvery): re-run the blocks the
    // store holds beyond it. No call was applied in them (a call's block always carries the
    // state), so they come out exactly as stored.
    stateBlock_ = head;
    callSinceState_ = false;
    for (; head < afterBlock; ++head) {
        sim_->advance();
        sim_->chain().takeEvents();
    }
    emitted_ = head;
    sentPositions_.clear(); // the consumer (re)loaded its positions from what it stored
    lastEpoch_.clear();
    takesSent_ = false;
    if (options_.blockObserver) options_.blockObserver(sim_->chain(), sim_->config().seed, SnapshotBuilder::build(sim_->chain(), {}));
    if (!liveTimer_) {
        liveTimer_ = new QTimer(this);
        connect(liveTimer_, &QTimer::timeout, this, &LocalNodeWorker::liveTick);
    }
    emit newHead(head);
    QMetaObject::invokeMethod(this, &LocalNodeWorker::catchUpStep, Qt::QueuedConnection);
}

void LocalNodeWorker::swapQuote(quint64 requestId, quint16 netuid, economics::SwapSide side, quint64 amount) {
    SwapQuote q;
    if (ensureSimulation()) {
        auto r = LocalSwapQuote::fromChain(sim_->chain(), netuid, side, amount);
        if (r) {
            q = *r;
        } else {
            q.errorCode = QString::fromLatin1(economics::errorCodeName(r.error().code));
            q.message = QString::fromStdString(r.error().message);
        }
    } else {
        q.errorCode = QStringLiteral("InvalidState");
        q.message = tr("The local chain could not be loaded.");
    }
    q.requestId = requestId;
    q.netuid = netuid;
    q.side = side;
    q.amount = amount;
    emit swapQuoted(q);
}

void LocalNodeWorker::halt() {
    if (liveTimer_) liveTimer_->stop();
}

BlockSnapshot LocalNodeWorker::produceOne(bool lastOfBatch, bool withState) {
    sim_->advance();
    if (options_.checkInvariants) {
        if (auto broken = sim_->chain().checkInvariants()) {
            spdlog::critical("local chain invariant broken at block {}: {}", sim_->chain().blockNumber(), *broken);
            emit failed(tr("Internal error: the local chain broke an invariant: %1").arg(QString::fromStdString(*broken)));
        }
    }
    // A batch's last block stays whole: the consumer stores the newest state at its cursor. The
    // RPC observer serves every block, so it gets them whole too, and so do the rare blocks that
    // seal transfers (attachTransfers adds positions to the subnets a partial block leaves out).
    const bool partial = !lastOfBatch && !options_.blockObserver && pendingTransfers_.isEmpty() && keepsSubnetRows_ &&
                         !keepsSubnetRows_(sim_->chain().blockNumber());
    // The consumer's metagraph rule needs the subnet's previous epoch (with UIDs). Until one was
    // seen here the rows go out and the consumer decides from what it stored.
    const auto keepsMetagraph = [this](std::uint16_t netuid) {
        const quint64 block = sim_->chain().blockNumber();
        const auto seen = lastEpoch_.find(netuid);
        const bool keep = seen == lastEpoch_.end() || !keepsMetagraph_ || keepsMetagraph_(block, seen->second);
        lastEpoch_[netuid] = block;
        return keep;
    };
    BlockSnapshot snap = SnapshotBuilder::build(sim_->chain(), sim_->chain().takeEvents(), partial, &sentPositions_,
                                                options_.blockObserver ? std::function<bool(std::uint16_t)>{} : keepsMetagraph);
    if (!pendingTransfers_.isEmpty()) LocalNodeExtrinsics::attachTransfers(snap, sim_->chain(), pendingTransfers_);
    if (!takesSent_ && !snap.delegateTakesKnown) SnapshotBuilder::fillDelegateTakes(sim_->chain(), snap);
    takesSent_ = true;
    sentPositions_.absorb(snap);
    // A batch's last block carries the batch's position changes (live blocks are batches of one).
    if (lastOfBatch) sentPositions_.handOut(snap);
    if (options_.blockObserver) options_.blockObserver(sim_->chain(), sim_->config().seed, snap);
    if (withState) {
        const auto bytes = sim_->save();
        snap.chainState = QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
        stateBlock_ = snap.number;
        callSinceState_ = false;
    }
    emitted_ = snap.number;
    return snap;
}

void LocalNodeWorker::catchUpStep() {
    if (stopping) return;
    const quint64 target = options_.catchUpTo;
    if (emitted_ >= target) {
        if (options_.blockIntervalMs > 0) liveTimer_->start(options_.blockIntervalMs);
        return;
    }
    // Flow control: wait while the consumer is more than a few batches behind.
    const quint64 slack = static_cast<quint64>(options_.catchUpBatch) * static_cast<quint64>(options_.maxBatchesInFlight);
    if (emitted_ > acknowledged.load() + slack) {
        QTimer::singleShot(5, this, &LocalNodeWorker::catchUpStep);
        return;
    }
    const quint64 end = std::min<quint64>(target, emitted_ + static_cast<quint64>(options_.catchUpBatch));
    BlockBatch batch;
    batch.reserve(static_cast<qsizetype>(end - emitted_));
    while (emitted_ < end) batch.push_back(produceOne(emitted_ + 1 == end, emitted_ + 1 == end));
    emit blocksReady(batch);
    emit newHead(emitted_);
    emit catchUpProgress(emitted_, target);
    // Re-post instead of looping so submitted calls and stop requests get their turn.
    QMetaObject::invokeMethod(this, &LocalNodeWorker::catchUpStep, Qt::QueuedConnection);
}

void LocalNodeWorker::liveTick() {
    if (stopping || !sim_) return;
    // While the store is this far behind, the chain waits instead of queueing blocks without bound.
    if (emitted_ > acknowledged.load() + kMaxLiveBlocksInFlight) return;
    // The state is megabytes: written with every live block it kept the disk busy at ~3 MB/s.
    const bool withState = callSinceState_ || emitted_ + 1 >= stateBlock_ + static_cast<quint64>(std::max(1, options_.liveStateEvery));
    BlockBatch batch{produceOne(true, withState)};
    emit blocksReady(batch);
    emit newHead(emitted_);
}

void LocalNodeWorker::stake(quint64 requestId, const StakeRequest& request) {
    noteCall(); // even a refused call may have moved a nonce: its block carries the state
    SubmitResult result;
    result.requestId = requestId;
    const auto coldkey = accountFromText(request.coldkey);
    const auto hotkey = accountFromText(request.hotkey);
    if (!sim_ || !coldkey || !hotkey) {
        result.errorCode = QStringLiteral("InvalidAccount");
        result.message = tr("The account address is not valid.");
        emit submitted(result);
        return;
    }
    economics::StakeCall call{*coldkey, *hotkey, economics::NetUid{request.netuid}, request.amount,
                              request.limitPrice > 0 ? std::optional<double>(request.limitPrice) : std::nullopt,
                              request.allowPartial};
    auto& chain = sim_->chain();
    auto outcome = request.kind == StakeRequest::Kind::Add ? chain.addStake(call) : chain.removeStake(call);
    if (!outcome) {
        result.errorCode = QString::fromLatin1(economics::errorCodeName(outcome.error().code).data());
        result.message = QString::fromStdString(outcome.error().message);
    } else {
        result.ok = true;
        result.block = chain.blockNumber() + 1; // included in the next block
        result.tao = outcome->tao.rao();
        result.alpha = outcome->alpha.rao();
        result.fee = outcome->fee;
        result.priceAfter = outcome->priceAfter;
    }
    emit submitted(result);
}

void LocalNodeWorker::faucet(quint64 requestId, const QString& account, quint64 rao) {
    noteCall(); // even a refused call may have moved a nonce: its block carries the state
    SubmitResult result;
    result.requestId = requestId;
    const auto id = accountFromText(account);
    if (!sim_ || !id || rao == 0) {
        result.errorCode = QStringLiteral("InvalidAccount");
        result.message = tr("The faucet needs a valid address and a positive amount.");
    } else {
        sim_->chain().mint(*id, economics::Rao::fromRao(rao));
        result.ok = true;
        result.block = sim_->chain().blockNumber() + 1;
        result.tao = rao;
        TransferRecord credit;
        credit.block = result.block;
        credit.kind = TransferRecord::Kind::Faucet;
        credit.to = accountToText(*id);
        credit.tao = rao;
        pendingTransfers_.push_back(credit);
    }
    emit submitted(result);
}

void LocalNodeWorker::submitExtrinsic(quint64 requestId, const QByteArray& extrinsic) {
    noteCall(); // even a refused call may have moved a nonce: its block carries the state
    if (!ensureSimulation()) return;
    SubmitResult result = LocalNodeExtrinsics::apply(sim_->chain(), sim_->config().seed, extrinsic, &pendingTransfers_);
    result.requestId = requestId;
    if (!result.ok) spdlog::info("local node rejected extrinsic {}: {}", requestId, result.errorCode.toStdString());
    emit submitted(result);
}

void LocalNodeWorker::accountState(quint64 requestId, const QString& account) {
    if (!ensureSimulation()) return;
    AccountState state = LocalNodeExtrinsics::accountState(sim_->chain(), sim_->config().seed, account);
    state.requestId = requestId;
    emit accountStateReady(state);
}

void LocalNodeWorker::extendTo(quint64 target) {
    if (target <= options_.catchUpTo) return;
    options_.catchUpTo = target;
    // Before start() the new target simply applies when streaming begins.
    if (liveTimer_ && !stopping) QMetaObject::invokeMethod(this, &LocalNodeWorker::catchUpStep, Qt::QueuedConnection);
}

} // namespace chainclient
