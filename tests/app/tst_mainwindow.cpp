#include "TestSupport.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "PluginListPane.h"
#include "ScreenshotRenderer.h"
#include "common/Translations.h"
#include "widgets/BuildrcEditor.h"
#include "widgets/ElidedLabel.h"
#include "widgets/MessageBar.h"
#include "workspace/DemoWorkspace.h"
#include "workspace/PluginFilterModel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hwb;
using namespace hwb::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsAndSelectsPlugins();
    void selectTakesFamilySlashName();
    void theVerifyTabCarriesTheModulesVerdict();
    void badWorkspaceShowsInlineError();
    void keysReachTheSearchAndEveryPage();
    void closingAsksAboutUnsavedEdits();
    void screenshotOfEveryPage();
    void helpAndScreenshotNeedNoScreen();
    void aScreenshotWaitsForAPageThatIsLoading();
    void switchesLanguageLive();
    void fitsASmallScreen_data();
    void fitsASmallScreen();
    void pagesFitTheDefaultSize_data() { fitsASmallScreen_data(); }
    void pagesFitTheDefaultSize();
    void longPathsDoNotWidenTheWindow();
    void remembersTheWindowGeometry();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QLocale(QLocale::English))); // plural forms: "1 file", not "1 file(s)"
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

// Whatever page is open, the Verify tab says how the selected plugin's module fared: a red mark when it fails or
// loads and hangs, its headline as the tab's tooltip, nothing for a module that passes or no module at all.
void TestMainWindow::theVerifyTabCarriesTheModulesVerdict()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    auto *tabs = window.findChild<QTabWidget *>();
    int verify = -1;
    for (int i = 0; i < tabs->count(); ++i)
        verify = tabs->widget(i)->objectName() == "verify" ? i : verify;
    QVERIFY(verify >= 0);
    QVERIFY(window.selectPluginByName("hello-world"));
    ArtifactVerdict hangs;
    hangs.kind = ArtifactVerdict::Kind::LoadsButHangs;
    hangs.headline = "The module loads, but requests through it will hang";
    context.setCurrentModuleVerdict(AppContext::ModuleVerdict{"main.wasm", hangs});
    QVERIFY(!tabs->tabIcon(verify).isNull());
    QCOMPARE(tabs->tabToolTip(verify), hangs.headline);
    ArtifactVerdict passes;
    passes.headline = "The module passes";
    context.setCurrentModuleVerdict(AppContext::ModuleVerdict{"main.wasm", passes});
    QVERIFY(tabs->tabIcon(verify).isNull());
    context.setCurrentModuleVerdict(AppContext::ModuleVerdict{"main.wasm", hangs});
    QVERIFY(window.selectPluginByName("request-stamp")); // not built: its tab has no mark of hello-world's module
    QVERIFY(tabs->tabIcon(verify).isNull());
    QVERIFY(tabs->tabToolTip(verify).isEmpty());
}

void TestMainWindow::listsAndSelectsPlugins()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    QListView *list = window.pluginList()->view();
    QVERIFY(list->model()->rowCount() >= 3);
    // Sorted by name, whatever the family folders' order (wasm-cpp's basic_auth_lite would come first); the
    // first plugin is selected on open.
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("ai-proxy-lite"));
    QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("basic_auth_lite"));
    QCOMPARE(context.currentPlugin()->name, QStringLiteral("ai-proxy-lite"));

    QSignalSpy changed(&context, &AppContext::currentPluginChanged);
    QSignalSpy refreshed(&context, &AppContext::currentPluginRefreshed);
    QVERIFY(window.selectPluginByName("request-stamp"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(context.currentPlugin()->name, QStringLiteral("request-stamp"));

    // Typing in the search box narrows the list, and selects nothing by itself: the plugin the user picked stays
    // selected, hidden, and shows again when the search is cleared.
    auto *search = window.pluginList()->findChild<QLineEdit *>();
    QTest::keyClicks(search, "hello-w");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("hello-world"));
    QCOMPARE(context.currentPlugin()->name, QStringLiteral("request-stamp"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!list->currentIndex().isValid());
    search->clear();
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("request-stamp"));
    QCOMPARE(context.currentPlugin()->name, QStringLiteral("request-stamp"));

    // A selection made elsewhere (a page showing the plugin it could not save) moves the list too, without the list
    // echoing it back as a "refresh" (every page loaded the plugin twice).
    changed.clear();
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("hello-world"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(refreshed.count(), 0);

    // The Overview of a Rust plugin says how it is built; an "Unknown era" badge there read like a fault.
    QVERIFY(window.showPage("overview"));
    QVERIFY(window.selectPluginByName("say-hello"));
    bool saysHow = false;
    for (const QLabel *l : window.findChildren<QLabel *>()) {
        QVERIFY2(!(l->isVisibleTo(&window) && l->text() == "Unknown era"), "an era badge for a Rust plugin");
        saysHow = saysHow || (l->isVisibleTo(&window) && l->text().startsWith("A Rust plugin: cargo builds it"));
    }
    QVERIFY(saysHow);
}

// A real Higress checkout has ai-intent in wasm-go and in wasm-rust: a bare name cannot say which.
void TestMainWindow::selectTakesFamilySlashName()
{
    QTemporaryDir dir;
    const QString workspace = test::copyDemoWorkspace(dir);
    const QString rust = workspace + QStringLiteral("/plugins/wasm-rust/extensions/say-hello");
    const QString go = workspace + QStringLiteral("/plugins/wasm-go/extensions/say-hello");
    QVERIFY(QDir().mkpath(go));
    test::writeFile(go + QStringLiteral("/VERSION"), "1.0.0\n");

    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(workspace));
    QVERIFY(window.selectPluginByName(QStringLiteral("wasm-rust/say-hello")));
    QCOMPARE(QDir(context.currentPlugin()->path).canonicalPath(), QDir(rust).canonicalPath());
    QVERIFY(window.selectPluginByName(QStringLiteral("wasm-go/say-hello")));
    QCOMPARE(QDir(context.currentPlugin()->path).canonicalPath(), QDir(go).canonicalPath());

    QString error;
    QVERIFY(!window.selectPluginByName(QStringLiteral("say-hello"), &error));
    QVERIFY2(error.contains(QStringLiteral("wasm-go/say-hello, wasm-rust/say-hello")), qPrintable(error));
    QVERIFY(!window.selectPluginByName(QStringLiteral("wasm-cpp/say-hello"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("No plugin named wasm-cpp/say-hello")), qPrintable(error));
    QVERIFY(window.selectPluginByName(QStringLiteral("hello-world"))); // unambiguous: the bare name still does
    QCOMPARE(context.currentPlugin()->name, QStringLiteral("hello-world"));
}

void TestMainWindow::badWorkspaceShowsInlineError()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(!window.openWorkspace(m_tmp.filePath("nope")));
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
}

// Ctrl+F jumps to the plugin search, Ctrl+1 … to the pages, and the View menu lists them with their keys.
void TestMainWindow::keysReachTheSearchAndEveryPage()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs && tabs->count() >= 6);

    for (int i = tabs->count() - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
    }
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("build"));

    auto *search = window.pluginList()->findChild<QLineEdit *>();
    search->setText("proxy");
    window.pluginList()->view()->setFocus();
    QTRY_VERIFY(!search->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("proxy")); // typing replaces the last search
    QVERIFY(search->placeholderText().endsWith("(Ctrl+F)"));

    QMenu *view = window.menuBar()->actions().at(1)->menu();
    QStringList entries;
    for (QAction *action : view->actions())
        if (!action->isSeparator() && !action->menu())
            entries.append(action->text() + " " + action->shortcut().toString());
    QCOMPARE(entries.first(), QStringLiteral("&Find Plugin Ctrl+F"));
    QVERIFY2(entries.contains(QStringLiteral("Build Ctrl+3")), qPrintable(entries.join(", ")));
}

// Edits not saved yet, here to a .buildrc of a plugin no longer selected: closing asks. Cancel keeps the window
// and the edits; Save All writes them and closes.
void TestMainWindow::closingAsksAboutUnsavedEdits()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    QVERIFY(window.selectPluginByName("ai-proxy-lite"));
    QVERIFY(window.showPage("buildrc"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = window.findChild<BuildrcEditor *>();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, "GOPROXY=off");
    const QString edited = editor->toPlainText();
    QVERIFY(window.selectPluginByName("hello-world"));

    const auto answer = [](QMessageBox::StandardButton button, QString *text) {
        QTimer::singleShot(0, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *text = box->text() + '\n' + box->informativeText();
            box->button(button)->click();
        });
    };
    QString asked;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY2(asked.startsWith("Save your edits to 1 file before closing?") && asked.contains("ai-proxy-lite/.buildrc"),
             qPrintable(asked));

    const QString file = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite/.buildrc";
    QVERIFY(test::readFile(file) != edited.toUtf8());
    answer(QMessageBox::SaveAll, &asked);
    QVERIFY(window.close());
    QCOMPARE(test::readFile(file), edited.toUtf8());
}

void TestMainWindow::screenshotOfEveryPage()
{
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    QVERIFY(window.selectPluginByName("ai-proxy-lite"));
    const QStringList pages = window.pageIds();
    QVERIFY(pages.contains("overview"));
    for (const QString &page : pages) {
        QVERIFY(window.showPage(page));
        const QString file = m_tmp.filePath(page + ".png");
        QCOMPARE(ScreenshotRenderer::render(&window, file, 50), QString());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), window.width());
    }
    QVERIFY(!window.showPage("no-such-page"));
}

// A page that says it is still loading (the Requests page reading a load test's run) is shot once it has loaded,
// not while it says "Loading".
void TestMainWindow::aScreenshotWaitsForAPageThatIsLoading()
{
    QWidget window;
    auto *page = new QLabel("Loading…", &window);
    page->setProperty(ScreenshotRenderer::kLoadingProperty, true);
    QTimer::singleShot(300, page, [page] {
        page->setText("Loaded");
        page->setProperty(ScreenshotRenderer::kLoadingProperty, false);
    });
    QCOMPARE(ScreenshotRenderer::render(&window, m_tmp.filePath("loading.png"), 10), QString());
    QCOMPARE(page->text(), QString("Loaded"));
}

// Without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM (ssh, CI), xcb would abort the program; these need no screen.
void TestMainWindow::helpAndScreenshotNeedNoScreen()
{
    const QString app = test::binaryDir() + "/bin/higress-workbench";
    const QStringList noScreen{"-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "QT_QPA_PLATFORM",
                               "XDG_DATA_HOME=" + m_tmp.filePath("nsd"), "XDG_CONFIG_HOME=" + m_tmp.filePath("nsc"), app};
    const auto help = test::runProcess("/usr/bin/env", noScreen + QStringList{"--help"});
    QVERIFY2(help.exitCode == 0 && help.stdOut.contains("--screenshot"), help.stdErr.constData());
    const QString file = m_tmp.filePath("noscreen.png");
    const auto shot = test::runProcess("/usr/bin/env", noScreen + QStringList{m_workspace, "--screenshot", file}, {}, {}, 60000);
    QVERIFY2(shot.exitCode == 0, shot.stdErr.constData());
    QVERIFY(!QImage(file).isNull());
}

void TestMainWindow::switchesLanguageLive()
{
    AppContext context;
    MainWindow window(context);
    // The product name stays English in every language; the File menu does not.
    const auto fileMenu = [&] { return window.menuBar()->actions().constFirst()->text(); };
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
    QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
    QTRY_COMPARE(fileMenu(), QString::fromUtf8("文件(&F)"));
    QVERIFY(Translations::install(QLocale(QLocale::English)));
    QTRY_COMPARE(fileMenu(), QStringLiteral("&File"));
}

void TestMainWindow::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN"}) {
        // With a .buildrc, without one (its page names the full path), and a Rust plugin.
        for (const char *plugin : {"ai-proxy-lite", "hello-world", "say-hello"})
            QTest::addRow("%s %s", plugin, language) << plugin << language;
    }
}

namespace {
// The window in the row's language, on the row's plugin, shown at `size` (invalid: the default). Back to English
// when it goes.
struct ShownWindow
{
    AppContext context;
    MainWindow window{context};

    ShownWindow(const QString &workspace, QSize size)
    {
        QFETCH(QString, plugin);
        QFETCH(QString, language);
        QVERIFY(Translations::install(language == "en" ? QLocale(QLocale::English) : QLocale(language)));
        QVERIFY(window.openWorkspace(workspace));
        QVERIFY(window.selectPluginByName(plugin));
        if (size.isValid())
            window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    ~ShownWindow() { Translations::install(QLocale(QLocale::English)); }
};
} // namespace

// 800x600 is a 1366x768 laptop at 150 %. The window's minimum size must fit it, whatever a page needs: a page
// scrolls inside its tab instead. And no page may need that scrolling sideways, where nobody looks for it.
void TestMainWindow::fitsASmallScreen()
{
    ShownWindow shown(m_workspace, QSize(800, 600));
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = shown.window;
    auto *tabs = window.findChild<QTabWidget *>();
    for (const QString &page : window.pageIds()) {
        QVERIFY(window.showPage(page));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
                 qPrintable(QStringLiteral("%1: minimum %2x%3").arg(page).arg(minimum.width()).arg(minimum.height())));
        auto *scroll = qobject_cast<QScrollArea *>(tabs->currentWidget());
        QVERIFY(scroll);
        QCOMPARE(window.size(), QSize(800, 600));
        const int needed = scroll->widget()->minimumSizeHint().width();
        QVERIFY2(needed <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 needs %2 px, has %3").arg(page).arg(needed).arg(scroll->viewport()->width())));
    }
    QVERIFY(Translations::install(QLocale(QLocale::English)));
}

// At the default 1280x800 every page fits its tab: nothing scrolls, and the page fills the tab. (A page whose
// layout wraps text once got its preferred height there, taller than the tab.)
void TestMainWindow::pagesFitTheDefaultSize()
{
    ShownWindow shown(m_workspace, QSize());
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = shown.window;
    auto *tabs = window.findChild<QTabWidget *>();
    for (const QString &page : window.pageIds()) {
        QVERIFY(window.showPage(page));
        auto *scroll = qobject_cast<QScrollArea *>(tabs->currentWidget());
        QCoreApplication::processEvents();
        QVERIFY2(scroll->widget()->size() == scroll->viewport()->size(),
                 qPrintable(QStringLiteral("%1: page %2x%3 in %4x%5").arg(page).arg(scroll->widget()->width())
                                .arg(scroll->widget()->height()).arg(scroll->viewport()->width()).arg(scroll->viewport()->height())));
    }
    QVERIFY(Translations::install(QLocale(QLocale::English)));
}

// A deep checkout and a long plugin name elide in the header, the Overview and the status bar: the window stays
// the size it was given, and each shows the whole text as its tooltip.
void TestMainWindow::longPathsDoNotWidenTheWindow()
{
    QTemporaryDir tmp;
    QString error;
    const QString deep = tmp.filePath(QStringLiteral("a-rather-deep-folder/").repeated(8) + QStringLiteral("workspace"));
    const QString workspace = DemoWorkspace::ensureWritableCopy(&error, true, deep);
    QVERIFY2(!workspace.isEmpty(), qPrintable(error));
    const QString longName = QStringLiteral("hello-world-with-a-name-long-enough-to-fill-a-laptop-screen-on-its-own");
    QVERIFY(QDir(workspace + "/plugins/wasm-go/extensions").rename("hello-world", longName));
    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(workspace));
    QVERIFY(window.selectPluginByName(longName));
    QVERIFY(window.showPage("overview"));
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSizeHint().width() <= 800, qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 800);
    auto *header = window.findChild<ElidedLabel *>("pluginHeader");
    QVERIFY(header);
    QVERIFY(header->fullText().startsWith(longName));
    QCOMPARE(header->toolTip(), header->fullText());
    QVERIFY(header->text() != header->fullText()); // elided
    const QString folder = QDir::toNativeSeparators(workspace + "/plugins/wasm-go/extensions/" + longName);
    bool folderShown = false;
    for (auto *label : window.findChildren<ElidedLabel *>()) {
        if (label->fullText() != folder)
            continue;
        folderShown = true;
        QCOMPARE(label->toolTip(), folder);
        QVERIFY(label->width() < 800);
        QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text())); // shown, elided
    }
    QVERIFY(folderShown);
}

void TestMainWindow::remembersTheWindowGeometry()
{
    {
        AppContext context;
        MainWindow window(context);
        window.resize(700, 500); // within the offscreen screen (800x600): Qt 6.8 fits a restored window to it
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
    }
    AppContext context;
    MainWindow window(context);
    QCOMPARE(window.size(), QSize(1280, 800)); // screenshots see the default, always
    window.restoreSavedGeometry();
    QCOMPARE(window.size(), QSize(700, 500));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
