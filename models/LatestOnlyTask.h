#pragma once
// Runs one kind of read on the thread pool and hands the result back on the context object's
// thread. At most one runs at a time; requests made meanwhile collapse into the newest one,
// which starts as soon as the running one ends. The loaders of the UI's charts all use it so
// that scrolling through subnets never queues stale queries or blocks the GUI thread.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <optional>

namespace models {

template <class Request, class Result>
class LatestOnlyTask {
public:
    using Work = std::function<Result(const Request&)>;           // runs on the thread pool
    using Done = std::function<void(const Request&, const Result&)>; // runs on context's thread

    LatestOnlyTask(QObject* context, Work work, Done done) : work_(std::move(work)), done_(std::move(done)) {
        QObject::connect(&watcher_, &QFutureWatcher<Result>::finished, context, [this] {
            const Request finished = running_;
            const Result result = watcher_.result();
            if (pending_) {
                const Request next = *pending_;
                pending_.reset();
                start(next);
            }
            done_(finished, result);
        });
    }

    void request(const Request& r) {
        if (watcher_.isRunning()) pending_ = r;
        else start(r);
    }
    bool running() const { return watcher_.isRunning(); }

private:
    void start(const Request& r) {
        running_ = r;
        watcher_.setFuture(QtConcurrent::run([work = work_, r] { return work(r); }));
    }

    Work work_;
    Done done_;
    QFutureWatcher<Result> watcher_;
    Request running_{};
    std::optional<Request> pending_;
};

} // namespace models
