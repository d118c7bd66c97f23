#pragma once
// Staking from a wallet: previews from the chain's own pool code (via QuoteService), the call a
// trade means (limit price from a tolerance), checks a user can fail (each with its own
// sentence, nothing sent), signing into the exact v4 extrinsic bytes, and submission through
// the NodeClient with the inclusion block and the amounts the chain actually applied.

#include "chainclient/NodeClient.h"
#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "models/QuoteService.h"

#include <QHash>
#include <QObject>
#include <QVector>
#include <optional>

namespace models {

struct StakeOrder {
    enum class Kind { Add, Remove, Move };
    Kind kind = Kind::Add;
    QString hotkey;         // SS58; for Move the origin hotkey
    quint16 netuid = 0;     // for Move the origin subnet
    quint64 amount = 0;     // rao: TAO for Add, Alpha for Remove/Move
    QString destHotkey;     // Move only; empty = same hotkey
    quint16 destNetuid = 0; // Move only
    double tolerance = kDefaultTolerance;
    std::optional<double> limitPrice; // TAO per Alpha; overrides the tolerance
    bool useLimit = true; // safe staking (btcli default); false = plain add/remove/move
    // Move only: a limit exists on chain only for swap_stake_limit (same hotkey, two subnets).
    bool moveHasLimit() const {
        return kind == Kind::Move && useLimit && netuid != 0 && destNetuid != 0 && destNetuid != netuid &&
               (destHotkey.isEmpty() || destHotkey.trimmed() == hotkey.trimmed());
    }
    bool allowPartial = false;
};

// A TAO transfer from the wallet's coldkey (Balances transfer_keep_alive / transfer_allow_death).
struct TransferOrder {
    QString destination; // SS58 coldkey
    quint64 amount = 0;  // rao
    bool keepAlive = true;
};

// A validator the Stake dialog offers on a subnet: its take and the stake behind it there.
struct ValidatorChoice {
    QString hotkey;
    double take = 0;      // fraction of the dividends the validator keeps
    quint64 stake = 0;    // Alpha staked on the hotkey on this subnet, rao
    bool owner = false;   // the subnet owner's hotkey
};

// A preview: the quote plus the rate and whether the order would hit its limit.
struct StakePreview {
    Quote quote;
    double rate = 0;           // Alpha per TAO (stake) or TAO per Alpha (unstake), at the spot price
    bool exceedsLimit = false; // amount > max amount at the limit (moves: the ratio ends under it)
    // Moves that keep the hotkey across subnets (swap_stake_limit): origin price / destination
    // price after both legs, and the lowest ratio the limit accepts. 0 when the move has no limit.
    double moveRatioAfter = 0;
    double moveRatioLimit = 0;
    // The amounts, fee and price are the node's own quote (WalletService::setNodeQuote), at this
    // block; false: the estimate from the synced pool.
    bool fromNode = false;
    quint64 nodeBlock = 0;
};

// What will be signed, for the confirmation dialog and the CLI's dry output.
struct SignedOrder {
    chainclient::subtensor::Call call;
    chainclient::subtensor::SigningContext context;
    QByteArray extrinsic;
    quint64 fee = 0; // the network fee the node estimated for it (rao); 0 on the local chain
};

struct Position {
    quint16 netuid = 0;
    QString hotkey;
    quint64 alpha = 0;
    quint64 spotValue = 0; // α × price, rao
    quint64 exitValue = 0; // TAO a full unstake would return now (after slippage and fee), rao
};

class WalletService : public QObject {
    Q_OBJECT
  public:
    static constexpr quint64 kDefaultEraPeriod = 64;

    // node may be null for previews, checks and positions only (no execute/fetch).
    explicit WalletService(chainclient::NodeClient* node, QObject* parent = nullptr);

    // The subnets the previews and checks use (the store's latest snapshot).
    void setSubnets(QVector<chainclient::SubnetSnapshot> subnets) { subnets_ = std::move(subnets); }
    const chainclient::SubnetSnapshot* subnet(quint16 netuid) const;
    const QVector<chainclient::SubnetSnapshot>& subnets() const { return subnets_; }
    // Validators per subnet (from the store); a subnet without any offers its owner's hotkey.
    void setValidators(QHash<quint16, QVector<ValidatorChoice>> validators) {
        validators_ = std::move(validators);
    }
    QVector<ValidatorChoice> validators(quint16 netuid) const;
    // Permit holders of each subnet's newest stored epoch with the delegate take, by stake.
    static QHash<quint16, QVector<ValidatorChoice>> loadValidators(const QString& dbPath);
    // The network's transaction fee, paid from the free balance on top of the amount (the local
    // network charges none: 0). Checks refuse what would leave too little to pay it.
    void setTransactionFee(quint64 rao) { txFee_ = rao; }
    quint64 transactionFee() const { return txFee_; }

    economics::Result<StakePreview> preview(const StakeOrder& order) const;

    // A real network's own quote of a stake or unstake (SwapRuntimeApi sim_swap at the node's
    // head, WalletServiceQuote.cpp). Returns false when there is nothing to ask (moves, root,
    // no node, zero amount); else the answer arrives through swapQuoteReady().
    bool requestSwapQuote(const StakeOrder& order);
    // The node's quote previews and checks then use for the very order it answered (its amounts,
    // fee and price instead of the synced pool's; the limit is checked against its execution
    // price too). nullopt: back to the estimate.
    void setNodeQuote(std::optional<chainclient::SwapQuote> quote) { nodeQuote_ = std::move(quote); }
    const std::optional<chainclient::SwapQuote>& nodeQuote() const { return nodeQuote_; }
    // The call the order means; fails for unknown/inactive subnets, bad addresses, zero amounts.
    economics::Result<chainclient::subtensor::Call> buildCall(const StakeOrder& order) const;
    // Everything a user can get wrong against the account as the node reported it.
    economics::Status check(const StakeOrder& order, const chainclient::AccountState& account) const;
    static economics::Result<SignedOrder> sign(const chainclient::subtensor::Call& call,
                                               const chainclient::AccountState& account,
                                               const chainclient::crypto::Ed25519Key& key,
                                               quint64 eraPeriod = kDefaultEraPeriod);
    QVector<Position> positions(const chainclient::AccountState& account) const;

    // The GUI's two-step path: prepare() checks the order and returns the call and signing
    // context without signing (extrinsic empty), for the confirmation dialog; after the user
    // confirms and unlocks, signPrepared() signs exactly that and submit() sends it.
    economics::Result<SignedOrder> prepare(const StakeOrder& order, const chainclient::AccountState& account,
                                           quint64 eraPeriod = kDefaultEraPeriod) const;
    static SignedOrder signPrepared(SignedOrder prepared, const chainclient::crypto::Ed25519Key& key);
    // Asks the node what the prepared order will cost: a same-length extrinsic with a zero
    // signature (the fee depends on length and weight only, so no key is needed). The answer
    // becomes transactionFee() (the checks then count it) and arrives through feeReady().
    void requestFee(const SignedOrder& prepared, const QString& signer);
    static QByteArray estimationExtrinsic(const SignedOrder& prepared, const QByteArray& signer);

    // TAO transfers, the same way: build, check against the account, prepare for confirmation.
    economics::Result<chainclient::subtensor::Call> buildTransferCall(const TransferOrder& order) const;
    economics::Status checkTransfer(const TransferOrder& order, const chainclient::AccountState& account) const;
    economics::Result<SignedOrder> prepareTransfer(const TransferOrder& order,
                                                   const chainclient::AccountState& account,
                                                   quint64 eraPeriod = kDefaultEraPeriod) const;
    void submit(const QByteArray& extrinsic);

    // Async: account → check → build → sign → submit. Emits finished() exactly once per call
    // (ok or not) and then included() when the node's head reaches the inclusion block.
    void execute(const StakeOrder& order, const chainclient::crypto::Ed25519Key& coldkey);
    // Async read; answers through accountReady().
    void fetchAccount(const QString& ss58);

  signals:
    void accountReady(const chainclient::AccountState& state);
    void signedOrder(const models::SignedOrder& order); // just before submission
    void finished(const chainclient::SubmitResult& result);
    void included(const chainclient::SubmitResult& result);
    void feeReady(const chainclient::FeeEstimate& estimate);
    void swapQuoteReady(const chainclient::SwapQuote& quote);

  private:
    void onAccountState(const chainclient::AccountState& state);
    void onSubmitted(const chainclient::SubmitResult& result);
    void onFeeEstimated(const chainclient::FeeEstimate& estimate);
    void onSwapQuoted(const chainclient::SwapQuote& quote);
    // Replaces an estimate by the node's quote when it answers this order (see setNodeQuote).
    void applyNodeQuote(const StakeOrder& order, StakePreview& preview) const;
    void fail(const QString& code, const QString& message);

    static SignedOrder unsignedFor(const chainclient::subtensor::Call& call,
                                   const chainclient::AccountState& account, quint64 eraPeriod);

    chainclient::NodeClient* node_;
    QVector<chainclient::SubnetSnapshot> subnets_;
    QHash<quint16, QVector<ValidatorChoice>> validators_;
    quint64 txFee_ = 0;
    quint64 fetchId_ = 0;      // a plain fetchAccount()
    quint64 orderFetchId_ = 0; // the account read of the order in flight
    quint64 submitId_ = 0;
    quint64 feeId_ = 0;      // requestFee()
    quint64 orderFeeId_ = 0; // the fee of the order execute() signed
    quint64 swapQuoteId_ = 0;
    std::optional<chainclient::SwapQuote> nodeQuote_;
    std::optional<SignedOrder> signed_;
    std::optional<chainclient::AccountState> orderAccount_;
    std::optional<StakeOrder> order_;
    std::optional<chainclient::crypto::Ed25519Key> key_;
    std::optional<chainclient::SubmitResult> awaitingInclusion_;
};

} // namespace models

Q_DECLARE_METATYPE(models::SignedOrder)
