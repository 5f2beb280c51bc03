#include "RawHttpClient.h"
#include "PageTestHelpers.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "gateway/GatewayRunProfile.h"
#include "gateway/PluginConfigFile.h"
#include "gateway/mock/MockLlmServer.h"
#include "llm/SecretStore.h"
#include "pages/GatewayModuleNotice.h"
#include "pages/GatewayPage.h"
#include "widgets/GatewayProfileForm.h"
#include "widgets/JsonConfigEditor.h"
#include "widgets/LogFindBar.h"
#include "widgets/LogView.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QListView>
#include <QScrollBar>
#include "gateway/GatewayLogModel.h"
#include <QTcpServer>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;

namespace {
using hwb::test::findButton;

bool anyLabelContains(QWidget *page, const QString &text)
{
    const auto labels = page->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->isVisibleTo(page) && l->text().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestGatewayPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
    }

    void lineColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << QByteArray("{}") << 0 << 1 << 1;
        QTest::newRow("second line") << QByteArray("{\n  \"a\" 1}") << 8 << 2 << 7;
    }
    void lineColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        const auto [line, column] = JsonConfigEditor::lineColumn(text, offset);
        QTEST(line, "line");
        QTEST(column, "column");
    }

    void editsAndValidatesConfig()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        const QString pluginDir = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
        QFile::remove(pluginDir + "/main.wasm");
        context.setCurrentPlugin(pluginDir);
        auto *editor = page.findChild<JsonConfigEditor *>();
        QVERIFY(editor->text().contains("modelMapping")); // the demo's config.sample.json
        QVERIFY(editor->isValid());
        QPushButton *up = findButton(&page, "Start gateway");
        QVERIFY(up && !up->isEnabled()); // nothing built yet: no module to load
        QVERIFY(up->toolTip().contains("Build the plugin first"));
        QVERIFY(!findButton(&page, "Reset to sample")->isEnabled()); // the sample is what is shown
        // A build writes the module: the page notices by itself (its folder watcher), no reselection needed.
        test::writeFile(pluginDir + "/main.wasm", QByteArray("\0asm\1\0\0\0", 8));
        QTRY_VERIFY_WITH_TIMEOUT(up->isEnabled(), 10000);

        QSignalSpy validity(editor, &JsonConfigEditor::validityChanged);
        editor->findChild<QPlainTextEdit *>()->setPlainText("{\n  \"provider\": \n}");
        QTRY_COMPARE(validity.size(), 1);
        QVERIFY(!editor->isValid());
        QVERIFY2(editor->validationMessage().contains("line 3"), qPrintable(editor->validationMessage()));
        QVERIFY(!up->isEnabled());
        editor->findChild<QPlainTextEdit *>()->setPlainText("{\"provider\": {\"type\": \"openai\"}}");
        QTRY_VERIFY(editor->isValid());
        QVERIFY(up->isEnabled());
        QTRY_VERIFY(findButton(&page, "Reset to sample")->isEnabled()); // an edit to go back from
        // A build makes the workspace rescan and the same plugin come back: the unsaved edit stays.
        Q_EMIT context.currentPluginChanged();
        QCOMPARE(editor->text(), QByteArray("{\"provider\": {\"type\": \"openai\"}}"));
        findButton(&page, "Reset to sample")->click();
        QVERIFY(editor->text().contains("modelMapping"));
        QVERIFY(!findButton(&page, "Reset to sample")->isEnabled());
    }

    // An unsaved edit of one plugin's configuration survives showing another plugin, and is saved on request.
    void configEditsSurviveSelectingAnotherPlugin()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        const QString edited = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
        context.setCurrentPlugin(edited);
        const PluginInfo plugin = *context.currentPlugin();
        auto *editor = page.findChild<JsonConfigEditor *>();
        const QByteArray mine = "{\"provider\": {\"type\": \"qwen\"}}";
        editor->findChild<QPlainTextEdit *>()->setPlainText(QString::fromUtf8(mine));
        QCOMPARE(page.unsavedFiles(), QStringList{PluginConfigFile::savedPath(plugin)});

        context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/request-stamp");
        QVERIFY(editor->text() != mine);
        QCOMPARE(page.unsavedFiles(), QStringList{PluginConfigFile::savedPath(plugin)});
        auto *bar = page.findChild<MessageBar *>();
        QVERIFY2(bar->text().contains("configuration of ai-proxy-lite are kept"), qPrintable(bar->text()));

        context.setCurrentPlugin(edited);
        QCOMPARE(editor->text(), mine);
        context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/request-stamp");
        QString error;
        QVERIFY2(page.saveUnsaved(&error), qPrintable(error));
        QVERIFY(page.unsavedFiles().isEmpty());
        QCOMPARE(PluginConfigFile::load(plugin), mine);
        QVERIFY(PluginConfigFile::forget(plugin));
    }

    // ${API_KEY} with no key entered: Start says where to enter it, before any container starts.
    void placeholderWithoutAKeyHoldsTheStart()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        page.findChild<GatewayProfileForm *>()->findChild<QComboBox *>()->setCurrentIndex(0); // the managed container
        const QString pluginDir = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
        test::writeFile(pluginDir + "/main.wasm", QByteArray("\0asm\1\0\0\0", 8));
        context.setCurrentPlugin(pluginDir);
        SecretStore::instance().setValue("API_KEY", QString());
        auto *editor = page.findChild<JsonConfigEditor *>();
        editor->findChild<QPlainTextEdit *>()->setPlainText("{\"provider\": {\"type\": \"openai\", \"apiTokens\": [\"${API_KEY}\"]}}");
        QPushButton *up = findButton(&page, "Start gateway");
        QTRY_VERIFY(up->isEnabled());
        up->click();
        auto *bar = page.findChild<MessageBar *>();
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains("${API_KEY}") && bar->text().contains("Requests page"), qPrintable(bar->text()));
        QVERIFY(anyLabelContains(&page, "Not running"));
        QVERIFY(PluginConfigFile::forget(*context.currentPlugin()));
        QFile::remove(pluginDir + "/main.wasm");
    }

    // The story's mistake, before Start: a module built without the .buildrc tag loads and hangs every request, so
    // the page says so under the module line (real Go builds). A rebuild with the tag takes the notice away.
    void moduleThatFailsVerificationIsSaidBeforeStart()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        auto *profiles = page.findChild<GatewayProfileForm *>()->findChild<QComboBox *>();
        profiles->setCurrentIndex(0); // the managed container
        const QString pluginDir = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
        auto build = test::goBuildWasm(pluginDir, pluginDir + "/main.wasm", {});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        context.setCurrentPlugin(pluginDir);
        auto *notice = page.findChild<GatewayModuleNotice *>();
        QVERIFY(notice->isVisibleTo(&page));
        QVERIFY2(notice->text().contains("fails verification") && notice->text().contains("[tags-not-applied]"),
                 qPrintable(notice->text()));
        QVERIFY(findButton(notice, "Open Verify"));

        build = test::goBuildWasm(pluginDir, pluginDir + "/main.wasm", {"proxy_wasm_version_0_2_100"});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        context.rescan(); // what the folder watcher does after a build
        QTRY_VERIFY(!notice->isVisibleTo(&page));
        QFile::remove(pluginDir + "/main.wasm");
    }

    // A provider key pasted into ai-proxy's configuration is not saved; one click puts it in the keychain (the
    // Requests page's ${API_KEY}) and saves the configuration with the placeholder.
    void keyWrittenOutMovesToTheKeychain()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
        const PluginInfo plugin = *context.currentPlugin();
        auto *editor = page.findChild<JsonConfigEditor *>();
        const QString key = "sk-proj0123456789abcdefgh";
        editor->findChild<QPlainTextEdit *>()->setPlainText("{\n  \"provider\": {\"type\": \"openai\", \"apiTokens\": [\"" + key + "\"]}\n}\n");
        findButton(&page, "Save")->click();
        auto *bar = page.findChild<MessageBar *>();
        QVERIFY2(bar->isVisibleTo(&page) && bar->kind() == MessageBar::Kind::Error, qPrintable(bar->text()));
        QVERIFY2(bar->text().contains("provider.apiTokens[0]"), qPrintable(bar->text()));
        QVERIFY(!QFileInfo::exists(PluginConfigFile::savedPath(plugin)));
        QVERIFY(page.unsavedFiles().contains(PluginConfigFile::savedPath(plugin))); // the edit is still there

        QPushButton *move = findButton(bar, "Move the key to the keychain");
        QVERIFY(move && move->isVisibleTo(&page));
        move->click();
        QCOMPARE(SecretStore::instance().value("API_KEY"), key);
        QCOMPARE(editor->text(), QByteArray("{\n  \"provider\": {\"type\": \"openai\", \"apiTokens\": [\"${API_KEY}\"]}\n}\n"));
        QCOMPARE(test::readFile(PluginConfigFile::savedPath(plugin)), editor->text());
        QVERIFY(page.unsavedFiles().isEmpty());
        QCOMPARE(bar->kind(), MessageBar::Kind::Success);
        // Where the key is, as the store says: the keychain, or this session only when there is none.
        QTRY_VERIFY2(bar->text().contains(SecretStore::instance().isPersistent() ? "in the keychain now" : "this session only"),
                     qPrintable(bar->text()));
        QVERIFY(!findButton(bar, "Move the key to the keychain")->isVisibleTo(&page));

        // Another key while ${API_KEY} holds one: it takes the other's place only when the user says so.
        const QString other = "sk-proj9999999999zyxwvuts";
        editor->findChild<QPlainTextEdit *>()->setPlainText("{\"provider\": {\"apiTokens\": [\"" + other + "\"]}}");
        findButton(&page, "Save")->click();
        findButton(bar, "Move the key to the keychain")->click();
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QCOMPARE(SecretStore::instance().value("API_KEY"), key); // not yet
        QVERIFY(editor->text().contains(other.toUtf8()));
        findButton(bar, "Replace it")->click();
        QCOMPARE(SecretStore::instance().value("API_KEY"), other);
        QVERIFY2(bar->text().contains("It replaces the API key the Requests page had."), qPrintable(bar->text()));
        QVERIFY(PluginConfigFile::forget(plugin));
    }

    // Gateway profiles broken by hand: the page says so where the profiles are, and the file is kept.
    void unreadableProfilesAreReported()
    {
        const QString path = GatewayRunProfileStore::defaultPath();
        test::writeFile(path, "{\"profiles\": [");
        AppContext context;
        GatewayPage page(context);
        auto *bar = page.findChild<MessageBar *>();
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->isVisibleTo(&page) && bar->text().contains(path), qPrintable(bar->text()));
        QCOMPARE(test::readFile(path), QByteArray("{\"profiles\": ["));
        QVERIFY(QFile::remove(path));
    }

    // Each workspace keeps the profile picked for it: the demo's "Mock LLM only" once followed to a real checkout,
    // whose Start button it hid.
    void eachWorkspaceKeepsItsProfile()
    {
        QTemporaryDir other;
        const QString checkout = test::copyDemoWorkspace(other);
        const int mockOnly = GatewayRunProfileStore::firstOfKind(GatewayRunProfile::Kind::MockOnly);
        QVERIFY(mockOnly > 0);
        GatewayRunProfileStore::setSelectedIndex(m_workspace, mockOnly);
        GatewayRunProfileStore::setSelectedIndex(checkout, -1);
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        GatewayPage page(context);
        auto *form = page.findChild<GatewayProfileForm *>();
        QCOMPARE(form->profile().kind, GatewayRunProfile::Kind::MockOnly);
        QVERIFY(context.openWorkspace(checkout).isEmpty());
        QCOMPARE(form->profile().kind, GatewayRunProfile::Kind::ManagedContainer);
        QVERIFY(findButton(&page, "Start gateway")->isVisibleTo(&page));
        form->findChild<QComboBox *>()->setCurrentIndex(mockOnly); // picked here: this workspace's choice now
        QCOMPARE(GatewayRunProfileStore::selectedIndex(checkout), mockOnly);
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        QCOMPARE(form->profile().kind, GatewayRunProfile::Kind::MockOnly);
        GatewayRunProfileStore::setSelectedIndex(m_workspace, -1);
    }

    void mockOnlyProfileSaysThePluginIsNotInThePath()
    {
        AppContext context;
        GatewayPage page(context);
        auto *picker = page.findChild<GatewayProfileForm *>()->findChild<QComboBox *>();
        picker->setCurrentIndex(2);
        QVERIFY(anyLabelContains(&page, "NOT in the request path"));
        QVERIFY(!findButton(&page, "Start gateway")->isVisibleTo(&page));
        picker->setCurrentIndex(0);
        QVERIFY(findButton(&page, "Start gateway")->isVisibleTo(&page));
    }

    void inProcessMockServesRequests()
    {
        QString error;
        QVERIFY2(GatewayPage::startMock(0, &error), qPrintable(error));
        MockLlmServer *mock = GatewayPage::mockServer();
        QCOMPARE(qApp->property("hwb.mockLlmUrl").toString(), mock->baseUrl().toString());
        AppContext context;
        GatewayPage page(context);
        QVERIFY(anyLabelContains(&page, mock->baseUrl().toString()));
        test::RawHttpClient client;
        client.exchange(mock->port(), "GET /v1/models HTTP/1.1\r\nhost: x\r\n\r\n");
        QCOMPARE(client.status(), 200);
        QTRY_VERIFY(anyLabelContains(&page, "(1 request(s) served)"));
        // Stopped from the page: no page takes its address for the mock's any more.
        findButton(&page, "Stop mock")->click();
        QVERIFY(!mock->isListening());
        QVERIFY(qApp->property("hwb.mockLlmUrl").toString().isEmpty());
        QVERIFY(anyLabelContains(&page, "Mock LLM: not running."));
        QVERIFY2(GatewayPage::startMock(0, &error), qPrintable(error));
    }

    // `hwb mock-llm` (or another program) already holds the port the window's mock wants: the mock takes another, and
    // the page says what holds the wanted one and which port each gateway forwards to, instead of moving silently.
    void aMockOnAnotherPortSaysWhatHoldsItsOwn_data()
    {
        QTest::addColumn<bool>("holderIsAMock");
        QTest::addColumn<QString>("says");
        QTest::newRow("hwb mock-llm") << true << "Another mock LLM (hwb mock-llm?) already answers on port %1";
        QTest::newRow("another program") << false << "Port %1 is held by another program";
    }

    void aMockOnAnotherPortSaysWhatHoldsItsOwn()
    {
        QFETCH(bool, holderIsAMock);
        QFETCH(QString, says);
        MockLlmServer external;
        QTcpServer other;
        QVERIFY(holderIsAMock ? external.listen(QHostAddress::LocalHost, 0) : other.listen(QHostAddress::LocalHost, 0));
        const quint16 wanted = holderIsAMock ? external.port() : other.serverPort();
        GatewayPage::mockServer()->close();
        const auto restore = qScopeGuard([] { GatewayPage::mockServer()->close(); });
        QString error;
        QVERIFY2(GatewayPage::startMock(wanted, &error), qPrintable(error));
        const quint16 took = GatewayPage::mockServer()->port();
        QVERIFY(took != wanted);
        QCOMPARE(GatewayPage::mockDisplacedFrom(), wanted);
        AppContext context;
        GatewayPage page(context);
        QTRY_VERIFY2(anyLabelContains(&page, says.arg(wanted)), qPrintable(says.arg(wanted)));
        QVERIFY(anyLabelContains(&page, QStringLiteral("gateway started here forwards to port %1").arg(took)));
    }

    // The log follows its tail while the view is at it, and keeps the place of someone reading older lines.
    void logFollowsTheTailUnlessScrolledUp()
    {
        AppContext context;
        GatewayPage page(context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.previewState("logs");
        auto *view = page.findChild<QListView *>("gatewayLog");
        auto *log = qobject_cast<GatewayLogModel *>(view->model());
        QVERIFY(view && log);
        QVERIFY(view->uniformItemSizes()); // wrapped rows of differing heights cost seconds per insertion
        const auto feed = [log](int from) {
            QByteArray chunk;
            for (int i = from; i < from + 400; ++i)
                chunk += "[2026-11-27][debug][wasm] line " + QByteArray::number(i) + "\n";
            log->appendBytes(chunk);
        };
        for (int i = 0; i < 3; ++i)
            feed(i * 400);
        const auto lastVisible = [&] {
            return view->viewport()->rect().intersects(view->visualRect(log->index(log->rowCount() - 1)));
        };
        QTRY_VERIFY(lastVisible());
        view->verticalScrollBar()->setValue(0);
        feed(1200);
        QTest::qWait(50);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QVERIFY(!lastVisible());
    }

    // The gateway's log has the Build log's find bar: Ctrl+F, a count, Escape back to the log.
    void logFindsText()
    {
        AppContext context;
        GatewayPage page(context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.previewState("failed");
        auto *view = page.findChild<LogView *>("gatewayLog");
        auto *bar = page.findChild<LogFindBar *>("gatewayLogFind");
        QVERIFY(view && bar);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->field(), "[wasm]");
        QTRY_COMPARE(bar->countText(), QStringLiteral("1 of 1"));
        QVERIFY(view->currentIndex().data().toString().contains("Failed to load Wasm module"));
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->hasFocus());
    }

    void failedStateShowsErrorAndLogTail()
    {
        AppContext context;
        GatewayPage page(context);
        page.previewState("failed");
        auto *bar = page.findChild<MessageBar *>();
        QVERIFY(bar->isVisibleTo(&page));
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(bar->text().contains("exited with code 1"));
        QVERIFY(bar->text().contains("[critical]"));
    }
};

QTEST_MAIN(TestGatewayPage)
#include "tst_gatewaypage.moc"
