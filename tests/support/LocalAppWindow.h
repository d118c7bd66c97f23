#pragma once
// Shared by the GUI flow tests: the main window on a fresh local chain, shown and synced to a
// block, as a new user meets it. Include after <QtTest> (moc 6.4 must meet Qt's headers first).

#include <QtTest>

#include "support/LocalSync.h"
#include "chainclient/local/LocalNode.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"

namespace testsupport {

class LocalAppWindow {
  public:
    // Live blocks every 100 ms after the catch-up, so the tests' transactions get sealed.
    LocalAppWindow(const QString& dbPath, quint64 catchUpTo)
        : target_(catchUpTo),
          sync(dbPath, QStringLiteral("local"), liveLocalNode(catchUpTo, 100)),
          window(&sync) {}

    // Shows the window at the screenshot size and waits until the store holds the target block.
    bool showAndSync() {
        window.resize(1400, 820);
        window.show();
        sync.start();
        return QTest::qWaitForWindowExposed(&window) &&
               QTest::qWaitFor([this] { return sync.syncedBlock() >= target_; }, 60000);
    }

  private:
    quint64 target_;

  public:
    models::SyncService sync;
    ui::MainWindow window;
};

} // namespace testsupport
