#pragma once
// A runtime AccountId (32 raw bytes) as the SS58 text the rest of the app stores and shows.

#include "chainclient/local/AccountText.h"
#include "chainclient/subtensor/SubtensorTypes.h"

namespace chainclient::subtensor {

inline QString accountIdText(const AccountId& raw) {
    economics::AccountId id;
    id.bytes = raw;
    return accountToText(id);
}

} // namespace chainclient::subtensor
