#pragma once

#include <QWidget>

namespace hwb::gui {

// TTFT and total latency of each request against the moment it started: shows warm-up, queueing and
// degradation during a batch.
class LatencyOverTimeChart : public QWidget
{
    Q_OBJECT
public:
    struct Point
    {
        double startSeconds;
        double ttftMs; // < 0 when unknown
        double totalMs;
        bool ok;
    };
    explicit LatencyOverTimeChart(QWidget *parent = nullptr);
    void setPoints(const QList<Point> &points);
    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override;
    // The points that fall on different pixels, in their order: a load test's 10,000 requests drawn as 20,000
    // antialiased dots took 30 ms a frame, and dots on one pixel look like one.
    static QList<QPointF> onePerPixel(const QList<QPointF> &points);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
};

} // namespace hwb::gui
