#include "GatewayPage.h"

#include "AppContext.h"
#include "GatewayModuleNotice.h"
#include "PageRegistry.h"
#include "gateway/PluginConfigFile.h"
#include "gateway/PluginConfigSecrets.h"
#include "gateway/mock/MockLlmServer.h"
#include "llm/SecretStore.h"
#include "wasm/ArtifactInspector.h"
#include "widgets/BadgeLabel.h"
#include "widgets/GatewayProfileForm.h"
#include "widgets/JsonConfigEditor.h"
#include "widgets/LogFindBar.h"
#include "widgets/LogView.h"
#include "widgets/MessageBar.h"
#include "widgets/SplitterMemory.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLocale>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
const PageRegistration registration{
    {"gateway", 50, QT_TRANSLATE_NOOP("hwb::gui::Pages", "Gateway"),
     [](AppContext &context, QWidget *parent) { return new GatewayPage(context, parent); }}};

constexpr int kLogTailInError = 8;

QColor colorFor(GatewayController::State state)
{
    switch (state) {
    case GatewayController::State::Ready: return QColor(0x18, 0x80, 0x38);
    case GatewayController::State::Failed: return QColor(0xc5, 0x22, 0x1f);
    case GatewayController::State::Starting:
    case GatewayController::State::Stopping: return QColor(0x1a, 0x73, 0xe8);
    case GatewayController::State::Stopped: break;
    }
    return QColor(0x5f, 0x63, 0x68);
}
} // namespace

GatewayPage::GatewayPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_containerWatch(new GatewayWatch(this))
    , m_bar(new MessageBar(this))
    , m_form(new GatewayProfileForm(this))
    , m_badge(new BadgeLabel(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_target(new QLabel(this))
    , m_artifact(new QLabel(this))
    , m_moduleNotice(new GatewayModuleNotice(this))
    , m_mockLine(new QLabel(this))
    , m_mockButton(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_autoRestart(new QCheckBox(this))
    , m_editor(new JsonConfigEditor(this))
    , m_saveConfig(new QPushButton(this))
    , m_resetConfig(new QPushButton(this))
    , m_configPane(new QWidget(this))
    , m_configOrigin(new QLabel(this))
    , m_logTitle(new QLabel(this))
    , m_logView(new LogView(this))
    , m_logFind(new LogFindBar(m_logView, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_rebuildDebounce(new QTimer(this))
{
    m_bar->hide();
    m_logView->setObjectName(QStringLiteral("gatewayLog"));
    m_step->setObjectName(QStringLiteral("gatewayStep"));
    m_autoRestart->setChecked(true);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    for (QLabel *l : {m_target, m_artifact, m_mockLine, m_configOrigin}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    // One row per line, all of a height (LogView): a view lays out every row again when lines arrive, and wrapped
    // rows of differing heights made that cost seconds at the 5,000-line bound. It follows the tail as well.
    m_logView->setModel(m_controller.logs());
    m_logFind->setObjectName(QStringLiteral("gatewayLogFind"));
    m_rebuildDebounce->setSingleShot(true);
    m_rebuildDebounce->setInterval(1000); // a build writes the module in several steps
    connect(m_moduleNotice, &GatewayModuleNotice::verifyRequested, this,
            [this] { PageRegistry::showSibling(this, QStringLiteral("verify")); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_up, m_down, m_restart, m_cancel})
        buttons->addWidget(b);
    buttons->addWidget(m_autoRestart);
    buttons->addStretch(1);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_badge);
    stateRow->addWidget(m_step, 1);
    auto *mockRow = new QHBoxLayout;
    mockRow->addWidget(m_mockLine, 1);
    mockRow->addWidget(m_mockButton);

    auto *top = new QVBoxLayout;
    top->addWidget(m_form);
    top->addWidget(m_artifact);
    top->addWidget(m_moduleNotice);
    top->addWidget(m_target);
    top->addLayout(mockRow);
    top->addLayout(buttons);
    top->addLayout(stateRow);
    top->addWidget(m_progress);

    auto *configPane = m_configPane;
    auto *configLayout = new QVBoxLayout(configPane);
    configLayout->setContentsMargins(0, 0, 0, 0);
    auto *configButtons = new QHBoxLayout;
    configButtons->addWidget(m_configOrigin, 1);
    configButtons->addWidget(m_saveConfig);
    configButtons->addWidget(m_resetConfig);
    configLayout->addLayout(configButtons);
    configLayout->addWidget(m_editor, 1);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_logView, 1);
    logLayout->addWidget(m_logFind);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(configPane);
    splitter->addWidget(logPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setObjectName(QStringLiteral("gatewaySplit"));
    rememberSplitterSizes(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_up, &QPushButton::clicked, this, &GatewayPage::up);
    connect(m_restart, &QPushButton::clicked, this, &GatewayPage::up); // a start always replaces the old container
    connect(m_down, &QPushButton::clicked, this, &GatewayPage::down);
    connect(m_cancel, &QPushButton::clicked, &m_controller, &GatewayController::cancel);
    connect(m_mockButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (mockServer()->isListening())
            stopMock();
        else if (!startMock(kPreferredMockPort, &error))
            m_bar->showError(tr("The mock LLM could not start: %1").arg(error));
        updateMockLine();
    });
    connect(mockServer(), &MockLlmServer::served, this, [this](const QString &summary) {
        m_mockLog.appendLine(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + summary);
        updateMockLine();
    });
    connect(&m_controller, &GatewayController::stateChanged, this,
            [this](GatewayController::State s) {
                showState(s, m_controller.error());
                m_containerWatch->relist(); // what it lists from now on was asked after this change
            });
    connect(&m_controller, &GatewayController::progress, this, &GatewayPage::showProgress);
    connect(m_containerWatch, &GatewayWatch::listed, this, &GatewayPage::followContainers);
    connect(&SecretStore::instance(), &SecretStore::backendChanged, this, [this] {
        if (!m_keyMovedNote.isEmpty() && m_bar->isVisibleTo(this) && m_bar->text() == m_keyMovedNote)
            showKeyMoved();
    });
    connect(m_form, &GatewayProfileForm::saveFailed, m_bar, qOverload<const QString &>(&MessageBar::showError));
    connect(m_form, &GatewayProfileForm::profileChanged, this, [this] {
        retranslate();
        updateButtons();
    });
    m_form->setWorkspace(m_context.workspaceRoot());
    connect(&m_context, &AppContext::workspaceChanged, m_form, &GatewayProfileForm::setWorkspace);
    connect(m_editor, &JsonConfigEditor::validityChanged, this, &GatewayPage::updateButtons);
    connect(m_editor, &JsonConfigEditor::edited, this, &GatewayPage::updateButtons);
    connect(m_saveConfig, &QPushButton::clicked, this, [this] {
        const auto &plugin = m_context.currentPlugin();
        QString error;
        if (plugin && saveConfig(*plugin, m_editor->text(), &error))
            loadPlugin();
    });
    connect(m_resetConfig, &QPushButton::clicked, this, [this] {
        if (m_context.currentPlugin())
            PluginConfigFile::forget(*m_context.currentPlugin());
        m_loadedPlugin = {}; // discarding the edit is the point here
        loadPlugin();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rebuildDebounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_rebuildDebounce, qOverload<>(&QTimer::start));
    connect(m_rebuildDebounce, &QTimer::timeout, this, &GatewayPage::restartAfterRebuild);
    connect(&context, &AppContext::currentPluginChanged, this, &GatewayPage::loadPlugin);
    connect(&context, &AppContext::currentPluginRefreshed, this, &GatewayPage::loadPlugin);

    setUpKeyboard();
    loadPlugin();
    showState(GatewayController::State::Stopped, {});
    retranslate();
    if (!m_form->loadProblem().isEmpty())
        m_bar->showMessage(MessageBar::Kind::Warning, m_form->loadProblem());
    const QString preview = qApp->property("hwb.gatewayPreview").toString();
    if (!preview.isEmpty())
        previewState(preview);
}

// Looked up when the plugin or its folder changes, not on every button update: updateButtons() runs on each
// keystroke in the config editor, and the lookup reads the folder (cargo's target/ too).
void GatewayPage::findArtifact()
{
    m_modulePath = m_context.currentPlugin() ? ArtifactInspector::newestArtifact(m_context.currentPlugin()->path) : QString();
}

void GatewayPage::loadPlugin()
{
    const auto &plugin = m_context.currentPlugin();
    if (hasUnsavedEdit() && (!plugin || plugin->path != m_loadedPlugin.path))
        m_keptConfigs.insert(m_loadedPlugin.path, {m_loadedPlugin, m_editor->text()});
    findArtifact();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!plugin) {
        m_editor->setText({});
        m_configOrigin->clear();
        m_hasSavedEdit = false;
        m_loadedPlugin = {};
        retranslate();
        updateButtons();
        return;
    }
    QString origin;
    const QByteArray config = PluginConfigFile::load(*plugin, &origin);
    // The workspace is rescanned when files change (a build writes main.wasm), and the same plugin comes back: an
    // edit not saved yet must survive that, as it would any other refresh.
    const bool keepEdit = plugin->path == m_loadedPlugin.path && hasUnsavedEdit();
    m_loadedPlugin = *plugin;
    m_loadedConfig = config;
    if (const auto kept = m_keptConfigs.constFind(plugin->path); kept != m_keptConfigs.cend()) {
        m_editor->setText(kept->json);
        m_keptConfigs.erase(kept);
    } else if (!keepEdit) {
        m_editor->setText(config);
    }
    if (!m_keptConfigs.isEmpty() && !m_bar->isVisibleTo(this)) {
        QStringList names;
        for (const KeptConfig &k : std::as_const(m_keptConfigs))
            names.append(k.plugin.name);
        names.sort();
        m_bar->showInfo(tr("Unsaved edits to the configuration of %1 are kept: select the plugin again to save or "
                           "drop them.").arg(names.join(QStringLiteral(", "))));
    }
    m_hasSavedEdit = !origin.isEmpty() && origin != PluginConfigFile::samplePath(plugin->path);
    // The full path is in the tooltip: it is long, and which kind of file it is matters more.
    if (origin.isEmpty())
        m_configOrigin->setText(tr("No config file: the plugin gets {}."));
    else if (origin == PluginConfigFile::samplePath(plugin->path))
        m_configOrigin->setText(tr("Config: config.sample.json"));
    else
        m_configOrigin->setText(tr("Config: your saved edit"));
    m_configOrigin->setToolTip(QDir::toNativeSeparators(origin));
    m_watcher->addPath(plugin->path);
    retranslate();
    updateButtons();
}

bool GatewayPage::hasUnsavedEdit() const
{
    return !m_loadedPlugin.path.isEmpty() && m_editor->text() != m_loadedConfig;
}

QStringList GatewayPage::unsavedFiles() const
{
    QStringList files;
    if (hasUnsavedEdit())
        files.append(PluginConfigFile::savedPath(m_loadedPlugin));
    QStringList kept;
    for (const KeptConfig &k : m_keptConfigs)
        kept.append(PluginConfigFile::savedPath(k.plugin));
    kept.sort();
    return files + kept;
}

// An edit that is not valid JSON yet is saved as it is: the editor shows what is wrong when it comes back.
bool GatewayPage::saveUnsaved(QString *error)
{
    if (hasUnsavedEdit() && !saveConfig(m_loadedPlugin, m_editor->text(), error))
        return false;
    for (auto it = m_keptConfigs.begin(); it != m_keptConfigs.end(); it = m_keptConfigs.erase(it))
        if (!saveConfig(it->plugin, it->json, error))
            return false;
    m_loadedConfig = m_editor->text();
    return true;
}

bool GatewayPage::saveConfig(const PluginInfo &plugin, const QByteArray &json, QString *error)
{
    if (PluginConfigFile::saveIfEdited(plugin, json, error))
        return true;
    if (plugin.path != m_loadedPlugin.path)
        *error = tr("%1: %2").arg(plugin.name, *error); // an edit kept for a plugin not shown
    if (plugin.path == m_loadedPlugin.path && !PluginConfigSecrets::literals(json).isEmpty())
        m_bar->showError(*error, tr("Move the key to the keychain"), [this] { moveKeyToKeychain(); });
    else
        m_bar->showError(*error);
    return false;
}

// The key becomes the ${API_KEY} the Requests page fills in too: the provider's key, whether requests reach the
// provider through the gateway or directly.
void GatewayPage::moveKeyToKeychain(bool replaceOther)
{
    const QByteArray json = m_editor->text();
    const QList<PluginConfigSecrets::Literal> literals = PluginConfigSecrets::literals(json);
    QStringList keys;
    for (const PluginConfigSecrets::Literal &literal : literals)
        if (!keys.contains(literal.value))
            keys.append(literal.value);
    if (keys.size() != 1)
        return m_bar->showError(tr("The configuration has %n different keys written out, and ${API_KEY} holds one: "
                                   "replace them with placeholders by hand.", nullptr, int(keys.size())));
    const QString apiKey = QStringLiteral("API_KEY");
    const QString replaced = SecretStore::instance().value(apiKey);
    if (!replaced.isEmpty() && replaced != keys.first() && !replaceOther)
        return m_bar->showMessage(MessageBar::Kind::Warning,
                                  tr("The Requests page has another API key as ${API_KEY}. This key would take its place."),
                                  tr("Replace it"), [this] { moveKeyToKeychain(true); });
    SecretStore::instance().setValue(apiKey, keys.first());
    m_editor->setText(PluginConfigSecrets::withPlaceholder(json, literals, apiKey));
    QString error;
    if (!saveConfig(m_loadedPlugin, m_editor->text(), &error))
        return;
    loadPlugin();
    m_keyReplacedAnother = !replaced.isEmpty() && replaced != keys.first();
    showKeyMoved();
}

// Said again if the keychain turns the key down afterwards (no secret service answers): then it lasts this session.
void GatewayPage::showKeyMoved()
{
    m_keyMovedNote = SecretStore::instance().isPersistent()
        ? tr("The key is in the keychain now, and the saved configuration says ${API_KEY}.")
        : tr("The key is kept for this session only (%1), and the saved configuration says ${API_KEY}: enter the "
             "key on the Requests page when you start the workbench again.").arg(SecretStore::instance().fallbackReason());
    if (m_keyReplacedAnother)
        m_keyMovedNote += QLatin1Char(' ') + tr("It replaces the API key the Requests page had.");
    m_bar->showMessage(MessageBar::Kind::Success, m_keyMovedNote);
}

void GatewayPage::up()
{
    const auto &plugin = m_context.currentPlugin();
    const GatewayRunProfile profile = m_form->profile();
    if (!plugin || profile.kind != GatewayRunProfile::Kind::ManagedContainer)
        return;
    m_bar->hide();
    // Starting saves the configuration, and one with a key written out is not saved: the bar offers the fix.
    if (QString error; !saveConfig(*plugin, m_editor->text(), &error))
        return;
    m_loadedConfig = m_editor->text();
    m_hasSavedEdit = QFileInfo::exists(PluginConfigFile::savedPath(*plugin)); // none when it equals the sample
    QStringList unresolved;
    const QByteArray config = PluginConfigSecrets::resolve(
        m_editor->text(), [](const QString &name) { return SecretStore::instance().value(name); }, &unresolved);
    if (unresolved == QStringList{QStringLiteral("API_KEY")})
        return m_bar->showError(tr("The configuration uses ${API_KEY}, which has no value: enter the API key on the "
                                   "Requests page."));
    if (!unresolved.isEmpty()) // the app keeps one key; hwb takes any ${NAME} from $HWB_NAME
        return m_bar->showError(tr("The configuration uses ${%1}, which the workbench cannot fill: it keeps one key, "
                                   "${API_KEY}. Write that instead, or start the gateway with hwb gateway up and $HWB_%2.")
                                    .arg(unresolved.join(QStringLiteral("}, ${")), unresolved.constFirst()));
    GatewaySpec spec;
    spec.pluginName = plugin->name;
    spec.workspace = m_context.workspaceRoot();
    findArtifact(); // the folder watcher's debounce may not have run since the last build
    spec.artifactPath = m_modulePath;
    spec.pluginConfigJson = config;
    spec.image = profile.image;
    spec.engine = profile.engine;
    spec.listenerPort = profile.listenerPort;
    spec.adminPort = profile.adminPort;
    spec.upstream = profile.upstream;
    spec.readyTimeoutMs = profile.readyTimeoutSeconds * 1000;
    if (profile.upstream == QLatin1String("mock")) {
        QString error;
        if (!startMock(kPreferredMockPort, &error))
            return m_bar->showError(tr("The mock LLM could not start: %1").arg(error));
        spec.mockServer = mockServer();
        spec.mockPort = mockServer()->port();
        updateMockLine();
    }
    m_startedArtifactTime = QFileInfo(spec.artifactPath).lastModified();
    m_runningPluginPath = plugin->path;
    m_controller.start(spec);
}

void GatewayPage::down()
{
    // The gateway that runs, which need not be the selected plugin's: the selection may have moved since Start.
    const GatewaySpec running = m_controller.spec();
    if (m_controller.state() != GatewayController::State::Stopped && !running.pluginName.isEmpty())
        m_controller.stop(running.pluginName, running.engine, running.engineEnvironment, running.workspace);
    else if (m_context.currentPlugin())
        m_controller.stop(m_context.currentPlugin()->name, m_form->profile().engine, {}, m_context.workspaceRoot());
}

void GatewayPage::restartAfterRebuild()
{
    // A build in the plugin's folder changes what the page can do (Start needs a module) and the module line, whether
    // or not a running gateway follows it.
    findArtifact();
    retranslate();
    updateButtons();
    const auto &plugin = m_context.currentPlugin();
    if (!m_autoRestart->isChecked() || m_controller.state() != GatewayController::State::Ready || !plugin
        || plugin->path != m_runningPluginPath)
        return; // a rebuild of another plugin than the one the gateway runs (by folder: names repeat across families)
    const QDateTime built = QFileInfo(m_modulePath).lastModified();
    if (built.isValid() && built != m_startedArtifactTime) {
        up(); // hides the message bar first, so the note comes after; an error it showed stays
        if (!m_bar->isVisibleTo(this))
            m_bar->showInfo(tr("The plugin was rebuilt: restarting the gateway with the new module."));
    }
}

void GatewayPage::showState(GatewayController::State state, const GatewayError &error)
{
    m_context.setGateway(state == GatewayController::State::Ready ? m_controller.spec().pluginName : QString(),
                         m_controller.spec().listenerPort, m_controller.spec().engine);
    m_shownState = state;
    m_shownError = error;
    static const char *const names[] = {QT_TR_NOOP("Stopped"), QT_TR_NOOP("Starting"), QT_TR_NOOP("Ready"),
                                        QT_TR_NOOP("Failed"), QT_TR_NOOP("Stopping")};
    m_badge->setBadge(tr(names[int(state)]), colorFor(state));
    const bool busy = state == GatewayController::State::Starting || state == GatewayController::State::Stopping;
    m_progress->setVisible(busy);
    if (state == GatewayController::State::Failed) {
        QString text = error.message;
        if (!error.hint.isEmpty())
            text += QLatin1Char('\n') + error.hint;
        const QStringList tail = error.logTail.mid(qMax<qsizetype>(0, error.logTail.size() - kLogTailInError));
        if (!tail.isEmpty())
            text += QLatin1Char('\n') + tail.join(QLatin1Char('\n'));
        m_bar->showError(text);
        m_step->clear(); // the badge says Failed; the message bar above says why, once
    } else if (state == GatewayController::State::Ready) {
        QString ready = tr("Ready: requests to http://127.0.0.1:%1 pass through %2.")
                            .arg(m_controller.spec().listenerPort)
                            .arg(m_controller.spec().pluginName);
        if (!m_controller.adoptedFrom().isEmpty()) {
            ready += QLatin1Char(' ') + tr("(Container %1, started outside the workbench.)").arg(m_controller.adoptedFrom());
            // Started with `hwb gateway up --image X`: a Restart from here takes the profile's image, which may not
            // even be on this machine. Said before it is pressed.
            const QString profileImage = m_form->profile().image;
            if (!profileImage.isEmpty() && m_controller.spec().image != profileImage)
                ready += QLatin1Char(' ')
                    + tr("It runs the image %1; Restart uses the profile's image, %2.").arg(m_controller.spec().image, profileImage);
        }
        m_step->setText(ready);
    } else if (state == GatewayController::State::Stopped) {
        m_step->setText(tr("Not running."));
    }
    // Only a managed gateway has a state of its own; the badge would mislead for the others.
    const bool managed = m_form->profile().kind == GatewayRunProfile::Kind::ManagedContainer;
    m_badge->setVisible(managed);
    m_step->setVisible(managed);
    updateButtons();
}

void GatewayPage::showProgress(const QString &step, qint64 elapsedMs, qint64 timeoutMs)
{
    m_step->setText(tr("%1 (%2 s of %3 s)").arg(step).arg(elapsedMs / 1000).arg(timeoutMs / 1000));
    m_progress->setRange(0, int(timeoutMs));
    m_progress->setValue(int(qMin(elapsedMs, timeoutMs)));
}

void GatewayPage::updateButtons()
{
    const bool managed = m_form->profile().kind == GatewayRunProfile::Kind::ManagedContainer;
    const bool plugin = m_context.currentPlugin().has_value();
    const bool busy = m_shownState == GatewayController::State::Starting || m_shownState == GatewayController::State::Stopping;
    for (QPushButton *b : {m_up, m_down, m_restart})
        b->setVisible(managed);
    m_autoRestart->setVisible(managed);
    // Start needs a module to load.
    const bool built = plugin && !m_modulePath.isEmpty();
    m_up->setEnabled(built && !busy && m_editor->isValid() && m_shownState != GatewayController::State::Ready);
    m_up->setToolTip(plugin && !built ? tr("Build the plugin first: there is no module to load.") : QString());
    m_restart->setEnabled(built && !busy && m_editor->isValid() && m_shownState == GatewayController::State::Ready);
    // A container of the CLI or another window is taken over while the page is shown, so Stopped means none runs.
    m_down->setEnabled(!busy && m_shownState != GatewayController::State::Stopped);
    m_cancel->setVisible(m_shownState == GatewayController::State::Starting);
    m_saveConfig->setEnabled(plugin && m_editor->isValid());
    // Something to go back from: a saved edit, or an edit in the editor.
    m_resetConfig->setEnabled(m_hasSavedEdit || m_editor->text() != m_loadedConfig);
}

void GatewayPage::retranslate()
{
    m_up->setText(tr("Start gateway"));
    m_down->setText(tr("Stop gateway"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Start the gateway again with the selected plugin's module and configuration. "
                             "It replaces the gateway that runs, whichever plugin that is."));
    m_cancel->setText(tr("Cancel"));
    m_autoRestart->setText(tr("Restart after a rebuild"));
    m_saveConfig->setText(tr("Save"));
    m_resetConfig->setText(tr("Reset to sample"));
    retranslateAccessibleNames();
    const GatewayRunProfile profile = m_form->profile();
    const bool managed = profile.kind == GatewayRunProfile::Kind::ManagedContainer;
    m_logTitle->setText(managed ? tr("Gateway l&og (wasm at debug level)") : tr("Requests the m&ock LLM served"));
    m_logView->setPlaceholderText(
        managed ? tr("The gateway's log appears here once it starts, with the plugin's own lines.")
                : tr("Each request the mock LLM answers is listed here, with its path and status."));
    QAbstractItemModel *logModel = managed ? static_cast<QAbstractItemModel *>(m_controller.logs()) : &m_mockLog;
    if (m_logView->model() != logModel)
        m_logView->setModel(logModel);

    const QString url = profile.requestBaseUrl(mockServer()->isListening() ? mockServer()->port() : kPreferredMockPort);
    // Without the plugin in the path its module and configuration do not matter: the profile's banner says so once,
    // and the page shows only what is used.
    const bool pluginUsed = profile.pluginInRequestPath();
    m_target->setText(pluginUsed ? tr("Requests go to %1, through the plugin.").arg(url)
                                 : tr("Requests go to %1, straight to the mock.").arg(url));
    m_artifact->setVisible(pluginUsed);
    m_configPane->setVisible(pluginUsed);
    const QString &artifact = m_modulePath;
    if (!m_context.currentPlugin())
        m_artifact->setText(tr("Select a plugin on the left."));
    else if (artifact.isEmpty())
        m_artifact->setText(tr("Module: not built yet (main.wasm, plugin.wasm, or cargo's target/*/release/*.wasm). Build it first."));
    else
        m_artifact->setText(tr("Module: %1 (built %2)")
                                .arg(QDir::toNativeSeparators(artifact),
                                     QLocale().toString(QFileInfo(artifact).lastModified(), QLocale::ShortFormat)));
    m_moduleNotice->check(pluginUsed && m_context.currentPlugin() ? artifact : QString(),
                          m_context.currentPlugin() ? m_context.currentPlugin()->path : QString(), profile.image);
    updateMockLine();
    showState(m_shownState, m_shownError);
}

void GatewayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hwb::gui
