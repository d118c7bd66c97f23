#pragma once
// Shared plumbing of the wallet commands (wallet, faucet, stake): reading secrets without ever
// taking them as arguments, opening the wallet store, reading balances from the stored local
// chain, and running one signed call through a SyncService on the network's own store. Local:
// start the embedded node at the store's block, submit, seal the next block, wait until it is
// committed. Any other network (finney, test, ws://…): a SubtensorNode; the store is brought
// up to the node's head first (previews and limit prices need today's pools), the extrinsic is
// watched until it is in a block, and the command returns once the store has that block.

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
struct SignedOrder;
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

// An amount typed by the user (e.g. "1.5"), in rao, more than zero; otherwise prints the
// InvalidAmount error and sets *exitCode.
std::optional<quint64> parsePositiveAmount(const CliContext& ctx, const QString& text, QStringView unit,
                                           int* exitCode);

// A wallet object of shared/cli.md; `free` is null when the balance is unknown.
QJsonObject walletJson(const chainclient::crypto::WalletInfo& w, std::optional<quint64> free);

// The account as the local store last committed it (no node started); nullopt off the local network
// or before the first sync.
std::optional<chainclient::AccountState> storedAccount(const CliContext& ctx, const QString& ss58);
// The account as a remote network's node reports it now (no sync); nullopt on the local network
// or when the node cannot be read (then *error says why).
std::optional<chainclient::AccountState> nodeAccount(const CliContext& ctx, const QString& ss58,
                                                     QString* error);

// What the node's runtime says trading `amount` on `netuid` would give now (sim_swap); nullopt on
// the local network or when the node cannot be reached (then *error says why). A quote the node
// refuses comes back with ok false and its error code.
std::optional<chainclient::SwapQuote> nodeSwapQuote(const CliContext& ctx, quint16 netuid, economics::SwapSide side,
                                                    quint64 amount, QString* error);

class WalletSession {
  public:
    explicit WalletSession(CliContext& ctx);
    ~WalletSession();

    // Starts the node: the embedded chain from the store, or a SubtensorNode for any other
    // network, after which the store is synced to the node's head. On failure prints and
    // returns false.
    bool start(int* exitCode);
    bool remote() const;
    chainclient::LocalNode* node() const { return node_; } // null off the local network
    chainclient::NodeClient* client() const { return client_; }
    models::WalletService& wallet() { return *wallet_; }
    // The account as the node has it now (nonce, free balance, positions).
    std::optional<chainclient::AccountState> readAccount(const QString& ss58, int* exitCode);
    // The node's network fee for a prepared order signed by `ss58`; the wallet's checks count it
    // from then on, so prepare again before signing.
    std::optional<quint64> estimateFee(const models::SignedOrder& prepared, const QString& ss58, int* exitCode);

    // Runs `submit` (which must make the node emit submitted/finished once), waits for the
    // result, seals its block and waits until the store has committed it.
    std::optional<chainclient::SubmitResult> runAndCommit(const std::function<void()>& submit,
                                                          bool viaWalletService, int* exitCode);

  private:
    bool startRemote(int* exitCode);
    int timeoutMs() const;

    CliContext& ctx_;
    std::unique_ptr<models::SyncService> sync_;
    std::unique_ptr<models::WalletService> wallet_;
    chainclient::LocalNode* node_ = nullptr;
    chainclient::NodeClient* client_ = nullptr;
    quint64 head_ = 0;
    quint64 committed_ = 0;
    QString failure_;
};

} // namespace app::cli
