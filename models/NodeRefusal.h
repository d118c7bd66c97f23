#pragma once
// A node's refusal of a transaction (JSON-RPC 1010 Invalid Transaction and its reason) in words
// a person can act on; the node's own text stays at the end for anyone who has to dig further.

#include <QString>

namespace models {

QString explainNodeRefusal(const QString& nodeText);

} // namespace models
