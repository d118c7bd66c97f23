#include "app/AppSession.h"

#include "chainclient/local/LocalNode.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/NetworkMenu.h"

#include <spdlog/spdlog.h>

namespace app {

AppSession::AppSession(const AppPaths& paths, models::NetworkProfile profile, AppSessionOptions options)
    : profile_(std::move(profile)), storePath_(paths.storePath(profile_.storeName())) {
    models::SyncService::NodeFactory factory;
    if (profile_.isLocal()) {
        factory = [options](quint64 cursor, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions o;
            o.initialState = state;
            o.blockIntervalMs = options.blockIntervalMs;
            o.catchUpTo = std::max(cursor, options.historyBlocks);
            return new chainclient::LocalNode(o);
        };
    } else {
        factory = [name = profile_.name(), url = profile_.url(), ca = options.caFile](quint64, const QByteArray&) -> chainclient::NodeClient* {
            chainclient::subtensor::SubtensorNodeOptions o;
            o.network = name;
            o.rpc.url = url;
            o.rpc.caCertificatesFile = ca;
            return new chainclient::subtensor::SubtensorNode(o);
        };
    }
    sync_ = std::make_unique<models::SyncService>(storePath_, profile_.name(), std::move(factory));
    window_ = std::make_unique<ui::MainWindow>(sync_.get());
    menu_ = new ui::NetworkMenu(window_.get(), profile_, options.lastCustomUrl);
    connect(menu_, &ui::NetworkMenu::switchRequested, this, &AppSession::switchRequested);
    spdlog::info("network {}, store {}", profile_.displayText().toStdString(), storePath_.toStdString());
}

AppSession::~AppSession() {
    window_.reset();
    sync_.reset();
}

void AppSession::start() {
    window_->show();
    sync_->start();
}

} // namespace app
