// Delegate take: the share of a validator's dividends its owner keeps before the nominators'
// part (subtensor's Delegates map, decrease_take / increase_take). Rules as in finney: only the
// hotkey's owner coldkey may change it; a decrease must go lower and may come any time; an
// increase must go higher, stay within MaxDelegateTake and wait TxDelegateTakeRateLimit blocks
// after the hotkey's last change. Unlike subtensor, "the current take" of a hotkey without an
// entry is the default it is charged, so no call can set a take above the maximum.

#include "chainclient/economics/Chain.h"

namespace economics {
namespace {

std::string percent(std::uint16_t take) {
    const double p = static_cast<double>(take) * 100.0 / 65535.0;
    std::string s = std::to_string(p);
    return s.substr(0, s.find('.') + 3) + " %";
}

// The hotkey's owner: the coldkey it is registered with, on the first subnet that has it.
const AccountId* hotkeyOwner(const std::map<std::uint16_t, Subnet>& subnets, const AccountId& hotkey) {
    for (const auto& [id, s] : subnets)
        if (const Neuron* n = s.neuronByHotkey(hotkey)) return &n->coldkey;
    return nullptr;
}

// MinDelegateTake is 0 on finney, so every lower u16 is a valid decrease.
static_assert(kMinDelegateTakeU16 == 0);

} // namespace

Status Chain::setGenesisTake(const AccountId& hotkey, std::uint16_t take) {
    if (take > kMaxDelegateTakeU16)
        return makeError(ErrorCode::DelegateTakeTooHigh, "A take of " + percent(take) + " is above the maximum " +
                                                             percent(kMaxDelegateTakeU16) + ".");
    takes_[hotkey].take = take;
    return okStatus();
}

Status Chain::decreaseTake(const AccountId& coldkey, const AccountId& hotkey, std::uint16_t take) {
    const AccountId* owner = hotkeyOwner(subnets_, hotkey);
    if (!owner) return makeError(ErrorCode::HotkeyNotRegistered, "The hotkey is not registered on any subnet.");
    if (!(*owner == coldkey)) return makeError(ErrorCode::NotOwner, "Only the hotkey's owner coldkey can change its take.");
    const std::uint16_t current = delegateTake(hotkey);
    if (take >= current)
        return makeError(ErrorCode::DelegateTakeTooLow, "A decrease must go below the current take of " + percent(current) + ".");
    const BlockNumber now = block_ + 1; // the block this call lands in
    takes_[hotkey] = DelegateTake{take, now};
    events_.push_back({ChainEventKind::TakeDecreased, now, NetUid{}, coldkey, hotkey, 0, 0, 0, 0, take});
    return okStatus();
}

Status Chain::increaseTake(const AccountId& coldkey, const AccountId& hotkey, std::uint16_t take) {
    const AccountId* owner = hotkeyOwner(subnets_, hotkey);
    if (!owner) return makeError(ErrorCode::HotkeyNotRegistered, "The hotkey is not registered on any subnet.");
    if (!(*owner == coldkey)) return makeError(ErrorCode::NotOwner, "Only the hotkey's owner coldkey can change its take.");
    const std::uint16_t current = delegateTake(hotkey);
    if (take <= current)
        return makeError(ErrorCode::DelegateTakeTooLow, "An increase must go above the current take of " + percent(current) + ".");
    if (take > kMaxDelegateTakeU16)
        return makeError(ErrorCode::DelegateTakeTooHigh, "The take cannot go above " + percent(kMaxDelegateTakeU16) + ".");
    const BlockNumber now = block_ + 1;
    const auto it = takes_.find(hotkey);
    const BlockNumber last = it == takes_.end() ? 0 : it->second.lastChange;
    if (last != 0 && now - last <= kDelegateTakeRateLimit)
        return makeError(ErrorCode::RateLimited, "The take was changed at block " + std::to_string(last) +
                                                     "; it can be increased again after block " +
                                                     std::to_string(last + kDelegateTakeRateLimit) + ".");
    takes_[hotkey] = DelegateTake{take, now};
    events_.push_back({ChainEventKind::TakeIncreased, now, NetUid{}, coldkey, hotkey, 0, 0, 0, 0, take});
    return okStatus();
}

} // namespace economics
