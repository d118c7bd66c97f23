#pragma once
// Shared plumbing of the wallet commands (wallet, faucet, stake): reading secrets without ever
// taking them as arguments, opening the wallet store, reading balances from the stored local
// chain, and running one signed call through the same SyncService → LocalNode path as `sim`:
// start the node at the store's block, submit, seal the next block, wait until it is committed.

#include "app/cli/CliContext.h"
#include "chainclient/NodeClient.h"
#include "chainclient/crypto/WalletStore.h"
#include "chainclient/economics/Result.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace models {
class SyncService;
class WalletService;
} // namespace models
namespace chainclient {
class LocalNode;
}

namespace app::cli {

// A secret from --<name>-file FILE (first line) or, failing that, a prompt on the terminal
// (echo off). A plain --password / --mnemonic argument is refused as a usage error.
std::optional<QString> readSecret(CliContext& ctx, const QString& fileOption, const QString& prompt,
                                  int* exitCode);

// Exit code for an error code: rules → 3, storage → 4, malformed input → 2.
int exitCodeFor(const QString& errorCode);
int failWith(const CliContext& ctx, const economics::Error& error);

// A wallet object of shared/cli.md; `free` is null when the balance is unknown.
QJsonObject walletJson(const chainclient::crypto::WalletInfo& w, std::optional<quint64> free);

// The account as the local store last committed it (no node started); nullopt off the local network
// or before the first sync.
std::optional<chainclient::AccountState> storedAccount(const CliContext& ctx, const QString& ss58);

class WalletSession {
  public:
    explicit WalletSession(CliContext& ctx);
    ~WalletSession();

    // Starts the node from the store (local network only). On failure prints and returns false.
    bool start(int* exitCode);
    chainclient::LocalNode* node() const { return node_; }
    models::WalletService& wallet() { return *wallet_; }

    // Runs `submit` (which must make the node emit submitted/finished once), waits for the
    // result, seals its block and waits until the store has committed it.
    std::optional<chainclient::SubmitResult> runAndCommit(const std::function<void()>& submit,
                                                          bool viaWalletService, int* exitCode);

  private:
    CliContext& ctx_;
    std::unique_ptr<models::SyncService> sync_;
    std::unique_ptr<models::WalletService> wallet_;
    chainclient::LocalNode* node_ = nullptr;
    quint64 head_ = 0;
    quint64 committed_ = 0;
    QString failure_;
};

} // namespace app::cli
