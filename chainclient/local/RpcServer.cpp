#include "chainclient/local/RpcServer.h"

#include "chainclient/local/RpcReply.h"

#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "chainclient/local/LocalSwapQuote.h"
#include "chainclient/local/RpcServerBlock.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/StorageKey.h"
#include "chainclient/subtensor/SwapQuery.h"
#include "chainclient/subtensor/TypedEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QWebSocket>
#include <QWebSocketServer>
#include <deque>
#include <set>
#include <spdlog/spdlog.h>

namespace chainclient {

using namespace subtensor;

struct RpcServer::Shared {
    mutable QMutex mutex;
    std::deque<std::shared_ptr<const RpcServerBlock>> blocks; // oldest first
    RpcServer* server = nullptr;                              // null once the server is gone
    int keep = 256;
    quint64 seed = 0; // the scenario seed: block hashes derive from it
};

namespace {

using rpcreply::hex;
using rpcreply::rpcError;
using rpcreply::rpcResult;

template <class T> QJsonValue encoded(const T& value, std::string_view api, std::string_view method) {
    const auto& md = RpcServerMetadata::metadata();
    const auto* m = md.runtimeApiMethod(api, method);
    auto bytes = TypedEncoder::encode(value, m->output, md.types());
    if (!bytes) {
        spdlog::error("loopback server cannot encode {}_{}: {}", api, method, bytes.error().message);
        return QJsonValue();
    }
    return hex(*bytes);
}

} // namespace

RpcServer::RpcServer(RpcServerOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), shared_(std::make_shared<Shared>()) {
    registerNodeMetaTypes();
    shared_->server = this;
    shared_->keep = std::max(1, options_.keepBlocks);
    server_ = new QWebSocketServer(QStringLiteral("subnetscope-local"), QWebSocketServer::NonSecureMode, this);
    connect(server_, &QWebSocketServer::newConnection, this, &RpcServer::onConnection);
}

RpcServer::~RpcServer() {
    QMutexLocker lock(&shared_->mutex);
    shared_->server = nullptr;
}

bool RpcServer::listen(QString* error) {
    if (server_->listen(options_.address, options_.port)) return true;
    if (error) *error = server_->errorString();
    return false;
}

quint16 RpcServer::port() const { return server_->serverPort(); }

QUrl RpcServer::url() const {
    return QUrl(QStringLiteral("ws://%1:%2").arg(server_->serverAddress().toString()).arg(port()));
}

quint64 RpcServer::head() const {
    QMutexLocker lock(&shared_->mutex);
    return shared_->blocks.empty() ? 0 : shared_->blocks.back()->number;
}

RpcServer::BlockObserver RpcServer::blockObserver() {
    std::weak_ptr<Shared> weak = shared_;
    return [weak](const economics::Chain& chain, quint64 seed, const BlockSnapshot& snapshot) {
        auto shared = weak.lock();
        if (!shared) return;
        std::shared_ptr<const RpcServerBlock> previous;
        {
            QMutexLocker lock(&shared->mutex);
            if (!shared->server) return;
            if (!shared->blocks.empty()) previous = shared->blocks.back();
        }
        auto block = std::make_shared<const RpcServerBlock>(RpcServerBlock::capture(chain, seed, snapshot, !previous, previous.get()));
        const quint64 number = block->number;
        QMutexLocker lock(&shared->mutex);
        if (!shared->server) return;
        shared->seed = seed;
        if (!shared->blocks.empty() && shared->blocks.back()->number >= number) shared->blocks.clear(); // restarted
        shared->blocks.push_back(std::move(block));
        while (static_cast<int>(shared->blocks.size()) > shared->keep) shared->blocks.pop_front();
        // Queued: the server lives on its own thread; Qt drops the call if it is deleted first.
        QMetaObject::invokeMethod(shared->server, [s = shared->server, number] { s->onHead(number); }, Qt::QueuedConnection);
    };
}

void RpcServer::setNode(LocalNode* node) {
    if (node_) disconnect(node_, nullptr, this, nullptr);
    node_ = node;
    if (node) {
        connect(node, &NodeClient::submitted, this, &RpcServer::onSubmitted);
        connect(node, &NodeClient::accountStateReady, this, [this](const AccountState& state) {
            if (auto cb = accountWaiters_.take(state.requestId)) cb(state);
        });
    }
}

void RpcServer::onConnection() {
    while (auto* peer = server_->nextPendingConnection()) {
        connect(peer, &QWebSocket::textMessageReceived, this, [this, peer](const QString& t) { onMessage(peer, t); });
        connect(peer, &QWebSocket::disconnected, this, [this, peer] {
            headSubscriptions_.remove(peer);
            peer->deleteLater();
        });
    }
}

void RpcServer::send(QWebSocket* peer, const QJsonObject& message) {
    if (peer) peer->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RpcServer::onMessage(QWebSocket* peer, const QString& text) {
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        send(peer, rpcError(QJsonValue::Null, -32700, QStringLiteral("Parse error")));
        return;
    }
    if (doc.isArray()) {
        QJsonArray answers;
        for (const auto& v : doc.array()) {
            const QJsonObject a = handle(peer, v.toObject());
            if (!a.isEmpty()) answers.append(a);
        }
        if (!answers.isEmpty()) peer->sendTextMessage(QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
        return;
    }
    const QJsonObject a = handle(peer, doc.object());
    if (!a.isEmpty()) send(peer, a);
}

std::shared_ptr<const RpcServerBlock> RpcServer::blockAt(const QJsonValue& hashParam, QJsonObject* error,
                                                        const QJsonValue& id) const {
    QMutexLocker lock(&shared_->mutex);
    if (shared_->blocks.empty()) {
        *error = rpcError(id, 4003, QStringLiteral("Client error: the local chain has produced no block yet"));
        return nullptr;
    }
    if (hashParam.isNull() || hashParam.isUndefined()) return shared_->blocks.back();
    const auto wanted = Hex::decode(hashParam.toString().toStdString());
    if (wanted && wanted->size() == 32)
        for (auto it = shared_->blocks.rbegin(); it != shared_->blocks.rend(); ++it)
            if (std::equal((*it)->hash.begin(), (*it)->hash.end(), wanted->begin())) return *it;
    // What a pruning node says, word for word in the part clients match on.
    *error = rpcError(id, 4003,
                      QStringLiteral("Client error: Api called for an unknown Block: State already discarded for %1")
                          .arg(hashParam.toString()));
    return nullptr;
}

QString RpcServer::hashText(quint64 number) const {
    quint64 seed = 0;
    {
        QMutexLocker lock(&shared_->mutex);
        seed = shared_->seed;
    }
    return hex(RpcServerBlock::hashOf(seed, number));
}

QJsonObject RpcServer::header(const RpcServerBlock& b) const {
    const RpcServerBlock::Hash zero{};
    return QJsonObject{{"parentHash", hex(b.parentHash)},
                       {"number", QStringLiteral("0x%1").arg(b.number, 0, 16)},
                       {"stateRoot", hex(zero)},
                       {"extrinsicsRoot", hex(zero)},
                       {"digest", QJsonObject{{"logs", QJsonArray{}}}}};
}

void RpcServer::onHead(quint64 number) {
    QJsonObject error;
    const auto b = blockAt(QJsonValue::Null, &error, QJsonValue::Null);
    if (b && !headSubscriptions_.isEmpty()) {
        const QJsonObject h = header(*b);
        for (auto it = headSubscriptions_.begin(); it != headSubscriptions_.end(); ++it)
            for (const auto& sub : it.value())
                send(it.key(), QJsonObject{{"jsonrpc", "2.0"},
                                           {"method", "chain_newHead"},
                                           {"params", QJsonObject{{"subscription", sub}, {"result", h}}}});
    }
    // Calls accepted earlier are in a block now.
    for (auto it = watches_.begin(); it != watches_.end();) {
        if (it->includedIn == 0 || it->includedIn > number || it->subscription.isEmpty()) {
            ++it;
            continue;
        }
        const QString blockHash = hashText(it->includedIn);
        for (const char* status : {"inBlock", "finalized"})
            send(it->peer, QJsonObject{{"jsonrpc", "2.0"},
                                       {"method", "author_extrinsicUpdate"},
                                       {"params", QJsonObject{{"subscription", it->subscription},
                                                              {"result", QJsonObject{{status, blockHash}}}}}});
        it = watches_.erase(it);
    }
    emit headChanged(number);
}

void RpcServer::onSubmitted(const SubmitResult& result) {
    auto it = watches_.find(result.requestId);
    if (it == watches_.end()) return;
    Watch& w = *it;
    if (!result.ok && !RpcServerEvents::refusedBeforeInclusion(result.errorCode)) {
        // Valid but failing at dispatch: a real chain includes it (the nonce is spent, as the
        // LocalNode spends it) and reports ExtrinsicFailed in the block's events. The node does
        // not say which block that is: the one after the head it arrived at, which the server
        // asked for (a chain that also produces blocks on a timer may seal it one later).
        w.includedIn = w.submittedAt + 1;
        included_[w.includedIn].push_back(RpcServerEvents::dispatchFailure(result, w.extrinsic));
    } else if (result.ok) {
        RpcServerEvents::Included x;
        x.extrinsic = hex(std::span(reinterpret_cast<const std::uint8_t*>(w.extrinsic.constData()), static_cast<std::size_t>(w.extrinsic.size())));
        x.tao = result.tao;
        x.alpha = result.alpha;
        included_[result.block].push_back(x);
    }
    // Bounded like the block window.
    while (!included_.empty() && included_.begin()->first + static_cast<quint64>(shared_->keep) < head()) included_.erase(included_.begin());
    if (!result.ok && w.includedIn == 0) {
        // A real node refuses an invalid transaction with error 1010 before any subscription.
        send(w.peer, QJsonObject{{"jsonrpc", "2.0"},
                                 {"id", w.requestId},
                                 {"error", QJsonObject{{"code", 1010},
                                                       {"message", QStringLiteral("Invalid Transaction")},
                                                       {"data", QStringLiteral("%1: %2").arg(result.errorCode, result.message)}}}});
        watches_.erase(it);
        return;
    }
    if (result.ok) w.includedIn = result.block;
    if (w.subscription.isEmpty()) {
        send(w.peer, rpcResult(w.requestId, QStringLiteral("0x%1").arg(result.requestId, 64, 16, QLatin1Char('0'))));
        watches_.erase(it);
        return;
    }
    send(w.peer, rpcResult(w.requestId, w.subscription));
    send(w.peer, QJsonObject{{"jsonrpc", "2.0"},
                             {"method", "author_extrinsicUpdate"},
                             {"params", QJsonObject{{"subscription", w.subscription}, {"result", "ready"}}}});
    if (head() >= w.includedIn) onHead(head());
}

QJsonObject RpcServer::handle(QWebSocket* peer, const QJsonObject& request) {
    const QJsonValue id = request.value("id");
    const QString method = request.value("method").toString();
    const QJsonArray params = request.value("params").toArray();
    QJsonObject error;
    ++requestCounts_[method == QLatin1String("state_call") ? method + QLatin1Char(' ') + params.at(0).toString() : method];

    if (method == "system_chain") return rpcResult(id, QStringLiteral("Subnetscope local"));
    if (method == "system_name") return rpcResult(id, QStringLiteral("subnetscope"));
    if (method == "rpc_methods") {
        return rpcResult(id, QJsonObject{{"methods", QJsonArray{"author_submitAndWatchExtrinsic", "author_submitExtrinsic",
                                                                "author_unwatchExtrinsic", "chain_getBlockHash", "chain_getFinalizedHead",
                                                                "chain_getBlock", "chain_getHead", "chain_getHeader", "chain_subscribeNewHeads",
                                                                "chain_unsubscribeNewHeads", "rpc_methods", "state_call",
                                                                "state_getMetadata", "state_getKeysPaged", "state_getRuntimeVersion", "state_getStorage",
                                                                "state_getStorageAt", "system_chain"}}});
    }
    if (method == "chain_getBlockHash") {
        const quint64 h = head();
        if (params.isEmpty() || params.at(0).isNull()) return rpcResult(id, hashText(h));
        const double n = params.at(0).toDouble(-1);
        if (n < 0 || n > static_cast<double>(h)) return rpcResult(id, QJsonValue::Null);
        return rpcResult(id, hashText(static_cast<quint64>(n)));
    }
    if (method == "chain_getHead" || method == "chain_getFinalizedHead" || method == "chain_getFinalisedHead")
        return rpcResult(id, hashText(head()));
    if (method == "chain_getHeader") {
        const auto b = blockAt(params.isEmpty() ? QJsonValue::Null : params.at(0), &error, id);
        return b ? rpcResult(id, header(*b)) : rpcResult(id, QJsonValue::Null);
    }
    if (method == "chain_subscribeNewHeads" || method == "chain_subscribeFinalizedHeads") {
        const QString sub = QString::number(nextSubscription_++);
        headSubscriptions_[peer].append(sub);
        return rpcResult(id, sub);
    }
    if (method == "chain_unsubscribeNewHeads" || method == "chain_unsubscribeFinalizedHeads")
        return rpcResult(id, headSubscriptions_[peer].removeAll(params.at(0).toString()) > 0);
    if (method == "state_getRuntimeVersion" || method == "chain_getRuntimeVersion") {
        if (!blockAt(params.isEmpty() ? QJsonValue::Null : params.at(0), &error, id)) return error;
        return rpcResult(id, QJsonObject{{"specName", "subnetscope-local"},
                                         {"implName", "subnetscope"},
                                         {"authoringVersion", 1},
                                         {"specVersion", static_cast<int>(LocalNodeExtrinsics::kSpecVersion)},
                                         {"implVersion", 1},
                                         {"apis", QJsonArray{}},
                                         {"transactionVersion", static_cast<int>(LocalNodeExtrinsics::kTransactionVersion)},
                                         {"stateVersion", 1}});
    }
    if (method == "state_getMetadata") {
        if (!blockAt(params.isEmpty() ? QJsonValue::Null : params.at(0), &error, id)) return error;
        return rpcResult(id, hex(RpcServerMetadata::bytes()));
    }
    if (method == "state_call") return stateCall(peer, id, params);
    if (method == "state_getKeysPaged") return keysPaged(id, params);
    if (method == "chain_getBlock") return block(id, params);
    if (method == "state_getStorage" || method == "state_getStorageAt") return storage(peer, id, params);
    if (method == "system_accountNextIndex" || method == "account_nextIndex")
        return withAccount(peer, id, params.at(0).toString(),
                           [](const AccountState& a) { return QJsonValue(static_cast<qint64>(a.nonce)); });
    if (method == "author_submitExtrinsic" || method == "author_submitAndWatchExtrinsic") {
        if (!node_) return rpcError(id, 1010, QStringLiteral("Invalid Transaction: this server has no chain to submit to"));
        const auto bytes = Hex::decode(params.at(0).toString().toStdString());
        if (!bytes) return rpcError(id, -32602, QStringLiteral("Invalid params: the extrinsic is not hex"));
        const quint64 rid = node_->submitExtrinsic(QByteArray(reinterpret_cast<const char*>(bytes->data()),
                                                              static_cast<qsizetype>(bytes->size())));
        Watch w;
        w.peer = peer;
        w.requestId = id;
        w.extrinsic = QByteArray(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size()));
        w.submittedAt = head();
        if (method == "author_submitAndWatchExtrinsic") w.subscription = QStringLiteral("x%1").arg(nextSubscription_++);
        watches_.insert(rid, w);
        // Seal it into the next block even on a paused or slowly paced chain.
        node_->extendTo(head() + 1);
        return {};
    }
    if (method == "author_unwatchExtrinsic") return rpcResult(id, true);
    return rpcError(id, -32601, QStringLiteral("Method not found: %1").arg(method));
}

QJsonObject RpcServer::withAccount(QWebSocket* peer, const QJsonValue& id, const QString& ss58,
                                   std::function<QJsonValue(const AccountState&)> answer) {
    if (!node_) return rpcError(id, -32000, QStringLiteral("Client error: this server has no chain to read accounts from"));
    const quint64 rid = node_->requestAccountState(ss58);
    QPointer<QWebSocket> to(peer);
    accountWaiters_.insert(rid, [this, to, id, answer = std::move(answer)](const AccountState& a) {
        if (!a.ok && a.errorCode != QLatin1String("AccountNotFound"))
            send(to, rpcError(id, -32602, QStringLiteral("Invalid params: %1").arg(a.message)));
        else
            send(to, rpcResult(id, answer(a)));
    });
    return {};
}

QJsonObject RpcServer::storage(QWebSocket* peer, const QJsonValue& id, const QJsonArray& params) {
    QJsonObject error;
    const auto b = blockAt(params.size() > 1 ? params.at(1) : QJsonValue::Null, &error, id);
    if (!b) return error;
    const auto key = Hex::decode(params.at(0).toString().toStdString());
    if (!key) return rpcError(id, -32602, QStringLiteral("Invalid params: the key is not hex"));
    const auto& md = RpcServerMetadata::metadata();
    auto is = [&](const char* pallet, const char* item, std::size_t extra) {
        const auto prefix = StorageKey::build(md, pallet, item);
        return prefix && key->size() == prefix->size() + extra && std::equal(prefix->begin(), prefix->end(), key->begin());
    };
    auto u64 = [&](std::uint64_t v) {
        ScaleWriter w;
        w.writeU64(v);
        return rpcResult(id, hex(w.bytes()));
    };
    if (is("Timestamp", "Now", 0)) return u64(b->timestampMs);
    if (is("SubtensorModule", "TotalIssuance", 0)) return u64(b->totalIssuance);
    const std::uint16_t netuid = key->size() >= 2 ? static_cast<std::uint16_t>((*key)[key->size() - 2] | ((*key)[key->size() - 1] << 8)) : 0;
    if (is("SubtensorModule", "SubnetTAO", 2)) {
        if (netuid == 0) return u64(b->rootStake);
        const auto* m = b->metagraph(netuid);
        return m ? u64(m->taoIn.value_or(0)) : rpcResult(id, QJsonValue::Null);
    }
    if (is("System", "Account", 16 + 32)) {
        economics::AccountId who;
        std::copy(key->end() - 32, key->end(), who.bytes.begin());
        return withAccount(peer, id, accountToText(who), [](const AccountState& a) {
            AccountInfo info;
            info.nonce = static_cast<std::uint32_t>(a.nonce);
            info.providers = a.free > 0 ? 1 : 0;
            info.data.free = a.free;
            const auto& md = RpcServerMetadata::metadata();
            auto bytes = TypedEncoder::encode(info, md.storageEntry("System", "Account")->valueType, md.types());
            return bytes ? QJsonValue(hex(*bytes)) : QJsonValue();
        });
    }
    if (is("System", "Events", 0)) {
        const auto inc = included_.find(b->number);
        return rpcResult(id, hex(RpcServerEvents::encode(*b, inc == included_.end() ? std::vector<RpcServerEvents::Included>{} : inc->second)));
    }
    if (is("SubtensorModule", "SubtokenEnabled", 2)) {
        const auto it = b->subtokenEnabled.find(netuid);
        if (it == b->subtokenEnabled.end()) return rpcResult(id, QJsonValue::Null);
        return rpcResult(id, it->second ? QStringLiteral("0x01") : QStringLiteral("0x00"));
    }
    return rpcResult(id, QJsonValue::Null);
}

QJsonObject RpcServer::stateCall(QWebSocket* peer, const QJsonValue& id, const QJsonArray& params) {
    QJsonObject error;
    const auto b = blockAt(params.size() > 2 ? params.at(2) : QJsonValue::Null, &error, id);
    if (!b) return error;
    const QString method = params.at(0).toString();
    const auto data = Hex::decode(params.at(1).toString().toStdString());
    if (!data) return rpcError(id, -32602, QStringLiteral("Invalid params: call data is not hex"));
    ScaleReader r(*data);
    auto bad = [&] { return rpcError(id, -32602, QStringLiteral("Invalid params for %1").arg(method)); };

    if (method == "Metadata_metadata_at_version") {
        const auto v = r.readU32();
        if (!v) return bad();
        if (*v != 15) return rpcResult(id, QStringLiteral("0x00"));
        ScaleWriter w;
        w.writeU8(1).writeByteVec(RpcServerMetadata::bytes());
        return rpcResult(id, hex(w.bytes()));
    }
    if (method == "Metadata_metadata_versions") {
        ScaleWriter w;
        w.writeCompact(1).writeU32(15);
        return rpcResult(id, hex(w.bytes()));
    }
    if (method == "TransactionPaymentApi_query_info") {
        // The embedded chain charges no transaction fee, so the honest estimate is 0 (weight 0,
        // class Normal); a made-up fee here would make the wallet's checks disagree with the
        // balances the chain then reports. Encoded in RuntimeDispatchInfo's metadata layout.
        ScaleWriter w;
        w.writeCompact(0).writeCompact(0).writeU8(0).writeU64(0);
        return rpcResult(id, hex(w.bytes()));
    }
    if (method == "StakeInfoRuntimeApi_get_stake_info_for_coldkey") {
        const auto coldkey = r.readAccountId();
        if (!coldkey) return bad();
        economics::AccountId who;
        who.bytes = *coldkey;
        return withAccount(peer, id, accountToText(who), [coldkey = *coldkey](const AccountState& a) {
            std::vector<StakeInfo> out;
            for (const auto& p : a.positions) {
                StakeInfo s;
                s.coldkey = coldkey;
                if (auto hot = accountFromText(p.hotkey)) s.hotkey = hot->bytes;
                s.netuid = p.netuid;
                s.stake = p.alpha;
                out.push_back(s);
            }
            return encoded(out, "StakeInfoRuntimeApi", "get_stake_info_for_coldkey");
        });
    }
    if (method == "StakeInfoRuntimeApi_get_stake_info_for_coldkeys") {
        // From the block's own stake sets: a sync reads positions as of each block it stores.
        const auto coldkeys = r.readVec([](ScaleReader& rr) { return rr.readAccountId(); });
        if (!coldkeys || r.remaining() != 0) return bad();
        std::map<AccountId, std::vector<StakeInfo>> found;
        for (const auto& c : *coldkeys) found[c];
        for (const auto& [netuid, set] : b->stakes)
            for (const auto& s : *set) {
                const auto it = found.find(s.coldkey);
                if (it == found.end()) continue;
                StakeInfo info;
                info.hotkey = s.hotkey;
                info.coldkey = s.coldkey;
                info.netuid = netuid;
                info.stake = s.alpha;
                it->second.push_back(info);
            }
        std::vector<std::pair<AccountId, std::vector<StakeInfo>>> out;
        for (const auto& c : *coldkeys) out.emplace_back(c, found[c]);
        return rpcResult(id, encoded(out, "StakeInfoRuntimeApi", "get_stake_info_for_coldkeys"));
    }
    if (method == "DelegateInfoRuntimeApi_get_delegates") {
        if (r.remaining() != 0) return bad();
        return rpcResult(id, encoded(b->delegateInfo(), "DelegateInfoRuntimeApi", "get_delegates"));
    }
    if (method == "DelegateInfoRuntimeApi_get_delegate") {
        const auto hotkey = r.readAccountId();
        if (!hotkey || r.remaining() != 0) return bad();
        const auto found = b->delegateInfo(&*hotkey);
        const std::optional<DelegateInfo> one = found.empty() ? std::nullopt : std::optional<DelegateInfo>(found.front());
        return rpcResult(id, encoded(one, "DelegateInfoRuntimeApi", "get_delegate"));
    }
    if (method == "SubnetInfoRuntimeApi_get_all_dynamic_info")
        return rpcResult(id, encoded(b->dynamicInfo, "SubnetInfoRuntimeApi", "get_all_dynamic_info"));
    const auto netuid = r.readU16();
    if (!netuid) return bad();
    if (method == "SubnetInfoRuntimeApi_get_dynamic_info") {
        std::optional<DynamicInfo> d;
        for (const auto& x : b->dynamicInfo)
            if (x && x->netuid == *netuid) d = x;
        return rpcResult(id, encoded(d, "SubnetInfoRuntimeApi", "get_dynamic_info"));
    }
    if (method == "SubnetInfoRuntimeApi_get_selective_metagraph") {
        const auto indexes = r.readVec([](ScaleReader& rr) { return rr.readU16(); });
        if (!indexes) return bad();
        std::optional<Metagraph> out;
        if (const auto* m = b->metagraph(*netuid)) {
            const auto& md = RpcServerMetadata::metadata();
            const auto* api = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_selective_metagraph");
            const auto* opt = md.types().type(api->output);
            const auto* type = md.types().type(opt->variantByName("Some")->fields.front().type);
            std::set<std::string> wanted;
            for (auto i : *indexes)
                if (i < type->fields.size()) wanted.insert(type->fields[i].name);
            out = *m;
            Metagraph::fields(*out, [&](const char* name, auto& member) {
                if constexpr (requires { member.reset(); })
                    if (!wanted.count(name)) member.reset();
            });
        }
        return rpcResult(id, encoded(out, "SubnetInfoRuntimeApi", "get_selective_metagraph"));
    }
    if (method == "NeuronInfoRuntimeApi_get_neurons_lite")
        return rpcResult(id, encoded(b->neuronsLite(*netuid), "NeuronInfoRuntimeApi", "get_neurons_lite"));
    if (method == "SwapRuntimeApi_current_alpha_price") {
        const auto it = b->alphaPrice.find(*netuid);
        return rpcResult(id, encoded(std::uint64_t{it == b->alphaPrice.end() ? 0 : it->second}, "SwapRuntimeApi",
                                     "current_alpha_price"));
    }
    if (method == "SwapRuntimeApi_sim_swap_tao_for_alpha" || method == "SwapRuntimeApi_sim_swap_alpha_for_tao") {
        const auto amount = r.readU64();
        if (!amount || r.remaining() != 0) return bad();
        const auto side = method.endsWith(QLatin1String("tao_for_alpha")) ? economics::SwapSide::Buy : economics::SwapSide::Sell;
        const auto pool = b->pools.find(*netuid);
        const auto started = b->subtokenEnabled.find(*netuid);
        const auto q = LocalSwapQuote::fromPool(pool == b->pools.end() ? nullptr : &pool->second,
                                                started != b->subtokenEnabled.end() && started->second, *netuid, side, *amount);
        // Like the runtime, a swap that cannot be made is answered with zeros, not an error.
        SimSwapResult out;
        if (q) out = {q->taoAmount, q->alphaAmount, q->taoFee, q->alphaFee};
        return rpcResult(id, encoded(out, "SwapRuntimeApi", SwapQuery::method(side)));
    }
    return rpcError(id, -32000, QStringLiteral("Client error: Execution failed: Exported method %1 is not found").arg(method));
}

} // namespace chainclient
