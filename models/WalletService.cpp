#include "models/WalletService.h"

#include "chainclient/crypto/Ss58.h"
#include "chainclient/economics/Chain.h"
#include "chainclient/local/AccountText.h"
#include "models/NodeRefusal.h"
#include "models/explorer/ValidatorListModel.h"
#include "models/store/MarketQueries.h"
#include "models/store/StoreQueries.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace models {
namespace {

using chainclient::subtensor::Call;
using economics::ErrorCode;
using economics::makeError;
using economics::SwapSide;

std::string units(quint64 rao) {
    return economics::formatUnits(rao);
}

economics::Result<QByteArray> accountOf(const QString& ss58, const char* what) {
    auto raw = chainclient::crypto::Ss58::decodeAccountId(ss58.trimmed());
    if (!raw)
        return makeError(ErrorCode::InvalidAddress, std::string("The ") + what + " '" + ss58.toStdString() +
                                                        "' is not a valid address: " + raw.error().message);
    return *raw;
}

// The lowest origin/destination price ratio a limited move accepts: today's ratio less the
// tolerance, or the order's own limit (then read as that ratio).
double moveLimitRatio(const StakeOrder& order, const chainclient::SubnetSnapshot& origin,
                      const chainclient::SubnetSnapshot& dest) {
    if (order.limitPrice)
        return *order.limitPrice;
    return dest.price > 0 ? origin.price / dest.price * (1 - order.tolerance) : 0;
}

std::string txFeeText(quint64 fee) {
    return units(fee) + " TAO for the transaction fee";
}

} // namespace

WalletService::WalletService(chainclient::NodeClient* node, QObject* parent) : QObject(parent), node_(node) {
    qRegisterMetaType<models::SignedOrder>("models::SignedOrder");
    qRegisterMetaType<chainclient::AccountState>("chainclient::AccountState");
    qRegisterMetaType<chainclient::FeeEstimate>("chainclient::FeeEstimate");
    if (!node_)
        return; // previews and positions only
    connect(node_, &chainclient::NodeClient::accountStateReady, this, &WalletService::onAccountState);
    connect(node_, &chainclient::NodeClient::submitted, this, &WalletService::onSubmitted);
    connect(node_, &chainclient::NodeClient::feeEstimated, this, &WalletService::onFeeEstimated);
    connect(node_, &chainclient::NodeClient::swapQuoted, this, &WalletService::onSwapQuoted);
    connect(node_, &chainclient::NodeClient::newHead, this, [this](quint64 head) {
        if (awaitingInclusion_ && head >= awaitingInclusion_->block) {
            const auto r = *awaitingInclusion_;
            awaitingInclusion_.reset();
            emit included(r);
        }
    });
}

const chainclient::SubnetSnapshot* WalletService::subnet(quint16 netuid) const {
    for (const auto& s : subnets_)
        if (s.netuid == netuid)
            return &s;
    return nullptr;
}

economics::Result<StakePreview> WalletService::preview(const StakeOrder& order) const {
    if (order.amount == 0)
        return makeError(ErrorCode::InvalidAmount, "Enter an amount greater than zero.");
    const auto* origin = subnet(order.netuid);
    if (!origin)
        return makeError(ErrorCode::SubnetNotFound,
                         "There is no subnet " + std::to_string(order.netuid) + ".");
    auto pool = QuoteService::poolOf(*origin);
    if (!pool)
        return pool.error();
    const SwapSide side = order.kind == StakeOrder::Kind::Add ? SwapSide::Buy : SwapSide::Sell;
    auto quote = QuoteService::quote(*pool, {side, order.amount, order.tolerance});
    if (!quote)
        return quote.error();
    StakePreview p;
    p.quote = *quote;
    if (order.limitPrice) {
        p.quote.limitPrice = *order.limitPrice;
        p.quote.maxAmountInAtLimit = economics::Pool::maxAmountAtLimit(*pool, side, *order.limitPrice);
    }
    if (order.kind == StakeOrder::Kind::Move) {
        // Second leg: the TAO from the sale buys on the destination without a second fee (§4.6).
        if (order.destNetuid != order.netuid) {
            const auto* dest = subnet(order.destNetuid);
            if (!dest)
                return makeError(ErrorCode::SubnetNotFound,
                                 "There is no subnet " + std::to_string(order.destNetuid) + ".");
            auto destPool = QuoteService::poolOf(*dest);
            if (!destPool)
                return destPool.error();
            auto leg = economics::Pool::swap(*destPool,
                                             {SwapSide::Buy, p.quote.amountOut, std::nullopt, true, true});
            if (!leg)
                return leg.error();
            const double originAfter = p.quote.priceAfter;
            p.quote.amountOut = leg->amountOut;
            p.quote.priceAfter = leg->priceAfter;
            if (order.moveHasLimit() && leg->priceAfter > 0) {
                p.moveRatioAfter = originAfter / leg->priceAfter;
                p.moveRatioLimit = moveLimitRatio(order, *origin, *dest);
                p.exceedsLimit = p.moveRatioAfter < p.moveRatioLimit;
            }
        } else {
            p.quote.amountOut = order.amount; // same subnet: a share transfer, no swap
            p.quote.fee = 0;
        }
    }
    p.rate = side == SwapSide::Buy ? (p.quote.priceBefore > 0 ? 1.0 / p.quote.priceBefore : 0)
                                   : p.quote.priceBefore;
    if (order.kind != StakeOrder::Kind::Move)
        p.exceedsLimit = order.useLimit && order.amount > p.quote.maxAmountInAtLimit;
    applyNodeQuote(order, p);
    return p;
}

economics::Result<Call> WalletService::buildCall(const StakeOrder& order) const {
    if (order.amount == 0)
        return makeError(ErrorCode::InvalidAmount, "Enter an amount greater than zero.");
    auto hotkey = accountOf(order.hotkey, "hotkey");
    if (!hotkey)
        return hotkey.error();
    const auto* origin = subnet(order.netuid);
    if (!origin)
        return makeError(ErrorCode::SubnetNotFound,
                         "There is no subnet " + std::to_string(order.netuid) + ".");
    if (order.netuid != 0 && !origin->started)
        return makeError(ErrorCode::SubnetNotActive,
                         "Subnet " + std::to_string(order.netuid) + " has not been started yet.");
    switch (order.kind) {
    case StakeOrder::Kind::Add:
    case StakeOrder::Kind::Remove: {
        const bool add = order.kind == StakeOrder::Kind::Add;
        if (!order.useLimit || order.netuid == 0)
            return add ? Call::addStake(*hotkey, order.netuid, order.amount)
                       : Call::removeStake(*hotkey, order.netuid, order.amount);
        if (order.tolerance < 0 || order.tolerance >= 1)
            return makeError(ErrorCode::InvalidAmount, "The tolerance must be at least 0 and below 100 %.");
        const double limit = order.limitPrice
                                 ? *order.limitPrice
                                 : origin->price * (add ? 1 + order.tolerance : 1 - order.tolerance);
        if (!(limit > 0))
            return makeError(ErrorCode::InvalidPrice, "The limit price must be above zero.");
        const quint64 limitRao = chainclient::subtensor::limitPriceToRao(limit);
        return add ? Call::addStakeLimit(*hotkey, order.netuid, order.amount, limitRao, order.allowPartial)
                   : Call::removeStakeLimit(*hotkey, order.netuid, order.amount, limitRao,
                                            order.allowPartial);
    }
    case StakeOrder::Kind::Move: {
        QByteArray dest = *hotkey;
        if (!order.destHotkey.isEmpty()) {
            auto d = accountOf(order.destHotkey, "destination hotkey");
            if (!d)
                return d.error();
            dest = *d;
        }
        const auto* target = subnet(order.destNetuid);
        if (!target)
            return makeError(ErrorCode::SubnetNotFound,
                             "There is no subnet " + std::to_string(order.destNetuid) + ".");
        if (order.destNetuid != 0 && !target->started)
            return makeError(ErrorCode::SubnetNotActive,
                             "Subnet " + std::to_string(order.destNetuid) + " has not been started yet.");
        if (dest == *hotkey && order.destNetuid == order.netuid)
            return makeError(ErrorCode::InvalidAmount,
                             "Moving to the same hotkey and subnet would change nothing.");
        if (order.moveHasLimit()) {
            if (order.tolerance < 0 || order.tolerance >= 1)
                return makeError(ErrorCode::InvalidAmount,
                                 "The tolerance must be at least 0 and below 100 %.");
            const double ratio = moveLimitRatio(order, *origin, *target);
            if (!(ratio > 0))
                return makeError(ErrorCode::InvalidPrice, "The limit price must be above zero.");
            // swap_stake_limit: same hotkey, two subnets, a floor on origin/destination price.
            Call c;
            c.kind = chainclient::subtensor::CallKind::SwapStakeLimit;
            c.hotkey = *hotkey;
            c.netuid = order.netuid;
            c.destNetuid = order.destNetuid;
            c.amount = order.amount;
            c.limitPrice = chainclient::subtensor::limitPriceToRao(ratio);
            c.allowPartial = order.allowPartial;
            return c;
        }
        return Call::moveStake(*hotkey, dest, order.netuid, order.destNetuid, order.amount);
    }
    }
    return makeError(ErrorCode::NotSupported, "Unknown order.");
}

economics::Status WalletService::check(const StakeOrder& order,
                                       const chainclient::AccountState& account) const {
    if (!account.ok)
        return makeError(ErrorCode::AccountNotFound, account.message.toStdString());
    auto call = buildCall(order);
    if (!call)
        return call.error();
    if (order.kind == StakeOrder::Kind::Add) {
        if (order.amount > account.free)
            return makeError(ErrorCode::InsufficientBalance, "The free balance of " + units(account.free) +
                                                                 " TAO is less than " + units(order.amount) +
                                                                 " TAO.");
        if (txFee_ > account.free - order.amount)
            return makeError(ErrorCode::InsufficientBalance,
                             "Staking " + units(order.amount) + " TAO leaves " +
                                 units(account.free - order.amount) + " TAO, not enough to pay " +
                                 txFeeText(txFee_) + ". Stake less.");
        if (order.amount < economics::kDefaultMinStakeRao)
            return makeError(ErrorCode::BelowMinStake,
                             "The minimum stake is " + units(economics::kDefaultMinStakeRao) + " TAO.");
    } else {
        quint64 held = 0;
        for (const auto& p : account.positions)
            if (p.netuid == order.netuid && p.hotkey == order.hotkey.trimmed())
                held += p.alpha;
        if (order.amount > held)
            return makeError(ErrorCode::InsufficientBalance,
                             "You hold " + units(held) + " Alpha on subnet " + std::to_string(order.netuid) +
                                 " with this hotkey, less than " + units(order.amount) + ".");
        if (txFee_ > account.free)
            return makeError(ErrorCode::InsufficientBalance, "The free balance of " + units(account.free) +
                                                                 " TAO cannot pay " + txFeeText(txFee_) +
                                                                 ".");
    }
    if (order.netuid != 0 && order.kind != StakeOrder::Kind::Move) {
        auto p = preview(order);
        if (!p)
            return p.error();
        if (p->exceedsLimit && !order.allowPartial)
            return makeError(
                ErrorCode::SlippageTooHigh,
                "This trade would move the price past the limit of " + std::to_string(p->quote.limitPrice) +
                    " TAO per Alpha; at most " + units(p->quote.maxAmountInAtLimit) +
                    " can trade within it. Raise the tolerance, allow a partial fill or trade less.");
    }
    if (order.moveHasLimit()) {
        auto p = preview(order);
        if (!p)
            return p.error();
        if (p->exceedsLimit && !order.allowPartial)
            return makeError(ErrorCode::SlippageTooHigh,
                             "This move would end at a price ratio of " + std::to_string(p->moveRatioAfter) +
                                 ", under your limit of " + std::to_string(p->moveRatioLimit) +
                                 ". Raise the tolerance, allow a partial move or move less.");
    }
    return economics::okStatus();
}

economics::Result<SignedOrder> WalletService::sign(const Call& call, const chainclient::AccountState& account,
                                                   const chainclient::crypto::Ed25519Key& key,
                                                   quint64 eraPeriod) {
    if (!account.ok)
        return makeError(ErrorCode::AccountNotFound, account.message.toStdString());
    auto expected = chainclient::crypto::Ss58::decodeAccountId(account.account);
    if (!expected || *expected != key.publicKey())
        return makeError(ErrorCode::InvalidKey,
                         "The unlocked key does not belong to the account being signed for.");
    SignedOrder out;
    out.call = call;
    auto& ctx = out.context;
    ctx.specVersion = account.specVersion;
    ctx.transactionVersion = account.transactionVersion;
    ctx.genesisHash = account.genesisHash;
    ctx.nonce = account.nonce;
    ctx.era = chainclient::subtensor::Era::mortal(std::min<quint64>(eraPeriod, 4096), account.block);
    // Periods ≤ 4096 have no phase quantization, so the era is born at the block we read.
    ctx.birthHash = account.blockHash;
    out.extrinsic = chainclient::subtensor::Extrinsic::signEd25519(call.encode(), ctx, key);
    return out;
}

economics::Result<SignedOrder> WalletService::prepare(const StakeOrder& order,
                                                      const chainclient::AccountState& account,
                                                      quint64 eraPeriod) const {
    if (auto ok = check(order, account); !ok)
        return ok.error();
    auto call = buildCall(order);
    if (!call)
        return call.error();
    auto out = unsignedFor(*call, account, eraPeriod);
    out.fee = txFee_; // what the checks above counted
    return out;
}

SignedOrder WalletService::unsignedFor(const Call& call, const chainclient::AccountState& account,
                                       quint64 eraPeriod) {
    SignedOrder out;
    out.call = call;
    auto& ctx = out.context;
    ctx.specVersion = account.specVersion;
    ctx.transactionVersion = account.transactionVersion;
    ctx.genesisHash = account.genesisHash;
    ctx.nonce = account.nonce;
    ctx.era = chainclient::subtensor::Era::mortal(std::min<quint64>(eraPeriod, 4096), account.block);
    ctx.birthHash = account.blockHash;
    return out;
}

economics::Result<Call> WalletService::buildTransferCall(const TransferOrder& order) const {
    if (order.amount == 0)
        return makeError(ErrorCode::InvalidAmount, "Enter an amount greater than zero.");
    if (order.destination.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidAddress, "Enter the address to send to.");
    auto dest = accountOf(order.destination, "destination");
    if (!dest)
        return dest.error();
    if (order.keepAlive)
        return Call::transferKeepAlive(*dest, order.amount);
    Call c;
    c.kind = chainclient::subtensor::CallKind::TransferAllowDeath;
    c.destination = *dest;
    c.amount = order.amount;
    return c;
}

economics::Status WalletService::checkTransfer(const TransferOrder& order,
                                               const chainclient::AccountState& account) const {
    if (!account.ok)
        return makeError(ErrorCode::AccountNotFound, account.message.toStdString());
    auto call = buildTransferCall(order);
    if (!call)
        return call.error();
    if (order.destination.trimmed() == account.account)
        return makeError(ErrorCode::InvalidAddress, "That is this wallet's own address; nothing would move.");
    if (order.amount > account.free)
        return makeError(ErrorCode::InsufficientBalance, "The free balance of " + units(account.free) +
                                                             " TAO is less than " + units(order.amount) +
                                                             " TAO.");
    if (txFee_ > account.free - order.amount)
        return makeError(ErrorCode::InsufficientBalance, "Sending " + units(order.amount) + " TAO leaves " +
                                                             units(account.free - order.amount) +
                                                             " TAO, not enough to pay " + txFeeText(txFee_) +
                                                             ". Send less.");
    return economics::okStatus();
}

economics::Result<SignedOrder> WalletService::prepareTransfer(const TransferOrder& order,
                                                              const chainclient::AccountState& account,
                                                              quint64 eraPeriod) const {
    if (auto ok = checkTransfer(order, account); !ok)
        return ok.error();
    auto call = buildTransferCall(order);
    if (!call)
        return call.error();
    auto out = unsignedFor(*call, account, eraPeriod);
    out.fee = txFee_; // what the checks above counted
    return out;
}

QVector<ValidatorChoice> WalletService::validators(quint16 netuid) const {
    QVector<ValidatorChoice> out = validators_.value(netuid);
    const auto* s = subnet(netuid);
    if (s && !s->ownerHotkey.isEmpty() && std::none_of(out.begin(), out.end(), [&](const ValidatorChoice& v) {
            return v.hotkey == s->ownerHotkey;
        }))
        out.push_back({s->ownerHotkey, 0, 0, true});
    for (auto& v : out)
        v.owner = s && v.hotkey == s->ownerHotkey;
    return out;
}

QHash<quint16, QVector<ValidatorChoice>> WalletService::loadValidators(const QString& dbPath) {
    QHash<QString, double> takes;
    for (const ValidatorRow& r : ValidatorListModel::load(dbPath))
        if (r.take)
            takes.insert(r.hotkey, *r.take);
    QHash<quint16, QVector<ValidatorChoice>> out;
    for (const auto& s : StoreQueries::latestSubnets(dbPath)) {
        QVector<ValidatorChoice> list;
        for (const auto& row : MarketQueries::metagraph(dbPath, s.netuid))
            if (row.validatorPermit)
                list.push_back({row.hotkey, takes.value(row.hotkey, 0), row.alphaStake, false});
        std::sort(list.begin(), list.end(),
                  [](const ValidatorChoice& a, const ValidatorChoice& b) { return a.stake > b.stake; });
        if (!list.isEmpty())
            out.insert(s.netuid, list);
    }
    return out;
}

SignedOrder WalletService::signPrepared(SignedOrder prepared, const chainclient::crypto::Ed25519Key& key) {
    prepared.extrinsic =
        chainclient::subtensor::Extrinsic::signEd25519(prepared.call.encode(), prepared.context, key);
    return prepared;
}

QByteArray WalletService::estimationExtrinsic(const SignedOrder& prepared, const QByteArray& signer) {
    return chainclient::subtensor::Extrinsic::assemble(signer, chainclient::subtensor::SignatureType::Ed25519,
                                                       QByteArray(64, '\0'), prepared.context, prepared.call.encode());
}

void WalletService::requestFee(const SignedOrder& prepared, const QString& signer) {
    const auto id = chainclient::crypto::Ss58::decodeAccountId(signer);
    feeId_ = node_->requestFeeEstimate(estimationExtrinsic(prepared, id ? *id : QByteArray(32, '\0')));
}

void WalletService::submit(const QByteArray& extrinsic) {
    if (order_)
        return fail(QStringLiteral("Busy"), tr("Another transaction is still being sent."));
    order_ = StakeOrder{}; // marks a submission in flight
    submitId_ = node_->submitExtrinsic(extrinsic);
}

QVector<Position> WalletService::positions(const chainclient::AccountState& account) const {
    QVector<Position> out;
    for (const auto& p : account.positions) {
        Position pos{p.netuid, p.hotkey, p.alpha, 0, 0};
        if (const auto* s = subnet(p.netuid)) {
            pos.spotValue = economics::floorToRao(static_cast<double>(p.alpha) * s->price);
            if (auto pool = QuoteService::poolOf(*s)) {
                auto sale =
                    economics::Pool::swap(*pool, {SwapSide::Sell, p.alpha, std::nullopt, true, false});
                if (sale)
                    pos.exitValue = sale->amountOut;
            }
        }
        out.push_back(pos);
    }
    return out;
}

void WalletService::fetchAccount(const QString& ss58) {
    fetchId_ = node_->requestAccountState(ss58);
}

void WalletService::execute(const StakeOrder& order, const chainclient::crypto::Ed25519Key& coldkey) {
    if (order_)
        return fail(QStringLiteral("Busy"), tr("Another transaction is still being sent."));
    order_ = order;
    key_ = coldkey;
    orderFetchId_ = node_->requestAccountState(chainclient::crypto::Ss58::encode(coldkey.publicKey()));
}

void WalletService::onAccountState(const chainclient::AccountState& state) {
    if (state.requestId == fetchId_) {
        fetchId_ = 0;
        emit accountReady(state);
    }
    if (state.requestId != orderFetchId_ || !order_)
        return;
    orderFetchId_ = 0;
    if (auto ok = check(*order_, state); !ok)
        return fail(QString::fromLatin1(economics::errorCodeName(ok.error().code).data()),
                    QString::fromStdString(ok.error().message));
    auto call = buildCall(*order_);
    auto signedOrder = sign(*call, state, *key_);
    key_.reset(); // the secret is not needed any more
    if (!signedOrder)
        return fail(QString::fromLatin1(economics::errorCodeName(signedOrder.error().code).data()),
                    QString::fromStdString(signedOrder.error().message));
    // The fee of these exact bytes, checked against the balance before anything is sent.
    signed_ = *signedOrder;
    orderAccount_ = state;
    orderFeeId_ = node_->requestFeeEstimate(signedOrder->extrinsic);
}

void WalletService::onFeeEstimated(const chainclient::FeeEstimate& estimate) {
    if (estimate.requestId == feeId_) {
        feeId_ = 0;
        if (estimate.ok)
            txFee_ = estimate.fee;
        emit feeReady(estimate);
    }
    if (estimate.requestId != orderFeeId_ || !order_ || !signed_)
        return;
    orderFeeId_ = 0;
    auto signedOrder = std::move(*signed_);
    signed_.reset();
    const auto account = std::move(*orderAccount_);
    orderAccount_.reset();
    if (!estimate.ok)
        return fail(estimate.errorCode, tr("The node could not estimate the fee: %1").arg(estimate.message));
    txFee_ = estimate.fee;
    signedOrder.fee = estimate.fee;
    if (auto ok = check(*order_, account); !ok)
        return fail(QString::fromLatin1(economics::errorCodeName(ok.error().code).data()),
                    QString::fromStdString(ok.error().message));
    emit this->signedOrder(signedOrder);
    submitId_ = node_->submitExtrinsic(signedOrder.extrinsic);
}

void WalletService::onSubmitted(const chainclient::SubmitResult& result) {
    if (result.requestId != submitId_ || !order_)
        return;
    submitId_ = 0;
    order_.reset();
    if (result.ok)
        awaitingInclusion_ = result;
    if (!result.ok && result.errorCode == QLatin1String("InvalidTransaction")) {
        chainclient::SubmitResult explained = result;
        explained.message = explainNodeRefusal(result.message);
        emit finished(explained);
        return;
    }
    emit finished(result);
}

void WalletService::fail(const QString& code, const QString& message) {
    order_.reset();
    key_.reset();
    signed_.reset();
    orderAccount_.reset();
    chainclient::SubmitResult r;
    r.errorCode = code;
    r.message = message;
    emit finished(r);
}

} // namespace models
