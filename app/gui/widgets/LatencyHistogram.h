#pragma once

#include <QWidget>

namespace hwb::gui {

// Distribution of one latency (ms) over a run, with p50/p90/p99 markers; redrawn live during a batch. It has no
// title of its own: the metric box above it names what it shows.
class LatencyHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyHistogram(QWidget *parent = nullptr);
    void setValues(const QList<double> &values);
    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_sorted;
};

} // namespace hwb::gui
