// LatestOnlyTask: one read at a time, requests made meanwhile collapse into the newest.

#include <QtTest>

#include "models/LatestOnlyTask.h"

#include <QSemaphore>
#include <atomic>

class TestLatestOnlyTask : public QObject {
    Q_OBJECT
private slots:
    void collapsesPendingRequestsIntoTheNewest() {
        QSemaphore gate;
        std::atomic<int> started{0};
        QList<int> delivered;
        models::LatestOnlyTask<int, int> task(
            this,
            [&](const int& r) {
                ++started;
                if (r == 1) gate.acquire(); // hold the first run until the others are queued
                return r * 10;
            },
            [&](const int& r, const int& result) {
                QCOMPARE(result, r * 10);
                delivered.push_back(r);
            });
        task.request(1);
        QTRY_COMPARE(started.load(), 1);
        task.request(2);
        task.request(3); // replaces 2, which never runs
        QVERIFY(task.running());
        gate.release();
        QTRY_COMPARE(delivered, (QList<int>{1, 3}));
        QCOMPARE(started.load(), 2);
        QTRY_VERIFY(!task.running());
    }
};

QTEST_GUILESS_MAIN(TestLatestOnlyTask)
#include "tst_latest_only_task.moc"
