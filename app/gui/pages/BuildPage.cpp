#include "BuildPage.h"

#include "buildplan/BuildProfile.h"

#include "AppContext.h"
#include "BuildVerdictNotice.h"
#include "PageRegistry.h"
#include "SyntaxHighlighting.h"
#include "widgets/CommandPreview.h"
#include "widgets/EmptyViewHint.h"
#include "widgets/KeyShortcuts.h"
#include "widgets/LayerBadgeDelegate.h"
#include "widgets/LogFindBar.h"
#include "widgets/LogView.h"
#include "widgets/MessageBar.h"
#include "widgets/PendingValueDelegate.h"
#include "widgets/SeverityIconProxy.h"
#include "widgets/SplitterMemory.h"
#include "widgets/TagChips.h"
#include "widgets/ThemeColors.h"

#include "buildplan/BuildFlagMerger.h"
#include "buildplan/BuildPlanner.h"
#include "buildplan/BuildVariablesModel.h"
#include "buildrun/BuildRunner.h"
#include "buildrun/BuildSummary.h"
#include "buildrun/DiagnosticsModel.h"
#include "common/BoundedFile.h"
#include "buildrun/EarlyInspection.h"
#include "buildrun/LogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
// The history keeps the mode's id; the table shows its name in the UI language.
QString modeName(const QString &id)
{
    const std::optional<BuildMode> mode = buildModeFromId(id);
    return mode ? buildModeDisplayName(*mode) : id;
}

const PageRegistration registration{{"build", 30, QT_TRANSLATE_NOOP("hwb::gui::Pages", "Build"),
                                     [](AppContext &c, QWidget *p) { return new BuildPage(c, p); }}};
} // namespace

BuildPage::BuildPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new BuildRunner(this))
    , m_variables(new BuildVariablesModel(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_log(new LogModel(this))
    , m_messages(new MessageBar(this))
    , m_verdict(new BuildVerdictNotice(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_modeIsDefault(new QCheckBox(this))
    , m_customRow(new QWidget(this))
    , m_customLabel(new QLabel(m_customRow))
    , m_customCommand(new QLineEdit(m_customRow))
    , m_build(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new CommandPreview(this))
    , m_copy(new QPushButton(this))
    , m_flags(new QTableView(this))
    , m_tagsLabel(new QLabel(this))
    , m_tags(new TagChips(this))
    , m_addOverride(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_logView(new LogView(this))
    , m_logFind(new LogFindBar(m_logView, this))
    , m_problems(new QTreeView(this))
    , m_source(new QPlainTextEdit(this))
    , m_history(new QTreeWidget(this))
    , m_problemsHint(new EmptyViewHint(m_problems))
    , m_historyHint(new EmptyViewHint(m_history))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setObjectName(QStringLiteral("commandPreview"));
    m_preview->setFont(mono);
    m_preview->setFixedHeight(QFontMetrics(mono).lineSpacing() * 3 + 16);
    m_logView->setObjectName(QStringLiteral("buildLog"));
    m_source->setObjectName(QStringLiteral("sourceView"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_history->setObjectName(QStringLiteral("buildHistory"));
    m_verdict->setObjectName(QStringLiteral("buildVerdict"));
    m_flags->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 8);
    m_logView->setModel(m_log); // LogModel keeps the last 100,000 lines; the view shows them all
    m_source->setReadOnly(true);
    m_source->setFont(mono);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    SyntaxHighlighting::attach(m_source->document(), QStringLiteral("Go"));
    m_flags->setModel(m_variables);
    m_flags->setItemDelegateForColumn(BuildVariablesModel::LayerColumn, new LayerBadgeDelegate(m_flags));
    m_flags->setItemDelegateForColumn(BuildVariablesModel::ValueColumn, new PendingValueDelegate(m_flags));
    m_flags->verticalHeader()->hide();
    m_flags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flags->horizontalHeader()->setSectionResizeMode(BuildVariablesModel::ValueColumn, QHeaderView::Stretch);
    m_flags->setWordWrap(false);
    m_addOverride->setObjectName(QStringLiteral("addOverride"));
    m_addOverride->setClearButtonEnabled(true);
    m_problems->setModel(new SeverityIconProxy(m_diagnostics, DiagnosticsModel::SeverityRole,
                                               &SeverityIconProxy::fromDiagnosticSeverity, this));
    m_problems->setIconSize(QSize(1, 1) * style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setStretchLastSection(true);
    m_history->setRootIsDecorated(false);
    m_cancel->setEnabled(false);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_modeLabel);
    top->addWidget(m_mode);
    top->addWidget(m_modeIsDefault);
    top->addWidget(m_build);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addWidget(m_state, 1);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewLabel);
    previewRow->addWidget(m_preview, 1);
    previewRow->addWidget(m_copy);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagsLabel);
    tagRow->addWidget(m_tags, 1);
    tagRow->addWidget(m_addOverride, 1);

    auto *flagsPane = new QWidget(this);
    auto *flagsLayout = new QVBoxLayout(flagsPane);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->addLayout(tagRow);
    flagsLayout->addWidget(m_flags);
    m_logFind->setObjectName(QStringLiteral("buildLogFind"));
    m_logFind->openFrom(m_tabs->tabBar()); // the Log tab's title, focused, stands for the log
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logLayout->addWidget(m_logView, 1);
    logLayout->addWidget(m_logFind);
    m_tabs->addTab(logPane, QString());
    m_tabs->addTab(m_problems, QString());
    m_tabs->addTab(m_source, QString());
    m_tabs->addTab(m_history, QString());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(flagsPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setObjectName(QStringLiteral("buildSplit"));
    rememberSplitterSizes(splitter);

    m_customCommand->setObjectName(QStringLiteral("customCommand"));
    m_customCommand->setFont(mono);
    m_customCommand->setPlaceholderText(QStringLiteral("make build PLUGIN_NAME=${PLUGIN_NAME} EXTRA_TAGS=${EXTRA_TAGS}"));
    auto *customLayout = new QHBoxLayout(m_customRow);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_customLabel);
    customLayout->addWidget(m_customCommand, 1);
    m_customRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_customRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_messages);
    layout->addLayout(previewRow);
    layout->addWidget(splitter, 1);

    m_flags->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_flags, &QWidget::customContextMenuRequested, this, &BuildPage::showFlagsMenu);
    connect(m_addOverride, &QLineEdit::returnPressed, this, &BuildPage::addOverrideFromField);
    connect(m_variables, &BuildVariablesModel::overrideRequested, this,
            [this](const QString &name, const QString &value) { setOverride(name, value); },
            Qt::QueuedConnection); // not inside the edit that asked: replanning resets the model
    // Another plugin starts from its profile's or family's mode; a rescan keeps the mode, tags and overrides.
    const auto reload = [this] {
        fillModes();
        replan();
        refreshHistory();
    };
    connect(&context, &AppContext::currentPluginChanged, this, [this, reload] {
        m_tags->reset();
        m_overrides.clear();
        m_mode->clear();
        m_customCommand->clear(); // the next plugin's, or its workspace profile's
        reload();
    });
    connect(&context, &AppContext::currentPluginRefreshed, this, reload);
    connect(m_mode, &QComboBox::activated, this, &BuildPage::replan);
    connect(m_modeIsDefault, &QCheckBox::clicked, this, &BuildPage::setModeIsDefault);
    connect(m_customCommand, &QLineEdit::editingFinished, this, &BuildPage::replan);
    connect(m_tags, &TagChips::changed, this, &BuildPage::replan);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plan.commandLine()); });
    connect(m_build, &QPushButton::clicked, this, &BuildPage::startBuild);
    connect(m_cancel, &QPushButton::clicked, m_runner, &BuildRunner::cancel);
    // LogModel batches every 100 ms; the view gets one insert per batch.
    connect(m_runner, &BuildRunner::linesReceived, this, [this](const QStringList &lines) {
        m_log->appendLines(lines);
        if (!m_runner->isCancelling())
            m_diagnostics->addLines(lines);
    });
    connect(m_runner, &BuildRunner::progressChanged, this, &BuildPage::onProgress);
    connect(m_runner, &BuildRunner::finished, this, &BuildPage::onFinished);
    connect(m_problems, &QTreeView::activated, this, &BuildPage::openDiagnostic);
    connect(m_problems, &QTreeView::clicked, this, &BuildPage::openDiagnostic);
    connect(m_verdict, &BuildVerdictNotice::verifyRequested, this,
            [this] { PageRegistry::showSibling(this, QStringLiteral("verify")); });

    setUpKeyboard();
    retranslate();
    fillModes();
    replan();
    refreshHistory();
    // For screenshots of the log's find bar: HWB_SCREENSHOT_FIND=<text> opens it on that text, matching the lines
    // as they come.
    if (const QString text = qEnvironmentVariable("HWB_SCREENSHOT_FIND"); !text.isEmpty()) {
        QTimer::singleShot(0, this, [this, text] {
            m_logFind->open();
            m_logFind->field()->setText(text);
        });
    }
    // For screenshots of a running build: HWB_SCREENSHOT_BUILD=<mode> starts one when the page opens.
    if (const QString mode = qEnvironmentVariable("HWB_SCREENSHOT_BUILD"); !mode.isEmpty()) {
        QTimer::singleShot(0, this, [this, mode] {
            m_mode->setCurrentIndex(std::max(0, m_mode->findData(mode)));
            replan();
            startBuild();
        });
    }
}

BuildPage::~BuildPage()
{
    m_runner->disconnect(this);
    delete m_runner; // stops a running build while the page can still be told
}

void BuildPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BuildPage::retranslate()
{
    m_modeLabel->setText(tr("&Mode:"));
    m_modeIsDefault->setText(tr("Workspace default"));
    m_customLabel->setText(tr("Command &template:"));
    m_customCommand->setToolTip(tr("Run by /bin/sh in the plugin's folder; ${NAME} gives a variable's value, "
                                   "shell-quoted. Workspace default keeps it with the mode."));
    m_modeIsDefault->setToolTip(tr("Keep this mode in the workspace profile: builds of this workspace use it unless "
                                   "another is picked, hwb build too."));
    m_build->setText(tr("Build"));
    m_build->setShortcut(KeyShortcuts::build()); // its tooltip is updateBuildButton()'s
    m_cancel->setText(tr("Cancel"));
    KeyShortcuts::bind(m_cancel, KeyShortcuts::stop(), tr("Stop the build and every process it started"));
    m_previewLabel->setText(tr("&Command:"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command: pasted into a terminal it runs the same build, with the keys the preview "
                          "shows masked."));
    m_tagsLabel->setText(tr("E&XTRA_TAGS:"));
    m_tabs->setTabText(0, tr("Log"));
    m_logView->setPlaceholderText(KeyShortcuts::withKeys(
        tr("The build's output appears here, as it runs. Press Build to start one"), KeyShortcuts::build()));
    m_tabs->setTabText(1, tr("Problems"));
    m_tabs->setTabText(2, tr("Source"));
    m_source->setPlaceholderText(tr("Click a problem to see its line in the source here."));
    m_problemsHint->setText(tr("No problems. The errors and warnings of Go, TinyGo, cargo, make and Docker are listed "
                               "here as the build reports them; click one to open its source."));
    m_historyHint->setText(tr("No builds of this plugin recorded yet. Each successful build is kept here with its "
                              "artifact's sha256 and verdict."));
    m_tabs->setTabText(3, tr("History"));
    m_history->setHeaderLabels({tr("Finished"), tr("Plugin"), tr("Mode"), tr("Time"), tr("sha256"), tr("Verdict")});
    m_tags->retranslate();
    m_addOverride->setPlaceholderText(tr("Set NAME=VALUE for these builds…"));
    m_addOverride->setToolTip(tr("A one-off override, as hwb build --set takes it. Press Enter to add it to the table."));
    retranslateAccessibleNames();
    m_state->setText(stateText());
    updateBuildButton();
    for (int i = 0; i < m_mode->count(); ++i)
        m_mode->setItemText(i, buildModeDisplayName(*buildModeFromId(m_mode->itemData(i).toString())));
}

QString BuildPage::stateText() const
{
    return m_runner->state() == BuildState::Idle ? QString() : buildStateDisplayName(m_runner->state());
}

void BuildPage::fillModes()
{
    const auto &plugin = m_context.currentPlugin();
    QString previous = m_mode->currentData().toString();
    m_mode->clear();
    if (!plugin)
        return;
    if (previous.isEmpty())
        previous = buildModeId(BuildProfile::load(m_context.workspaceRoot()).mode.value_or(defaultBuildMode(plugin->family)));
    for (BuildMode mode : buildModesFor(plugin->family))
        m_mode->addItem(buildModeDisplayName(mode), buildModeId(mode));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(previous)));
}

void BuildPage::replan()
{
    const auto &plugin = m_context.currentPlugin();
    if (!plugin) {
        m_plan = {};
        updateBuildButton();
        m_variables->setVariables({});
        m_preview->setCommand({});
        showModeIsDefault({});
        m_verdict->clear();
        m_messages->showInfo(tr("Select a plugin to build."));
        return;
    }
    BuildRequest request;
    request.plugin = *plugin;
    request.workspace = m_context.workspaceRoot();
    request.mode = buildModeFromId(m_mode->currentData().toString());
    if (request.mode == BuildMode::Custom)
        request.customCommand = m_customCommand->text().trimmed(); // empty: the profile's
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        request.overrides.append(it.key() + QLatin1Char('=') + it.value());
    if (const QString tags = m_tags->overrideValue(); !tags.isEmpty())
        request.overrides.append(QStringLiteral("EXTRA_TAGS=") + tags);
    m_plan = BuildPlanner::plan(request);
    m_verdict->keepFor(m_plan.artifact);
    m_variables->setVariables(m_plan.variables);
    m_flags->resizeColumnToContents(BuildVariablesModel::NameColumn);
    m_flags->resizeColumnToContents(BuildVariablesModel::LayerColumn);
    QList<ExtraTags::Tag> merged = m_plan.tags;
    m_tags->setTags(merged);
    const bool usesTags = buildModeUsesTags(m_plan.mode, plugin->family);
    m_tagsLabel->setVisible(usesTags);
    m_tags->setVisible(usesTags);
    m_preview->setCommand(m_plan.withSecretsMasked().commandLine()); // Copy takes the real one
    m_customRow->setVisible(m_plan.mode == BuildMode::Custom);
    const BuildProfile profile = BuildProfile::load(m_context.workspaceRoot());
    if (m_plan.mode == BuildMode::Custom && m_customCommand->text().isEmpty())
        m_customCommand->setText(profile.customCommand);
    showModeIsDefault(profile);
    updateBuildButton();
    showWarnings();
}

// One rule for the button: a plugin, a plan without errors, nothing running. A plan with errors would be refused
// anyway; a button that does nothing when pressed says less than a disabled one beside the red message.
void BuildPage::updateBuildButton()
{
    const bool planned = m_context.currentPlugin().has_value();
    m_build->setEnabled(planned && !m_plan.hasErrors() && !m_runner->isRunning());
    m_build->setToolTip(planned && m_plan.hasErrors()
                            ? tr("Fix the errors shown below first.")
                            : KeyShortcuts::withKeys(tr("Build with these flags"), m_build->shortcut()));
}

// nullopt goes back to what the layers below give.
void BuildPage::setOverride(const QString &name, const std::optional<QString> &value)
{
    if (value)
        m_overrides.insert(name, *value);
    else
        m_overrides.remove(name);
    replan();
}

void BuildPage::addOverrideFromField()
{
    const QString text = m_addOverride->text().trimmed();
    // Read as hwb build --set reads it.
    VariableLayerValues parsed{VariableLayer::Override, {}};
    if (!BuildPlanner::parseOverrides({text}, &parsed).isEmpty()) {
        m_messages->showError(tr("'%1' is not NAME=VALUE: a name of letters, digits and '_', then '=' and the value.").arg(text));
        return; // the text stays, to be corrected
    }
    const auto &[name, value] = parsed.values.constFirst();
    if (name == BuildFlagMerger::kExtraTags) {
        m_messages->showError(tr("EXTRA_TAGS merges as a set: add or remove single tags with the tag editor beside it."));
        return;
    }
    m_addOverride->clear();
    setOverride(name, value);
}

void BuildPage::showFlagsMenu(const QPoint &pos)
{
    const int row = m_flags->indexAt(pos).row();
    const BuildVariable *variable = m_variables->variableAt(row);
    if (!variable)
        return;
    QMenu menu(this);
    const QModelIndex value = m_variables->index(row, BuildVariablesModel::ValueColumn);
    QAction *edit = menu.addAction(tr("Change %1 for these builds…").arg(variable->name));
    edit->setEnabled(value.flags() & Qt::ItemIsEditable);
    connect(edit, &QAction::triggered, m_flags, [this, value] { m_flags->edit(value); });
    if (m_overrides.contains(variable->name)) {
        QAction *reset = menu.addAction(variable->overridden.isEmpty()
                                            ? tr("Remove this override")
                                            : tr("Use the value from %1 again").arg(layerDisplayName(variable->overridden.last())));
        connect(reset, &QAction::triggered, this, [this, name = variable->name] { setOverride(name, std::nullopt); });
    }
    const bool overridden = m_overrides.contains(variable->name)
        || (variable->name == BuildFlagMerger::kExtraTags && !m_tags->overrideValue().isEmpty());
    const bool inProfile = BuildProfile::load(m_context.workspaceRoot()).variables.value(variable->name).has_value();
    if (overridden || inProfile)
        menu.addSeparator();
    if (overridden) {
        QAction *keep = menu.addAction(tr("Keep in the workspace profile"));
        keep->setToolTip(tr("Every build of this workspace gets it from now on, hwb build too."));
        connect(keep, &QAction::triggered, this, [this, name = variable->name] { keepInProfile(name); });
    }
    if (inProfile) {
        QAction *remove = menu.addAction(tr("Remove from the workspace profile"));
        connect(remove, &QAction::triggered, this, [this, name = variable->name] { removeFromProfile(name); });
    }
    menu.setToolTipsVisible(true);
    menu.exec(m_flags->viewport()->mapToGlobal(pos));
}

void BuildPage::showWarnings()
{
    QStringList lines;
    auto worst = MessageBar::Kind::Info;
    for (const BuildWarning &w : std::as_const(m_plan.warnings)) {
        lines.append(w.fix.isEmpty() ? w.message : w.message + QLatin1Char(' ') + w.fix);
        if (w.severity == BuildWarning::Severity::Error)
            worst = MessageBar::Kind::Error;
        else if (w.severity == BuildWarning::Severity::Warning && worst != MessageBar::Kind::Error)
            worst = MessageBar::Kind::Warning;
    }
    if (lines.isEmpty())
        m_messages->hide();
    else
        m_messages->showMessage(worst, lines.join(QLatin1Char('\n')));
}

void BuildPage::startBuild()
{
    replan();
    if (m_plan.hasErrors() || m_runner->isRunning())
        return;
    m_log->clear();
    m_diagnostics->clear();
    m_diagnostics->setSearchFolders({m_plan.cwd, m_plan.pluginPath});
    m_log->appendLines({QStringLiteral("$ ") + m_plan.withSecretsMasked().commandLine()});
    m_log->flush();
    m_artifactBefore = FileIdentity::ofPath(m_plan.artifact);
    m_runningPlan = m_plan;
    m_verdict->clear();
    m_early = std::make_unique<EarlyInspection>(m_plan.artifact, BuildSummary::inspectionOptions(m_plan));
    if (!m_runner->start(m_plan)) {
        m_early.reset();
        return;
    }
    m_early->expectDuration(m_records.typicalDurationMs(m_plan.artifact, buildModeId(m_plan.mode)));
    if (const auto previous = m_records.lastContent(m_plan.artifact))
        m_early->expectUnchanged(*previous);
    m_tabs->setCurrentIndex(0);
    updateBuildButton();
    m_cancel->setEnabled(true);
    m_mode->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_state->setText(stateText());
}

void BuildPage::onProgress(const BuildProgress &progress)
{
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.current);
    }
    m_state->setText(stateText() + QStringLiteral(" — ") + progress.text);
}

void BuildPage::onFinished(const BuildResult &result)
{
    m_log->flush();
    updateBuildButton();
    m_cancel->setEnabled(false);
    m_mode->setEnabled(true);
    m_progress->hide();
    const auto early = std::exchange(m_early, nullptr);
    const BuildSummary summary = BuildSummary::of(m_runningPlan, result, m_artifactBefore, early.get());
    const QString seconds = QString::number(double(result.durationMs) / 1000.0, 'f', 1);
    // "Succeeded" beside a module that will hang requests read as a success; the verdict bar says why.
    const bool builtButFails = result.state == BuildState::Succeeded && !summary.verdictOk;
    m_state->setText((builtButFails ? tr("%1 in %2 s, but the module FAILS verification") : tr("%1 in %2 s"))
                         .arg(buildStateDisplayName(result.state), seconds));
    switch (result.state) {
    case BuildState::Cancelled:
        m_messages->showInfo(tr("Build cancelled; no process of it is left."));
        break;
    case BuildState::Succeeded:
        if (summary.ok()) {
            m_records.record(m_runningPlan, summary, early ? early->provenContent() : std::nullopt);
            refreshHistory();
        }
        m_verdict->showVerdict(summary, BuildSummary::inspectionOptions(m_runningPlan));
        showWarnings(); // the plan's, as before the build: the verdict has a bar of its own
        break;
    default: {
        QString text = result.error.isEmpty() ? tr("The build failed with exit code %1.").arg(result.exitCode) : result.error;
        for (const Diagnostic &d : m_diagnostics->diagnostics())
            if (!d.fix.isEmpty())
                text += QLatin1Char('\n') + d.message + QLatin1Char(' ') + d.fix;
        m_messages->showError(text);
        if (m_diagnostics->rowCount() > 0)
            m_tabs->setCurrentIndex(1);
    }
    }
}

void BuildPage::openDiagnostic(const QModelIndex &index)
{
    const QString path = index.data(DiagnosticsModel::FilePathRole).toString();
    if (path.isEmpty())
        return;
    // The path comes from a compiler's output: it may name a FIFO, a device or a huge generated file.
    QString error;
    const std::optional<QByteArray> bytes = BoundedFile::read(path, BoundedFile::kSourceLimit, &error);
    m_tabs->setTabToolTip(2, path);
    m_tabs->setCurrentIndex(2);
    if (!bytes) {
        m_source->clear();
        m_source->setExtraSelections({});
        m_source->setPlaceholderText(tr("Cannot show %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_source->setPlainText(QString::fromUtf8(*bytes));
    const int line = std::max(1, index.data(DiagnosticsModel::LineRole).toInt());
    QTextCursor cursor(m_source->document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::max(0, index.data(DiagnosticsModel::ColumnRole).toInt() - 1));
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.cursor.select(QTextCursor::LineUnderCursor);
    const QColor background = ThemeColors::tint(ThemeColors::Tone::Error, m_source->palette(), 2);
    mark.format.setBackground(background);
    mark.format.setForeground(ThemeColors::textOn(background, m_source->palette().color(QPalette::Text)));
    m_source->setExtraSelections({mark});
}

void BuildPage::refreshHistory()
{
    m_history->clear();
    const auto &plugin = m_context.currentPlugin();
    const auto records = m_records.recent(200, plugin ? familyId(plugin->family) + QLatin1Char('/') + plugin->name : QString());
    for (const BuildRecord &r : records) {
        auto *item = new QTreeWidgetItem(m_history, {r.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                     r.plugin, modeName(r.mode), QStringLiteral("%1 s").arg(double(r.durationMs) / 1000.0, 0, 'f', 1),
                                                     r.sha256.left(16),
                                                     r.unchanged ? tr("%1 (unchanged: nothing rebuilt)").arg(r.verdict) : r.verdict});
        item->setToolTip(0, r.artifact);
        // "pass: abi 0_2_100 present" and "fail: abi-too-old: …" looked alike in a column of plain text.
        const bool passed = r.verdict.startsWith(QLatin1String("pass"));
        item->setForeground(5, ThemeColors::toneText(passed ? ThemeColors::Tone::Success : ThemeColors::Tone::Error,
                                                     m_history->palette().color(QPalette::Base), m_history->palette()));
        item->setToolTip(5, r.verdict);
    }
}

} // namespace hwb::gui
