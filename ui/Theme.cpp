#include "ui/Theme.h"

#include <QAbstractAxis>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace ui {
namespace {

constexpr const char* kThemeKey = "view/theme";

Theme::Mode modeFromSetting(const QString& s) {
    if (s == QLatin1String("light")) return Theme::Mode::Light;
    if (s == QLatin1String("dark")) return Theme::Mode::Dark;
    return Theme::Mode::System;
}

QString settingOf(Theme::Mode m) {
    switch (m) {
    case Theme::Mode::Light: return QStringLiteral("light");
    case Theme::Mode::Dark: return QStringLiteral("dark");
    case Theme::Mode::System: break;
    }
    return QStringLiteral("system");
}

bool paletteIsDark(const QPalette& p) { return p.color(QPalette::Window).lightness() < 128; }

} // namespace

Theme::Theme(QObject* parent) : QObject(parent) {
    systemPalette_ = QApplication::palette();
    systemStyle_ = QApplication::style() ? QApplication::style()->name() : QString();
    mode_ = modeFromSetting(QSettings().value(QLatin1String(kThemeKey)).toString());
    if (mode_ != Mode::System) apply();
}

QPalette Theme::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), muted(0x9a, 0x9d, 0xa3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

bool Theme::isDark() const {
    if (mode_ == Mode::System) return paletteIsDark(systemPalette_);
    return mode_ == Mode::Dark;
}

void Theme::setMode(Mode mode) {
    mode_ = mode;
    QSettings().setValue(QLatin1String(kThemeKey), settingOf(mode));
    apply();
    if (group_)
        for (QAction* a : group_->actions()) a->setChecked(a->data().toInt() == static_cast<int>(mode));
}

void Theme::apply() {
    // Fusion draws from the palette alone, so both forced themes look alike on every platform.
    switch (mode_) {
    case Mode::System:
        if (!systemStyle_.isEmpty()) QApplication::setStyle(QStyleFactory::create(systemStyle_));
        QApplication::setPalette(systemPalette_);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    styleCharts();
    emit changed(isDark());
}

void Theme::installMenu(QMenuBar* bar) {
    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    group_ = new QActionGroup(this);
    const std::pair<Mode, QString> entries[] = {{Mode::System, tr("Follow the &system")},
                                                {Mode::Light, tr("&Light")},
                                                {Mode::Dark, tr("&Dark")}};
    for (const auto& [m, label] : entries) {
        QAction* a = theme->addAction(label);
        a->setObjectName(QStringLiteral("theme_") + settingOf(m));
        a->setCheckable(true);
        a->setChecked(m == mode_);
        a->setData(static_cast<int>(m));
        group_->addAction(a);
        connect(a, &QAction::triggered, this, [this, m] { setMode(m); });
    }
    styleCharts(bar->window()); // the window's charts exist by now
}

void Theme::styleChart(QChart* chart) {
    if (!chart) return;
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

void Theme::styleCharts(QWidget* root) {
    const auto styleIn = [](QWidget* w) {
        if (auto* v = qobject_cast<QChartView*>(w)) styleChart(v->chart());
        for (QChartView* v : w->findChildren<QChartView*>()) styleChart(v->chart());
    };
    if (root) styleIn(root);
    else
        for (QWidget* w : QApplication::topLevelWidgets()) styleIn(w);
}

} // namespace ui
