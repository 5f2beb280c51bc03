#include "RequestsBatchView.h"

#include "widgets/EmptyViewHint.h"
#include "widgets/HangBanner.h"
#include "widgets/LatencyHistogram.h"
#include "widgets/LatencyOverTimeChart.h"
#include "widgets/RequestTimelineChart.h"
#include "widgets/SplitterMemory.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 1);
}
} // namespace

RequestsBatchView::RequestsBatchView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new HangBanner(this))
    , m_progress(new QProgressBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_percentiles(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_histogram(new LatencyHistogram(this))
    , m_overTime(new LatencyOverTimeChart(this))
    , m_timeline(new RequestTimelineChart(this))
    , m_table(new QTableView(this))
    , m_tableHint(new EmptyViewHint(m_table))
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &RequestsBatchView::refreshCharts);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_percentiles->setTextFormat(Qt::RichText);
    m_percentiles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(&m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setWordWrap(false);
    // Fitting the columns reads the rows on screen and this many more, not all 10,000 of a load test.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    // Three rows at least: the table is where a batch's failures are read, the charts can give way.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * m_table->verticalHeader()->defaultSectionSize());
    m_banner->setObjectName(QStringLiteral("batchHangBanner"));
    connect(m_banner, &HangBanner::verifyRequested, this, &RequestsBatchView::verifyRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT requestActivated(m_model.at(index.row()));
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &RequestsBatchView::refreshCharts);

    auto *histogramBox = new QWidget(this);
    auto *histogramLayout = new QVBoxLayout(histogramBox);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addWidget(m_metric);
    histogramLayout->addWidget(m_histogram, 1);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(histogramBox, 0, 0);
    grid->addWidget(m_overTime, 0, 1);
    grid->addWidget(m_timeline, 1, 0, 1, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setObjectName(QStringLiteral("batchSplit"));
    rememberSplitterSizes(split);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    auto *summaryRow = new QHBoxLayout; // side by side: the page must fit a 768-pixel-high laptop screen
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_percentiles);
    layout->addLayout(summaryRow);
    layout->addWidget(split, 1);
    retranslate();
}

void RequestsBatchView::retranslate()
{
    m_tableHint->setText(tr("Run a batch to list every request here, with its outcome and timing."));
    const int current = qMax(0, m_metric->currentIndex());
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    m_metric->addItems({tr("Total latency histogram"), tr("TTFT histogram"), tr("TTFB histogram")});
    m_metric->setCurrentIndex(current);
    m_metric->setAccessibleName(tr("Histogram shown"));
    m_table->setAccessibleName(tr("Requests of the batch"));
    showSummary(m_summary);
    refreshCharts();
}

void RequestsBatchView::setHangTarget(const HangTarget &target)
{
    m_target = target;
    showSummary(m_summary);
}

void RequestsBatchView::setWaitLimits(double noticeAfterMs, double hangAfterMs)
{
    m_noticeAfterMs = noticeAfterMs;
    m_hangAfterMs = hangAfterMs;
    m_timeline->setWaitLimits(noticeAfterMs, hangAfterMs);
}

void RequestsBatchView::setSilenceLimits(double noticeAfterMs, double stalledAfterMs)
{
    m_silenceNoticeAfterMs = noticeAfterMs;
    m_stalledAfterMs = stalledAfterMs;
}

void RequestsBatchView::showInFlight(const QList<FireResult> &inFlight)
{
    m_inFlight = inFlight;
    if (!m_refresh.isActive())
        m_refresh.start();
}

void RequestsBatchView::begin(int total, std::function<RunSummary()> liveSummary)
{
    m_total = total;
    m_liveSummary = std::move(liveSummary);
    m_fittedRows = 0;
    m_caption.clear();
    m_model.clear();
    m_inFlight.clear();
    m_summary = {};
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->show();
    showSummary(m_summary);
    refreshCharts();
}

void RequestsBatchView::add(const FireResult &result)
{
    m_model.append(result);
    m_progress->setValue(int(m_model.rowCount()));
    if (!m_refresh.isActive())
        m_refresh.start();
}

void RequestsBatchView::showRun(const QList<FireResult> &results, const RunSummary &summary, const QString &caption)
{
    m_caption = caption;
    m_liveSummary = {};
    m_fittedRows = 0;
    m_inFlight.clear();
    m_total = qMax(m_total, int(results.size())); // a batch stopped early still says "4 of 8"
    if (!caption.isEmpty()) {
        // A run from the history: its own size, with the requests it held back when its first round hung
        m_total = int(results.size()) + summary.notFired;
        // Its hangs are said with the wait its requests had, not the page's limit now: a run fired with
        // --first-byte-timeout 0.5 did not wait 30 s.
        double waited = -1;
        for (const FireResult &r : results)
            if (r.outcome == Outcome::HangNoFirstByte)
                waited = waited < 0 ? r.totalMs : qMin(waited, r.totalMs);
        if (waited > 0)
            m_hangAfterMs = waited;
    }
    m_model.setResults(results);
    m_summary = summary;
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(int(results.size()));
    refreshCharts();
}

void RequestsBatchView::showSummary(const RunSummary &s)
{
    showHangs(s);
    QStringList outcomes;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it) {
        if (it.value() > 0)
            outcomes.append(QStringLiteral("%1 %2").arg(OutcomeClassifier::title(OutcomeClassifier::fromId(it.key())))
                                .arg(it.value()));
    }
    QStringList status;
    for (auto it = s.status.cbegin(); it != s.status.cend(); ++it)
        status.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    const auto row = [](const QString &name, const Percentiles &p) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
            .arg(name, ms(p.p50), ms(p.p90), ms(p.p99), ms(p.max));
    };
    // Three short lines beside the percentiles, rather than one long one above them: the page must fit a
    // 1280x800 window (its minimum size is the sum of such rows).
    const QString caption = m_caption.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>").arg(m_caption.toHtmlEscaped());
    m_summaryLabel->setText(
        caption
        + QStringList{tr("%1 of %2 done, %3 ok").arg(s.n).arg(qMax(m_total, s.n)).arg(s.ok)
                          + (s.notFired <= 0 ? QString()
                             : s.stoppedOnHang
                                 ? QStringLiteral(" · ") + tr("%1 not fired: the first round hung").arg(s.notFired)
                                 : QStringLiteral(" · ") + tr("%1 not fired: the run was cancelled").arg(s.notFired))
                          + (m_inFlight.isEmpty() ? QString()
                                                  : QStringLiteral(" · ") + HangExplanation::inFlightLine(m_inFlight, int(m_silenceNoticeAfterMs))),
                      tr("Outcomes: %1").arg(outcomes.isEmpty() ? QStringLiteral("—") : outcomes.join(QLatin1String(", "))),
                      tr("Status: %1 · %2 req/s · %3 tokens/s")
                          .arg(status.isEmpty() ? QStringLiteral("—") : status.join(QLatin1String(", ")))
                          .arg(s.rps, 0, 'f', 1)
                          .arg(s.tokensPerSecond, 0, 'f', 1)}
              .join(QLatin1String("<br>")));
    m_percentiles->setText(QStringLiteral("<table cellspacing=0 cellpadding=2><tr><td></td><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
              .arg(tr("p50"), tr("p90"), tr("p99"), tr("max"))
        + row(tr("TTFB ms"), s.ttfb) + row(tr("TTFT ms"), s.ttft) + row(tr("Total ms"), s.total)
        + QStringLiteral("</table>"));
}

// A batch where requests hung says so in red above everything else, as a single hung request does: a hang is the
// symptom of a build that skipped its .buildrc tags, and a count in the summary line is too easy to read past.
void RequestsBatchView::showHangs(const RunSummary &s)
{
    const int hung = s.outcomes.value(OutcomeClassifier::id(Outcome::HangNoFirstByte));
    const int stalled = s.outcomes.value(OutcomeClassifier::id(Outcome::Stalled));
    const int total = qMax(m_total, s.n);
    if (hung == 0 && stalled == 0) {
        // Before any hang is named, requests that have waited past the notice say so in amber.
        double waited = 0;
        for (const FireResult &r : std::as_const(m_inFlight))
            waited = r.ttfbMs < 0 ? qMax(waited, r.totalMs) : waited;
        if (waited >= m_noticeAfterMs)
            m_banner->showWaiting(HangExplanation::waiting(m_target, waited / 1000.0, m_hangAfterMs / 1000.0));
        else
            m_banner->hide();
        return;
    }
    QStringList lines;
    if (hung > 0)
        lines.append(HangExplanation::summary(m_target, hung, total, m_hangAfterMs / 1000.0, HangExplanation::Voice::Window));
    if (stalled > 0)
        lines.append(tr("%1 of %2 requests stalled: the response stopped coming in the middle.").arg(stalled).arg(total));
    if (hung == 0)
        lines.append(tr("With a proxy-wasm plugin in the path, the classic cause is a build that did not apply the "
                        ".buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100)."));
    m_banner->showHang(lines.join(QLatin1Char('\n')), hung == 0 || m_target.pointsAtModule());
}

void RequestsBatchView::refreshCharts()
{
    if (m_liveSummary)
        m_summary = m_liveSummary();
    showSummary(m_summary);
    const QList<FireResult> &results = m_model.results();
    QList<double> values;
    QList<LatencyOverTimeChart::Point> points;
    const int metric = m_metric->currentIndex();
    for (const FireResult &r : results) {
        const double v = metric == 1 ? r.ttftMs : metric == 2 ? r.ttfbMs : (r.isOk() ? r.totalMs : -1);
        if (v >= 0)
            values.append(v);
        points.append({r.startOffsetMs / 1000.0, r.ttftMs, r.totalMs, r.isOk()});
    }
    m_histogram->setValues(values);
    m_overTime->setPoints(points);
    m_timeline->setResults(results, m_inFlight);
    fitColumns();
}

void RequestsBatchView::fitColumns()
{
    const int rows = m_model.rowCount();
    if (rows > 0 && rows < 2 * m_fittedRows)
        return;
    m_table->resizeColumnsToContents();
    m_fittedRows = rows;
}

} // namespace hwb::gui
