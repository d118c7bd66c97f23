#pragma once
// Options for a SubtensorNode talking to a test's loopback RpcServer (or any ws:// URL): the
// network is named after the URL, as the app names custom nodes.

#include "chainclient/subtensor/SubtensorNode.h"

#include <QUrl>

namespace testsupport {

inline chainclient::subtensor::SubtensorNodeOptions loopbackNodeOptions(const QUrl& url, int timeoutMs = 20'000) {
    chainclient::subtensor::SubtensorNodeOptions o;
    o.network = url.toString();
    o.rpc.url = url;
    o.rpc.timeoutMs = timeoutMs;
    return o;
}

} // namespace testsupport
