#include "chainclient/economics/Result.h"

namespace economics {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidAmount: return "InvalidAmount";
    case ErrorCode::InsufficientBalance: return "InsufficientBalance";
    case ErrorCode::SlippageTooHigh: return "SlippageTooHigh";
    case ErrorCode::BelowMinStake: return "BelowMinStake";
    case ErrorCode::SubnetNotFound: return "SubnetNotFound";
    case ErrorCode::SubnetNotActive: return "SubnetNotActive";
    case ErrorCode::ReservesTooLow: return "ReservesTooLow";
    case ErrorCode::InputTooLarge: return "InputTooLarge";
    case ErrorCode::InvalidPrice: return "InvalidPrice";
    case ErrorCode::HotkeyNotRegistered: return "HotkeyNotRegistered";
    case ErrorCode::AccountNotFound: return "AccountNotFound";
    case ErrorCode::TooManyRegistrations: return "TooManyRegistrations";
    case ErrorCode::SubnetLimitReached: return "SubnetLimitReached";
    case ErrorCode::NotOwner: return "NotOwner";
    case ErrorCode::AlreadyStarted: return "AlreadyStarted";
    case ErrorCode::InvalidState: return "InvalidState";
    case ErrorCode::BadSignature: return "BadSignature";
    case ErrorCode::BadNonce: return "BadNonce";
    case ErrorCode::BadEra: return "BadEra";
    case ErrorCode::BadGenesis: return "BadGenesis";
    case ErrorCode::NotSupported: return "NotSupported";
    case ErrorCode::InvalidAddress: return "InvalidAddress";
    case ErrorCode::InvalidMnemonic: return "InvalidMnemonic";
    case ErrorCode::InvalidKey: return "InvalidKey";
    case ErrorCode::WrongPassword: return "WrongPassword";
    case ErrorCode::WalletNotFound: return "WalletNotFound";
    case ErrorCode::WalletExists: return "WalletExists";
    case ErrorCode::StorageError: return "StorageError";
    case ErrorCode::MalformedData: return "MalformedData";
    case ErrorCode::RateLimited: return "RateLimited";
    case ErrorCode::NotYetAllowed: return "NotYetAllowed";
    case ErrorCode::HotkeyAlreadyRegistered: return "HotkeyAlreadyRegistered";
    case ErrorCode::WalletLocked: return "WalletLocked";
    case ErrorCode::DelegateTakeTooLow: return "DelegateTakeTooLow";
    case ErrorCode::DelegateTakeTooHigh: return "DelegateTakeTooHigh";
    }
    return "Unknown";
}

} // namespace economics
