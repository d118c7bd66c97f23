#include "app/cli/WalletSession.h"

#include "chainclient/economics/Simulation.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "models/WalletService.h"
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
    static const QStringList io = {QStringLiteral("StorageError"), QStringLiteral("SyncFailed"),
                                   QStringLiteral("NodeFailed"), QStringLiteral("Timeout"),
                                   QStringLiteral("NotSupported")};
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
    auto sim = economics::Simulation::load(std::vector<std::uint8_t>(data, data + status->chainState.size()));
    if (!sim)
        return std::nullopt;
    auto state = chainclient::LocalNodeExtrinsics::accountState(sim->chain(), sim->config().seed, ss58);
    if (!state.ok)
        return std::nullopt;
    return state;
}

WalletSession::WalletSession(CliContext& ctx) : ctx_(ctx) {}

WalletSession::~WalletSession() {
    wallet_.reset();
    if (sync_)
        sync_->cancel();
}

bool WalletSession::start(int* exitCode) {
    if (ctx_.network != QLatin1String("local")) {
        *exitCode =
            fail(ctx_, NodeOrIo, QStringLiteral("NotSupported"),
                 QStringLiteral("Signed calls run on the local network for now; %1 is not supported yet.")
                     .arg(ctx_.network));
        return false;
    }
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
    wallet_ = std::make_unique<models::WalletService>(node_);
    wallet_->setSubnets(models::StoreQueries::latestSubnets(ctx_.storePath()));
    return true;
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
                         : QObject::connect(node_, &chainclient::NodeClient::submitted, &loop, onResult);
    QObject::connect(sync_.get(), &models::SyncService::failed, &loop, [&](const QString& m) {
        failure_ = m;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] {
        failure_ = QStringLiteral("The local node did not answer in time.");
        loop.quit();
    });
    submit();
    if (!result)
        loop.exec();
    QObject::disconnect(c);
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
    QTimer::singleShot(kTimeoutMs, &sealed, [&] {
        failure_ = QStringLiteral("Block %1 was not committed in time.").arg(result->block);
        sealed.quit();
    });
    node_->extendTo(result->block);
    if (committed_ < result->block)
        sealed.exec();
    std::fputs("\n", stderr);
    if (!failure_.isEmpty()) {
        *exitCode = fail(ctx_, NodeOrIo, QStringLiteral("NodeFailed"), failure_);
        return std::nullopt;
    }
    return result;
}

} // namespace app::cli
