#include "app/cli/WalletSession.h"


#include "chainclient/economics/Simulation.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/AmountParser.h"
#include "models/NetworkProfile.h"
#include "models/WalletService.h"
#include "models/store/Database.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace app::cli {
namespace {

constexpr int kTimeoutMs = 60'000;
// A real network includes a call in the next block (12 s) and finalizes it two or three blocks
// later; the store follows finalized blocks.
constexpr int kRemoteTimeoutMs = 120'000;

chainclient::subtensor::SubtensorNodeOptions remoteOptions(const QString& network, const QUrl& url, const QString& caFile) {
    chainclient::subtensor::SubtensorNodeOptions o;
    o.network = network;
    o.rpc.url = url;
    o.rpc.caCertificatesFile = caFile;
    return o;
}

QString readLineNoEcho() {
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    QString out = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

} // namespace

std::optional<QString> readSecret(CliContext& ctx, const QString& fileOption, const QString& prompt,
                                  int* exitCode) {
    const QString plain = fileOption.left(fileOption.size() - int(qstrlen("-file")));
    if (ctx.args.contains(plain) || std::any_of(ctx.args.begin(), ctx.args.end(), [&](const QString& a) {
            return a.startsWith(plain + QLatin1Char('='));
        })) {
        *exitCode = fail(ctx, Usage, QStringLiteral("Usage"),
                         QStringLiteral("Secrets are never taken as arguments (they would show in the "
                                        "process list); use %1 FILE or the prompt.")
                             .arg(fileOption));
        return std::nullopt;
    }
    bool missing = false;
    const QString file = ctx.takeOption(fileOption, &missing);
    if (missing) {
        *exitCode =
            fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("%1 needs a file.").arg(fileOption));
        return std::nullopt;
    }
    if (!file.isNull()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *exitCode = fail(ctx, NodeOrIo, QStringLiteral("StorageError"),
                             QStringLiteral("Cannot read %1.").arg(file));
            return std::nullopt;
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        QString out = QString::fromUtf8(line);
        line.fill('\0');
        return out;
    }
    std::fprintf(stderr, "%s", prompt.toUtf8().constData());
    std::fflush(stderr);
    return readLineNoEcho();
}

int exitCodeFor(const QString& code) {
    static const QStringList usage = {QStringLiteral("Usage"), QStringLiteral("InvalidAmount"),
                                      QStringLiteral("InvalidAddress"), QStringLiteral("InvalidMnemonic")};
    static const QStringList io = {QStringLiteral("StorageError"),    QStringLiteral("SyncFailed"),
                                   QStringLiteral("NodeFailed"),      QStringLiteral("Timeout"),
                                   QStringLiteral("NotSupported"),    QStringLiteral("NodeUnavailable"),
                                   QStringLiteral("Dropped"),         QStringLiteral("MalformedData"),
                                   QStringLiteral("StoreUnreadable")};
    if (usage.contains(code))
        return Usage;
    if (io.contains(code))
        return NodeOrIo;
    return Refused;
}

int failWith(const CliContext& ctx, const economics::Error& error) {
    const QString code = QString::fromLatin1(economics::errorCodeName(error.code).data());
    return fail(ctx, exitCodeFor(code), code, QString::fromStdString(error.message));
}

std::optional<quint64> parsePositiveAmount(const CliContext& ctx, const QString& text, QStringView unit,
                                           int* exitCode) {
    auto amount = models::AmountParser::parse(text, unit);
    if (!amount) {
        *exitCode = fail(ctx, Usage, QStringLiteral("InvalidAmount"), QString::fromStdString(amount.error().message));
        return std::nullopt;
    }
    if (*amount == 0) {
        *exitCode = fail(ctx, Usage, QStringLiteral("InvalidAmount"), QStringLiteral("The amount must be greater than zero."));
        return std::nullopt;
    }
    return *amount;
}

QJsonObject walletJson(const chainclient::crypto::WalletInfo& w, std::optional<quint64> free) {
    QJsonArray hotkeys;
    for (const auto& h : w.hotkeys)
        hotkeys.append(QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("ss58"), h.ss58}});
    QJsonObject o{{QStringLiteral("name"), w.name},
                  {QStringLiteral("coldkey"), w.coldkeySs58},
                  {QStringLiteral("watch_only"), w.watchOnly},
                  {QStringLiteral("hotkeys"), hotkeys}};
    o.insert(QStringLiteral("free"), free ? QJsonValue(static_cast<qint64>(*free)) : QJsonValue());
    return o;
}

std::optional<chainclient::AccountState> storedAccount(const CliContext& ctx, const QString& ss58) {
    if (ctx.network != QLatin1String("local"))
        return std::nullopt;
    const auto status = models::StoreQueries::status(ctx.storePath());
    if (!status || status->chainState.isEmpty())
        return std::nullopt;
    const auto* data = reinterpret_cast<const std::uint8_t*>(status->chainState.constData());
    auto loaded = economics::Simulation::load(std::vector<std::uint8_t>(data, data + status->chainState.size()));
    if (!loaded || loaded->chain().blockNumber() > status->syncedBlock)
        return std::nullopt;
    economics::Simulation sim = std::move(loaded).value();
    // Live blocks store the state only now and then: run the blocks after it up to the cursor
    // (no call touched them) so stake positions match what the store shows.
    while (sim.chain().blockNumber() < status->syncedBlock) {
        sim.advance();
        sim.chain().takeEvents();
    }
    auto state = chainclient::LocalNodeExtrinsics::accountState(sim.chain(), sim.config().seed, ss58);
    if (!state.ok)
        return std::nullopt;
    return state;
}

namespace {

// Opens a node for ctx's (remote) network, sends one request and waits for its one answer;
// nullopt with `error` set when the network is unknown or the node stays silent.
template <class Answer, class Send>
std::optional<Answer> askRemoteNode(const CliContext& ctx, void (chainclient::NodeClient::*answered)(const Answer&), Send send,
                                    QString* error) {
    const auto profile = models::NetworkProfile::parse(ctx.network, error);
    if (!profile)
        return std::nullopt;
    chainclient::subtensor::SubtensorNode node(remoteOptions(profile->name(), profile->url(), ctx.caFile));
    std::optional<Answer> answer;
    QEventLoop loop;
    QObject::connect(&node, answered, &loop, [&](const Answer& a) {
        answer = a;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    send(node);
    loop.exec();
    if (!answer)
        *error = QStringLiteral("%1 did not answer within %2 s.").arg(ctx.network).arg(kTimeoutMs / 1000);
    return answer;
}

} // namespace

std::optional<chainclient::AccountState> nodeAccount(const CliContext& ctx, const QString& ss58,
                                                     QString* error) {
    if (ctx.network == QLatin1String("local"))
        return std::nullopt;
    auto state = askRemoteNode(ctx, &chainclient::NodeClient::accountStateReady,
                               [&](chainclient::NodeClient& node) { node.requestAccountState(ss58); }, error);
    if (state && !state->ok) {
        *error = state->message;
        return std::nullopt;
    }
    return state;
}

std::optional<chainclient::SwapQuote> nodeSwapQuote(const CliContext& ctx, quint16 netuid, economics::SwapSide side,
                                                    quint64 amount, QString* error) {
    if (ctx.network == QLatin1String("local"))
        return std::nullopt;
    auto quote = askRemoteNode(ctx, &chainclient::NodeClient::swapQuoted,
                               [&](chainclient::NodeClient& node) { node.requestSwapQuote(netuid, side, amount); }, error);
    if (quote && !quote->ok && quote->errorCode == QLatin1String("NodeUnavailable")) {
        *error = quote->message;
        return std::nullopt;
    }
    return quote;
}

WalletSession::WalletSession(CliContext& ctx) : ctx_(ctx) {}

bool WalletSession::remote() const {
    return ctx_.network != QLatin1String("local");
}

int WalletSession::timeoutMs() const {
    return remote() ? kRemoteTimeoutMs : kTimeoutMs;
}

WalletSession::~WalletSession() {
    wallet_.reset();
    if (sync_)
        sync_->cancel();
}

bool WalletSession::start(int* exitCode) {
    if (remote())
        return startRemote(exitCode);
    sync_ = std::make_unique<models::SyncService>(
        ctx_.storePath(), QStringLiteral("local"),
        [this](quint64 cursor, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions options;
            options.initialState = state;
            options.blockIntervalMs = 0; // blocks only when we seal one
            options.catchUpTo = cursor;
            node_ = new chainclient::LocalNode(options);
            return node_;
        });
    QEventLoop loop;
    QObject::connect(sync_.get(), &models::SyncService::headChanged, &loop, [&](quint64 head) {
        head_ = head;
        loop.quit();
    });
    QObject::connect(sync_.get(), &models::SyncService::committed, sync_.get(),
                     [this](quint64 b) { committed_ = b; });
    QObject::connect(sync_.get(), &models::SyncService::failed, &loop, [&](const QString& m) {
        failure_ = m;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] {
        failure_ = QStringLiteral("The local node did not start in time.");
        loop.quit();
    });
    sync_->start();
    loop.exec();
    if (!failure_.isEmpty() || !node_) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("NodeFailed"),
                         failure_.isEmpty() ? QStringLiteral("The local node did not start.") : failure_);
        return false;
    }
    committed_ = head_;
    client_ = node_;
    wallet_ = std::make_unique<models::WalletService>(node_);
    wallet_->setSubnets(models::StoreQueries::latestSubnets(ctx_.storePath()));
    return true;
}

bool WalletSession::startRemote(int* exitCode) {
    QString why;
    const auto profile = models::NetworkProfile::parse(ctx_.network, &why);
    if (!profile) {
        *exitCode = fail(ctx_, Usage, QStringLiteral("Usage"), why);
        return false;
    }
    const QString db = ctx_.storePath();
    {
        // Creates or upgrades the network's store so the sync starts from a known cursor.
        const QString name = QStringLiteral("cli-wallet-open");
        auto err = models::Database::open(db, name, models::Database::Mode::ReadWrite);
        models::Database::close(name);
        if (err) {
            *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("StoreUnreadable"), *err);
            return false;
        }
    }
    sync_ = std::make_unique<models::SyncService>(
        db, profile->name(),
        [this, options = remoteOptions(profile->name(), profile->url(), ctx_.caFile)](
            quint64, const QByteArray&) -> chainclient::NodeClient* {
            client_ = new chainclient::subtensor::SubtensorNode(options);
            return client_;
        });
    QObject::connect(sync_.get(), &models::SyncService::committed, sync_.get(),
                     [this](quint64 b) { committed_ = b; });
    // Previews, checks and limit prices read the pools from the store: bring it to the head the
    // node reports first. The wait ends only when the sync stalls, not while it makes progress.
    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(timeoutMs());
    bool stalled = false;
    auto caughtUp = [&] { return head_ > 0 && sync_->syncedBlock() >= head_; };
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        stalled = true;
        loop.quit();
    });
    QObject::connect(sync_.get(), &models::SyncService::headChanged, &loop, [&](quint64 head) {
        if (head_ == 0)
            head_ = head;
        stall.start();
        if (caughtUp())
            loop.quit();
    });
    QObject::connect(sync_.get(), &models::SyncService::committed, &loop, [&](quint64 b) {
        progressLine(QStringLiteral("syncing %1: block %2 of %3").arg(profile->name()).arg(b).arg(head_));
        stall.start();
        if (caughtUp())
            loop.quit();
    });
    QObject::connect(sync_.get(), &models::SyncService::failed, &loop, [&](const QString& m) {
        failure_ = m;
        loop.quit();
    });
    stall.start();
    sync_->start();
    loop.exec();
    std::fputs("\n", stderr);
    if (stalled) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("Timeout"),
                         QStringLiteral("%1 did not answer within %2 s. Nothing was sent.")
                             .arg(profile->displayText())
                             .arg(timeoutMs() / 1000));
        return false;
    }
    if (!failure_.isEmpty() || !client_) {
        QString why = failure_.isEmpty() ? QStringLiteral("the node did not start") : failure_;
        while (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("NodeFailed"),
                         QStringLiteral("Cannot reach %1: %2. Nothing was sent.").arg(profile->displayText(), why));
        return false;
    }
    committed_ = sync_->syncedBlock();
    wallet_ = std::make_unique<models::WalletService>(client_);
    wallet_->setSubnets(models::StoreQueries::latestSubnets(db));
    return true;
}

std::optional<chainclient::AccountState> WalletSession::readAccount(const QString& ss58, int* exitCode) {
    std::optional<chainclient::AccountState> state;
    QEventLoop loop;
    auto c = QObject::connect(wallet_.get(), &models::WalletService::accountReady, &loop,
                              [&](const chainclient::AccountState& s) {
                                  state = s;
                                  loop.quit();
                              });
    QTimer::singleShot(timeoutMs(), &loop, &QEventLoop::quit);
    wallet_->fetchAccount(ss58);
    if (!state)
        loop.exec();
    QObject::disconnect(c);
    if (!state) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("Timeout"),
                         QStringLiteral("%1 did not answer with the account within %2 s.")
                             .arg(ctx_.network)
                             .arg(timeoutMs() / 1000));
        return std::nullopt;
    }
    if (!state->ok) {
        const QString code = state->errorCode.isEmpty() ? QStringLiteral("NodeFailed") : state->errorCode;
        *exitCode = fail(ctx_, exitCodeFor(code), code, state->message);
        return std::nullopt;
    }
    return state;
}

std::optional<quint64> WalletSession::estimateFee(const models::SignedOrder& prepared, const QString& ss58,
                                                  int* exitCode) {
    std::optional<chainclient::FeeEstimate> estimate;
    QEventLoop loop;
    auto c = QObject::connect(wallet_.get(), &models::WalletService::feeReady, &loop,
                              [&](const chainclient::FeeEstimate& e) {
                                  estimate = e;
                                  loop.quit();
                              });
    QTimer::singleShot(timeoutMs(), &loop, &QEventLoop::quit);
    wallet_->requestFee(prepared, ss58);
    if (!estimate)
        loop.exec();
    QObject::disconnect(c);
    if (!estimate) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("Timeout"),
                         QStringLiteral("%1 did not estimate the fee within %2 s.").arg(ctx_.network).arg(timeoutMs() / 1000));
        return std::nullopt;
    }
    if (!estimate->ok) {
        const QString code = estimate->errorCode.isEmpty() ? QStringLiteral("NodeFailed") : estimate->errorCode;
        *exitCode = fail(ctx_, exitCodeFor(code), code, estimate->message);
        return std::nullopt;
    }
    return estimate->fee;
}

std::optional<chainclient::SubmitResult> WalletSession::runAndCommit(const std::function<void()>& submit,
                                                                     bool viaWalletService, int* exitCode) {
    std::optional<chainclient::SubmitResult> result;
    QEventLoop loop;
    auto onResult = [&](const chainclient::SubmitResult& r) {
        if (!result)
            result = r;
        loop.quit();
    };
    QMetaObject::Connection c =
        viaWalletService ? QObject::connect(wallet_.get(), &models::WalletService::finished, &loop, onResult)
                         : QObject::connect(client_, &chainclient::NodeClient::submitted, &loop, onResult);
    QObject::connect(sync_.get(), &models::SyncService::failed, &loop, [&](const QString& m) {
        failure_ = m;
        loop.quit();
    });
    bool timedOut = false;
    QTimer::singleShot(timeoutMs(), &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    submit();
    if (!result && !timedOut)
        loop.exec();
    QObject::disconnect(c);
    if (!result && timedOut) {
        // Sent but unanswered: it may still land, so say so rather than invite a second send.
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("Timeout"),
                         remote() ? QStringLiteral("%1 did not report the transaction within %2 s; it may "
                                                   "still be included. Check the wallet before retrying.")
                                        .arg(ctx_.network)
                                        .arg(timeoutMs() / 1000)
                                  : QStringLiteral("The local node did not answer in time."));
        return std::nullopt;
    }
    if (!failure_.isEmpty()) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("NodeFailed"), failure_);
        return std::nullopt;
    }
    if (!result->ok) {
        *exitCode = fail(ctx_, exitCodeFor(result->errorCode), result->errorCode, result->message);
        return std::nullopt;
    }
    // Seal the block that includes the call and wait until the store has it.
    progressLine(QStringLiteral("waiting for block %1 …").arg(result->block));
    QEventLoop sealed;
    QObject::connect(sync_.get(), &models::SyncService::committed, &sealed, [&](quint64 b) {
        if (b >= result->block)
            sealed.quit();
    });
    QObject::connect(sync_.get(), &models::SyncService::failed, &sealed, [&](const QString& m) {
        failure_ = m;
        sealed.quit();
    });
    bool notStored = false;
    QTimer::singleShot(timeoutMs(), &sealed, [&] {
        notStored = true;
        sealed.quit();
    });
    if (node_)
        node_->extendTo(result->block);
    if (committed_ < result->block && failure_.isEmpty())
        sealed.exec();
    std::fputs("\n", stderr);
    if (notStored && committed_ < result->block) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("Timeout"),
                         QStringLiteral("The transaction is in block %1, but the store did not reach that block "
                                        "within %2 s; run `sync` to see the result.")
                             .arg(result->block)
                             .arg(timeoutMs() / 1000));
        return std::nullopt;
    }
    if (!failure_.isEmpty()) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("NodeFailed"), failure_);
        return std::nullopt;
    }
    return result;
}

} // namespace app::cli
