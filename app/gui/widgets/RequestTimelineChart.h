#pragma once

#include "llm/FireResult.h"

#include <QWidget>

class QPainter;

namespace hwb::gui {

struct ChartAxes;

// One row per request on a shared time axis: waiting for the first byte (grey), waiting for the first
// token (amber), streaming (coloured by outcome) with a tick per stream event. With one request it is
// that request's stream timeline; with a batch it shows overlap, queueing and stragglers. Requests in flight
// grow live; one that has no first byte after the notice threshold turns amber and says for how long.
class RequestTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit RequestTimelineChart(QWidget *parent = nullptr);
    // Keeps at most kMaxRows of results followed by inFlight, evenly sampled (without joining the two lists: a copy of
    // 10,000 results each refresh).
    void setResults(const QList<FireResult> &results, const QList<FireResult> &inFlight = {});
    // Requests still in flight (FireResult::inFlight) are drawn growing toward the hang at hangAfterMs, amber
    // once they have waited noticeAfterMs without a first byte.
    void setWaitLimits(double noticeAfterMs, double hangAfterMs);
    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override;

    static constexpr int kMaxRows = 80;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawWaiting(QPainter &p, const ChartAxes &axes, const FireResult &r, double top, double barHeight) const;

    QList<FireResult> m_rows;
    double m_noticeAfterMs = 5000;
    double m_hangAfterMs = 30000;
};

} // namespace hwb::gui
