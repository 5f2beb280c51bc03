#include "BuildPageDriver.h"

#include "AppContext.h"
#include "pages/BuildPage.h"
#include "pages/BuildVerdictNotice.h"
#include "widgets/LogView.h"
#include "widgets/MessageBar.h"
#include "widgets/ThemeColors.h"

#include "buildplan/BuildProfile.h"
#include "buildrun/BuildHistory.h"
#include "buildrun/BuildRunner.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace hwb;
using namespace hwb::gui;
using namespace hwb::gui::testing;

// The Build page running builds: cancel, diagnostics, the verdict and history, and which plugin a build is for.
class TestBuildPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelShowsCancelledNotFailed();
    void diagnosticOpensTheSource();
    void successIsJudgedAndRecorded();
    void theVerdictOutlivesThePluginRefresh();
    void aBuildKeepsItsPluginWhenTheSelectionMoves();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestBuildPage::initTestCase()
{
    m_workspace = setUpBuildPageTest(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestBuildPage::cancelShowsCancelledNotFailed()
{
    BuildProfile profile;
    profile.customCommand = "sleep 60 & sleep 60";
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    chooseMode(page, "custom");
    QCOMPARE(page.plan().mode, BuildMode::Custom);

    QPushButton *build = button(page, "Build");
    QPushButton *cancel = button(page, "Cancel");
    QVERIFY(build && cancel);
    // By the keys the buttons' tooltips name: Ctrl+B builds, Esc stops.
    QCOMPARE(build->toolTip(), QStringLiteral("Build with these flags (Ctrl+B)"));
    QVERIFY(cancel->toolTip().endsWith("(Esc)"));
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(page.runner()->isRunning());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!build->isEnabled()); // and so Ctrl+B does nothing while it runs
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    QTest::keyClick(&page, Qt::Key_Escape);
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.runner()->state(), BuildState::Cancelled);
    QVERIFY(page.stateText().contains("Cancelled"));
    auto *bar = page.findChild<MessageBar *>();
    QCOMPARE(bar->kind(), MessageBar::Kind::Info);
    QVERIFY(!bar->text().contains("fail", Qt::CaseInsensitive));
    QVERIFY(build->isEnabled());
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

void TestBuildPage::diagnosticOpensTheSource()
{
    BuildProfile profile;
    profile.mode = BuildMode::Custom;
    // The line Go prints for a type error in this plugin (captured from a real build, see tst_outputparsers).
    // A second message names a FIFO, which opening for reading would wait on for ever: the page must say it
    // cannot show it instead of freezing.
    profile.customCommand = "echo './main.go:14:26: cannot use 42 (untyped int constant) as string value in struct literal'; "
                            "echo './fifo.go:1:1: undefined: x'; exit 1";
    const QString fifo = m_workspace + "/plugins/wasm-go/extensions/hello-world/fifo.go";
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    QCOMPARE(page.plan().mode, BuildMode::Custom);
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.runner()->state(), BuildState::Failed);
    QCOMPARE(page.findChild<MessageBar *>()->kind(), MessageBar::Kind::Error);
    QTRY_VERIFY(page.findChild<LogView *>("buildLog")->text().contains("cannot use 42"));

    auto *problems = page.findChild<QTreeView *>("problems");
    QVERIFY(problems);
    QCOMPARE(problems->model()->rowCount(), 2);
    Q_EMIT problems->activated(problems->model()->index(0, 0));
    auto *source = page.findChild<QPlainTextEdit *>("sourceView");
    QVERIFY(source->isReadOnly());
    QVERIFY(source->toPlainText().contains("package main"));
    QCOMPARE(source->textCursor().blockNumber(), 13); // line 14
    QCOMPARE(source->textCursor().positionInBlock(), 25); // column 26
    Q_EMIT problems->activated(problems->model()->index(1, 0));
    QVERIFY(source->toPlainText().isEmpty());
    QVERIFY2(source->placeholderText().startsWith("Cannot show " + fifo + ": ")
                 && source->placeholderText().contains("not a regular file"),
             qPrintable(source->placeholderText()));
    QVERIFY(QFile::remove(fifo));
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

// A real Go build from the page: the verdict and the recorded digest are those of the file the build left.
void TestBuildPage::successIsJudgedAndRecorded()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    chooseMode(page, "go");
    QCOMPARE(page.plan().mode, BuildMode::Go);
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QVERIFY(finished.wait(600000));
    page.show();
    BuildVerdictNotice *bar = verdictOf(page);
    QVERIFY2(page.runner()->state() == BuildState::Succeeded, qPrintable(bar->text()));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(test::readFile(page.plan().artifact), QCryptographicHash::Sha256).toHex());
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(sha256.left(12)) && bar->text().contains("exports proxy_abi_version_0_2_100"),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains("\nBuilt "), qPrintable(bar->text()));
    const auto records = BuildHistory().recent();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().sha256, sha256);

    // Again, with nothing changed: Go rebuilds nothing, and the page says so beside the same verdict.
    button(page, "Build")->click();
    QVERIFY(finished.wait(600000));
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains("\nUp to date, nothing rebuilt: ") && bar->text().contains(sha256.left(12)),
             qPrintable(bar->text()));
    auto *history = page.findChild<QTreeWidget *>("buildHistory");
    QVERIFY(history && history->topLevelItemCount() >= 2);
    QVERIFY2(history->topLevelItem(0)->text(5).endsWith("(unchanged: nothing rebuilt)"), qPrintable(history->topLevelItem(0)->text(5)));
    QVERIFY(!history->topLevelItem(1)->text(5).contains("unchanged"));
    QCOMPARE(history->topLevelItem(0)->text(2), buildModeDisplayName(BuildMode::Go)); // its name, not the id "go"
}

// A build that succeeds and writes a module failing verification (ai-proxy-lite without its .buildrc tag) says so in
// red, and still says so once writing the module has rescanned the plugin and replanned the page, which used to
// replace the verdict with "no problems". A good build says what its pass rests on, and that stays too.
void TestBuildPage::theVerdictOutlivesThePluginRefresh()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    QTabWidget tabs; // the main window's, where Open Verify finds the Verify page
    auto *page = new BuildPage(context);
    page->setObjectName("build");
    auto *verify = new QWidget;
    verify->setObjectName("verify");
    tabs.addTab(page, "Build");
    tabs.addTab(verify, "Verify");
    tabs.show();
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    chooseMode(*page, "go");
    BuildVerdictNotice *verdict = verdictOf(*page);
    QVERIFY(verdict);
    QVERIFY(verdict->text().isEmpty()); // no build yet
    QToolButton *chip = chipOf(*page, "proxy_wasm_version_0_2_100");
    QVERIFY(chip);
    chip->click();
    QVERIFY(!page->plan().commandLine().contains("-tags="));

    QSignalSpy finished(page->runner(), &BuildRunner::finished);
    QSignalSpy refreshed(&context, &AppContext::currentPluginRefreshed);
    button(*page, "Build")->click();
    QVERIFY(finished.wait(600000));
    QCOMPARE(page->runner()->state(), BuildState::Succeeded);
    const auto saysItFails = [verdict] {
        QCOMPARE(verdict->kind(), MessageBar::Kind::Error);
        QVERIFY2(verdict->text().startsWith("The module FAILS verification: it exports proxy_abi_version_0_2_1, not "
                                            "0_2_100, so requests will hang"),
                 qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains("Fix: Rebuild with the tag proxy_wasm_version_0_2_100"), qPrintable(verdict->text()));
    };
    saysItFails();
    bool stateSaysIt = false;
    for (auto *label : page->findChildren<QLabel *>())
        stateSaysIt |= label->isVisible() && label->text().contains(" s, but the module FAILS verification");
    QVERIFY(stateSaysIt);
    // Writing main.wasm rescans the plugin; the page replans, and the verdict is still there.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
    QCoreApplication::processEvents();
    saysItFails();

    // The history's verdict column is red for the failure.
    auto *history = page->findChild<QTreeWidget *>("buildHistory");
    QTRY_VERIFY(history->topLevelItemCount() > 0);
    QVERIFY(history->topLevelItem(0)->text(5).startsWith("fail"));
    const QPalette palette = history->palette();
    QCOMPARE(history->topLevelItem(0)->foreground(5).color(),
             ThemeColors::toneText(ThemeColors::Tone::Error, palette.color(QPalette::Base), palette));

    // Its action opens the Verify page, and the verdict is still there to come back to.
    QPushButton *openVerify = nullptr;
    for (auto *b : verdict->findChildren<QPushButton *>())
        openVerify = b->text() == "Open Verify" ? b : openVerify;
    QVERIFY(openVerify && openVerify->isVisible());
    openVerify->click();
    QCOMPARE(tabs.currentWidget(), verify);
    tabs.setCurrentWidget(page);
    saysItFails();

    // Putting the tag back changes what the next build writes, not what this one wrote: the verdict stays.
    chipOf(*page, "proxy_wasm_version_0_2_100")->click();
    QVERIFY(page->plan().commandLine().contains("-tags=proxy_wasm_version_0_2_100"));
    saysItFails();

    refreshed.clear();
    button(*page, "Build")->click();
    QVERIFY(verdict->text().isEmpty()); // a build under way has no verdict yet
    QVERIFY(finished.wait(600000));
    const auto saysItPasses = [verdict] {
        QCOMPARE(verdict->kind(), MessageBar::Kind::Success);
        QVERIFY2(verdict->text().startsWith("Module verified: exports proxy_abi_version_0_2_100, built with "
                                            "-tags=proxy_wasm_version_0_2_100."),
                 qPrintable(verdict->text()));
    };
    saysItPasses();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
    QCoreApplication::processEvents();
    saysItPasses();
    QTRY_VERIFY(history->topLevelItem(0)->text(5).startsWith("pass"));
    QCOMPARE(history->topLevelItem(0)->foreground(5).color(),
             ThemeColors::toneText(ThemeColors::Tone::Success, palette.color(QPalette::Base), palette));

    // Another mode writes another artifact: the verdict on main.wasm says nothing about it.
    chooseMode(*page, "make-build");
    QVERIFY(page->plan().artifact != m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite/main.wasm");
    QVERIFY(verdict->text().isEmpty());
}

// Selecting another plugin while a build runs shows that plugin's plan; the build that runs is still judged and
// recorded as what it is, not as the plugin now selected.
void TestBuildPage::aBuildKeepsItsPluginWhenTheSelectionMoves()
{
    BuildProfile profile;
    profile.customCommand = "sleep 1 && GOOS=wasip1 GOARCH=wasm ${GO} build -buildmode=c-shared -o main.wasm .";
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    const QString built = m_workspace + "/plugins/wasm-go/extensions/hello-world";
    context.setCurrentPlugin(built);
    chooseMode(page, "custom");
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QTRY_VERIFY(page.runner()->isRunning());
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/request-stamp");
    QCOMPARE(page.plan().plugin, QStringLiteral("request-stamp"));
    QVERIFY(finished.wait(600000));

    page.show();
    BuildVerdictNotice *bar = verdictOf(page);
    QVERIFY2(page.runner()->state() == BuildState::Succeeded, qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(built + "/main.wasm"), qPrintable(bar->text()));
    const auto records = BuildHistory().recent();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().plugin, QStringLiteral("hello-world"));
    QCOMPARE(records.first().artifact, built + "/main.wasm");
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

QTEST_MAIN(TestBuildPage)
#include "tst_buildpage.moc"
