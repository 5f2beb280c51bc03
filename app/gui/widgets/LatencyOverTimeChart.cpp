#include "LatencyOverTimeChart.h"

#include "ChartAxes.h"

#include <QPainter>

namespace hwb::gui {

LatencyOverTimeChart::LatencyOverTimeChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(72);
}

void LatencyOverTimeChart::setPoints(const QList<Point> &points)
{
    m_points = points;
    update();
}

void LatencyOverTimeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double xMax = 0, yMax = 0;
    for (const Point &pt : std::as_const(m_points)) {
        xMax = qMax(xMax, pt.startSeconds);
        yMax = qMax(yMax, pt.totalMs);
    }
    const ChartAxes axes = ChartAxes::draw(p, this, tr("TTFT and total over time"), xMax, yMax,
                                           QStringLiteral("s"), QStringLiteral("ms"));
    if (m_points.isEmpty())
        axes.drawNote(p, this, tr("Run a batch to see latency over time"));
    const QColor totalColor(0x1a, 0x73, 0xe8), ttftColor(0xf9, 0xab, 0x00);
    for (const Point &pt : std::as_const(m_points)) {
        const double xx = axes.x(pt.startSeconds);
        p.setPen(Qt::NoPen);
        p.setBrush(pt.ok ? totalColor : QColor(0xd9, 0x30, 0x25));
        p.drawEllipse(QPointF(xx, axes.y(pt.totalMs)), 2.5, 2.5);
        if (pt.ttftMs >= 0) {
            p.setBrush(ttftColor);
            p.drawEllipse(QPointF(xx, axes.y(pt.ttftMs)), 2.5, 2.5);
        }
    }
    // Legend
    const QFontMetrics fm = fontMetrics();
    // The legend sits in the title row, right-aligned, so it never covers points.
    double lx = width() - 8;
    const double ly = 2;
    const struct { QColor color; QString text; } entries[] = {
        {ttftColor, tr("TTFT")}, {totalColor, tr("total")}, {QColor(0xd9, 0x30, 0x25), tr("failed")}};
    for (const auto &e : entries)
        lx -= 24 + fm.horizontalAdvance(e.text);
    for (const auto &e : entries) {
        p.setBrush(e.color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(lx + 4, ly + fm.height() / 2.0), 4, 4);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(lx + 12, ly + fm.ascent()), e.text);
        lx += 24 + fm.horizontalAdvance(e.text);
    }
}

} // namespace hwb::gui
