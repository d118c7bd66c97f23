#pragma once
// Keeps one AppSession alive and swaps it when the Network menu asks: the old window and
// sync are torn down (after the menu's signal has returned), the new network's store opens,
// and the choice is remembered in QSettings for the next launch.

#include "app/AppSession.h"

#include <QObject>
#include <QRect>
#include <memory>

namespace app {

class SessionHost : public QObject {
    Q_OBJECT
public:
    SessionHost(AppPaths paths, AppSessionOptions options);
    ~SessionHost() override;

    // The network to open at launch: --network when given (must parse), else the remembered
    // choice, else local. nullopt with *error when --network is not a network.
    static std::optional<models::NetworkProfile> initialProfile(const QString& commandLine, QString* error);

    void open(const models::NetworkProfile& profile);
    AppSession* session() const { return session_.get(); }

signals:
    void switched(app::AppSession* session); // after a switch, the new session is shown

private:
    void switchTo(const models::NetworkProfile& profile);

    AppPaths paths_;
    AppSessionOptions options_;
    std::unique_ptr<AppSession> session_;
};

} // namespace app
