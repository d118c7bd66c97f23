#pragma once
// One network on screen: the store file of that network, its SyncService with the node factory
// (embedded LocalNode for "local", SubtensorNode otherwise) and the MainWindow with its Network
// menu. Switching networks destroys the session and builds another (SessionHost).

#include "app/AppPaths.h"
#include "models/NetworkProfile.h"

#include <QObject>
#include <memory>

namespace models {
class SyncService;
}
namespace ui {
class MainWindow;
class NetworkMenu;
} // namespace ui

namespace app {

struct AppSessionOptions {
    quint64 historyBlocks = 7200; // local chain: simulated history on first launch
    int blockIntervalMs = 1000;   // local chain: ms per block
    QString lastCustomUrl;        // prefills Network › Custom URL…
    QString caFile;               // PEM of extra CAs trusted for wss:// (--ca-file / SUBNETSCOPE_CA_FILE)
};

class AppSession : public QObject {
    Q_OBJECT
public:
    AppSession(const AppPaths& paths, models::NetworkProfile profile, AppSessionOptions options);
    ~AppSession() override; // the window goes before the sync it reads

    void start(); // shows the window and starts syncing

    const models::NetworkProfile& profile() const { return profile_; }
    QString storePath() const { return storePath_; }
    models::SyncService* sync() const { return sync_.get(); }
    ui::MainWindow* window() const { return window_.get(); }
    ui::NetworkMenu* networkMenu() const { return menu_; }

signals:
    void switchRequested(const models::NetworkProfile& profile);

private:
    models::NetworkProfile profile_;
    QString storePath_;
    std::unique_ptr<models::SyncService> sync_;
    std::unique_ptr<ui::MainWindow> window_;
    ui::NetworkMenu* menu_ = nullptr; // owned by the window
};

} // namespace app
