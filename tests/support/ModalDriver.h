#pragma once
// Shared by the GUI flow tests: answering the modal dialogs an action opens, and saving a
// screen as a PNG for a person to look at. Include after <QtTest> (moc 6.4 must meet Qt's
// headers first).

#include <QtTest>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace testsupport {

// Into <build>/tests/screenshots/<name>.
inline void saveShot(QWidget& w, const QString& name) {
    const QString dir = QStringLiteral(SUBNETSCOPE_BINARY_DIR "/tests/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w.grab().toImage().save(dir + QLatin1Char('/') + name));
}

// Answers the modal dialogs an action opens, in order: each step waits until the active modal
// widget is the one it names, acts on it (which closes it), and the next step waits for the next.
// A message box nobody expected ends the flow with its text in `messages` instead of a hang; a
// failed check closes whatever dialog is open so the test can report.
class ModalDriver : public QObject {
  public:
    struct Step {
        QString what; // objectName of the dialog, or a class name for Qt's own dialogs
        std::function<void(QWidget*)> act;
    };
    explicit ModalDriver(QList<Step> steps) : steps_(std::move(steps)) {
        connect(&timer_, &QTimer::timeout, this, &ModalDriver::tick);
        timer_.start(40);
    }
    bool done() const { return steps_.isEmpty(); }
    QStringList messages; // texts of the message boxes answered

  private:
    void tick() {
        QWidget* w = QApplication::activeModalWidget();
        if (w && QTest::currentTestFailed()) {
            if (auto* d = qobject_cast<QDialog*>(w))
                d->reject();
            return;
        }
        if (!w || steps_.isEmpty() || (closing_ && closing_->isVisible()))
            return;
        if (w->objectName() != steps_.first().what && !w->inherits(steps_.first().what.toLatin1().constData())) {
            if (auto* box = qobject_cast<QMessageBox*>(w)) {
                messages << box->text();
                steps_.clear();
                box->reject();
            }
            return;
        }
        Step step = steps_.takeFirst();
        closing_ = w;
        if (auto* box = qobject_cast<QMessageBox*>(w))
            messages << box->text();
        step.act(w);
        if (QTest::currentTestFailed())
            if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
                d->reject();
    }
    QList<Step> steps_;
    QTimer timer_;
    QPointer<QWidget> closing_;
};

// The wallet's password prompt, answered with `password`.
inline ModalDriver::Step passwordStep(const QString& password) {
    return {QStringLiteral("QInputDialog"), [password](QWidget* w) {
                auto* in = static_cast<QInputDialog*>(w);
                in->setTextValue(password);
                in->accept();
            }};
}

// A dialog or message box (`what` as in Step) closed with OK.
inline ModalDriver::Step acceptStep(const QString& what) {
    return {what, [](QWidget* w) { qobject_cast<QDialog*>(w)->accept(); }};
}

} // namespace testsupport
