#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace hwb::gui {

// One key of a chart's legend: a coloured dot and its name.
struct LegendEntry
{
    QColor color;
    QString text;
};

// Shared drawing for the QPainter charts: a plot rectangle with a title, a legend, a value axis and a time axis.
struct ChartAxes
{
    QRectF plot;   // where data goes
    double xMax = 1;
    double yMax = 1;
    int xSteps = 1; // the ticks: 0, xMax / xSteps, ... xMax
    int ySteps = 1;

    // Counts (requests per bin) take whole-number ticks only: a tallest bar of 21 scales to 30 in steps of 10,
    // never to 25 in steps of 6.25.
    enum class Values { Continuous, Whole };

    // Lays out title and margins in widget, draws the frame, grid and tick labels. A negative yMax draws
    // no value axis (for charts whose rows are items, not values).
    // The legend goes right of the title when both fit on its row, on a row of its own below it otherwise.
    static ChartAxes draw(QPainter &p, const QWidget *widget, const QString &title, double xMax, double yMax,
                          const QString &xUnit, const QString &yUnit, const QList<LegendEntry> &legend = {},
                          Values yValues = Values::Continuous);
    // The least height that still shows the title (and a legend row under it), `plotLines` lines of plot area
    // (room for its note) and the time axis, in the widget's font.
    static int minimumHeight(const QWidget *widget, bool titled, bool legend, int plotLines = 2);
    // A chart with nothing to plot says so in the plot area, in the palette's placeholder colour.
    void drawNote(QPainter &p, const QWidget *widget, const QString &text) const;
    double x(double value) const { return plot.left() + value / xMax * plot.width(); }
    double y(double value) const { return plot.bottom() - value / yMax * plot.height(); }

    // An axis from 0 to at least max in at most maxSteps equal steps, each 1, 2, 2.5 or 5 x 10^n, so every tick
    // reads as a round number (2.5 only from 10 up for whole values).
    struct Scale
    {
        double max = 1;
        int steps = 1;
    };
    static Scale niceScale(double max, int maxSteps, Values values = Values::Continuous);
    static QString number(double value);
    // How an axis of times up to max, in unit ("ms" or "s"), is labelled: a value times factor, in name.
    struct Unit
    {
        double factor = 1;
        QString name;
    };
    static Unit readableTime(double max, const QString &unit);
    static QString unitText(const QString &unit); // "ms" and "s" as the UI language writes them
};

// One colour per outcome class, shared by every chart and the tables.
QColor outcomeColor(const QString &outcomeId);

} // namespace hwb::gui
