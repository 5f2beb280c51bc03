#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace hwb::gui {

// Shared drawing for the QPainter charts: a plot rectangle with a title, a value axis and a time axis.
struct ChartAxes
{
    QRectF plot;   // where data goes
    double xMax = 1;
    double yMax = 1;

    // Lays out title and margins in widget, draws the frame, grid and tick labels. A negative yMax draws
    // no value axis (for charts whose rows are items, not values).
    static ChartAxes draw(QPainter &p, const QWidget *widget, const QString &title, double xMax, double yMax,
                          const QString &xUnit, const QString &yUnit);
    // A chart with nothing to plot says so in the plot area, in the palette's placeholder colour.
    void drawNote(QPainter &p, const QWidget *widget, const QString &text) const;
    double x(double value) const { return plot.left() + value / xMax * plot.width(); }
    double y(double value) const { return plot.bottom() - value / yMax * plot.height(); }

    static double niceCeiling(double value); // 1, 2, 5 x 10^n at or above value
    static QString number(double value);
};

// One colour per outcome class, shared by every chart and the tables.
QColor outcomeColor(const QString &outcomeId);

} // namespace hwb::gui
