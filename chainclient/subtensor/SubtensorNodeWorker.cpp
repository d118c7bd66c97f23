#include "chainclient/subtensor/SubtensorNodeWorker.h"

#include "chainclient/subtensor/AccountIdText.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RpcMessage.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/StorageKey.h"
#include "chainclient/subtensor/SubtensorNodeAccount.h"

#include <QJsonObject>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace chainclient::subtensor {

struct SubtensorNodeWorker::Fetch {
    quint64 generation = 0;
    quint64 number = 0;
    int attempt = 0;
    QString hash;
    MetadataPtr md;
    SubtensorBlockData data;
    BlockEvents events;
    bool readTakes = false;
    std::optional<QVector<DelegateTake>> takes; // the whole Delegates map, when read
};

namespace {

QString hexOf(std::span<const std::uint8_t> b) { return QString::fromStdString(Hex::encode(b)); }

// Result<T> of a state_getStorage answer: null means absent (the entry's default applies).
template <class T> Result<T> storageValue(const RuntimeDecoder& dec, const char* pallet, const char* item, const RpcReply& r) {
    if (r.result.isNull()) return dec.storage<T>(pallet, item, std::nullopt);
    auto bytes = Hex::decode(r.result.toString().toStdString());
    if (!bytes) return bytes.error();
    return dec.storage<T>(pallet, item, std::span<const std::uint8_t>(*bytes));
}

template <class T> Result<T> callValue(const RuntimeDecoder& dec, const char* api, const char* method, const RpcReply& r) {
    auto bytes = Hex::decode(r.result.toString().toStdString());
    if (!bytes) return bytes.error();
    return dec.call<T>(api, method, *bytes);
}

} // namespace

SubtensorNodeWorker::SubtensorNodeWorker(SubtensorNodeOptions options) : options_(std::move(options)) {
    rpc_ = new RpcClient(options_.rpc, this); // moves to the node's thread with its parent
}

SubtensorNodeWorker::~SubtensorNodeWorker() { ++generation_; }

void SubtensorNodeWorker::start(quint64 afterBlock) {
    ++generation_;
    running_ = true;
    delivered_ = afterBlock;
    nextFetch_ = afterBlock + 1;
    takesAt_ = afterBlock + 1;
    acked_ = afterBlock;
    inFlight_ = 0;
    ready_.clear();
    previous_.reset();
    positionInputs_.clear();
    // Without a seed the store may hold anything: the first block brings whole sets.
    positions_.reset();
    if (positionSeed_) positions_.seed(*positionSeed_);
    positionSeed_.reset();
    positionsBusy_ = false;
    positionsAttempt_ = 0;
    probe_ = afterBlock == 0 && options_.freshStartWindow > 0 ? Probe::WaitingForHead : Probe::None;
    rpc_->open();
    if (headSub_ == 0) {
        RpcClient::Subscription sub;
        sub.method = options_.followFinalized ? QStringLiteral("chain_subscribeFinalizedHeads") : QStringLiteral("chain_subscribeNewHeads");
        sub.unsubscribeMethod =
            options_.followFinalized ? QStringLiteral("chain_unsubscribeFinalizedHeads") : QStringLiteral("chain_unsubscribeNewHeads");
        sub.onNotification = [this](const QJsonValue& header) {
            if (auto n = RpcMessage::headerNumber(header)) onHead(*n);
        };
        headSub_ = rpc_->subscribe(std::move(sub));
    }
    const quint64 gen = generation_;
    auto readHeader = [this, gen](const QJsonValue& hash) {
        rpc_->call(QStringLiteral("chain_getHeader"), {hash}, [this, gen](const RpcReply& r) {
            if (gen != generation_) return;
            if (!r.ok()) return fatal(tr("Cannot read the head of %1: %2").arg(options_.network, r.error.message));
            if (auto n = RpcMessage::headerNumber(r.result)) onHead(*n);
        });
    };
    if (!options_.followFinalized) return readHeader(QJsonValue::Null);
    rpc_->call(QStringLiteral("chain_getFinalizedHead"), {}, [this, gen, readHeader](const RpcReply& r) {
        if (gen != generation_) return;
        if (!r.ok()) return fatal(tr("Cannot read the head of %1: %2").arg(options_.network, r.error.message));
        readHeader(r.result);
    });
}

void SubtensorNodeWorker::seedPositions(const QVector<KnownStakePosition>& positions) { positionSeed_ = positions; }

void SubtensorNodeWorker::halt() {
    ++generation_;
    running_ = false;
    probe_ = Probe::None;
    inFlight_ = 0;
    if (headSub_) rpc_->unsubscribe(headSub_);
    headSub_ = 0;
}

void SubtensorNodeWorker::acknowledge(quint64 block) {
    if (block <= acked_) return;
    acked_ = block;
    pump();
}

void SubtensorNodeWorker::onHead(quint64 number) {
    if (number > head_) {
        head_ = number;
        emit newHead(number);
    } else if (probe_ != Probe::WaitingForHead) {
        return;
    }
    if (probe_ == Probe::WaitingForHead && running_) {
        probe_ = Probe::Running;
        return probeFirstBlock();
    }
    if (probe_ != Probe::None) return;
    if (running_ && delivered_ < head_) emit catchUpProgress(delivered_, head_);
    pump();
}

void SubtensorNodeWorker::readable(quint64 number, std::function<void(bool, const RpcError&)> then) {
    const quint64 gen = generation_;
    rpc_->call(QStringLiteral("chain_getBlockHash"), {static_cast<qint64>(number)}, [this, gen, then](const RpcReply& r) {
        if (gen != generation_) return;
        if (!r.ok() || r.result.isNull()) return then(false, r.error);
        rpc_->call(QStringLiteral("state_getRuntimeVersion"), {r.result}, [this, gen, then](const RpcReply& v) {
            if (gen != generation_) return;
            then(v.ok(), v.error);
        });
    });
}

void SubtensorNodeWorker::probeFirstBlock() {
    // An archive node serves block 1: the store gets the whole history, as before.
    readable(1, [this](bool ok, const RpcError& error) {
        if (ok || error.kind != RpcError::Kind::StateDiscarded) return beginAt(1); // other errors: fetch() retries or reports
        const quint64 head = head_;
        const auto window = static_cast<quint64>(options_.freshStartWindow);
        const quint64 candidate = head > window ? head - window + 1 : 1;
        readable(candidate, [this, candidate, head](bool ok, const RpcError&) {
            if (ok) return beginAt(candidate);
            searchFirstReadable(candidate, head, head);
        });
    });
}

// Bisects (unreadable, readableBlock] for the oldest block with state, assuming the head has it.
void SubtensorNodeWorker::searchFirstReadable(quint64 unreadable, quint64 readableBlock, quint64 head) {
    if (readableBlock - unreadable <= 1) {
        // The node drops a block per new block: start a quarter into what it keeps, so the
        // first fetches do not race the pruning.
        return beginAt(readableBlock + (head - readableBlock) / 4);
    }
    const quint64 mid = unreadable + (readableBlock - unreadable) / 2;
    readable(mid, [this, unreadable, readableBlock, mid, head](bool ok, const RpcError&) {
        if (ok) searchFirstReadable(unreadable, mid, head);
        else searchFirstReadable(mid, readableBlock, head);
    });
}

void SubtensorNodeWorker::beginAt(quint64 first) {
    if (!running_ || probe_ != Probe::Running) return;
    probe_ = Probe::None;
    if (first > 1)
        spdlog::info("subtensor node {}: no state before block {} (pruned node); the empty store starts there, head {}",
                     options_.network.toStdString(), first, head_);
    delivered_ = first - 1;
    nextFetch_ = first;
    takesAt_ = first;
    acked_ = first - 1;
    if (delivered_ < head_) emit catchUpProgress(delivered_, head_);
    pump();
}

void SubtensorNodeWorker::pump() {
    if (!running_ || probe_ != Probe::None) return;
    while (inFlight_ < options_.blocksInFlight && nextFetch_ <= head_ &&
           nextFetch_ <= acked_ + static_cast<quint64>(options_.maxAhead))
        fetch(nextFetch_++);
}

void SubtensorNodeWorker::fatal(const QString& message) {
    if (!running_) return;
    ++generation_;
    running_ = false;
    spdlog::error("subtensor node {}: {}", options_.network.toStdString(), message.toStdString());
    emit failed(message);
}

void SubtensorNodeWorker::fail(const std::shared_ptr<Fetch>& f, const RpcError& error) {
    if (f->generation != generation_) return;
    --inFlight_;
    if (error.kind == RpcError::Kind::StateDiscarded)
        return fatal(tr("Block %1 is needed to continue the sync. %2").arg(f->number).arg(error.message));
    const bool transient = error.kind == RpcError::Kind::Transport || error.kind == RpcError::Kind::Timeout;
    if (transient && f->attempt < options_.maxRetries) {
        ++inFlight_; // the retry keeps the block's slot
        const quint64 gen = generation_, number = f->number;
        const int attempt = f->attempt + 1;
        // Doubling waits (0.25 s … 8 s, ~24 s in all) ride out a reconnect, which RpcClient does itself.
        const int delayMs = 250 << std::min(attempt - 1, 5);
        QTimer::singleShot(delayMs, this, [this, gen, number, attempt] {
            if (gen != generation_) return;
            --inFlight_;
            fetch(number, attempt);
        });
        return;
    }
    fatal(tr("Reading block %1 from %2 failed: %3").arg(f->number).arg(options_.network, error.message));
}

void SubtensorNodeWorker::fetch(quint64 number, int attempt) {
    auto f = std::make_shared<Fetch>();
    f->generation = generation_;
    f->number = number;
    f->attempt = attempt;
    ++inFlight_;
    rpc_->call(QStringLiteral("chain_getBlockHash"), {static_cast<qint64>(number)}, [this, f](const RpcReply& r) {
        if (f->generation != generation_) return;
        if (!r.ok()) return fail(f, r.error);
        if (r.result.isNull()) // announced but not importable yet: ask again shortly
            return fail(f, RpcError{RpcError::Kind::Timeout, 0, tr("block %1 is not known yet").arg(f->number), {}});
        f->hash = r.result.toString();
        rpc_->call(QStringLiteral("state_getRuntimeVersion"), {f->hash}, [this, f](const RpcReply& v) {
            if (f->generation != generation_) return;
            if (!v.ok()) return fail(f, v.error);
            const auto spec = static_cast<quint32>(v.result.toObject().value(QStringLiteral("specVersion")).toInteger());
            withMetadata(spec, f->hash, [this, f](MetadataPtr md) {
                if (f->generation != generation_) return;
                f->md = std::move(md);
                readBlock(f);
            }, [this, f](const RpcError& e) { fail(f, e); });
        });
    });
}

void SubtensorNodeWorker::withMetadata(quint32 spec, const QString& hash, std::function<void(MetadataPtr)> then,
                                 std::function<void(const RpcError&)> onError) {
    if (auto it = metadata_.find(spec); it != metadata_.end()) return then(it->second);
    auto& waiters = metadataWaiters_[spec];
    waiters.emplace_back(std::move(then), std::move(onError));
    if (waiters.size() > 1) return; // already being fetched for another block
    const QJsonArray params{QStringLiteral("Metadata_metadata_at_version"), QStringLiteral("0x0f000000"), hash};
    rpc_->call(QStringLiteral("state_call"), params, [this, spec](const RpcReply& r) {
        auto waiting = std::move(metadataWaiters_[spec]);
        metadataWaiters_.erase(spec);
        RpcError err = r.error;
        if (r.ok()) {
            auto bytes = Hex::decode(r.result.toString().toStdString());
            auto md = bytes ? Metadata::parse(*bytes) : Result<Metadata>(bytes.error());
            if (md && md->version() == 15) {
                auto ptr = std::make_shared<const Metadata>(std::move(md).value());
                metadata_[spec] = ptr;
                spdlog::info("subtensor node: metadata V15 for spec {} ({} types)", spec, ptr->types().size());
                for (auto& w : waiting) w.first(ptr);
                return;
            }
            err = RpcError{RpcError::Kind::Malformed, 0,
                           md ? tr("The node offers no metadata V15 (runtime APIs are needed).")
                              : tr("The node's metadata does not decode: %1").arg(QString::fromStdString(md.error().message)),
                           {}};
        }
        for (auto& w : waiting) w.second(err);
    }, 120'000);
}

void SubtensorNodeWorker::readBlock(const std::shared_ptr<Fetch>& f) {
    const Metadata& md = *f->md;
    QVector<RpcRequest> reqs;
    reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("SubnetInfoRuntimeApi_get_all_dynamic_info"), QStringLiteral("0x"), f->hash}});
    const std::vector<std::pair<const char*, const char*>> items{
        {"Timestamp", "Now"}, {"SubtensorModule", "TotalIssuance"}, {"SubtensorModule", "SubnetTAO"}};
    std::vector<bool> asked;
    for (const auto& [pallet, item] : items) {
        const bool isMap = std::string_view(item) == "SubnetTAO";
        auto key = StorageKey::build(md, pallet, item, isMap ? std::vector<StorageKey::Bytes>{{0, 0}} : std::vector<StorageKey::Bytes>{});
        asked.push_back(key.ok());
        if (key) reqs.push_back({QStringLiteral("state_getStorage"), {hexOf(*key), f->hash}});
    }
    const auto eventsKey = StorageKey::build(md, "System", "Events");
    if (eventsKey) reqs.push_back({QStringLiteral("state_getStorage"), {hexOf(*eventsKey), f->hash}});
    const bool hasEvents = eventsKey.ok();
    rpc_->batch(reqs, [this, f, asked, items, hasEvents](const QVector<RpcReply>& replies) {
        if (f->generation != generation_) return;
        for (const auto& r : replies)
            if (!r.ok()) return fail(f, r.error);
        const RuntimeDecoder dec(*f->md);
        auto dyn = callValue<std::vector<std::optional<DynamicInfo>>>(dec, "SubnetInfoRuntimeApi", "get_all_dynamic_info", replies[0]);
        if (!dyn) return fail(f, RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(dyn.error().message), {}});
        for (auto& d : *dyn)
            if (d) f->data.dynamic.push_back(std::move(*d));
        f->data.number = f->number;
        int next = 1;
        quint64* targets[] = {nullptr, &f->data.totalIssuance, &f->data.rootStake};
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!asked[i]) continue;
            auto v = storageValue<std::uint64_t>(dec, items[i].first, items[i].second, replies[next++]);
            if (!v) return fail(f, RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(v.error().message), {}});
            if (i == 0) f->data.timestampMs = static_cast<qint64>(*v);
            else *targets[i] = *v;
        }
        if (hasEvents) {
            const RpcReply& r = replies[next];
            std::optional<std::vector<std::uint8_t>> bytes;
            if (!r.result.isNull()) {
                auto b = Hex::decode(r.result.toString().toStdString());
                if (!b) return fail(f, RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(b.error().message), {}});
                bytes = std::move(*b);
            }
            auto events = SubtensorEvents::decode(*f->md, bytes ? std::optional<std::span<const std::uint8_t>>(*bytes) : std::nullopt, f->number);
            if (!events) return fail(f, RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(events.error().message), {}});
            f->events = std::move(*events);
        }
        f->readTakes = (f->number == takesAt_ || f->events.takesChanged) &&
                       f->md->runtimeApiMethod("DelegateInfoRuntimeApi", "get_delegates") != nullptr;
        readSubnets(f);
    });
}

void SubtensorNodeWorker::readSubnets(const std::shared_ptr<Fetch>& f) {
    const Metadata& md = *f->md;
    const bool hasPrice = md.runtimeApiMethod("SwapRuntimeApi", "current_alpha_price") != nullptr;
    const bool hasNeurons = md.runtimeApiMethod("NeuronInfoRuntimeApi", "get_neurons_lite") != nullptr;
    const bool hasSubtoken = md.storageEntry("SubtensorModule", "SubtokenEnabled") != nullptr;
    const auto light = SubtensorNodeSnapshot::selectiveIndexes(md, false), full = SubtensorNodeSnapshot::selectiveIndexes(md, true);
    enum class What { Metagraph, Price, Subtoken, Neurons, Delegates };
    struct Ask {
        What what;
        quint16 netuid;
    };
    QVector<RpcRequest> reqs;
    std::vector<Ask> asks;
    if (f->readTakes) {
        reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("DelegateInfoRuntimeApi_get_delegates"), QStringLiteral("0x"), f->hash}});
        asks.push_back({What::Delegates, 0});
    }
    for (const auto& d : f->data.dynamic) {
        ScaleWriter netuid;
        netuid.writeU16(d.netuid);
        const QString arg = hexOf(netuid.bytes());
        const bool epoch = SubtensorNodeSnapshot::epochRan(d);
        if (!light.empty()) {
            ScaleWriter w;
            w.writeU16(d.netuid).writeVec(epoch ? full : light, [](ScaleWriter& s, std::uint16_t i) { s.writeU16(i); });
            reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("SubnetInfoRuntimeApi_get_selective_metagraph"), hexOf(w.bytes()), f->hash}});
            asks.push_back({What::Metagraph, d.netuid});
        }
        if (hasPrice && d.netuid != 0) {
            reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("SwapRuntimeApi_current_alpha_price"), arg, f->hash}});
            asks.push_back({What::Price, d.netuid});
        }
        if (hasSubtoken) {
            auto key = StorageKey::build(md, "SubtensorModule", "SubtokenEnabled", {netuid.bytes()});
            if (key) {
                reqs.push_back({QStringLiteral("state_getStorage"), {hexOf(*key), f->hash}});
                asks.push_back({What::Subtoken, d.netuid});
            }
        }
        if (epoch && hasNeurons) {
            reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("NeuronInfoRuntimeApi_get_neurons_lite"), arg, f->hash}});
            asks.push_back({What::Neurons, d.netuid});
        }
    }
    rpc_->batch(reqs, [this, f, asks](const QVector<RpcReply>& replies) {
        if (f->generation != generation_) return;
        const RuntimeDecoder dec(*f->md);
        auto bad = [&](const std::string& m) { fail(f, RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(m), {}}); };
        for (int i = 0; i < replies.size(); ++i) {
            const RpcReply& r = replies[i];
            if (!r.ok()) return fail(f, r.error);
            const Ask& a = asks[static_cast<std::size_t>(i)];
            switch (a.what) {
            case What::Metagraph: {
                auto m = callValue<std::optional<Metagraph>>(dec, "SubnetInfoRuntimeApi", "get_selective_metagraph", r);
                if (!m) return bad(m.error().message);
                if (*m) f->data.metagraphs[a.netuid] = std::move(**m);
                break;
            }
            case What::Price: {
                auto p = callValue<std::uint64_t>(dec, "SwapRuntimeApi", "current_alpha_price", r);
                if (!p) return bad(p.error().message);
                f->data.alphaPrice[a.netuid] = *p;
                break;
            }
            case What::Subtoken: {
                auto s = storageValue<bool>(dec, "SubtensorModule", "SubtokenEnabled", r);
                if (!s) return bad(s.error().message);
                f->data.subtokenEnabled[a.netuid] = *s;
                break;
            }
            case What::Neurons: {
                auto n = callValue<std::vector<NeuronInfoLite>>(dec, "NeuronInfoRuntimeApi", "get_neurons_lite", r);
                if (!n) return bad(n.error().message);
                f->data.neurons[a.netuid] = std::move(*n);
                break;
            }
            case What::Delegates: {
                auto d = callValue<std::vector<DelegateInfo>>(dec, "DelegateInfoRuntimeApi", "get_delegates", r);
                if (!d) return bad(d.error().message);
                f->takes.emplace();
                f->takes->reserve(static_cast<qsizetype>(d->size()));
                for (const auto& info : *d) f->takes->push_back(DelegateTake{accountIdText(info.delegateSs58), info.take});
                break;
            }
            }
        }
        finishBlock(f);
    });
}

void SubtensorNodeWorker::finishBlock(const std::shared_ptr<Fetch>& f) {
    --inFlight_;
    BlockSnapshot snap = SubtensorNodeSnapshot::build(f->data);
    SubtensorNodeSnapshot::addEvents(snap, f->events);
    if (f->takes) {
        snap.delegateTakesKnown = true;
        snap.delegateTakes = std::move(*f->takes);
    }
    const Metadata& md = *f->md;
    if (md.runtimeApiMethod("StakeInfoRuntimeApi", "get_stake_info_for_coldkeys") && md.storageEntry("SubtensorModule", "Alpha")) {
        PositionInputs in;
        in.hash = f->hash;
        in.md = f->md;
        in.events = std::move(f->events);
        for (const auto& d : f->data.dynamic) {
            if (!SubtensorNodeSnapshot::epochRan(d)) continue;
            in.epochs.insert(d.netuid);
            auto& pairs = in.extra[d.netuid];
            pairs.push_back({d.ownerHotkey, d.ownerColdkey});
            const auto m = f->data.metagraphs.find(d.netuid);
            if (m != f->data.metagraphs.end() && m->second.hotkeys && m->second.coldkeys)
                for (std::size_t i = 0; i < m->second.hotkeys->size() && i < m->second.coldkeys->size(); ++i)
                    pairs.push_back({(*m->second.hotkeys)[i], (*m->second.coldkeys)[i]});
        }
        for (const auto& d : f->data.dynamic) in.extra[d.netuid].push_back({d.ownerHotkey, d.ownerColdkey});
        positionInputs_[f->number] = std::move(in);
    }
    ready_[f->number] = std::move(snap);
    deliver();
    pump();
}

void SubtensorNodeWorker::deliver() {
    BlockBatch batch;
    auto flush = [&] {
        if (batch.isEmpty()) return;
        emit blocksReady(batch);
        batch.clear();
    };
    for (auto it = ready_.find(delivered_ + 1); it != ready_.end(); it = ready_.find(delivered_ + 1)) {
        if (positionInputs_.count(it->first)) { // its positions are read first, in block order
            if (!positionsBusy_) readPositions(it->first);
            break;
        }
        BlockSnapshot snap = std::move(it->second);
        ready_.erase(it);
        if (previous_) SubtensorNodeSnapshot::deriveEvents(snap, *previous_);
        previous_ = snap;
        previous_->subnets.detach();
        for (auto& s : previous_->subnets) s.metagraph.clear(); // only netuid/started are compared
        delivered_ = snap.number;
        batch.push_back(std::move(snap));
        if (batch.size() >= options_.maxBatch) flush();
    }
    flush();
    if (head_ > 0) emit catchUpProgress(delivered_, std::max(head_, delivered_));
}

void SubtensorNodeWorker::accountState(quint64 id, const QString& account) {
    rpc_->open();
    SubtensorNodeAccount::read(
        *rpc_,
        [this](quint32 spec, const QString& hash, std::function<void(MetadataPtr)> then, std::function<void(const RpcError&)> onError) {
            withMetadata(spec, hash, std::move(then), std::move(onError));
        },
        id, account, [this](const AccountState& state) { emit accountStateReady(state); });
}

} // namespace chainclient::subtensor
