// RpcServer's answers about a block's contents: its body (chain_getBlock) and the keys of
// SubtensorModule.Alpha (state_getKeysPaged). Split from RpcServer.cpp for size.

#include "chainclient/local/RpcServer.h"

#include "chainclient/local/RpcReply.h"

#include "chainclient/local/RpcServerBlock.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/StorageKey.h"

#include <QJsonArray>
#include <algorithm>

namespace chainclient {

using namespace subtensor;

namespace {

using rpcreply::hex;
using rpcreply::rpcError;
using rpcreply::rpcResult;

// a > b in byte order. Spelled with std::mismatch: GCC 12 at -O3 reports a false
// -Wstringop-overread inside std::vector's operator<=> (memcmp with an "unbounded" length).
bool sortsAfter(const StorageKey::Bytes& a, const StorageKey::Bytes& b) {
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ib == b.end()) return ia != a.end();
    return ia != a.end() && *ia > *ib;
}

} // namespace

QJsonObject RpcServer::keysPaged(const QJsonValue& id, const QJsonArray& params) {
    QJsonObject error;
    const auto b = blockAt(params.size() > 3 ? params.at(3) : QJsonValue::Null, &error, id);
    if (!b) return error;
    const auto prefix = Hex::decode(params.at(0).toString().toStdString());
    const int count = params.at(1).toInt(0);
    const auto start = Hex::decode(params.at(2).isString() ? params.at(2).toString().toStdString() : std::string("0x"));
    if (!prefix || !start || count <= 0 || count > 1000)
        return rpcError(id, -32602, QStringLiteral("Invalid params: prefix, count (1..1000) and start key"));
    const auto& md = RpcServerMetadata::metadata();
    const auto alpha = StorageKey::build(md, "SubtensorModule", "Alpha");
    std::vector<StorageKey::Bytes> keys;
    // A prefix within the Alpha map (or above it) lists its keys; others have none here.
    if (alpha && prefix->size() <= alpha->size() + 48 &&
        std::equal(alpha->begin(), alpha->begin() + static_cast<std::ptrdiff_t>(std::min(prefix->size(), alpha->size())), prefix->begin())) {
        for (const auto& [netuid, set] : b->stakes)
            for (const auto& s : *set) {
                ScaleWriter n;
                n.writeU16(netuid);
                auto key = StorageKey::build(md, "SubtensorModule", "Alpha",
                                             {StorageKey::Bytes(s.hotkey.begin(), s.hotkey.end()),
                                              StorageKey::Bytes(s.coldkey.begin(), s.coldkey.end()), n.bytes()});
                if (key && key->size() >= prefix->size() && std::equal(prefix->begin(), prefix->end(), key->begin()) && sortsAfter(*key, *start))
                    keys.push_back(std::move(*key));
            }
    }
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return sortsAfter(b, a); });
    QJsonArray out;
    for (std::size_t i = 0; i < keys.size() && static_cast<int>(i) < count; ++i) out.append(hex(keys[i]));
    return rpcResult(id, out);
}

QJsonObject RpcServer::block(const QJsonValue& id, const QJsonArray& params) {
    QJsonObject error;
    const auto b = blockAt(params.isEmpty() ? QJsonValue::Null : params.at(0), &error, id);
    if (!b) return rpcResult(id, QJsonValue::Null);
    QJsonArray extrinsics;
    if (const auto it = included_.find(b->number); it != included_.end())
        for (const auto& x : it->second) extrinsics.append(x.extrinsic);
    return rpcResult(id, QJsonObject{{"block", QJsonObject{{"header", header(*b)}, {"extrinsics", extrinsics}}}, {"justifications", QJsonValue::Null}});
}

} // namespace chainclient
