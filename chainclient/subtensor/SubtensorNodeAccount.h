#pragma once
// SubtensorNode::requestAccountState's reads: head, genesis, runtime version and the pool-aware
// nonce (system_accountNextIndex), then System.Account and the coldkey's stake (StakeInfo) at
// that head, decoded with the head's metadata. Everything a wallet signs with, read at one block.

#include "chainclient/NodeClient.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/RpcClient.h"

#include <functional>
#include <memory>

namespace chainclient::subtensor {

class SubtensorNodeAccount {
public:
    using MetadataPtr = std::shared_ptr<const Metadata>;
    using MetadataSource = std::function<void(quint32 spec, const QString& blockHash, std::function<void(MetadataPtr)> then,
                                              std::function<void(const RpcError&)> fail)>;

    // `done` is called once, on the client's thread (never after the client is destroyed:
    // RpcClient drops pending callbacks then).
    static void read(RpcClient& rpc, MetadataSource metadata, quint64 requestId, const QString& account,
                     std::function<void(const AccountState&)> done);
};

} // namespace chainclient::subtensor
