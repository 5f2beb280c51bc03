#include "ChartAxes.h"

#include <QCoreApplication>
#include <QPainter>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace hwb::gui {

ChartAxes::Scale ChartAxes::niceScale(double max, int maxSteps, Values values)
{
    maxSteps = qMax(1, maxSteps);
    const bool whole = values == Values::Whole;
    if (!(max > 0) || !std::isfinite(max)) // nothing, NaN, or a value no axis can show
        return {whole ? double(maxSteps) : 1.0, maxSteps};
    // The smallest round step that covers max in maxSteps steps; the steps then are as many as max needs.
    const double least = max / maxSteps;
    double magnitude = std::pow(10.0, std::floor(std::log10(least)));
    if (whole)
        magnitude = qMax(1.0, magnitude);
    double step = 10 * magnitude;
    for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
        if (whole && mantissa == 2.5 && magnitude < 10)
            continue;
        if (mantissa * magnitude >= least * (1 - 1e-9)) {
            step = mantissa * magnitude;
            break;
        }
    }
    const int steps = std::clamp(int(std::ceil(max / step - 1e-9)), 1, maxSteps);
    return {steps * step, steps};
}

QString ChartAxes::number(double value)
{
    if (value >= 100 || value == std::floor(value))
        return QString::number(value, 'f', 0);
    // Three significant digits in plain decimals: "0.0004", never "4e-04".
    const int decimals = std::clamp(2 - int(std::floor(std::log10(std::abs(value)))), 1, 9);
    QString text = QString::number(value, 'f', decimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString ChartAxes::unitText(const QString &unit)
{
    // The table headers say 毫秒 in Chinese: the axes say it too.
    if (unit == QLatin1String("ms"))
        return QCoreApplication::translate("hwb::gui::ChartAxes", "ms");
    if (unit == QLatin1String("s"))
        return QCoreApplication::translate("hwb::gui::ChartAxes", "s");
    return unit;
}

ChartAxes::Unit ChartAxes::readableTime(double max, const QString &unit)
{
    // Times read as "40 s" rather than "40000 ms", and as "0.4 ms" rather than "0.0004 s".
    if (unit == QLatin1String("ms") && max >= 10000)
        return {0.001, QStringLiteral("s")};
    if (unit == QLatin1String("s") && max > 0 && max < 1)
        return {1000, QStringLiteral("ms")};
    return {1, unit};
}

int ChartAxes::minimumHeight(const QWidget *widget, bool titled, bool legend, int plotLines)
{
    const int line = widget->fontMetrics().lineSpacing();
    const int top = titled ? line + 8 + (legend ? line + 2 : 0) : line / 2 + 2;
    return top + plotLines * line + 8 + line + 10;
}

ChartAxes ChartAxes::draw(QPainter &p, const QWidget *widget, const QString &title, double xMax, double yMax,
                          const QString &xUnit, const QString &yUnit, const QList<LegendEntry> &legend,
                          Values yValues)
{
    ChartAxes axes;
    const bool valueAxis = yMax >= 0; // a negative yMax means rows, not values: no value labels
    const Scale xScale = niceScale(xMax, 5);
    axes.xMax = xScale.max;
    axes.xSteps = xScale.steps;
    const QFontMetrics fm = widget->fontMetrics();
    const QPalette pal = widget->palette();
    QFont bold = widget->font();
    bold.setBold(true);
    int legendWidth = 0;
    for (const LegendEntry &e : legend)
        legendWidth += 24 + fm.horizontalAdvance(e.text);

    const Unit xShown = readableTime(axes.xMax, xUnit);
    Unit yShown;
    const auto yLabel = [&](int i) -> QString {
        return number(axes.yMax * i / axes.ySteps * yShown.factor)
            + (i == axes.ySteps ? QLatin1String(" ") + unitText(yShown.name) : QString());
    };
    // Without a title the plot starts half a line down, room for the top tick label. lineSpacing, not height:
    // tick labels may be drawn in a fallback font (CJK) that is taller than the widget's.
    const auto layOut = [&](bool legendRow) {
        const int top = title.isEmpty() ? fm.lineSpacing() / 2 + 2 : fm.lineSpacing() + 8 + (legendRow ? fm.lineSpacing() + 2 : 0);
        const int plotHeight = widget->height() - top - fm.lineSpacing() - 10;
        // As many value ticks as fit one above the other (four at most): a short chart gets 0 and the top only,
        // not five labels on top of each other.
        if (valueAxis) {
            const Scale yScale = niceScale(yMax, std::clamp(int(plotHeight / (fm.lineSpacing() * 1.3)), 1, 4), yValues);
            axes.yMax = yScale.max;
            axes.ySteps = yScale.steps;
            yShown = readableTime(axes.yMax, yUnit);
        }
        int left = 8;
        for (int i = 0; valueAxis && i <= axes.ySteps; ++i) // 0.75 is wider than 1
            left = qMax(left, fm.horizontalAdvance(yLabel(i)) + 8);
        axes.plot = QRectF(left, top, widget->width() - left - 12, plotHeight);
    };
    layOut(false);
    const int titleRight = int(axes.plot.left()) + (title.isEmpty() ? 0 : QFontMetrics(bold).horizontalAdvance(title) + 16);
    const bool legendRow = !legend.isEmpty() && titleRight + legendWidth > widget->width() - 8;
    if (legendRow)
        layOut(true);

    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    if (!title.isEmpty())
        p.drawText(QRectF(axes.plot.left(), 2, widget->width(), fm.lineSpacing() + 4), Qt::AlignLeft, title);
    p.setFont(widget->font());
    double lx = legendRow ? axes.plot.left() : widget->width() - 8.0 - legendWidth;
    const double ly = legendRow ? fm.lineSpacing() + 6 : 2;
    for (const LegendEntry &e : legend) {
        p.setBrush(e.color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(lx + 4, ly + fm.height() / 2.0), 4, 4);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QPointF(lx + 12, ly + fm.ascent()), e.text);
        lx += 24 + fm.horizontalAdvance(e.text);
    }
    p.setBrush(Qt::NoBrush);

    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (int i = 0; valueAxis && i <= axes.ySteps; ++i) {
        const double v = axes.yMax * i / axes.ySteps;
        const double yy = axes.y(v);
        p.setPen(grid);
        p.drawLine(QPointF(axes.plot.left(), yy), QPointF(axes.plot.right(), yy));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(0, yy - fm.height() / 2.0, axes.plot.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter, yLabel(i));
    }
    for (int i = 0; i <= axes.xSteps; ++i) {
        const double v = axes.xMax * i / axes.xSteps;
        const double xx = axes.x(v);
        const QString label = number(v * xShown.factor) + (i == axes.xSteps ? QLatin1String(" ") + unitText(xShown.name) : QString());
        const int w = fm.horizontalAdvance(label);
        p.drawText(QPointF(qMin(xx - w / 2.0, widget->width() - w - 2.0), axes.plot.bottom() + fm.ascent() + 4), label);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(axes.plot);
    return axes;
}

void ChartAxes::drawNote(QPainter &p, const QWidget *widget, const QString &text) const
{
    p.setPen(widget->palette().color(QPalette::PlaceholderText));
    p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QColor outcomeColor(const QString &id)
{
    if (id == QLatin1String("ok"))
        return QColor(0x1e, 0x8e, 0x3e);
    if (id == QLatin1String("http_error"))
        return QColor(0xe3, 0x74, 0x00);
    if (id == QLatin1String("cancelled"))
        return QColor(0x80, 0x86, 0x8b);
    if (id == QLatin1String("truncated") || id == QLatin1String("malformed"))
        return QColor(0x93, 0x34, 0xe6);
    return QColor(0xd9, 0x30, 0x25); // hangs, stalls, resets and connection failures
}

} // namespace hwb::gui
