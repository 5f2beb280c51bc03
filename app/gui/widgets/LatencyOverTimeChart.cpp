#include "LatencyOverTimeChart.h"

#include "ChartAxes.h"

#include <QPainter>

namespace hwb::gui {

LatencyOverTimeChart::LatencyOverTimeChart(QWidget *parent)
    : QWidget(parent)
{
}

QSize LatencyOverTimeChart::minimumSizeHint() const
{
    return {120, ChartAxes::minimumHeight(this, true, true)};
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
    const QColor totalColor(0x1a, 0x73, 0xe8), ttftColor(0xf9, 0xab, 0x00), failedColor(0xd9, 0x30, 0x25);
    const ChartAxes axes = ChartAxes::draw(p, this, tr("TTFT and total over time"), xMax, yMax, QStringLiteral("s"),
                                           QStringLiteral("ms"),
                                           {{ttftColor, tr("TTFT")}, {totalColor, tr("total")}, {failedColor, tr("failed")}});
    if (m_points.isEmpty())
        axes.drawNote(p, this, tr("Run a batch to see latency over time"));
    for (const Point &pt : std::as_const(m_points)) {
        const double xx = axes.x(pt.startSeconds);
        p.setPen(Qt::NoPen);
        p.setBrush(pt.ok ? totalColor : failedColor);
        p.drawEllipse(QPointF(xx, axes.y(pt.totalMs)), 2.5, 2.5);
        if (pt.ttftMs >= 0) {
            p.setBrush(ttftColor);
            p.drawEllipse(QPointF(xx, axes.y(pt.ttftMs)), 2.5, 2.5);
        }
    }
}

} // namespace hwb::gui
