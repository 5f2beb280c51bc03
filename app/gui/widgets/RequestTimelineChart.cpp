#include "RequestTimelineChart.h"

#include "ChartAxes.h"

#include <QPainter>

namespace hwb::gui {

RequestTimelineChart::RequestTimelineChart(QWidget *parent)
    : QWidget(parent)
{
}

// Room for the title, two lines of bars or of the hint that stands for them, and the time axis.
QSize RequestTimelineChart::minimumSizeHint() const
{
    return {120, ChartAxes::minimumHeight(this, true, false)};
}

void RequestTimelineChart::setResults(const QList<FireResult> &results, const QList<FireResult> &inFlight)
{
    m_rows.clear();
    const qsizetype total = results.size() + inFlight.size();
    const double step = qMax(1.0, double(total) / kMaxRows);
    for (double i = 0; i < total; i += step) {
        const qsizetype at = qsizetype(i);
        FireResult r = at < results.size() ? results[at] : inFlight[at - results.size()];
        r.keptBody.clear(); // only timing is drawn
        m_rows.append(std::move(r));
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const FireResult &a, const FireResult &b) { return a.index < b.index; });
    update();
}

void RequestTimelineChart::setWaitLimits(double noticeAfterMs, double hangAfterMs)
{
    m_noticeAfterMs = noticeAfterMs;
    m_hangAfterMs = hangAfterMs;
    update();
}

void RequestTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    double end = 0;
    double waitingFrom = -1; // the start of the earliest request still without a first byte
    for (const FireResult &r : std::as_const(m_rows)) {
        end = qMax(end, r.startOffsetMs + r.totalMs);
        if (r.inFlight && r.ttfbMs < 0)
            waitingFrom = waitingFrom < 0 ? r.startOffsetMs : qMin(waitingFrom, r.startOffsetMs);
    }
    // While a request waits, the axis reaches to where it would be named a hang: the bar shows how far it is.
    if (waitingFrom >= 0)
        end = qMax(end, waitingFrom + m_hangAfterMs);
    const QString title = m_rows.size() == 1 ? tr("Stream timeline (one tick per event)") : tr("Per-request timeline");
    const ChartAxes axes = ChartAxes::draw(p, this, title, end, -1, QStringLiteral("ms"), QString());
    if (m_rows.isEmpty()) {
        axes.drawNote(p, this, tr("Each request's bar appears here: waiting, first token, streaming"));
        return;
    }
    const double rowHeight = axes.plot.height() / m_rows.size();
    const double barHeight = qMax(2.0, qMin(rowHeight * 0.7, 28.0));
    for (int row = 0; row < m_rows.size(); ++row) {
        const FireResult &r = m_rows[row];
        const double top = axes.plot.top() + row * rowHeight + (rowHeight - barHeight) / 2;
        const double x0 = axes.x(r.startOffsetMs);
        const double xEnd = axes.x(r.startOffsetMs + r.totalMs);
        const double xFirstByte = r.ttfbMs >= 0 ? axes.x(r.startOffsetMs + r.ttfbMs) : xEnd;
        const double xFirstToken = r.ttftMs >= 0 ? axes.x(r.startOffsetMs + r.ttftMs) : xFirstByte;
        if (r.inFlight && r.ttfbMs < 0) {
            drawWaiting(p, axes, r, top, barHeight);
            continue;
        }
        p.fillRect(QRectF(x0, top, qMax(1.0, xFirstByte - x0), barHeight), QColor(0xbd, 0xc1, 0xc6));
        p.fillRect(QRectF(xFirstByte, top, qMax(0.0, xFirstToken - xFirstByte), barHeight), QColor(0xf9, 0xab, 0x00));
        QColor streaming = outcomeColor(OutcomeClassifier::id(r.inFlight ? Outcome::Ok : r.outcome));
        streaming.setAlpha(170);
        p.fillRect(QRectF(xFirstToken, top, qMax(1.0, xEnd - xFirstToken), barHeight), streaming);
        p.setPen(QPen(QColor(0x20, 0x21, 0x24), 1));
        for (const StreamEventRecord &e : r.events) {
            const double xx = axes.x(r.startOffsetMs + e.atMs);
            const double inset = e.delta.isEmpty() ? barHeight * 0.3 : 0; // content events are full height
            p.drawLine(QPointF(xx, top + inset), QPointF(xx, top + barHeight - inset));
        }
    }
}

} // namespace hwb::gui

namespace hwb::gui {

void RequestTimelineChart::drawWaiting(QPainter &p, const ChartAxes &axes, const FireResult &r, double top,
                                       double barHeight) const
{
    const double x0 = axes.x(r.startOffsetMs);
    const double xNow = axes.x(r.startOffsetMs + r.totalMs);
    const double xNotice = axes.x(r.startOffsetMs + qMin(r.totalMs, m_noticeAfterMs));
    p.fillRect(QRectF(x0, top, qMax(1.0, xNotice - x0), barHeight), QColor(0xbd, 0xc1, 0xc6));
    const bool late = r.totalMs >= m_noticeAfterMs;
    if (late)
        p.fillRect(QRectF(xNotice, top, qMax(1.0, xNow - xNotice), barHeight), QColor(0xf9, 0xab, 0x00));
    // Where the hang will be named: a dashed red mark at the end of the wait.
    const double xHang = axes.x(r.startOffsetMs + m_hangAfterMs);
    p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 1, Qt::DashLine));
    p.drawLine(QPointF(xHang, top - 2), QPointF(xHang, top + barHeight + 2));
    if (!late || barHeight < fontMetrics().height())
        return;
    const QString text = tr("no first byte · %1 s").arg(QString::number(r.totalMs / 1000.0, 'f', 1));
    p.setPen(QColor(0x20, 0x21, 0x24));
    const double textWidth = fontMetrics().horizontalAdvance(text) + 8;
    const QRectF box = xNow - x0 >= textWidth ? QRectF(x0 + 4, top, xNow - x0 - 8, barHeight)
                                              : QRectF(xNow + 4, top, textWidth, barHeight);
    p.drawText(box, Qt::AlignVCenter | (xNow - x0 >= textWidth ? Qt::AlignRight : Qt::AlignLeft), text);
}

} // namespace hwb::gui
