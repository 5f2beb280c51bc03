#include "TestSupport.h"

#include "AppContext.h"
#include "pages/OverviewPage.h"
#include "pages/VerifyPage.h"
#include "widgets/FindingCard.h"
#include "widgets/MessageBar.h"
#include "widgets/VerdictBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QTextEdit>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace hwb;
using namespace hwb::gui;

// The Verify page on real builds of the demo plugin: the verdict follows the plugin's artifact through
// rebuilds, the target gateway and dropped files.
class TestVerifyPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsBuildsOfTheCurrentPlugin();
    void gatewayPickerChangesTheVerdict();
    void inspectsDroppedFiles();

private:
    QString plugin() const { return m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite"; }
    QStringList findingCodes(const VerifyPage &page) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestVerifyPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

QStringList TestVerifyPage::findingCodes(const VerifyPage &page) const
{
    QStringList codes;
    for (const auto &f : page.report().findings)
        codes.append(f.code);
    return codes;
}

void TestVerifyPage::followsBuildsOfTheCurrentPlugin()
{
    AppContext context;
    QVERIFY(context.openWorkspace(m_workspace).isEmpty());
    context.setCurrentPlugin(plugin());
    VerifyPage page(context);
    page.resize(1000, 800);
    page.show();
    auto *banner = page.findChild<VerdictBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // nothing built yet
    // Said in a bar at the top, as tall as its text; the space below stays empty.
    auto *message = page.findChild<MessageBar *>();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains("has no built module yet (main.wasm or plugin.wasm in its folder)"),
             qPrintable(message->text()));
    QVERIFY2(!message->text().contains("cargo"), qPrintable(message->text())); // a Go plugin's module is no cargo output
    QVERIFY2(message->height() <= message->heightForWidth(message->width()) + 2, qPrintable(QString::number(message->height())));
    QVERIFY(message->geometry().bottom() < page.height() / 4);
    // The other pages show the verdict too: the Overview a line with the way here (and the window a mark on this
    // page's tab), so that a module that fails is seen from wherever the user is.
    OverviewPage overview(context);
    auto *overviewVerdict = overview.findChild<QLabel *>("moduleVerdict");
    QVERIFY(overviewVerdict);
    QVERIFY(!context.currentModuleVerdict());
    QVERIFY(overviewVerdict->isHidden());

    // The original failure: built without the .buildrc tag.
    QSignalSpy inspected(&page, &VerifyPage::inspected);
    auto build = test::goBuildWasm(plugin(), plugin() + "/main.wasm", {});
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->verdict(), VerdictBanner::Verdict::Fail);
    QCOMPARE(findingCodes(page), (QStringList{"abi-too-old", "tags-not-applied"}));
    QCOMPARE(page.findChildren<FindingCard *>().size(), 2);
    QVERIFY(page.findChildren<FindingCard *>().first()->isVisible());
    // Both have the same cure: the second card points at the first's command rather than repeat it.
    QCOMPARE(page.findChildren<FindingCard *>().last()->findChild<QTextEdit *>("findingFix")->toPlainText(),
             QString("The rebuild above fixes this too."));
    QVERIFY(context.currentModuleVerdict());
    QCOMPARE(context.currentModuleVerdict()->verdict.kind, ArtifactVerdict::Kind::Fail);
    QCOMPARE(context.currentModuleVerdict()->artifact, plugin() + "/main.wasm");
    QVERIFY(!overviewVerdict->isHidden());
    QVERIFY2(overviewVerdict->text().contains("Built module main.wasm:") && overviewVerdict->text().contains("FAILS verification"),
             qPrintable(overviewVerdict->text()));

    // In a narrow page the cards wrap, the rebuild command too (one long path, which a label could not break), so
    // nothing is cut at the right and the findings never scroll sideways; the command is there whole, to copy.
    page.resize(560, 800);
    auto *scroll = page.findChild<QScrollArea *>();
    QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    auto *fix = page.findChildren<FindingCard *>().first()->findChild<QTextEdit *>("findingFix");
    QVERIFY(fix);
    QVERIFY2(fix->toPlainText().contains(" -o main.wasm ."), qPrintable(fix->toPlainText()));
    QTRY_VERIFY(fix->height() >= int(fix->document()->size().height())); // every wrapped line shows
    page.resize(1000, 800);

    // The first card's Copy button gives the command whole, however it wraps; the second card, which points at it,
    // has none.
    auto *copy = page.findChildren<FindingCard *>().first()->findChild<QToolButton *>("copyFixCommand");
    QVERIFY(copy);
    QVERIFY(!page.findChildren<FindingCard *>().last()->findChild<QToolButton *>("copyFixCommand"));
    QApplication::clipboard()->clear();
    copy->click();
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith("cd ") && command.endsWith(" -o main.wasm .")
                 && command.contains("-tags=proxy_wasm_version_0_2_100") && fix->toPlainText().endsWith(command),
             qPrintable(command));
    QCOMPARE(copy->text(), QString("Copied"));

    // Rebuilt right, with the copied command pasted into a shell: the page notices the new artifact by itself.
    QProcess shell;
    shell.start("/bin/sh", {"-c", command});
    QVERIFY(shell.waitForFinished(120000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(banner->verdict(), VerdictBanner::Verdict::Pass, 10000);
    QVERIFY(page.findChildren<FindingCard *>().isEmpty());
    QVERIFY(inspected.count() >= 2);
    QCOMPARE(context.currentModuleVerdict()->verdict.kind, ArtifactVerdict::Kind::Pass);
    QVERIFY2(!overviewVerdict->text().contains("FAILS"), qPrintable(overviewVerdict->text()));

    // Another plugin, not built: no verdict of the last one's module lingers.
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/key-auth-lite");
    QVERIFY(!context.currentModuleVerdict());
    QVERIFY(overviewVerdict->isHidden());
}

void TestVerifyPage::gatewayPickerChangesTheVerdict()
{
    AppContext context;
    QVERIFY(context.openWorkspace(m_workspace).isEmpty());
    context.setCurrentPlugin(plugin());
    VerifyPage page(context);
    QVERIFY2(page.report().passed(), qPrintable(findingCodes(page).join(' ')));
    page.findChild<QComboBox *>()->setCurrentText("2.0.4");
    QTRY_COMPARE(findingCodes(page), QStringList{"import-unsupported"});
    QCOMPARE(page.report().gatewayProfile, "2.0.0");
}

void TestVerifyPage::inspectsDroppedFiles()
{
    AppContext context;
    QVERIFY(context.openWorkspace(m_workspace).isEmpty());
    context.setCurrentPlugin(plugin());
    VerifyPage page(context);
    const QString junk = m_tmp.filePath("junk.wasm");
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a module");
    f.close();
    page.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(junk)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    QCOMPARE(page.report().path, junk);
    QCOMPARE(findingCodes(page), QStringList{"not-wasm"});
    // A dropped file is not the plugin's module: what the other pages say of that stays.
    QVERIFY(context.currentModuleVerdict());
    QCOMPARE(context.currentModuleVerdict()->artifact, plugin() + "/main.wasm");
    QCOMPARE(context.currentModuleVerdict()->verdict.kind, ArtifactVerdict::Kind::Pass);
    // Rebuilt without its tag while the dropped file is on show: what the other pages say follows the rebuild (it
    // kept saying "passes"), and the page keeps the file the user dropped.
    const auto build = test::goBuildWasm(plugin(), plugin() + "/main.wasm", {});
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());
    QTRY_VERIFY_WITH_TIMEOUT(context.currentModuleVerdict() // empty for a moment while Go replaces the file
                                 && context.currentModuleVerdict()->verdict.kind == ArtifactVerdict::Kind::Fail,
                             10000);
    QCOMPARE(page.report().path, junk);

    // A rescan (a saved .buildrc, a build elsewhere in the workspace, a language switch) leaves the dropped file
    // on show; selecting another plugin shows that plugin's artifact.
    context.rescan();
    QCOMPARE(page.report().path, junk);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/key-auth-lite");
    QVERIFY(page.report().path != junk);
}

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
