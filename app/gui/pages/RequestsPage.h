#pragma once

#include "llm/BatchRunner.h"
#include "llm/FireRequest.h"
#include "llm/RequestTemplate.h"
#include "llm/RunExport.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace hwb {
class HangTargetProbe;
class MockUpstreamProbe;
class RunHistoryLoader;
class RunHistorySaver;
struct StoredRun;
}

namespace hwb::gui {

class AppContext;
class MessageBar;
class RequestsBatchView;
class RequestsCompareView;
class RequestsSingleView;

// Fire sample LLM requests at the local gateway: one request in detail, or a batch with distributions
// and charts; every run goes to the history so runs can be compared.
class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsPage(AppContext &context, QWidget *parent = nullptr);
    ~RequestsPage() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void setUpKeyboard(); // RequestsPageKeyboard.cpp
    void retranslateAccessibleNames();
    void followGatewayProfile();
    void loadTemplates(); // fills the template box, keeping its choice; the body is templateChosen()'s
    void templateChosen();
    // source: the template whose body was edited into t; its draft goes.
    void saveTemplate(const RequestTemplate &t, TemplateLibrary::Existing existing, const QString &source);
    // The body's edits, kept per template (RequestDrafts) while others are shown and across restarts.
    void keepDraft();
    void saveDrafts();
    void revertDraft();
    bool buildSpec(RequestSpec *spec, bool forBatch);
    FireTimeouts timeouts() const;
    void sendOne();
    void runBatch();
    void startBatch(const RequestSpec &spec, const BatchOptions &options);
    void cancel();
    // RequestsPageLive.cpp: what a request waits on, and how long it has waited, while it runs.
    // The target goes to the view that shows this run only: the other keeps the one its own result was named with.
    void lookUpTarget(const QUrl &url, bool toMock, bool streaming, bool forBatch);
    // A gateway's 502/503 for an upstream it cannot reach: what to do, from what answers where its mock should be.
    void explainUnreachableUpstream(const QList<FireResult> &results);
    QString gatewayEngine() const;
    void startLive(const FireTimeouts &timeouts);
    void tickLive();
    void stopLive();
    void reportStoppedOnHang(int fired, int notFired);
    void fireTheRest();
    void setRunning(bool running);
    // RequestsPageHistory.cpp: a finished run goes to the history on the saver's thread; the page says so meanwhile.
    void finishRun(const QList<FireResult> &results, const RunSummary &summary);
    void runSaved(qint64 id);
    void showSaveState();
    // The newest stored run is read on the loader's thread and shown when it comes, unless a run began meanwhile.
    void showLatestRun();
    void latestRunLoaded(const StoredRun &run);
    void exportRun();
    void openVerifyPage();
    void showKeyBackend();

    AppContext &m_context;
    MessageBar *m_messages;
    QLabel *m_urlLabel, *m_templateLabel, *m_keyLabel, *m_batchLabel, *m_keyBackend;
    QLineEdit *m_url;
    QComboBox *m_template;
    QLineEdit *m_apiKey;
    QPlainTextEdit *m_body;
    QPushButton *m_send, *m_batch, *m_cancel, *m_export, *m_saveTemplate;
    QLabel *m_saveState;
    QSpinBox *m_count, *m_concurrency;
    QDoubleSpinBox *m_rate, *m_firstByteTimeout;
    QCheckBox *m_keepAlive;
    QTabWidget *m_tabs;
    RequestsSingleView *m_single;
    RequestsBatchView *m_batchView;
    RequestsCompareView *m_compare;
    RunHistorySaver *m_saver;
    RunHistoryLoader *m_loader;
    qint64 m_savedRunId = 0;          // the newest run this page stored, for the save state

    QPointer<FireRequest> m_request;
    QPointer<BatchRunner> m_runner;
    HangTargetProbe *m_probe;
    bool m_toMock = false;            // the last run went straight to the window's mock: no gateway to look up
    MockUpstreamProbe *m_mockProbe = nullptr; // made at the first unreachable upstream
    QTimer *m_liveTick;               // refreshes the elapsed times of what is in flight
    RequestSpec m_batchSpec;          // the last batch's request and options, for "Fire the rest anyway"
    BatchOptions m_batchOptions;
    int m_notFired = 0;
    QList<FireResult> m_batchResults; // the batch's results as they came, redacted once, for display and history
    RunInfo m_lastInfo;
    QList<FireResult> m_lastResults;
    RunSummary m_lastSummary;
    QHash<QString, QString> m_drafts; // template name -> the body as the user left it
    QString m_shownTemplate;          // whose body the editor holds
    QString m_shownBody;              // that template's own body, what an edit is told from (read once, not per key)
    QTimer *m_draftSave;              // writes the drafts a moment after typing stops
};

} // namespace hwb::gui
