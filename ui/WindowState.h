#pragma once
// Remembers the main window between runs (QSettings "window/…"): geometry and dock state, the
// open page, every named splitter's sizes and every named table's column widths and order.
// Restored when installed, saved when the window closes.

#include <QObject>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QTabWidget;
QT_END_NAMESPACE

namespace ui {

class WindowState : public QObject {
    Q_OBJECT
public:
    WindowState(QMainWindow* window, QTabWidget* pages);

    void save() const;
    void restore();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* window_;
    QTabWidget* pages_;
};

} // namespace ui
