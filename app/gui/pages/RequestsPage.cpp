#include "RequestsPage.h"

#include "AppContext.h"
#include "PageRegistry.h"
#include "RequestsBatchView.h"
#include "RequestsCompareView.h"
#include "RequestsSingleView.h"
#include "widgets/KeyShortcuts.h"
#include "widgets/MessageBar.h"
#include "widgets/ShrinkableCombo.h"
#include "widgets/SplitterMemory.h"

#include "gateway/GatewayRunProfile.h"
#include "gateway/HangTargetProbe.h"
#include "gateway/MockUpstreamProbe.h"
#include "llm/BatchRunner.h"
#include "llm/Redactor.h"
#include "llm/RequestTemplate.h"
#include "llm/RequestUrl.h"
#include "llm/RunHistoryLoader.h"
#include "llm/RunHistorySaver.h"
#include "llm/RequestDrafts.h"
#include "llm/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace hwb::gui {

namespace {
const PageRegistration registration{
    {"requests", 60, QT_TRANSLATE_NOOP("hwb::gui::Pages", "Requests"),
     [](AppContext &context, QWidget *parent) { return new RequestsPage(context, parent); }}};

const QString kKeyName = QStringLiteral("API_KEY");
} // namespace

RequestsPage::RequestsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_messages(new MessageBar(this))
    , m_urlLabel(new QLabel(this))
    , m_templateLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_batchLabel(new QLabel(this))
    , m_keyBackend(new QLabel(this))
    , m_url(new QLineEdit(QStringLiteral("http://127.0.0.1:10000/"), this))
    , m_template(new ShrinkableCombo(12, this))
    , m_apiKey(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_batch(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_saveTemplate(new QPushButton(this))
    , m_saveState(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_firstByteTimeout(new QDoubleSpinBox(this))
    , m_keepAlive(new QCheckBox(this))
    , m_tabs(new QTabWidget(this))
    , m_single(new RequestsSingleView(this))
    , m_batchView(new RequestsBatchView(this))
    , m_compare(new RequestsCompareView(this))
    , m_saver(new RunHistorySaver(QString(), this))
    , m_loader(new RunHistoryLoader(QString(), this))
    , m_probe(new HangTargetProbe(this))
    , m_liveTick(new QTimer(this))
    , m_draftSave(new QTimer(this))
{
    m_messages->hide();
    // Object names let tests and screenshots find the controls.
    m_url->setObjectName(QStringLiteral("url"));
    m_send->setObjectName(QStringLiteral("send"));
    m_batch->setObjectName(QStringLiteral("runBatch"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_count->setObjectName(QStringLiteral("count"));
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_firstByteTimeout->setObjectName(QStringLiteral("firstByteTimeout"));
    m_body->setObjectName(QStringLiteral("body"));
    m_template->setObjectName(QStringLiteral("template"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyBackend->setWordWrap(true);
    m_body->setTabChangesFocus(true); // a form field: Tab goes on to Send (JSON indents with spaces)
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 3 + 2 * m_body->frameWidth() + 8);
    m_count->setRange(1, 100000);
    m_count->setValue(20);
    m_concurrency->setRange(1, 1000);
    m_concurrency->setValue(4);
    m_rate->setRange(0, 100000);
    m_firstByteTimeout->setRange(0.1, 3600);
    m_firstByteTimeout->setValue(30);
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);

    auto *form = new QGridLayout;
    form->addWidget(m_urlLabel, 0, 0);
    form->addWidget(m_url, 0, 1);
    // The template's label, picker and Save as… in one cell: sharing grid columns with the key store's wrapped note
    // below, the label was squeezed to "Templat".
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateLabel);
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_saveTemplate);
    form->addLayout(templateRow, 0, 2);
    form->addWidget(m_keyLabel, 1, 0);
    form->addWidget(m_apiKey, 1, 1);
    form->addWidget(m_keyBackend, 1, 2);
    // The URL takes what is left once the template's name shows whole; in a narrow window the template gives way
    // first, down to a few characters, while the URL keeps room for a host and port.
    form->setColumnStretch(1, 1);
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:10000/"))
                           + 2 * m_url->fontMetrics().averageCharWidth()); // and the frame's margins

    // Two short rows rather than one long one: the page must fit an 800x600 window. What applies to every request
    // (the hang threshold, keep-alive, Cancel, which stops a single request or a batch) sits with Send; the batch's
    // own settings with Run batch.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_firstByteTimeout);
    actions->addWidget(m_keepAlive);
    actions->addStretch(1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_export);
    auto *batchActions = new QHBoxLayout;
    batchActions->addWidget(m_batchLabel);
    batchActions->addWidget(m_count);
    batchActions->addWidget(m_concurrency);
    batchActions->addWidget(m_rate);
    batchActions->addWidget(m_batch);
    batchActions->addStretch(1);

    m_tabs->addTab(m_single, QString());
    m_tabs->addTab(m_batchView, QString());
    m_tabs->addTab(m_compare, QString());
    // Beside the tabs, where there is room at 800x600, and by the Compare tab the saved run joins.
    m_tabs->setCornerWidget(m_saveState, Qt::TopRightCorner);
    m_saveState->setContentsMargins(0, 0, m_saveState->fontMetrics().averageCharWidth(), 0);

    // The body and the results share the height through a splitter: a long body can be given room to edit, and on
    // a laptop screen the charts take it back. The body starts at five lines, the results get the rest.
    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(actions);
    resultsLayout->addLayout(batchActions);
    resultsLayout->addWidget(m_messages);
    resultsLayout->addWidget(m_tabs, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("requestSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_body);
    split->addWidget(results);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    const int bodyLines = m_body->fontMetrics().lineSpacing() * 5 + 2 * m_body->frameWidth() + 8;
    split->setSizes({bodyLines, 100000});
    rememberSplitterSizes(split);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    connect(m_template, &QComboBox::currentIndexChanged, this, &RequestsPage::templateChosen);
    connect(m_send, &QPushButton::clicked, this, &RequestsPage::sendOne);
    connect(m_batch, &QPushButton::clicked, this, &RequestsPage::runBatch);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsPage::cancel);
    connect(m_export, &QPushButton::clicked, this, &RequestsPage::exportRun);
    connect(m_saver, &RunHistorySaver::saved, this, &RequestsPage::runSaved);
    connect(m_saver, &RunHistorySaver::failed, this, [this](const QString &error) {
        showSaveState();
        m_messages->showError(tr("The run could not be stored in the history: %1").arg(error));
    });
    connect(m_loader, &RunHistoryLoader::loaded, this, &RequestsPage::latestRunLoaded);
    connect(m_loader, &RunHistoryLoader::failed, this, [this](const QString &error) {
        showSaveState();
        m_messages->showMessage(MessageBar::Kind::Warning, tr("The last run could not be read from the history: %1").arg(error));
    });
    connect(m_single, &RequestsSingleView::verifyRequested, this, &RequestsPage::openVerifyPage);
    connect(m_batchView, &RequestsBatchView::verifyRequested, this, &RequestsPage::openVerifyPage);
    connect(m_batchView, &RequestsBatchView::requestActivated, this, [this](const FireResult &r) {
        m_single->showResult(r);
        m_tabs->setCurrentWidget(m_single);
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] {
        const auto base = TemplateLibrary::find(m_template->currentData().toString());
        // Checked before asking for a name: a body that is not a JSON object would be saved as {}.
        const QJsonDocument body = QJsonDocument::fromJson(m_body->toPlainText().toUtf8());
        if (!body.isObject())
            return m_messages->showError(tr("The request body is not a JSON object."));
        const QString name = QInputDialog::getText(this, tr("Save template"), tr("Template name:"));
        if (!base || name.isEmpty())
            return;
        RequestTemplate t = *base;
        t.name = name;
        t.title = name;
        t.body = body.object();
        saveTemplate(t, TemplateLibrary::Existing::Refuse, m_shownTemplate);
    });
    // The key is kept in the keychain when one answers; the store says where it went.
    SecretStore &secrets = SecretStore::instance();
    connect(m_apiKey, &QLineEdit::editingFinished, this, [this] {
        if (!m_apiKey->text().isEmpty() && m_apiKey->text() != SecretStore::instance().value(kKeyName))
            SecretStore::instance().setValue(kKeyName, m_apiKey->text());
    });
    // The key may change elsewhere (the Gateway page moves one here): the field follows, unless it is being typed in,
    // or a stale key in it would be written back on the next Send.
    connect(&secrets, &SecretStore::changed, this, [this](const QString &name) {
        if (name == kKeyName && (m_apiKey->text().isEmpty() || !m_apiKey->hasFocus()))
            m_apiKey->setText(SecretStore::instance().value(kKeyName));
    });
    connect(&secrets, &SecretStore::backendChanged, this, [this] {
        showKeyBackend();
    });
    secrets.load(kKeyName);

    m_drafts = RequestDrafts::load();
    m_draftSave->setSingleShot(true);
    m_draftSave->setInterval(1000);
    connect(m_draftSave, &QTimer::timeout, this, &RequestsPage::saveDrafts);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestsPage::keepDraft);
    loadTemplates();
    templateChosen();
    setUpKeyboard();
    retranslate();
    showLatestRun();
}

RequestsPage::~RequestsPage()
{
    cancel();
    if (m_draftSave->isActive())
        saveDrafts();
}

// Until the user types a URL, requests go where the selected gateway profile says: the managed
// container's listener, the external gateway, or the in-process mock LLM (the demo's default).
void RequestsPage::followGatewayProfile()
{
    if (m_url->isModified())
        return;
    const QUrl mock(qApp->property("hwb.mockLlmUrl").toString());
    const QString base = GatewayRunProfileStore::selected(m_context.workspaceRoot()).requestBaseUrl(mock.port(18080));
    if (!base.isEmpty())
        m_url->setText(base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/'));
}

void RequestsPage::showEvent(QShowEvent *event)
{
    followGatewayProfile();
    QWidget::showEvent(event);
}

void RequestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestsPage::retranslate()
{
    m_urlLabel->setText(tr("Gateway &URL"));
    m_templateLabel->setText(tr("&Template"));
    // Its row gives the picker the room first; the label keeps its whole word (it was cut to "Templat").
    m_templateLabel->setMinimumWidth(m_templateLabel->sizeHint().width()
                                     + m_templateLabel->fontMetrics().averageCharWidth());
    m_keyLabel->setText(tr("API &key"));
    m_apiKey->setPlaceholderText(tr("Replaces ${API_KEY}; never written to logs, exports or history"));
    showKeyBackend();
    m_batchLabel->setText(tr("&Batch:"));
    m_count->setPrefix(tr("requests: ")); // a prefix reads right for 1 as for 20
    m_count->setToolTip(tr("Number of requests"));
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("Requests in flight at once"));
    m_rate->setSpecialValueText(tr("no rate limit"));
    m_rate->setPrefix(tr("rate "));
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("Start at most this many requests per second (0, no rate limit: as fast as the concurrency "
                          "allows)"));
    m_firstByteTimeout->setPrefix(tr("first byte ≤ "));
    m_firstByteTimeout->setSuffix(tr(" s"));
    m_firstByteTimeout->setToolTip(tr("A request without any response byte after this long is reported as a hang"));
    m_keepAlive->setText(tr("Keep-alive"));
    m_keepAlive->setToolTip(tr("Reuse connections between the requests of a batch, as hey and oha do; TTFB then "
                               "excludes connecting"));
    m_send->setText(tr("Send"));
    KeyShortcuts::bind(m_send, KeyShortcuts::send(), tr("Send one request and show its timing"));
    m_batch->setText(tr("Run batch"));
    KeyShortcuts::bind(m_batch, KeyShortcuts::runBatch(), tr("Send the batch: this many requests, this many at once"));
    m_cancel->setText(tr("Cancel"));
    KeyShortcuts::bind(m_cancel, KeyShortcuts::stop(), tr("Stop the requests that are running"));
    m_export->setText(tr("Export…"));
    m_saveTemplate->setText(tr("Save as…"));
    m_body->setPlaceholderText(tr("Request body (JSON)"));
    m_tabs->setTabText(0, tr("Response"));
    m_tabs->setTabText(1, tr("Batch"));
    m_tabs->setTabText(2, tr("Compare runs"));
    showSaveState();
    m_single->retranslate();
    m_batchView->retranslate();
    m_compare->retranslate();
    retranslateAccessibleNames();
}

FireTimeouts RequestsPage::timeouts() const
{
    FireTimeouts t;
    t.firstByteMs = int(m_firstByteTimeout->value() * 1000);
    return t;
}

bool RequestsPage::buildSpec(RequestSpec *spec, bool forBatch)
{
    const QUrl url = RequestUrl::parse(m_url->text());
    if (url.isEmpty()) {
        // Redacted: it may hold a password, and messages are copied into bug reports.
        m_messages->showError(tr("%1 is not an http:// or https:// URL with a host (and a port up to 65535, if "
                                 "it has one).").arg(Redactor::global().redact(m_url->text().trimmed())));
        return false;
    }
    const auto t = TemplateLibrary::find(m_template->currentData().toString());
    if (!t) {
        m_messages->showError(tr("Pick a request template."));
        return false;
    }
    RequestTemplate edited = *t;
    const QJsonDocument body = QJsonDocument::fromJson(m_body->toPlainText().toUtf8());
    if (!body.isObject()) {
        m_messages->showError(tr("The request body is not a JSON object."));
        return false;
    }
    edited.body = body.object();
    if (!m_apiKey->text().isEmpty() && m_apiKey->text() != SecretStore::instance().value(kKeyName))
        SecretStore::instance().setValue(kKeyName, m_apiKey->text());
    QStringList unresolved;
    *spec = edited.render(url, [](const QString &name) { return SecretStore::instance().value(name); }, &unresolved);
    if (!unresolved.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("%1 is empty: the request is sent without it.").arg(unresolved.join(QLatin1String(", "))));
    else
        m_messages->hide();
    m_lastInfo = {};
    m_lastInfo.url = url.toString(QUrl::RemovePassword);
    m_lastInfo.templateName = edited.name;
    // Tie the run to the plugin it went through, so the history reads "ai-proxy · openai-chat-stream": the one the
    // managed gateway runs, none when the requests go straight to the mock, else (an external gateway) the
    // selected one, the best guess there is.
    const QUrl mock(qApp->property("hwb.mockLlmUrl").toString());
    const bool toMock = !mock.isEmpty() && url.host() == mock.host() && url.port() == mock.port();
    const bool toGateway = !m_context.gatewayPlugin().isEmpty() && url.port() == m_context.gatewayPort();
    const QString plugin = toGateway                               ? m_context.gatewayPlugin()
                           : toMock || !m_context.currentPlugin() ? QString()
                                                                  : m_context.currentPlugin()->name;
    m_lastInfo.label = plugin.isEmpty() ? edited.name : plugin + QStringLiteral(" · ") + edited.name;
    lookUpTarget(url, toMock, spec->asksForStream(), forBatch);
    m_lastInfo.startedAtMsEpoch = QDateTime::currentMSecsSinceEpoch();
    m_lastInfo.requestHeaders = spec->headers;
    return true;
}

void RequestsPage::sendOne()
{
    RequestSpec spec;
    if (!buildSpec(&spec, false))
        return;
    m_lastInfo.count = 1;
    m_request = new FireRequest(spec, timeouts(), FireLimits{}, this);
    connect(m_request, &FireRequest::streamEvent, m_single, &RequestsSingleView::addLiveEvent);
    connect(m_request, &FireRequest::finished, this, [this, request = m_request.data()] {
        FireResult result = RunExport::redacted(request->result());
        request->deleteLater();
        m_single->showResult(result);
        finishRun({result}, RunSummary::of({result}, result.totalMs));
    });
    m_single->showRunning(tr("Waiting for %1 …").arg(spec.url.toString(QUrl::RemovePassword)));
    m_tabs->setCurrentWidget(m_single);
    setRunning(true);
    m_request->start();
    startLive(timeouts());
}

void RequestsPage::runBatch()
{
    RequestSpec spec;
    if (!buildSpec(&spec, true))
        return;
    BatchOptions options;
    options.count = m_count->value();
    options.concurrency = m_concurrency->value();
    options.rate = m_rate->value();
    options.timeouts = timeouts();
    options.limits = BatchRunner::batchLimits();
    options.limits.keepAlive = m_keepAlive->isChecked();
    // A demanding user does not wait 30 s a round for requests that will hang like the first ones did.
    options.stopWhenFirstRoundHangs = true;
    startBatch(spec, options);
}

void RequestsPage::startBatch(const RequestSpec &spec, const BatchOptions &options)
{
    m_batchSpec = spec;
    m_batchOptions = options;
    m_lastInfo.count = options.count;
    m_lastInfo.concurrency = options.concurrency;
    m_lastInfo.rate = options.rate;
    m_runner = new BatchRunner(spec, options, this);
    m_batchResults.clear();
    m_batchResults.reserve(options.count);
    connect(m_runner, &BatchRunner::requestFinished, this, [this](const FireResult &r) {
        m_batchResults.append(RunExport::redacted(r));
        m_batchView->add(m_batchResults.last());
    });
    connect(m_runner, &BatchRunner::finished, this, [this, runner = m_runner.data()] {
        // The runner's results, in the same order, already redacted as they came: not redacted again here.
        const QList<FireResult> results = std::exchange(m_batchResults, {});
        const RunSummary summary = runner->summary();
        const bool stoppedOnHang = runner->stoppedOnHang();
        const int notFired = runner->notFired();
        runner->deleteLater();
        m_batchView->showRun(results, summary, QString());
        finishRun(results, summary);
        if (stoppedOnHang)
            reportStoppedOnHang(int(results.size()), notFired);
    });
    m_batchView->begin(options.count, [runner = m_runner] { return runner ? runner->summary() : RunSummary(); });
    m_tabs->setCurrentWidget(m_batchView);
    setRunning(true);
    m_runner->start();
    startLive(options.timeouts);
}

void RequestsPage::cancel()
{
    if (m_request && !m_request->isFinished())
        m_request->cancel();
    if (m_runner)
        m_runner->cancel();
}

void RequestsPage::setRunning(bool running)
{
    if (running) {
        m_loader->discard(); // what this run shows wins over the last run, should that still be on its way
        if (m_mockProbe) // nor may the last run's upstream advice, seconds late, replace what this one says
            disconnect(m_mockProbe, nullptr, this, nullptr);
        showSaveState();
    } else {
        stopLive();
    }
    m_send->setEnabled(!running);
    m_batch->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && !m_lastResults.isEmpty());
}

void RequestsPage::exportRun()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export run"), QStringLiteral("run.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? RunExport::toCsv(m_lastResults)
        : RunExport::toJson(m_lastInfo, m_lastResults, m_lastSummary);
    QString error;
    if (RunExport::writeFile(path, bytes, &error))
        m_messages->showMessage(MessageBar::Kind::Success, tr("Exported to %1").arg(path));
    else
        m_messages->showError(tr("Could not export: %1").arg(error));
}

void RequestsPage::showKeyBackend()
{
    m_keyBackend->setText(SecretStore::instance().backendDescription());
    m_keyBackend->setToolTip(SecretStore::instance().fallbackReason());
}

void RequestsPage::openVerifyPage()
{
    if (PageRegistry::showSibling(this, QStringLiteral("verify")))
        return;
    m_messages->showInfo(tr("Verify the artifact with `hwb inspect plugin.wasm`: the Verify page is not part of "
                            "this build."));
}

} // namespace hwb::gui
