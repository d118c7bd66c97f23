#include "ui/WindowState.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace ui {

WindowState::WindowState(QMainWindow* window, QTabWidget* pages) : QObject(window), window_(window), pages_(pages) {
    window_->installEventFilter(this);
    restore();
}

void WindowState::save() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), window_->saveGeometry());
    s.setValue(QStringLiteral("window/state"), window_->saveState());
    if (pages_) s.setValue(QStringLiteral("window/page"), pages_->currentIndex());
    for (const QSplitter* sp : window_->findChildren<QSplitter*>())
        if (!sp->objectName().isEmpty()) s.setValue(QStringLiteral("window/splitter/") + sp->objectName(), sp->saveState());
    // Tables before their first rows have only default widths: nothing worth keeping yet.
    for (const QTableView* t : window_->findChildren<QTableView*>())
        if (!t->objectName().isEmpty() && t->model() && t->model()->rowCount() > 0)
            s.setValue(QStringLiteral("window/columns/") + t->objectName(), t->horizontalHeader()->saveState());
}

void WindowState::restore() {
    QSettings s;
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty()) window_->restoreGeometry(geometry);
    window_->restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (pages_) {
        const int page = s.value(QStringLiteral("window/page"), 0).toInt();
        if (page >= 0 && page < pages_->count()) pages_->setCurrentIndex(page);
    }
    for (QSplitter* sp : window_->findChildren<QSplitter*>())
        if (!sp->objectName().isEmpty())
            if (const QByteArray st = s.value(QStringLiteral("window/splitter/") + sp->objectName()).toByteArray(); !st.isEmpty())
                sp->restoreState(st);
    for (QTableView* t : window_->findChildren<QTableView*>())
        if (!t->objectName().isEmpty())
            if (const QByteArray st = s.value(QStringLiteral("window/columns/") + t->objectName()).toByteArray(); !st.isEmpty())
                t->horizontalHeader()->restoreState(st);
}

bool WindowState::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_ && event->type() == QEvent::Close) {
        save();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
