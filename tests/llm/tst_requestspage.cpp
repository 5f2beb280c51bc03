#include "FaultServer.h"

#include "AppContext.h"
#include "common/Translations.h"
#include "TestSupport.h"
#include "llm/FireResultModel.h"
#include "llm/RunHistory.h"
#include "llm/RequestDrafts.h"
#include "widgets/HangBanner.h"
#include "widgets/MessageBar.h"
#include "gateway/mock/MockLlmServer.h"
#include "gateway/GatewayRunProfile.h"
#include "pages/RequestsPage.h"
#include "storage/AppDataFolder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace hwb;
using namespace hwb::gui;

namespace {
// The Gateway page's profiles, every one with this container engine, for as long as the object lives; the file that
// was there before is put back.
class ProfilesWithEngine
{
public:
    explicit ProfilesWithEngine(const QString &engine)
        : m_had(QFile::exists(m_path))
        , m_before(test::readFile(m_path))
    {
        QList<GatewayRunProfile> profiles = GatewayRunProfileStore::defaults();
        for (GatewayRunProfile &p : profiles)
            p.engine = engine;
        QVERIFY(GatewayRunProfileStore::save(profiles, m_path));
    }
    ~ProfilesWithEngine() { m_had ? test::writeFile(m_path, m_before) : void(QFile::remove(m_path)); }
    Q_DISABLE_COPY_MOVE(ProfilesWithEngine)

private:
    const QString m_path = GatewayRunProfileStore::defaultPath();
    const bool m_had;
    const QByteArray m_before;
};
} // namespace

// The Requests page driven like a user would, against the fault server.
class TestRequestsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamedRequestShowsText();
    void hangShowsBanner();
    void batchFillsTableAndHistory();
    void batchWithHangsShowsBanner();
    void keysSendAndStop();
    void saveAsKeepsTheBody();
    void runsNameThePluginTheGatewayRuns();
    void aLanguageSwitchKeepsTheComparedRuns();
    void aLanguageSwitchKeepsARunningRequestsText();
    void aPasswordInTheUrlIsNotKept();
    void anUnreadableTemplateIsReported();
    void saveAsAsksBeforeReplacing();
    void editedBodiesAreKeptPerTemplate();
    void aWaitTurnsAmberBeforeItIsAHang();
    void aBatchStopsWhenItsFirstRoundHangs();
    void anUnreachableUpstreamIsExplained();
    void theGatewayProfilesEngineIsAsked();
    void theRunningGatewaysEngineComesFirst();
    void aLongBodyCanBeGivenRoom();

private:
    template<typename T> T *find(const char *name) { return m_page->findChild<T *>(name); }
    // The built-in mock LLM told to hang every request, known to the window as its mock (as the demo runs it).
    bool startHangingMock(MockLlmServer *mock);
    QTemporaryDir m_engineDir;
    FaultServer m_server;
    AppContext m_context;
    RequestsPage *m_page = nullptr;
};

void TestRequestsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The page asks the container engine what listens at a URL. A docker that CI's docker tests keep busy may take
    // longer than the page waits; an engine that answers "no gateway" at once keeps these tests about the page.
    QVERIFY(m_engineDir.isValid());
    qputenv("HWB_DOCKER", QFile::encodeName(test::writeFakeEngine(m_engineDir.path(), QString(), 0)));
    QFile::remove(AppDataFolder::filePath("run-history.sqlite"));
    QFile::remove(RequestDrafts::path()); // edits left by a run before
    QVERIFY(m_server.listen());
    m_page = new RequestsPage(m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(find<QLineEdit>("url"));
}

void TestRequestsPage::streamedRequestShowsText()
{
    find<QLineEdit>("url")->setText(m_server.url("/stream?tokens=3&delay_ms=5"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    QTRY_VERIFY(find<QPlainTextEdit>("responseBody")->toPlainText().contains("tok0 tok1 tok2"));
    QVERIFY(!find<QLabel>("hangBanner")->isVisible());

    // A port out of range is refused where it was typed (it used to be read as a host named "http").
    find<QLineEdit>("url")->setText("http://127.0.0.1:99999/v1");
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    auto *bar = find<MessageBar>(nullptr);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith("http://127.0.0.1:99999/v1 is not an http:// or https:// URL with a host"),
             qPrintable(bar->text()));
    QVERIFY(find<QPushButton>("send")->isEnabled());
}

void TestRequestsPage::hangShowsBanner()
{
    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(0.2);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QVERIFY(find<QPushButton>("cancel")->isEnabled());
    QTRY_VERIFY(find<HangBanner>("hangBanner")->isVisible() && !find<HangBanner>("hangBanner")->isWaiting());
    // The fault server is no gateway hwb started: nothing claims a gateway accepted the request. That is known once
    // the container engine answered, which a daemon busy with other tests can make take seconds.
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("hangBanner")->text().contains("No gateway started by the workbench listens on 127.0.0.1:"),
                             20000);
    const QString text = find<QLabel>("hangBanner")->text();
    QVERIFY(!text.contains("gateway accepted"));
    QVERIFY(text.contains("Verify"));
    QVERIFY(!find<QPushButton>("cancel")->isEnabled());
}

void TestRequestsPage::batchFillsTableAndHistory()
{
    find<QLineEdit>("url")->setText(m_server.url("/stream?tokens=2&first_ms=20"));
    find<QSpinBox>("count")->setValue(12);
    find<QSpinBox>("concurrency")->setValue(6);
    QTRY_COMPARE(m_server.activeConnections(), 0); // the aborted hang from the test before is gone
    m_server.resetPeak();
    auto *table = find<QTableView>("batchTable");
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 12);
    QTRY_VERIFY(find<QPushButton>("runBatch")->isEnabled());
    QCOMPARE(m_server.peakConnections(), 6);
    // Three runs so far, all in the history the Compare tab reads.
    auto *compare = find<QTableWidget>("compareTable");
    QVERIFY(compare);
    QTRY_COMPARE(compare->item(0, 1)->text(), QString("12")); // run B = newest: 12 requests
    QVERIFY(!find<QLabel>("batchHangBanner")->isVisible());
}

void TestRequestsPage::batchWithHangsShowsBanner()
{
    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(0.2);
    find<QSpinBox>("count")->setValue(3);
    find<QSpinBox>("concurrency")->setValue(3);
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("runBatch")->isEnabled());
    auto *banner = find<QLabel>("batchHangBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains("3 of 3 requests hung"), qPrintable(banner->text()));
    QVERIFY(banner->text().contains("Verify"));
    // The table speaks words, and keeps the contract's id at hand.
    const QAbstractItemModel *model = find<QTableView>("batchTable")->model();
    const QModelIndex outcome = model->index(0, FireResultModel::OutcomeColumn);
    QCOMPARE(outcome.data().toString(), QString("No response (hang)"));
    QCOMPARE(outcome.data(Qt::ToolTipRole).toString(), QString("hang_no_first_byte"));
    QVERIFY(model->index(0, FireResultModel::Error).data().toString().contains("No response byte in"));
}

// Ctrl+Return sends, Esc stops: the request ends as cancelled, not as a hang or a failure.
void TestRequestsPage::keysSendAndStop()
{
    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(30);
    QVERIFY(find<QPushButton>("send")->toolTip().endsWith("(Ctrl+Return)"));
    QTRY_VERIFY(find<QLabel>("saveState")->text() != "Saving run…"); // the runs of the tests before are stored
    const qint64 before = RunHistory().runs(1).value(0).id;
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QTest::keyClick(m_page, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(find<QPushButton>("cancel")->isEnabled());
    QTest::keyClick(m_page, Qt::Key_Escape);
    QTRY_VERIFY(!find<QPushButton>("cancel")->isEnabled());
    QTRY_COMPARE(find<QLabel>("saveState")->text(), QString("Saved as run #%1").arg(before + 1));
    RunHistory history;
    const auto runs = history.runs(1);
    QCOMPARE(runs.size(), 1);
    const QList<FireResult> requests = history.requests(runs.first().id);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().outcome, Outcome::Cancelled);
}

// "Save as…" saves the body as written and leaves it in the editor; a body that is not a JSON object is refused
// in the message bar before any name is asked, and stays as typed.
void TestRequestsPage::saveAsKeepsTheBody()
{
    QFile::remove(TemplateLibrary::userDirectory() + "/my-template.json"); // from a run before
    auto *body = find<QPlainTextEdit>("body");
    auto *save = find<QPushButton>("saveTemplate");
    const QString broken = "{\"model\": \"m\",}";
    body->setPlainText(broken);
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    save->click();
    QCoreApplication::processEvents();
    QVERIFY(!asked);
    QVERIFY(find<MessageBar>(nullptr)->isVisible());
    QCOMPARE(find<MessageBar>(nullptr)->kind(), MessageBar::Kind::Error);
    QCOMPARE(body->toPlainText(), broken);

    const QString mine = "{\"model\": \"mine\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";
    body->setPlainText(mine);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue("my-template");
        dialog->accept();
    });
    save->click();
    auto *templates = find<QComboBox>("template");
    QCOMPARE(templates->currentData().toString(), QStringLiteral("my-template"));
    QCOMPARE(body->toPlainText(), mine);
    const auto saved = TemplateLibrary::find("my-template");
    QVERIFY(saved);
    QCOMPARE(saved->body.value("model").toString(), QStringLiteral("mine"));
}

// A run is stored under the plugin the managed gateway runs when it goes to the gateway's port, whichever plugin
// is selected; otherwise (no gateway, nothing selected) under its template alone.
void TestRequestsPage::runsNameThePluginTheGatewayRuns()
{
    const QUrl url(m_server.url("/stream?tokens=2"));
    find<QLineEdit>("url")->setText(url.toString());
    const auto lastLabel = [] { return RunHistory().runs(1).value(0).info.label; };
    m_context.setGateway("ai-proxy-lite", url.port());
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    QTRY_VERIFY2(lastLabel().startsWith("ai-proxy-lite · "), qPrintable(lastLabel()));

    m_context.setGateway(QString(), 0);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    QTRY_VERIFY2(!lastLabel().isEmpty() && !lastLabel().contains(" · "), qPrintable(lastLabel()));
}

// The runs the user picked to compare stay picked when the language changes (the lists are labelled again).
void TestRequestsPage::aLanguageSwitchKeepsTheComparedRuns()
{
    auto *a = find<QComboBox>("compareRunA");
    auto *b = find<QComboBox>("compareRunB");
    // The tests before stored their runs on the saver's thread: the lists are filled anew, with the newest picked,
    // when the last of them is in. Only then is a pick the user's to keep.
    QTRY_COMPARE(a->itemData(0).toLongLong(), RunHistory().runs(1).value(0).id);
    QVERIFY(a->count() >= 3);
    a->setCurrentIndex(2);
    b->setCurrentIndex(1);
    const QVariant pickedA = a->currentData(), pickedB = b->currentData();
    QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
    QTRY_VERIFY(a->currentText().contains(u"个请求"_qs));
    QCOMPARE(a->currentData(), pickedA);
    QCOMPARE(b->currentData(), pickedB);
    QVERIFY(Translations::install(QLocale(QLocale::English)));
    QTRY_VERIFY(a->currentText().contains("request"));
    QCOMPARE(a->currentData(), pickedA);
}

// A request in flight stays shown as waiting through a language switch, not as "No request yet".
void TestRequestsPage::aLanguageSwitchKeepsARunningRequestsText()
{
    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(30);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("cancel")->isEnabled());
    auto *outcome = find<QLabel>("outcome");
    const QString waiting = outcome->text();
    QVERIFY(!waiting.startsWith("No request yet"));
    QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
    QTRY_COMPARE(find<QPushButton>("send")->text(), QString::fromUtf8("发送"));
    QCOMPARE(outcome->text(), waiting);
    QVERIFY(Translations::install(QLocale(QLocale::English)));
    find<QPushButton>("cancel")->click();
    QTRY_VERIFY(!find<QPushButton>("cancel")->isEnabled());
}

// A password in the URL is neither shown while the request waits nor kept in the history; the user name is.
void TestRequestsPage::aPasswordInTheUrlIsNotKept()
{
    QUrl url(m_server.url("/hang-before-headers"));
    url.setUserInfo("alice:hunter2pass");
    find<QLineEdit>("url")->setText(url.toString());
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(30);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("cancel")->isEnabled());
    const QString waiting = find<QLabel>("outcome")->text();
    QVERIFY2(waiting.contains("alice@127.0.0.1") && !waiting.contains("hunter2pass"), qPrintable(waiting));
    find<QPushButton>("cancel")->click();
    QTRY_VERIFY(!find<QPushButton>("cancel")->isEnabled());
    url.setPassword(QString());
    QTRY_COMPARE(RunHistory().runs(1).value(0).info.url, url.toString());
}

// A saved template broken by hand is not just missing from the list: the page's message bar names the file and
// the line.
void TestRequestsPage::anUnreadableTemplateIsReported()
{
    QVERIFY(QDir().mkpath(TemplateLibrary::userDirectory()));
    const QString path = TemplateLibrary::userDirectory() + "/hand-edited.json";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"name\": \"hand-edited\",\n  \"body\": {\"model\": \"m\",}\n}\n");
    file.close();
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });
    RequestsPage page(m_context);
    auto *bar = page.findChild<MessageBar *>();
    QVERIFY(!bar->isHidden());
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar->text().contains(path) && bar->text().contains("line 3, column "), qPrintable(bar->text()));
    QCOMPARE(page.findChild<QComboBox *>("template")->findData("hand-edited"), -1);
}

// "Save as…" under the name of a saved template does not write over it: the message bar says the name is taken,
// and its Replace button saves the body over the old template.
void TestRequestsPage::saveAsAsksBeforeReplacing()
{
    const QString path = TemplateLibrary::userDirectory() + "/twice-saved.json";
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });
    const auto saveAs = [this](const QString &model) {
        find<QPlainTextEdit>("body")->setPlainText(QString("{\"model\": \"%1\"}").arg(model));
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue("twice-saved");
            dialog->accept();
        });
        find<QPushButton>("saveTemplate")->click();
    };
    const auto savedModel = [] { return TemplateLibrary::find("twice-saved")->body.value("model").toString(); };
    saveAs("first");
    QCOMPARE(savedModel(), QString("first"));

    saveAs("second");
    QCOMPARE(savedModel(), QString("first"));
    auto *bar = find<MessageBar>(nullptr);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QString("A template named twice-saved is saved already."));
    auto *replace = bar->findChild<QPushButton *>();
    QVERIFY(replace && replace->isVisible());
    QCOMPARE(replace->text(), QString("Replace"));
    replace->click();
    QCOMPARE(savedModel(), QString("second"));
    QVERIFY(!bar->isVisible());
    QCOMPARE(find<QComboBox>("template")->currentData().toString(), QString("twice-saved"));
}

// An edited body outlasts looking at another template, and a restart; a key typed into it is not written down.
// "Back to the template" drops the edit.
void TestRequestsPage::editedBodiesAreKeptPerTemplate()
{
    auto *templates = find<QComboBox>("template");
    auto *body = find<QPlainTextEdit>("body");
    templates->setCurrentIndex(templates->findData("openai-chat"));
    const QString original = body->toPlainText();
    const QString mine = "{\"model\": \"mine\", \"api_key\": \"sk-proj0123456789abcdefgh\"}";
    body->setPlainText(mine);
    templates->setCurrentIndex(templates->findData("embeddings"));
    QVERIFY(body->toPlainText() != mine);
    templates->setCurrentIndex(templates->findData("openai-chat"));
    QCOMPARE(body->toPlainText(), mine);
    auto *bar = find<MessageBar>(nullptr);
    QVERIFY2(bar->isVisible() && bar->text().contains("as you left it"), qPrintable(bar->text()));

    delete m_page; // the app closes within the second the page waits before writing: it writes as it goes
    m_page = new RequestsPage(m_context);
    m_page->show();
    templates = find<QComboBox>("template");
    templates->setCurrentIndex(templates->findData("openai-chat"));
    QCOMPARE(find<QPlainTextEdit>("body")->toPlainText(),
             QString("{\"model\": \"mine\", \"api_key\": \"[REDACTED]\"}")); // the key was never written
    QVERIFY(!test::readFile(RequestDrafts::path()).contains("sk-proj"));

    QPushButton *back = nullptr;
    for (auto *b : find<MessageBar>(nullptr)->findChildren<QPushButton *>())
        if (b->text() == "Back to the template")
            back = b;
    QVERIFY(back && back->isVisible());
    back->click();
    QCOMPARE(find<QPlainTextEdit>("body")->toPlainText(), original);
    QVERIFY(RequestDrafts::load().isEmpty());
}

bool TestRequestsPage::startHangingMock(MockLlmServer *mock)
{
    MockLlmBehaviour hang;
    hang.fault = MockLlmBehaviour::Fault::Hang;
    mock->setDefaults(hang);
    if (!mock->listen())
        return false;
    qApp->setProperty("hwb.mockLlmUrl", mock->baseUrl().toString());
    find<QLineEdit>("url")->setText(mock->baseUrl().toString());
    find<QComboBox>("template")->setCurrentIndex(find<QComboBox>("template")->findData("openai-chat-stream"));
    return true;
}

// A request into the mock's hang: the wait counts up at once, turns amber at the notice (half the 3 s first-byte
// timeout here) with what it means for this target, and turns into the red hang at the timeout.
void TestRequestsPage::aWaitTurnsAmberBeforeItIsAHang()
{
    MockLlmServer mock;
    QVERIFY(startHangingMock(&mock));
    const auto forget = qScopeGuard([] { qApp->setProperty("hwb.mockLlmUrl", QVariant()); });
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(3);
    auto *banner = find<HangBanner>("hangBanner");
    auto *outcome = find<QLabel>("outcome");
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(" s"), 5000); // "Waiting for … · 0.2 s"
    const QString first = outcome->text();
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text() != first, 5000);        // and it counts
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->isWaiting(), qPrintable(banner->text()));       // amber first, not red
    QVERIFY2(banner->text().contains("No first byte after 1."), qPrintable(banner->text()));
    QVERIFY(banner->text().contains("is the mock LLM, with no gateway in the path"));
    QVERIFY(banner->text().contains("named a hang at 3 s"));
    QVERIFY(find<QPushButton>("cancel")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isWaiting(), 15000);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    const QString hung = banner->text();
    QVERIFY2(hung.contains("built-in mock LLM") && hung.contains("x-mock-fault: hang"), qPrintable(hung));
    QVERIFY(!hung.contains("gateway accepted"));
    QVERIFY(!hung.contains("Verify page")); // no plugin in the path: nothing to verify
    QCOMPARE(outcome->text(), QString("No response (hang)")); // the title, without the raw id
}

// 8 requests, 4 at once, into a hang: the bars of the 4 in flight grow, and once all 4 hung the other 4 are not
// fired into the same hang; they can still be fired on purpose.
void TestRequestsPage::aBatchStopsWhenItsFirstRoundHangs()
{
    MockLlmServer mock;
    QVERIFY(startHangingMock(&mock));
    const auto forget = qScopeGuard([] { qApp->setProperty("hwb.mockLlmUrl", QVariant()); });
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(2);
    find<QSpinBox>("count")->setValue(8);
    find<QSpinBox>("concurrency")->setValue(4);
    auto *table = find<QTableView>("batchTable");
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QLabel *summary = nullptr;
    for (QLabel *l : m_page->findChildren<QLabel *>())
        summary = l->text().contains(" done, ") ? l : summary;
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("4 in flight · no first byte yet · "), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("runBatch")->isEnabled(), 20000);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(mock.requestCount(), 4);
    QVERIFY2(summary->text().contains("4 of 8 done"), qPrintable(summary->text()));
    QVERIFY(find<QLabel>("batchHangBanner")->text().contains("4 of 8 requests hung"));
    auto *bar = m_page->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains("so the workbench held back the remaining 4."), qPrintable(bar->text()));
    // Once stored, the Compare tab says the run was cut short, by its name, in a note and in a row of its own.
    auto *note = find<QLabel>("compareStoppedNote");
    QTRY_VERIFY2(note->text().startsWith("Run B stopped early: its first requests hung (4 fired), so the workbench held back the remaining 4."),
                 qPrintable(note->text()));
    QVERIFY(!note->isHidden());
    QVERIFY2(find<QComboBox>("compareRunB")->currentText().contains(" · 4 requests, stopped early · "),
             qPrintable(find<QComboBox>("compareRunB")->currentText()));
    auto *compare = find<QTableWidget>("compareTable");
    QCOMPARE(compare->verticalHeaderItem(1)->text(), QString("Not fired (stopped early)"));
    QCOMPARE(compare->item(1, 1)->text(), QString("4"));
    QPushButton *fireRest = nullptr;
    for (QPushButton *b : bar->findChildren<QPushButton *>())
        fireRest = b->text() == "Fire the rest anyway" ? b : fireRest;
    QVERIFY(fireRest && fireRest->isVisible());
    fireRest->click();
    QVERIFY(!find<QPushButton>("runBatch")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("runBatch")->isEnabled(), 20000);
    QCOMPARE(mock.requestCount(), 8);
    QCOMPARE(table->model()->rowCount(), 4);
    QTRY_VERIFY(note->text().startsWith("Run A stopped early: ")); // the rest, fired on purpose, is the newest run
}

// Envoy's 503 "no healthy upstream": the gateway is fine, its upstream is not where it looks. The page says so and
// what to change; the fault server is no gateway hwb started, so which upstream it is stays unknown (a gateway of
// the mock gets the probe's verdict: tst_mockupstreamprobe). Any other 5xx is not blamed on the upstream.
void TestRequestsPage::anUnreachableUpstreamIsExplained()
{
    auto *bar = m_page->findChild<MessageBar *>();
    find<QLineEdit>("url")->setText(m_server.url("/envoy-no-upstream"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    // The advice waits for the container engine to say which gateway listens there, and a daemon busy with other
    // tests can take seconds; meanwhile the bar may hold the request's own notice (an empty API_KEY).
    QTRY_VERIFY2_WITH_TIMEOUT(bar->isVisible() && bar->text().contains("cannot reach its upstream"),
                              qPrintable(bar->text()), 20000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar->text().contains("--bind 0.0.0.0"), qPrintable(bar->text()));

    bar->hide();
    find<QLineEdit>("url")->setText(m_server.url("/status/500"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("send")->isEnabled());
    QTest::qWait(200); // time for a look-up that must not come
    QVERIFY2(!bar->isVisible() || !bar->text().contains("upstream"), qPrintable(bar->text()));
}


// The Gateway page's profile may run gateways with podman: that engine, not docker, is asked which gateway
// listens at the URL, so a hang there names the plugin. Here the fault server stands for ai-proxy-lite's gateway,
// and the engine answers only after the request was named a hang, as a busy daemon does: the banner catches up.
void TestRequestsPage::theGatewayProfilesEngineIsAsked()
{
    QTemporaryDir dir;
    const ProfilesWithEngine profiles(test::writeFakeEngine(dir.path(), "ai-proxy-lite", m_server.port(), "2"));

    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(0.2);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<HangBanner>("hangBanner")->isVisible() && !find<HangBanner>("hangBanner")->isWaiting());
    QVERIFY2(find<QLabel>("hangBanner")->text().contains("still asking the container engine what listens on"),
             qPrintable(find<QLabel>("hangBanner")->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>("hangBanner")->text().contains("ai-proxy-lite"),
                              qPrintable(find<QLabel>("hangBanner")->text()), 20000);
    QVERIFY(test::readFile(dir.filePath("asked")).startsWith("ps "));

    // A batch to another server is looked up for the batch: the single request's banner keeps what it said.
    FaultServer other;
    QVERIFY(other.listen());
    find<QLineEdit>("url")->setText(other.url("/stream?tokens=2"));
    find<QSpinBox>("count")->setValue(2);
    find<QSpinBox>("concurrency")->setValue(2);
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("runBatch")->isEnabled(), 20000);
    QTRY_COMPARE(test::readFile(dir.filePath("asked")).count("ps "), 2);
    QTest::qWait(2500); // past the engine's answer for the batch
    QVERIFY2(find<QLabel>("hangBanner")->text().contains("ai-proxy-lite"), qPrintable(find<QLabel>("hangBanner")->text()));
}

// The gateway the window runs was started with its engine; the profile picked since may name another. The running
// gateway's engine is the one that knows it.
void TestRequestsPage::theRunningGatewaysEngineComesFirst()
{
    QTemporaryDir dir;
    QTemporaryDir running;
    const ProfilesWithEngine profiles(test::writeFakeEngine(dir.path(), QString(), 0)); // knows of no gateway
    const auto forget = qScopeGuard([this] { m_context.setGateway(QString(), 0); });
    m_context.setGateway("ai-proxy-lite", m_server.port(), test::writeFakeEngine(running.path(), "ai-proxy-lite", m_server.port()));

    find<QLineEdit>("url")->setText(m_server.url("/hang-before-headers"));
    find<QDoubleSpinBox>("firstByteTimeout")->setValue(0.2);
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>("hangBanner")->text().contains("ai-proxy-lite"),
                              qPrintable(find<QLabel>("hangBanner")->text()), 20000);
    QVERIFY(!QFile::exists(dir.filePath("asked")));
}

// The body and the results share the height through a splitter: on a tall screen the body can be given room to
// edit a long request (it was held to 90 px), and it starts at a few lines, the results taking the rest.
void TestRequestsPage::aLongBodyCanBeGivenRoom()
{
    const QSize size = m_page->size();
    const auto restore = qScopeGuard([this, size] { m_page->resize(size); });
    m_page->resize(1200, 1400);
    auto *split = find<QSplitter>("requestSplit");
    auto *body = find<QPlainTextEdit>("body");
    QTRY_VERIFY(body->height() < 200);
    QVERIFY(body->height() >= body->fontMetrics().lineSpacing() * 3);
    split->setSizes({400, 1000});
    QTRY_VERIFY2(body->height() >= 350, qPrintable(QString::number(body->height())));
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
