#include "RequestsPage.h"

#include "RequestsBatchView.h"
#include "RequestsCompareView.h"
#include "RequestsSingleView.h"

#include "llm/RunHistory.h"
#include "llm/RunHistorySaver.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

namespace hwb::gui {

void RequestsPage::finishRun(const QList<FireResult> &results, const RunSummary &summary)
{
    m_lastResults = results;
    m_lastSummary = summary;
    setRunning(false);
    // Storing a run of thousands of requests takes a second; the page stays usable meanwhile and says so.
    m_saver->save(m_lastInfo, results, summary);
    showSaveState();
    explainUnreachableUpstream(results);
}

void RequestsPage::runSaved(qint64 id)
{
    m_savedRunId = id;
    showSaveState();
    m_compare->reload();
}

void RequestsPage::showSaveState()
{
    if (m_saver->pending() > 0)
        m_saveState->setText(tr("Saving run…"));
    else if (m_savedRunId > 0)
        m_saveState->setText(tr("Saved as run #%1").arg(m_savedRunId));
    else
        m_saveState->clear();
}

void RequestsPage::showLatestRun()
{
    RunHistory history;
    const auto runs = history.runs(1);
    if (runs.isEmpty())
        return;
    const RunHistory::Entry &latest = runs.first();
    m_lastInfo = latest.info;
    m_lastSummary = latest.summary;
    m_lastResults = history.requests(latest.id);
    if (m_lastResults.isEmpty())
        return;
    m_single->showResult(m_lastResults.first());
    if (m_lastResults.size() > 1) {
        m_batchView->showRun(m_lastResults, latest.summary,
                             tr("Run #%1 (%2) from the history").arg(latest.id).arg(latest.info.label));
        m_tabs->setCurrentWidget(m_batchView);
    }
    m_export->setEnabled(true);
}

} // namespace hwb::gui
