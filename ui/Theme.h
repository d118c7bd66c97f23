#pragma once
// Light and dark look: follows the system's palette by default, or forces Light / Dark (View ▸
// Theme, remembered in QSettings "view/theme"). Charts follow: their background, titles, axes,
// grid and legend take the palette's colours, while series keep their own (stage and subnet
// colours mean the same in both themes).

#include <QObject>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QChart;
class QMenuBar;
class QWidget;
QT_END_NAMESPACE

namespace ui {

class Theme : public QObject {
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    // Applies the remembered mode to the application at once.
    explicit Theme(QObject* parent = nullptr);

    Mode mode() const { return mode_; }
    void setMode(Mode mode); // applies and remembers it
    bool isDark() const;     // what is shown now (System: the system's palette)
    // Adds View ▸ Theme (System / Light / Dark) to the menu bar.
    void installMenu(QMenuBar* bar);

    // Colours one chart for the current application palette.
    static void styleChart(QChart* chart);
    // Every chart inside `root` (all top-level windows when null).
    static void styleCharts(QWidget* root = nullptr);
    static QPalette darkPalette();

signals:
    void changed(bool dark);

private:
    void apply();

    Mode mode_ = Mode::System;
    QPalette systemPalette_;
    QString systemStyle_;
    QActionGroup* group_ = nullptr;
};

} // namespace ui
