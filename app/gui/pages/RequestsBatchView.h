#pragma once

#include "llm/FireResultModel.h"
#include "llm/HangExplanation.h"
#include "llm/RunSummary.h"

#include <QTimer>
#include <QWidget>

#include <functional>

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

    // liveSummary: the batch's summary so far, asked for at each refresh rather than with every request (summing up
    // 10,000 results 10,000 times took the window a minute and a half).
    void begin(int total, std::function<RunSummary()> liveSummary);
    void add(const FireResult &result);
    // The requests in flight, drawn as growing bars; an empty list once the batch is over.
    void showInFlight(const QList<FireResult> &inFlight);
    void setHangTarget(const HangTarget &target);
    void setWaitLimits(double noticeAfterMs, double hangAfterMs);
    // A response that started and then sends nothing: said after noticeAfterMs, named stalled at stalledAfterMs.
    void setSilenceLimits(double noticeAfterMs, double stalledAfterMs);
    void showRun(const QList<FireResult> &results, const RunSummary &summary, const QString &caption);
    void retranslate();
    FireResultModel *model() { return &m_model; }

Q_SIGNALS:
    void requestActivated(const hwb::FireResult &result);
    void verifyRequested();

private:
    void refreshCharts();
    void fitColumns(); // to what the rows hold, again each time their number doubles
    void showSummary(const RunSummary &s);
    void showHangs(const RunSummary &s);

    FireResultModel m_model;
    QList<FireResult> m_inFlight;
    HangTarget m_target;
    double m_noticeAfterMs = 5000;
    double m_hangAfterMs = 30000;
    double m_silenceNoticeAfterMs = 5000;
    double m_stalledAfterMs = 30000;
    RunSummary m_summary;
    std::function<RunSummary()> m_liveSummary;
    int m_fittedRows = 0;
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
