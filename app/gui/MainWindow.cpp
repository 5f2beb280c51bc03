#include "MainWindow.h"

#include "AppContext.h"
#include "LanguageMenu.h"
#include "PageRegistry.h"
#include "PluginListPane.h"
#include "SyntaxHighlighting.h"
#include "hwb_config.h"
#include "storage/AppSettings.h"
#include "widgets/ElidedLabel.h"
#include "widgets/KeyShortcuts.h"
#include "widgets/MessageBar.h"
#include "widgets/PageScrollArea.h"
#include "widgets/SplitterMemory.h"
#include "workspace/WorkspaceScanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hwb::gui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_pluginList(new PluginListPane(context, this))
    , m_messageBar(new MessageBar(this))
    , m_header(new ElidedLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
    , m_emptyLabel(new QLabel(m_emptyState))
    , m_tabs(new QTabWidget(this))
    , m_statusWorkspace(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_header->setObjectName(QStringLiteral("pluginHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    auto *openButton = new QPushButton(m_emptyState);
    openButton->setObjectName(QStringLiteral("openWorkspaceButton"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseWorkspace);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel, 0, Qt::AlignCenter);
    emptyLayout->addWidget(openButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    for (const PageSpec &spec : PageRegistry::all()) {
        auto *scroll = new PageScrollArea(m_tabs);
        scroll->setObjectName(QString::fromLatin1(spec.id));
        QWidget *page = spec.create(context, scroll);
        page->setObjectName(QString::fromLatin1(spec.id) + QStringLiteral("Page"));
        scroll->setPage(page);
        m_pages.append(page);
        m_tabs->addTab(scroll, PageRegistry::title(spec));
    }
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pluginList);
    splitter->addWidget(right);
    // The plugin list gives up a quarter of any width the window loses, the pages the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);
    splitter->setObjectName(QStringLiteral("pluginListSplit"));
    rememberSplitterSizes(splitter);
    setCentralWidget(splitter);
    statusBar()->addWidget(m_statusWorkspace, 1);

    createMenus();
    retranslate();
    openButton->setText(tr("Open Workspace…"));

    connect(&context, &AppContext::currentPluginChanged, this, &MainWindow::updateHeader);
    connect(&context, &AppContext::currentModuleVerdictChanged, this, &MainWindow::markVerifyTab);
    connect(&context, &AppContext::currentPluginRefreshed, this, &MainWindow::updateHeader);
    connect(&context, &AppContext::workspaceChanged, this, [this] {
        updateHeader();
        updateRecentMenu();
    });
    connect(&context, &AppContext::message, this, [this](const QString &text, bool isError) {
        m_messageBar->showMessage(isError ? MessageBar::Kind::Error : MessageBar::Kind::Info, text);
    });
    updateHeader();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_reloadAction = m_fileMenu->addAction(QString(), this, [this] { m_context.rescan(); });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), m_pluginList, &PluginListPane::focusSearch);
    m_findAction->setShortcut(KeyShortcuts::findPlugin());
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(KeyShortcuts::page(i));
        m_pageActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Higress Plugin Workbench"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_reloadAction->setText(tr("&Reload Plugins"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Higress Plugin Workbench"));
    m_emptyLabel->setText(tr("Open a Higress checkout (the folder that contains plugins/wasm-go) to list its "
                             "plugins.\nRun with --demo to try the bundled demo workspace."));
    const auto &pages = PageRegistry::all();
    for (int i = 0; i < pages.size() && i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, PageRegistry::title(pages.at(i)));
        m_pageActions.at(i)->setText(PageRegistry::title(pages.at(i)));
    }
    m_findAction->setText(tr("&Find Plugin"));
    updateHeader();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveOrKeepUnsavedWork())
        return event->ignore();
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

// Edits not saved yet are the one thing closing asks about: a question, not an error, and the platform's
// way to ask it. False when the window must stay open.
bool MainWindow::saveOrKeepUnsavedWork()
{
    QList<std::pair<QWidget *, UnsavedWork *>> holders;
    QStringList shown;
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *work = dynamic_cast<UnsavedWork *>(m_pages.at(i));
        const QStringList files = work ? work->unsavedFiles() : QStringList();
        if (files.isEmpty())
            continue;
        holders.append({m_tabs->widget(i), work});
        for (const QString &file : files)
            shown.append(QDir::toNativeSeparators(file));
    }
    if (shown.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved edits"),
                    tr("Save your edits to %n file(s) before closing?", nullptr, int(shown.size())),
                    QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedEditsBox"));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::SaveAll);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::SaveAll) {
        for (const auto &[tab, work] : std::as_const(holders)) {
            QString error;
            if (!work->saveUnsaved(&error)) {
                m_tabs->setCurrentWidget(tab); // the page shows what stopped it
                return false;
            }
        }
    }
    return true;
}

void MainWindow::restoreSavedGeometry()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateHeader()
{
    const bool haveWorkspace = !m_context.workspaceRoot().isEmpty();
    m_stack->setCurrentWidget(haveWorkspace ? static_cast<QWidget *>(m_tabs) : m_emptyState);
    m_statusWorkspace->setFullText(haveWorkspace
                                   ? tr("Workspace: %1 — %n plugin(s)", nullptr, m_context.plugins()->rowCount())
                                         .arg(QDir::toNativeSeparators(m_context.workspaceRoot()))
                                   : tr("No workspace open"));
    const auto &plugin = m_context.currentPlugin();
    m_header->setFullText(plugin ? QStringLiteral("%1  ·  %2").arg(plugin->name, familyId(plugin->family)) : QString());
    m_header->setVisible(plugin.has_value());
}

bool MainWindow::openWorkspace(const QString &root)
{
    const QString error = m_context.openWorkspace(root);
    if (!error.isEmpty()) {
        m_messageBar->showError(error);
        return false;
    }
    m_messageBar->hide();
    if (m_context.plugins()->rowCount() > 0 && !m_context.currentPlugin())
        m_pluginList->view()->setCurrentIndex(m_pluginList->view()->model()->index(0, 0));
    return true;
}

bool MainWindow::selectPluginByName(const QString &name, QString *error)
{
    const WorkspaceScanner::Lookup found = WorkspaceScanner::find(m_context.workspaceRoot(), name);
    if (!found.plugin || m_context.plugins()->rowOfPath(found.plugin->path) < 0) {
        if (error)
            *error = found.problem(name, m_context.workspaceRoot());
        return false;
    }
    m_pluginList->selectPlugin(found.plugin->path);
    return true;
}

// The Verify tab carries the verdict on the selected plugin's module as an icon, its headline as the tooltip: a
// module that fails is seen from every page, not only once Verify is opened.
void MainWindow::markVerifyTab()
{
    const auto &judged = m_context.currentModuleVerdict();
    QIcon icon;
    if (judged && judged->verdict.kind != ArtifactVerdict::Kind::Pass)
        icon = style()->standardIcon(judged->verdict.kind == ArtifactVerdict::Kind::PassWithWarnings
                                         ? QStyle::SP_MessageBoxWarning
                                         : QStyle::SP_MessageBoxCritical);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == QLatin1String("verify")) {
            m_tabs->setTabIcon(i, icon);
            m_tabs->setTabToolTip(i, judged ? judged->verdict.headline : QString());
        }
    }
}

bool MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == id) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageSpec &spec : PageRegistry::all())
        ids << QString::fromLatin1(spec.id);
    return ids;
}

void MainWindow::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Higress Checkout"),
                                                          m_context.workspaceRoot());
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::showAbout()
{
    const QString highlighting = SyntaxHighlighting::isAvailable()
        ? tr("KF6 SyntaxHighlighting: available")
        : tr("KF6 SyntaxHighlighting: not available (plain-text editors)");
    QMessageBox::about(this, tr("About Higress Plugin Workbench"),
                       tr("<h3>Higress Plugin Workbench %1</h3>"
                          "<p>Build, verify and exercise Higress WebAssembly plugins.</p>"
                          "<p>Qt %2 (built with %3)<br>%4</p>")
                           .arg(QStringLiteral(HWB_VERSION_STRING), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), highlighting));
}

} // namespace hwb::gui
