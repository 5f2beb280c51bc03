#pragma once

#include "llm/FireResult.h"
#include "llm/HangExplanation.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace hwb::gui {

class EmptyViewHint;
class HangBanner;
class RequestTimelineChart;

// One request in full: a banner when it hung, metrics, response headers, the pretty-printed body or the
// assembled stream text, and the SSE event timeline.
class RequestsSingleView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsSingleView(QWidget *parent = nullptr);
    void showResult(const FireResult &result);
    void showRunning(const QString &text);
    // What answers at the URL, for the words of a wait or a hang; set before showRunning().
    // The engine may answer after the request was named a hang (a busy daemon): its banner then says what it knows.
    void setHangTarget(const HangTarget &target);
    void setWaitLimits(double noticeAfterMs, double hangAfterMs);
    // A response that started and then sends nothing: said after noticeAfterMs, named stalled at stalledAfterMs.
    void setSilenceLimits(double noticeAfterMs, double stalledAfterMs);
    // The request in flight so far (FireRequest::liveResult): elapsed time, and the amber wait past the notice.
    void showProgress(const FireResult &live);
    void addLiveEvent(const StreamEventRecord &event);
    void retranslate();

Q_SIGNALS:
    void verifyRequested();

private:
    void showHang(); // the banner for m_result, a hang, with what is known of m_target

    HangBanner *m_banner;
    QLabel *m_outcome;
    QFormLayout *m_metrics;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QTreeWidget *m_events;
    EmptyViewHint *m_eventsHint;
    RequestTimelineChart *m_timeline;
    FireResult m_result;
    HangTarget m_target;
    QString m_runningText;
    double m_noticeAfterMs = 5000;
    double m_hangAfterMs = 30000;
    double m_silenceNoticeAfterMs = 5000;
    double m_stalledAfterMs = 30000;
    bool m_hasResult = false;
    bool m_running = false; // showRunning() until showResult(): a language switch keeps the running text
};

} // namespace hwb::gui
