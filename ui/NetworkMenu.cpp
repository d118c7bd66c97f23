#include "ui/NetworkMenu.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ui {

NetworkMenu::NetworkMenu(QMainWindow* window, models::NetworkProfile current, QString lastCustomUrl)
    : QObject(window), window_(window), current_(std::move(current)), lastCustomUrl_(std::move(lastCustomUrl)) {
    auto* menu = new QMenu(tr("&Network"), window);
    menu->setObjectName(QStringLiteral("networkMenu"));
    QMenuBar* bar = window->menuBar();
    bar->insertMenu(bar->actions().value(0), menu); // first: it decides what every other menu acts on

    auto* group = new QActionGroup(menu);
    auto add = [&](const QString& text, const char* objectName, const QString& network) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QLatin1String(objectName));
        a->setCheckable(true);
        a->setActionGroup(group);
        if (!network.isEmpty()) connect(a, &QAction::triggered, this, [this, network] { choose(network); });
        return a;
    };
    add(tr("&Local (embedded chain)"), "networkLocal", QStringLiteral("local"));
    add(tr("&Finney (main network)"), "networkFinney", QStringLiteral("finney"));
    add(tr("&Testnet"), "networkTest", QStringLiteral("test"));
    menu->addSeparator();
    customAction_ = add(tr("&Custom URL…"), "networkCustom", QString());
    connect(customAction_, &QAction::triggered, this, &NetworkMenu::askCustomUrl);

    label_ = new QLabel(window);
    label_->setObjectName(QStringLiteral("networkLabel"));
    window->statusBar()->addPermanentWidget(label_);
    showCurrent();
}

void NetworkMenu::showCurrent() {
    label_->setText(tr("Network: %1").arg(current_.displayText()));
    label_->setToolTip(current_.isLocal() ? tr("The embedded chain on this computer; its store is %1.sqlite.").arg(current_.storeName())
                                          : tr("Read from %1; its store is %2.sqlite.").arg(current_.url().toString(), current_.storeName()));
    window_->setWindowTitle(tr("Subnetscope — %1").arg(current_.displayText()));
    // A cancelled or refused choice puts the check mark back on the network still shown
    // (the group is exclusive: checking one unchecks the rest).
    const QString wanted = current_.name() == QLatin1String("local")    ? QStringLiteral("networkLocal")
                           : current_.name() == QLatin1String("finney") ? QStringLiteral("networkFinney")
                           : current_.name() == QLatin1String("test")   ? QStringLiteral("networkTest")
                                                                        : QStringLiteral("networkCustom");
    for (QAction* a : customAction_->actionGroup()->actions())
        if (a->objectName() == wanted) a->setChecked(true);
}

void NetworkMenu::choose(const QString& name) {
    auto profile = models::NetworkProfile::parse(name);
    if (!profile || *profile == current_) return showCurrent();
    emit switchRequested(*profile);
}

QString NetworkMenu::chooseCustomUrl(const QString& text) {
    const QString problem = models::NetworkProfile::urlProblem(text);
    if (!problem.isEmpty()) return problem;
    QString error;
    auto profile = models::NetworkProfile::parse(text.trimmed(), &error);
    if (!profile) return error;
    lastCustomUrl_ = profile->name();
    if (!(*profile == current_)) emit switchRequested(*profile);
    return {};
}

void NetworkMenu::askCustomUrl() {
    bool ok = false;
    const QString text = QInputDialog::getText(window_, tr("Custom network"),
                                               tr("WebSocket address of a subtensor node (ws:// or wss://):"), QLineEdit::Normal,
                                               lastCustomUrl_.isEmpty() ? QStringLiteral("ws://127.0.0.1:9944") : lastCustomUrl_, &ok);
    if (ok) {
        const QString problem = chooseCustomUrl(text);
        if (!problem.isEmpty()) QMessageBox::warning(window_, tr("Custom network"), problem);
    }
    showCurrent();
}

} // namespace ui
