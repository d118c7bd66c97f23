#pragma once
// Errors a user can cause are values (design.md §5): a code for programs and a sentence
// for people. Exceptions are reserved for bugs.

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace economics {

enum class ErrorCode {
    InvalidAmount,       // zero, negative or malformed
    InsufficientBalance, // free TAO or staked Alpha too small
    SlippageTooHigh,     // limit price would be crossed and partial fills are not allowed
    BelowMinStake,       // under DefaultMinStake (0.002 TAO)
    SubnetNotFound,
    SubnetNotActive,     // start call not done yet / subtoken disabled
    ReservesTooLow,      // a pool reserve would fall under MinimumReserve or output rounds to 0
    InputTooLarge,       // more than 1000 x the input-side reserve
    InvalidPrice,        // a limit price outside [1e-6, 1e6] TAO
    HotkeyNotRegistered,
    AccountNotFound,
    TooManyRegistrations,
    SubnetLimitReached,
    NotOwner,
    AlreadyStarted,
    InvalidState,        // corrupt saved state or scenario
    BadSignature,
    BadNonce,
    BadEra,
    BadGenesis,
    NotSupported,
    InvalidAddress,      // malformed SS58: bad characters, length, prefix or checksum
    InvalidMnemonic,     // unknown word, wrong word count or checksum mismatch
    InvalidKey,          // bad seed, public key or derivation path
    WrongPassword,       // keyfile could not be decrypted with the given password
    WalletNotFound,
    WalletExists,
    StorageError,        // keyfile unreadable, corrupt or not writable
    MalformedData,       // bytes from a node or a file that do not decode (SCALE, metadata, hex)
    RateLimited,         // too soon after the last call of this kind (network registration)
    NotYetAllowed,       // e.g. a start call before registered_at + StartCallDelay
    HotkeyAlreadyRegistered,
    WalletLocked,        // signing needs the coldkey unlocked with its password first
    DelegateTakeTooLow,  // a take change in the wrong direction, or under MinDelegateTake
    DelegateTakeTooHigh, // a take above MaxDelegateTake
};

std::string_view errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { assert(ok()); return std::get<0>(v_); }
    T& value() & { assert(ok()); return std::get<0>(v_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status okStatus() { return Unit{}; }

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

} // namespace economics
