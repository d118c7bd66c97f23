#include "app/SessionHost.h"

#include "ui/MainWindow.h"

#include <QSettings>
#include <spdlog/spdlog.h>

namespace app {
namespace {

const QString kNetworkKey = QStringLiteral("network/current");
const QString kCustomUrlKey = QStringLiteral("network/lastCustomUrl");

} // namespace

SessionHost::SessionHost(AppPaths paths, AppSessionOptions options) : paths_(std::move(paths)), options_(std::move(options)) {
    if (options_.lastCustomUrl.isEmpty()) options_.lastCustomUrl = QSettings().value(kCustomUrlKey).toString();
}

SessionHost::~SessionHost() = default;

std::optional<models::NetworkProfile> SessionHost::initialProfile(const QString& commandLine, QString* error) {
    if (!commandLine.isEmpty()) return models::NetworkProfile::parse(commandLine, error);
    const QString remembered = QSettings().value(kNetworkKey).toString();
    if (auto profile = models::NetworkProfile::parse(remembered)) return profile;
    return models::NetworkProfile::local();
}

void SessionHost::open(const models::NetworkProfile& profile) {
    QRect geometry;
    bool maximized = false;
    if (session_) {
        geometry = session_->window()->geometry();
        maximized = session_->window()->isMaximized();
        session_.reset(); // the old store's writer closes before the next one opens
    }
    session_ = std::make_unique<AppSession>(paths_, profile, options_);
    connect(session_.get(), &AppSession::switchRequested, this, [this](const models::NetworkProfile& next) {
        // Later: the request comes from inside the window a switch deletes.
        QMetaObject::invokeMethod(this, [this, next] { switchTo(next); }, Qt::QueuedConnection);
    });
    if (geometry.isValid()) session_->window()->setGeometry(geometry);
    if (maximized) session_->window()->setWindowState(Qt::WindowMaximized);
    session_->start();
}

void SessionHost::switchTo(const models::NetworkProfile& profile) {
    spdlog::info("switching to network {}", profile.name().toStdString());
    QSettings settings;
    settings.setValue(kNetworkKey, profile.name());
    if (profile.kind() == models::NetworkProfile::Kind::Custom) {
        settings.setValue(kCustomUrlKey, profile.name());
        options_.lastCustomUrl = profile.name();
    }
    open(profile);
    emit switched(session_.get());
}

} // namespace app
