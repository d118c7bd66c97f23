#pragma once
// The Network menu (Local, Finney, Testnet, Custom URL…) and the status-bar label that always
// names the network on screen. It only asks for a switch (switchRequested); the session owner
// tears the window down and builds a new one on the other network's store.

#include "models/NetworkProfile.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMainWindow;
QT_END_NAMESPACE

namespace ui {

class NetworkMenu : public QObject {
    Q_OBJECT
public:
    // Installs the menu and label on `window` and titles it after `current`.
    // `lastCustomUrl` fills the Custom URL dialog.
    NetworkMenu(QMainWindow* window, models::NetworkProfile current, QString lastCustomUrl = {});

    const models::NetworkProfile& current() const { return current_; }
    // Validates `text` as the custom node address: an empty string and a switch request when
    // usable, else the reason (shown to the person by askCustomUrl) and nothing changes.
    QString chooseCustomUrl(const QString& text);

signals:
    void switchRequested(const models::NetworkProfile& profile);

private:
    void choose(const QString& name);
    void askCustomUrl();
    void showCurrent();

    QMainWindow* window_;
    models::NetworkProfile current_;
    QString lastCustomUrl_;
    QLabel* label_;
    QAction* customAction_ = nullptr;
};

} // namespace ui
