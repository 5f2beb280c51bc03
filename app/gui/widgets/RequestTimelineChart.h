#pragma once

#include "llm/FireResult.h"

#include <QWidget>

namespace hwb::gui {

// One row per request on a shared time axis: waiting for the first byte (grey), waiting for the first
// token (amber), streaming (coloured by outcome) with a tick per stream event. With one request it is
// that request's stream timeline; with a batch it shows overlap, queueing and stragglers.
class RequestTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit RequestTimelineChart(QWidget *parent = nullptr);
    void setResults(const QList<FireResult> &results); // keeps at most kMaxRows, evenly sampled
    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override;

    static constexpr int kMaxRows = 80;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<FireResult> m_rows;
};

} // namespace hwb::gui
