#pragma once

#include "llm/FireResultModel.h"
#include "llm/HangExplanation.h"
#include "llm/RunSummary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace hwb::gui {

class EmptyViewHint;
class HangBanner;
class LatencyHistogram;
class LatencyOverTimeChart;
class RequestTimelineChart;

// A batch while it runs and after: progress, the summary, a latency histogram, TTFT and total over time,
// the per-request timeline and the table of requests. Charts refresh at most every 100 ms.
class RequestsBatchView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsBatchView(QWidget *parent = nullptr);

    void begin(int total);
    void add(const FireResult &result, const RunSummary &live);
    // The requests in flight, drawn as growing bars; an empty list once the batch is over.
    void showInFlight(const QList<FireResult> &inFlight);
    void setHangTarget(const HangTarget &target);
    void setWaitLimits(double noticeAfterMs, double hangAfterMs);
    void showRun(const QList<FireResult> &results, const RunSummary &summary, const QString &caption);
    void retranslate();
    FireResultModel *model() { return &m_model; }

Q_SIGNALS:
    void requestActivated(const hwb::FireResult &result);
    void verifyRequested();

private:
    void refreshCharts();
    void showSummary(const RunSummary &s);
    void showHangs(const RunSummary &s);

    FireResultModel m_model;
    QList<FireResult> m_inFlight;
    HangTarget m_target;
    double m_noticeAfterMs = 5000;
    double m_hangAfterMs = 30000;
    RunSummary m_summary;
    int m_total = 0;
    QString m_caption;
    QTimer m_refresh;
    HangBanner *m_banner;
    QProgressBar *m_progress;
    QLabel *m_summaryLabel;
    QLabel *m_percentiles;
    QComboBox *m_metric;
    LatencyHistogram *m_histogram;
    LatencyOverTimeChart *m_overTime;
    RequestTimelineChart *m_timeline;
    QTableView *m_table;
    EmptyViewHint *m_tableHint;
};

} // namespace hwb::gui
