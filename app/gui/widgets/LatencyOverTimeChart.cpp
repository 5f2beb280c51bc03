#include "LatencyOverTimeChart.h"

#include "ChartAxes.h"

#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <cmath>

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
    QList<QPointF> total, failed, ttft;
    for (const Point &pt : std::as_const(m_points)) {
        const double xx = axes.x(pt.startSeconds);
        (pt.ok ? total : failed).append(QPointF(xx, axes.y(pt.totalMs)));
        if (pt.ttftMs >= 0)
            ttft.append(QPointF(xx, axes.y(pt.ttftMs)));
    }
    // One stamped dot per pixel, not a painted circle per request: the same picture in a tenth of the time.
    const qreal dpr = devicePixelRatioF();
    for (const auto &[points, color] : {std::pair{&total, totalColor}, {&failed, failedColor}, {&ttft, ttftColor}}) {
        QPixmap dot(QSize(5, 5) * dpr);
        dot.setDevicePixelRatio(dpr);
        dot.fill(Qt::transparent);
        QPainter dotPainter(&dot);
        dotPainter.setRenderHint(QPainter::Antialiasing);
        dotPainter.setPen(Qt::NoPen);
        dotPainter.setBrush(color);
        dotPainter.drawEllipse(QRectF(0, 0, 5, 5));
        dotPainter.end();
        for (const QPointF &pt : onePerPixel(*points))
            p.drawPixmap(QPointF(std::floor(pt.x()) - 2, std::floor(pt.y()) - 2), dot);
    }
}

QList<QPointF> LatencyOverTimeChart::onePerPixel(const QList<QPointF> &points)
{
    QList<QPointF> kept;
    QSet<quint64> taken;
    const auto pixel = [](double v) { return quint64(quint32(qint32(std::floor(v)))); };
    for (const QPointF &pt : points) {
        const quint64 key = pixel(pt.x()) << 32 | pixel(pt.y());
        if (!taken.contains(key)) {
            taken.insert(key);
            kept.append(pt);
        }
    }
    return kept;
}

} // namespace hwb::gui
