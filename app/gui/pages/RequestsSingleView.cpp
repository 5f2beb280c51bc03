#include "RequestsSingleView.h"

#include "widgets/ChartAxes.h"
#include "widgets/EmptyViewHint.h"
#include "widgets/HangBanner.h"
#include "widgets/RequestTimelineChart.h"
#include "widgets/SplitterMemory.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
enum Metric { Status, Ttfb, Ttft, Itl, Total, Tokens, TokensPerSecond, Bytes, MetricCount };

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}
} // namespace

RequestsSingleView::RequestsSingleView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new HangBanner(this))
    , m_outcome(new QLabel(this))
    , m_metrics(new QFormLayout)
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_events(new QTreeWidget(this))
    , m_eventsHint(new EmptyViewHint(m_events))
    , m_timeline(new RequestTimelineChart(this))
{
    m_body->setObjectName(QStringLiteral("responseBody"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    connect(m_banner, &HangBanner::verifyRequested, this, &RequestsSingleView::verifyRequested);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_outcome->setFont(big);
    m_outcome->setWordWrap(true);
    for (int i = 0; i < MetricCount; ++i) {
        auto *value = new QLabel(QStringLiteral("—"), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.append(value);
        m_labels.append(new QLabel(this));
        m_metrics->addRow(m_labels.last(), value);
    }
    m_headers->setReadOnly(true);
    m_body->setReadOnly(true);
    m_headers->setMaximumHeight(110);
    m_events->setColumnCount(3);
    m_events->setRootIsDecorated(false);
    // Time and event type are short: they take their contents' width and the delta the rest, eliding, so the
    // table never scrolls sideways and no header ("增量") is cut off. Not setStretchLastSection: that last
    // section would not shrink below its default 100 pixels.
    m_events->setObjectName(QStringLiteral("streamEvents"));
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *metricsBox = new QWidget(this);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    metricsLayout->addWidget(m_outcome);
    metricsLayout->addLayout(m_metrics);
    metricsLayout->addStretch(1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_headers);
    right->addWidget(m_body);
    right->setStretchFactor(1, 1);
    right->setObjectName(QStringLiteral("responseHeadersSplit"));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(metricsBox);
    top->addWidget(right);
    top->setStretchFactor(1, 1);
    top->setObjectName(QStringLiteral("responseMetricsSplit"));

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_timeline);
    bottom->addWidget(m_events);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setObjectName(QStringLiteral("responseTimelineSplit"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setObjectName(QStringLiteral("responseSplit"));
    for (QSplitter *s : {right, top, bottom, split})
        rememberSplitterSizes(s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    retranslate();
}

void RequestsSingleView::retranslate()
{
    m_eventsHint->setText(tr("A streamed response's events, with the time each arrived."));
    const QString labels[MetricCount] = {tr("Status"), tr("TTFB"), tr("TTFT"), tr("ITL p50 / p90 / max"),
                                         tr("Total"), tr("Output tokens"), tr("Tokens/s"), tr("Bytes")};
    for (int i = 0; i < MetricCount; ++i)
        m_labels[i]->setText(labels[i]);
    m_events->setHeaderLabels({tr("Time"), tr("Event"), tr("Delta")});
    m_headers->setPlaceholderText(tr("Response headers"));
    m_body->setPlaceholderText(tr("Response body or assembled stream text"));
    // The placeholders go once text is shown; a screen reader still needs the names.
    m_headers->setAccessibleName(m_headers->placeholderText());
    m_body->setAccessibleName(m_body->placeholderText());
    m_events->setAccessibleName(tr("Stream events"));
    if (m_hasResult)
        showResult(m_result);
    else if (!m_running)
        m_outcome->setText(tr("No request yet: pick a template and press Send."));
}

void RequestsSingleView::setHangTarget(const HangTarget &target)
{
    m_target = target;
    if (!m_running && m_hasResult && m_result.outcome == Outcome::HangNoFirstByte)
        showHang();
}

void RequestsSingleView::showHang()
{
    m_banner->showHang(HangExplanation::hung(m_target, m_result.totalMs / 1000.0, HangExplanation::Voice::Window), m_target.pointsAtModule());
}

void RequestsSingleView::setWaitLimits(double noticeAfterMs, double hangAfterMs)
{
    m_noticeAfterMs = noticeAfterMs;
    m_hangAfterMs = hangAfterMs;
    m_timeline->setWaitLimits(noticeAfterMs, hangAfterMs);
}

void RequestsSingleView::setSilenceLimits(double noticeAfterMs, double stalledAfterMs)
{
    m_silenceNoticeAfterMs = noticeAfterMs;
    m_stalledAfterMs = stalledAfterMs;
}

void RequestsSingleView::showRunning(const QString &text)
{
    m_hasResult = false;
    m_running = true;
    m_runningText = text;
    m_banner->hide();
    m_values[Ttfb]->setStyleSheet(QString());
    m_outcome->setText(text);
    m_outcome->setStyleSheet(QString());
    for (QLabel *v : std::as_const(m_values))
        v->setText(QStringLiteral("—"));
    m_headers->clear();
    m_body->clear();
    m_events->clear();
    m_timeline->setResults({});
}

void RequestsSingleView::showProgress(const FireResult &live)
{
    if (!m_running)
        return;
    const QString elapsed = tr("%1 s").arg(QString::number(live.totalMs / 1000.0, 'f', 1));
    m_outcome->setText(m_runningText + QStringLiteral(" · ") + elapsed);
    m_values[Total]->setText(elapsed + QStringLiteral(" …"));
    const bool waiting = live.ttfbMs < 0;
    const bool late = waiting && live.totalMs >= m_noticeAfterMs;
    if (waiting)
        m_values[Ttfb]->setText(tr("waiting · %1").arg(elapsed));
    // The same amber as the timeline's late bar, on the metric that is late; the banner says what it may mean.
    m_values[Ttfb]->setStyleSheet(late ? QStringLiteral("QLabel { background: #f9ab00; color: #202124; padding: 0 4px; }")
                                       : QString());
    if (late)
        m_banner->showWaiting(HangExplanation::waiting(m_target, live.totalMs / 1000.0, m_hangAfterMs / 1000.0));
    else if (!waiting && live.silentMs >= m_silenceNoticeAfterMs) // started, then stopped sending: a stall to come
        m_banner->showWaiting(HangExplanation::silent(live.silentMs / 1000.0, m_stalledAfterMs / 1000.0));
    else
        m_banner->hide();
    FireResult forChart = live;
    forChart.startOffsetMs = 0;
    m_timeline->setResults({forChart});
}

void RequestsSingleView::addLiveEvent(const StreamEventRecord &event)
{
    if (m_events->topLevelItemCount() < 2000)
        m_events->addTopLevelItem(new QTreeWidgetItem({ms(event.atMs), event.type, event.delta}));
    m_body->moveCursor(QTextCursor::End);
    m_body->insertPlainText(event.delta);
}

void RequestsSingleView::showResult(const FireResult &r)
{
    m_result = r;
    m_hasResult = true;
    m_running = false;
    const QString id = OutcomeClassifier::id(r.outcome);
    // The title alone: the raw id ("refused") is for scripts, and hwb's --json has it.
    m_outcome->setText(OutcomeClassifier::title(r.outcome)
                       + (r.error.isEmpty() || r.outcome == Outcome::HangNoFirstByte ? QString()
                                                                                      : QLatin1String("\n") + r.error));
    m_outcome->setStyleSheet(QStringLiteral("color: %1;").arg(outcomeColor(id).name()));
    m_values[Ttfb]->setStyleSheet(QString());
    if (r.outcome == Outcome::HangNoFirstByte)
        showHang();
    else
        m_banner->hide();
    m_values[Status]->setText(r.status > 0 ? QStringLiteral("%1 %2").arg(r.status).arg(QString::fromLatin1(r.reason))
                                           : QStringLiteral("—"));
    m_values[Ttfb]->setText(ms(r.ttfbMs));
    m_values[Ttft]->setText(ms(r.ttftMs));
    m_values[Itl]->setText(r.itl.p50 >= 0 ? QStringLiteral("%1 / %2 / %3").arg(ms(r.itl.p50), ms(r.itl.p90), ms(r.itl.max))
                                           : QStringLiteral("—"));
    m_values[Total]->setText(ms(r.totalMs));
    m_values[Tokens]->setText(r.tokensEstimated ? tr("%1 (estimated from events)").arg(r.outputTokens)
                                                : QString::number(r.outputTokens));
    const std::optional<double> rate = r.tokensPerSecond();
    m_values[TokensPerSecond]->setText(rate ? QString::number(*rate, 'f', 1) : QStringLiteral("—"));
    m_values[Bytes]->setText(QString::number(r.bytes));

    QString headers;
    for (const auto &h : r.headers)
        headers += QString::fromLatin1(h.first) + QLatin1String(": ") + QString::fromLatin1(h.second) + QLatin1Char('\n');
    m_headers->setPlainText(headers);
    QString body = r.streamText;
    if (!r.streamed) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.keptBody);
        body = doc.isNull() ? QString::fromUtf8(r.keptBody) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    if (r.bodyClipped)
        body += QLatin1Char('\n') + tr("[… clipped for display: %1 bytes received in total]").arg(r.bytes);
    m_body->setPlainText(body);

    m_events->clear();
    QList<QTreeWidgetItem *> items;
    for (const StreamEventRecord &e : r.events)
        items.append(new QTreeWidgetItem({ms(e.atMs), e.type, e.delta}));
    m_events->addTopLevelItems(items);
    FireResult forChart = r;
    forChart.startOffsetMs = 0;
    m_timeline->setResults({forChart});
}

} // namespace hwb::gui
