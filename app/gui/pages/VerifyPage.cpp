#include "VerifyPage.h"

#include "AppContext.h"
#include "PageRegistry.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FindingCard.h"
#include "widgets/MessageBar.h"
#include "widgets/ThemeColors.h"
#include "widgets/VerdictBanner.h"

#include "wasm/ArtifactContentCache.h"
#include "wasm/ArtifactInspector.h"
#include "wasm/GatewayProfiles.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
const PageRegistration registration{
    {"verify", 40, QT_TRANSLATE_NOOP("hwb::gui::Pages", "Verify"),
     [](AppContext &context, QWidget *parent) { return new VerifyPage(context, parent); }}};

// The rows a finding is about (an old ABI export, a _start, an import the gateway lacks) are tinted, rows of
// errors more strongly than rows of warnings.
class ProblemRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant severity = index.data(ArtifactTableModel::ProblemSeverityRole);
        if (severity.isNull() || severity.toInt() == int(FindingSeverity::Info))
            return;
        const bool error = severity.toInt() == int(FindingSeverity::Error);
        const QColor background = ThemeColors::tint(error ? ThemeColors::Tone::Error : ThemeColors::Tone::Warning,
                                                    option->palette, error ? 2 : 1);
        option->backgroundBrush = background;
        option->palette.setColor(QPalette::Text, ThemeColors::textOn(background, option->palette.color(QPalette::Text)));
    }
};

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new ProblemRowDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    return view;
}

bool isWasmUrl(const QMimeData *mime)
{
    return mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()
        && mime->urls().first().toLocalFile().endsWith(QLatin1String(".wasm"), Qt::CaseInsensitive);
}
} // namespace

VerifyPage::VerifyPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_artifactLabel(new ElidedLabel(this))
    , m_gatewayLabel(new QLabel(this))
    , m_gateway(new QComboBox(this))
    , m_open(new QPushButton(this))
    , m_banner(new VerdictBanner(this))
    , m_messages(new MessageBar(this))
    , m_scroll(new QScrollArea(this))
    , m_findings(new QVBoxLayout)
    , m_summary(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_emptySpace(new QWidget(this))
{
    setAcceptDrops(true);
    m_gateway->setEditable(true); // any version, e.g. 2.0.4; the newest profile not after it applies
    m_gateway->addItem(QString());
    const QStringList versions = GatewayProfiles::builtIn().versions();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it)
        m_gateway->addItem(*it, *it);
    m_messages->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_artifactLabel, 1);
    top->addWidget(m_gatewayLabel);
    top->addWidget(m_gateway);
    top->addWidget(m_open);

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(m_findings);
    detailsLayout->addLayout(m_summary);
    detailsLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards wrap to the page's width
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(details);
    // The cards settle their heights after they are shown (a fix's text lays out at its width): fitted only then,
    // the findings were capped a row short of what they had become.
    details->installEventFilter(this);

    m_tabs->addTab(tableFor(&m_exports, m_tabs), QString());
    m_tabs->addTab(tableFor(&m_imports, m_tabs), QString());
    m_tabs->addTab(tableFor(&m_settings, m_tabs), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_messages);
    // The findings and the tables share the height 3:2 whatever their contents would like: the findings are what
    // the page is for. The findings never take more than they need (fitDetails), the tables the rest.
    for (QWidget *w : {static_cast<QWidget *>(m_scroll), static_cast<QWidget *>(m_tabs)})
        w->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(m_scroll, 3);
    layout->addWidget(m_tabs, 2);
    layout->addWidget(m_emptySpace, 1);

    m_rebuilt.setSingleShot(true);
    m_rebuilt.setInterval(300);
    connect(&m_rebuilt, &QTimer::timeout, this, [this] {
        if (m_fromPlugin)
            showPluginArtifact();
        else if (!m_path.isEmpty())
            inspect(m_path); // judges the plugin's module too: it may have been rebuilt meanwhile
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_rebuilt, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_rebuilt, qOverload<>(&QTimer::start));
    connect(m_open, &QPushButton::clicked, this, &VerifyPage::openFile);
    connect(m_gateway, &QComboBox::currentTextChanged, &m_rebuilt, qOverload<>(&QTimer::start));
    connect(&context, &AppContext::currentPluginChanged, this, &VerifyPage::showPluginArtifact);
    connect(&context, &AppContext::currentPluginRefreshed, this, [this] {
        if (m_fromPlugin) // a file the user opened or dropped stays on show
            showPluginArtifact();
        else
            judgePluginModule();
    });
    setUpKeyboard();
    retranslate();
    showPluginArtifact();
}

QString VerifyPage::gatewayVersion() const
{
    return m_gateway->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
}

void VerifyPage::setGatewayVersion(const QString &version)
{
    m_gateway->setCurrentText(version);
    inspect(m_path, m_fromPlugin);
}

void VerifyPage::showPluginArtifact()
{
    const auto &plugin = m_context.currentPlugin();
    const QString artifact = plugin ? ArtifactInspector::newestArtifact(plugin->path) : QString();
    watch(plugin ? plugin->path : QString());
    if (artifact.isEmpty()) {
        m_path.clear();
        m_fromPlugin = true;
        m_report = {};
        showReport();
        judgePluginModule();
    } else {
        inspect(artifact, true);
    }
}

void VerifyPage::judgePluginModule()
{
    const auto &plugin = m_context.currentPlugin();
    const QString artifact = plugin ? ArtifactInspector::newestArtifact(plugin->path) : QString();
    if (artifact.isEmpty()) {
        m_context.setCurrentModuleVerdict(std::nullopt);
        return;
    }
    if (!m_watcher.files().contains(artifact))
        m_watcher.addPath(artifact); // rewritten in place, or under cargo's target/, the folder alone says nothing
    if (m_fromPlugin && m_path == artifact) { // the report on show is of it
        m_context.setCurrentModuleVerdict(AppContext::ModuleVerdict{artifact, ArtifactVerdict::of(m_report)});
        return;
    }
    ArtifactInspector::Options options;
    options.gatewayVersion = gatewayVersion();
    options.pluginDir = plugin->path;
    const ArtifactReport report = ArtifactContentCache::shared().inspect(artifact, options);
    m_context.setCurrentModuleVerdict(AppContext::ModuleVerdict{artifact, ArtifactVerdict::of(report)});
}

void VerifyPage::inspect(const QString &path, bool fromPlugin)
{
    m_path = path;
    m_fromPlugin = fromPlugin;
    ArtifactInspector::Options options;
    options.gatewayVersion = gatewayVersion();
    if (fromPlugin && m_context.currentPlugin())
        options.pluginDir = m_context.currentPlugin()->path;
    m_report = path.isEmpty() ? ArtifactReport() : ArtifactContentCache::shared().inspect(path, options);
    // The plugin's folder stays watched while a dropped file is on show: its module's verdict, which the other pages
    // show, must follow a rebuild all the same. The file dropped before this one is no longer watched.
    if (!fromPlugin)
        watch(m_context.currentPlugin() ? m_context.currentPlugin()->path : QString());
    if (!path.isEmpty() && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    showReport();
    // Whatever is on show, the other pages' verdict is of the plugin's module (watched again: watch() dropped it).
    judgePluginModule();
    Q_EMIT inspected();
}

void VerifyPage::watch(const QString &pluginDir)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!pluginDir.isEmpty())
        m_watcher.addPath(pluginDir); // a new main.wasm / plugin.wasm appears here after a build
}

void VerifyPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a plugin artifact"), m_path,
                                                      tr("WebAssembly modules (*.wasm);;All files (*)"));
    if (!path.isEmpty())
        inspect(path);
}

void VerifyPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (isWasmUrl(event->mimeData()))
        event->acceptProposedAction();
}

void VerifyPage::dropEvent(QDropEvent *event)
{
    if (!isWasmUrl(event->mimeData()))
        return;
    event->acceptProposedAction();
    inspect(event->mimeData()->urls().first().toLocalFile());
}

void VerifyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        inspect(m_path, m_fromPlugin); // findings are worded at inspection time
    }
    QWidget::changeEvent(event);
}

void VerifyPage::retranslate()
{
    m_gatewayLabel->setText(tr("Target &gateway:"));
    m_gateway->setItemText(0, tr("newest"));
    m_gateway->setToolTip(tr("The Higress gateway version the artifact must work with. Type any version; "
                             "the compatibility data of the newest release not after it applies."));
    m_open->setText(tr("Open .wasm…"));
    m_tabs->setTabText(0, tr("Exports"));
    m_tabs->setTabText(1, tr("Imports"));
    m_tabs->setTabText(2, tr("Build settings"));
    retranslateAccessibleNames();
}

// The details area is no taller than what it shows at its current width (finding cards wrap), so a clean report
// leaves the room to the tables below instead of a grey gap; long findings still scroll within their share.
void VerifyPage::fitDetails()
{
    QWidget *details = m_scroll->widget();
    const int width = m_scroll->viewport()->width();
    // Never below the size hint: the layout's height-for-width can come out short while cards are being replaced.
    const int height = qMax(details->hasHeightForWidth() ? details->heightForWidth(width) : 0, details->sizeHint().height());
    m_scroll->setMaximumHeight(height + 2 * m_scroll->frameWidth());
}

bool VerifyPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest)
        fitDetails();
    return QWidget::eventFilter(watched, event);
}

void VerifyPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDetails();
}

void VerifyPage::showReport()
{
    m_exports.setReport(m_report);
    m_imports.setReport(m_report);
    m_settings.setReport(m_report);
    showFindings();
    showSummary();
    fitDetails();
    m_scroll->verticalScrollBar()->setValue(0);
    const bool none = m_path.isEmpty();
    m_banner->setVisible(!none);
    m_tabs->setVisible(!none);
    m_scroll->setVisible(!none);
    m_emptySpace->setVisible(none);
    m_messages->setVisible(none);
    if (none) {
        const auto &plugin = m_context.currentPlugin();
        m_artifactLabel->setFullText(tr("No artifact"));
        // Where this plugin's family puts its module: cargo's target folder means nothing to a Go plugin's author.
        const QString where = !plugin ? QString()
            : plugin->family == PluginFamily::WasmRust ? tr("cargo's target/*/release/*.wasm")
                                                       : tr("main.wasm or plugin.wasm in its folder");
        m_messages->showInfo(plugin ? tr("%1 has no built module yet (%2). Build it, or open or drop any .wasm file here.")
                                          .arg(plugin->name, where)
                                    : tr("Select a plugin, or open or drop a .wasm file here."));
        return;
    }
    m_artifactLabel->setFullText(tr("Artifact: %1").arg(QDir::toNativeSeparators(m_path)));
    int errors = 0, warnings = 0;
    for (const auto &f : m_report.findings)
        (f.severity == FindingSeverity::Error ? errors : warnings) += f.severity == FindingSeverity::Info ? 0 : 1;
    if (errors > 0)
        m_banner->setVerdict(VerdictBanner::Verdict::Fail,
                             tr("Will not work at the gateway: %n problem(s), see the fixes below.", nullptr, errors));
    else if (warnings > 0)
        m_banner->setVerdict(VerdictBanner::Verdict::PassWithWarnings,
                             tr("Should work: the gateway will load this plugin, but check %n warning(s) below.",
                                nullptr, warnings));
    else
        m_banner->setVerdict(VerdictBanner::Verdict::Pass,
                             tr("Ready: the gateway will load this plugin and requests will flow."));
}

void VerifyPage::showFindings()
{
    while (QLayoutItem *item = m_findings->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // An untagged module fails two checks with one cure: the second card points at the first card's command
    // instead of repeating three lines of it. (hwb inspect --json keeps each finding's whole fix.)
    QStringList commands;
    for (InspectionFinding f : m_report.findings) {
        if (!f.command.isEmpty() && commands.contains(f.command)) {
            f.fix = tr("The rebuild above fixes this too.");
            f.command.clear();
        } else if (!f.command.isEmpty()) {
            commands.append(f.command);
        }
        auto *card = new FindingCard(f);
        m_findings->addWidget(card);
        card->show(); // a layout only schedules showing widgets added to a visible parent
    }
}

void VerifyPage::showSummary()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    if (m_path.isEmpty() || !m_report.readable())
        return;
    // Elided, not wrapped: an SDK version or a digest is one long word, and the tables below have it whole.
    const auto value = [](const QString &text) {
        auto *label = new ElidedLabel;
        label->setFullText(text.isEmpty() ? QStringLiteral("—") : text);
        return label;
    };
    const ProxyWasmSurface &s = m_report.surface;
    const GoModuleVersion *sdk = m_report.goBuildInfo.proxyWasmSdk();
    const QString &id = m_report.toolchain.id;
    const QString toolchain = id == QLatin1String("go") ? tr("Go (gc)") : id == QLatin1String("tinygo") ? tr("TinyGo")
                            : id == QLatin1String("rust") ? tr("Rust") : id == QLatin1String("clang") ? tr("C/C++ (clang)")
                                                                                                      : tr("unknown");
    m_summary->addRow(tr("Toolchain:"), value(QString(toolchain + QLatin1Char(' ') + m_report.toolchain.version).trimmed()));
    m_summary->addRow(tr("ABI version:"), value(s.abiVersions.join(QLatin1String(", "))));
    m_summary->addRow(tr("Entry point:"), value(s.entrypoint));
    m_summary->addRow(tr("Build tags:"), value(m_report.goBuildInfo.tags().join(QLatin1Char(' '))));
    m_summary->addRow(tr("Expected tags:"), value(m_report.expectedTags.join(QLatin1Char(' '))));
    m_summary->addRow(tr("proxy-wasm SDK:"),
                      value(sdk ? QString(sdk->path + QLatin1Char(' ') + sdk->version + QLatin1Char(' ') + sdk->replacePath).trimmed()
                                : QString()));
    m_summary->addRow(tr("Callbacks:"), value(tr("%n proxy_on_* export(s)", nullptr, int(s.callbacks.size()))));
    m_summary->addRow(tr("Memory / allocator:"), value(s.memoryExport + QStringLiteral(" / ") + s.allocatorExport));
    m_summary->addRow(tr("Gateway profile:"), value(m_report.gatewayProfile));
    m_summary->addRow(tr("Size / SHA-256:"),
                      value(QLocale().formattedDataSize(m_report.size) + QStringLiteral("  ") + m_report.sha256));
}

} // namespace hwb::gui
