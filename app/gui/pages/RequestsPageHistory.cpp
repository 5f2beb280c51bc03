#include "RequestsPage.h"

#include "RequestsBatchView.h"
#include "RequestsCompareView.h"
#include "RequestsSingleView.h"
#include "ScreenshotRenderer.h"

#include "llm/RunHistoryLoader.h"
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
    m_savedRunId = 0; // until this run is stored: a failed save must not leave the last run's number standing
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
    setProperty(ScreenshotRenderer::kLoadingProperty, m_loader->isLoading()); // a screenshot shows the run, not the wait
    if (m_saver->pending() > 0)
        m_saveState->setText(tr("Saving run…"));
    else if (m_loader->isLoading())
        m_saveState->setText(tr("Loading the last run…"));
    else if (m_savedRunId > 0)
        m_saveState->setText(tr("Saved as run #%1").arg(m_savedRunId));
    else
        m_saveState->clear();
}

void RequestsPage::showLatestRun()
{
    m_loader->loadLatest();
    showSaveState();
}

void RequestsPage::latestRunLoaded(const StoredRun &run)
{
    showSaveState();
    if (run.results.isEmpty())
        return;
    m_lastInfo = run.entry.info;
    m_lastSummary = run.entry.summary;
    m_lastResults = run.results;
    m_single->showResult(m_lastResults.first());
    if (m_lastResults.size() > 1) {
        m_batchView->showRun(m_lastResults, run.entry.summary,
                             tr("Run #%1 (%2) from the history").arg(run.entry.id).arg(run.entry.info.label));
        if (m_tabs->currentWidget() == m_single) // the user may have gone to another tab while it loaded
            m_tabs->setCurrentWidget(m_batchView);
    }
    m_export->setEnabled(true);
}

} // namespace hwb::gui
