#include "LatencyHistogram.h"

#include "ChartAxes.h"
#include "llm/LatencyStats.h"

#include <QPainter>
#include <algorithm>

namespace hwb::gui {

LatencyHistogram::LatencyHistogram(QWidget *parent)
    : QWidget(parent)
{
}

QSize LatencyHistogram::minimumSizeHint() const
{
    return {120, ChartAxes::minimumHeight(this, false, false)};
}

void LatencyHistogram::setValues(const QList<double> &values)
{
    m_sorted = values;
    std::sort(m_sorted.begin(), m_sorted.end());
    update();
}

void LatencyHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    constexpr int kBins = 24;
    // The bins span the time axis as drawn, so bin edges fall on its ticks.
    const double top = ChartAxes::niceScale(m_sorted.isEmpty() ? 0 : m_sorted.last(), 5).max;
    QList<int> bins(kBins, 0);
    for (double v : std::as_const(m_sorted))
        ++bins[qMin(kBins - 1, int(v / top * kBins))];
    const int highest = m_sorted.isEmpty() ? 0 : *std::max_element(bins.cbegin(), bins.cend());
    // With nothing to count, no count axis: a scale of 0 to 4 would be made up.
    const ChartAxes axes = ChartAxes::draw(p, this, QString(), top, m_sorted.isEmpty() ? -1 : highest, QStringLiteral("ms"),
                                           QString(), {}, ChartAxes::Values::Whole);
    const double binWidth = axes.plot.width() * (top / axes.xMax) / kBins;
    for (int i = 0; i < kBins; ++i) {
        if (bins[i] == 0)
            continue;
        const QRectF bar(axes.plot.left() + i * binWidth + 1, axes.y(bins[i]), binWidth - 2,
                         axes.plot.bottom() - axes.y(bins[i]));
        p.fillRect(bar, QColor(0x1a, 0x73, 0xe8));
    }
    if (m_sorted.isEmpty()) {
        axes.drawNote(p, this, tr("No request finished with a value to show"));
        return;
    }
    // Percentile lines, labelled once in the corner: labels next to close lines would overlap.
    const struct { double fraction; const char *label; } marks[] = {{0.5, "p50"}, {0.9, "p90"}, {0.99, "p99"}};
    QStringList legend;
    p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 1, Qt::DashLine));
    for (const auto &m : marks) {
        const double v = Percentiles::percentile(m_sorted, m.fraction);
        const double xx = axes.x(v);
        p.drawLine(QPointF(xx, axes.plot.top()), QPointF(xx, axes.plot.bottom()));
        legend.append(QLatin1String(m.label) + QLatin1Char(' ') + ChartAxes::number(v));
    }
    // In the top corner over the lower bars (fast requests fill the left, slow ones the right), on the plot's own
    // background so a bar under it does not strike it through.
    const QString text = legend.join(QStringLiteral(" · ")) + QLatin1Char(' ') + ChartAxes::unitText(QStringLiteral("ms"));
    const QRectF inner = axes.plot.adjusted(6, 4, -6, -4);
    const QSizeF size(p.fontMetrics().horizontalAdvance(text) + 6, p.fontMetrics().height());
    const QRectF leftBox(inner.left() - 3, inner.top(), size.width(), size.height());
    const QRectF rightBox(inner.right() - size.width(), inner.top(), size.width(), size.height());
    const auto tallestUnder = [&](const QRectF &box) {
        int tallest = 0;
        for (int i = 0; i < kBins; ++i) {
            const double x = axes.plot.left() + i * binWidth;
            if (x + binWidth > box.left() && x < box.right())
                tallest = qMax(tallest, bins[i]);
        }
        return tallest;
    };
    const QRectF &box = tallestUnder(rightBox) < tallestUnder(leftBox) ? rightBox : leftBox;
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(220);
    p.fillRect(box, background);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace hwb::gui
