#pragma once

#include <QWidget>

namespace hwb::gui {

// Distribution of one latency (ms) over a run, with p50/p90/p99 markers; redrawn live during a batch.
class LatencyHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyHistogram(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setValues(const QList<double> &values);
    QSize sizeHint() const override { return {360, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<double> m_sorted;
};

} // namespace hwb::gui
