#include "FaultServer.h"

#include "AppContext.h"
#include "TestSupport.h"
#include "llm/FireResultModel.h"
#include "llm/RunHistory.h"
#include "llm/RunHistoryLoader.h"
#include "widgets/MessageBar.h"
#include "pages/RequestsPage.h"
#include "storage/AppDataFolder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QFile>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;

namespace {
// A load test's run as `hwb fire -n N --save` stores it.
qint64 storeLoadTest(int n)
{
    const QList<FireResult> results = test::loadTestResults(n);
    RunInfo info;
    info.label = QStringLiteral("load test");
    info.count = n;
    return RunHistory().save(info, results, RunSummary::of(results, n * 2.5));
}
} // namespace

// The Requests page and the run history: storing a finished run and loading the last one happen off the window's
// thread, and what the user does meanwhile wins.
class TestRequestsPageHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aBatchEndDoesNotWaitForTheHistory();
    void aFailedSaveDoesNotShowTheLastRunsNumber();
    void aBigStoredRunLoadsWhileThePageIsUsable();
    void aRunStartedMeanwhileWinsOverALateLoad();
    void aLockedHistoryDoesNotHoldThePageBack();

private:
    template<typename T> T *find(const char *name) { return m_page->findChild<T *>(name); }
    FaultServer m_server;
    AppContext m_context;
    RequestsPage *m_page = nullptr;
};

void TestRequestsPageHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(AppDataFolder::filePath("run-history.sqlite"));
    QVERIFY(m_server.listen());
    m_page = new RequestsPage(m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(find<QLineEdit>("url"));
}

// A batch's end does not wait for the history: while another writer (an `hwb fire --save` in a terminal) holds the
// database, the batch ends, the page says the run is being saved and stays usable; once the database is free the
// run is stored and listed for comparing.
void TestRequestsPageHistory::aBatchEndDoesNotWaitForTheHistory()
{
    find<QLineEdit>("url")->setText(m_server.url("/stream?tokens=2"));
    find<QSpinBox>("count")->setValue(5);
    find<QSpinBox>("concurrency")->setValue(5);
    auto *state = find<QLabel>("saveState");
    auto *runs = find<QComboBox>("compareRunB");
    QTRY_VERIFY(state->text() != "Saving run…");
    const int listed = runs->count();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
        db.setDatabaseName(AppDataFolder::filePath("run-history.sqlite"));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec("BEGIN IMMEDIATE"));
        QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>("runBatch")->isEnabled());
        QCOMPARE(state->text(), QString("Saving run…"));
        QCOMPARE(runs->count(), listed);
        QVERIFY(QSqlQuery(db).exec("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase("other-writer");
    QTRY_VERIFY2(state->text().startsWith("Saved as run #"), qPrintable(state->text()));
    QTRY_COMPARE(runs->count(), listed + 1); // listed from the history's own thread
    QCOMPARE(find<QTableWidget>("compareTable")->item(0, 1)->text(), QString("5"));
    QVERIFY(!find<MessageBar>(nullptr)->isVisible() || find<MessageBar>(nullptr)->kind() != MessageBar::Kind::Error);
}

// A window opens on a history whose newest run is a load test of 10,000 requests: the page is there at once and says
// the run is on its way (reading it took half a second on the window's thread), then shows it whole.
void TestRequestsPageHistory::aBigStoredRunLoadsWhileThePageIsUsable()
{
    const qint64 id = storeLoadTest(10000);
    QVERIFY(id > 0);
    RequestsPage page(m_context);
    page.resize(1200, 800);
    page.show();
    auto *table = page.findChild<QTableView *>("batchTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *state = page.findChild<QLabel *>("saveState");
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(state->text(), QString("Loading the last run…"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 10000, 30000); // a Debug build under ctest -j: seconds
    QVERIFY(state->text().isEmpty());
    QCOMPARE(page.findChild<QTabWidget *>()->currentWidget(), table->parentWidget()->parentWidget());
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, FireResultModel::Index).data().toInt(), 0);
    QCOMPARE(model->index(9999, FireResultModel::Index).data().toInt(), 9999);
    QCOMPARE(model->index(9999, FireResultModel::Total).data().toString(), QString("149.0"));
    QLabel *summary = nullptr;
    for (QLabel *l : page.findChildren<QLabel *>())
        summary = l->text().contains(" done, ") ? l : summary;
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QString("Run #%1 (load test) from the history").arg(id))
                 && summary->text().contains("10000 of 10000 done, 10000 ok"),
             qPrintable(summary->text()));
}

// The user sends a request before the stored run has come: the late run does not replace the answer on screen.
void TestRequestsPageHistory::aRunStartedMeanwhileWinsOverALateLoad()
{
    RequestsPage page(m_context); // the newest stored run is the 10,000 of the test before
    page.resize(1200, 800);
    page.show();
    page.findChild<QLineEdit *>("url")->setText(m_server.url("/stream?tokens=3&delay_ms=5"));
    page.findChild<QPushButton *>("send")->click(); // before the page's event loop could bring the stored run
    auto *loader = page.findChild<RunHistoryLoader *>();
    QVERIFY(loader);
    QTRY_VERIFY(page.findChild<QPushButton *>("send")->isEnabled());
    QTRY_COMPARE(loader->pending(), 0);
    QTest::qWait(50); // a queued answer, were there one, would be shown by now
    QCOMPARE(page.findChild<QTabWidget *>()->currentIndex(), 0);
    QCOMPARE(page.findChild<QTableView *>("batchTable")->model()->rowCount(), 0);
    QVERIFY(page.findChild<QPlainTextEdit *>("responseBody")->toPlainText().contains("tok0 tok1 tok2"));
}

// A run that could not be stored says so, and the label beside the tabs no longer names the run saved before it.
void TestRequestsPageHistory::aFailedSaveDoesNotShowTheLastRunsNumber()
{
    find<QLineEdit>("url")->setText(m_server.url("/stream?tokens=2"));
    find<QSpinBox>("count")->setValue(2);
    find<QSpinBox>("concurrency")->setValue(2);
    auto *state = find<QLabel>("saveState");
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QTRY_VERIFY2(state->text().startsWith("Saved as run #"), qPrintable(state->text()));

    // The history's file becomes a folder: SQLite cannot open it, so the next save fails.
    const QString path = AppDataFolder::filePath("run-history.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + suffix);
    QVERIFY(QDir().mkpath(path));
    const auto restore = qScopeGuard([path] { QDir(path).removeRecursively(); }); // for the tests after this one
    auto *bar = m_page->findChild<MessageBar *>();
    QTest::mouseClick(find<QPushButton>("runBatch"), Qt::LeftButton);
    QTRY_VERIFY(bar->isVisible() && bar->text().contains("could not be stored"));
    QVERIFY2(!state->text().startsWith("Saved as run #"), qPrintable(state->text()));
}

// Another program holds the history locked while the window opens: the page is built at once, its Compare tab says
// it is reading the runs, and lists them once the lock is gone. (Read on the window's thread, the list held the
// window back for as long as the lock, up to SQLite's busy timeout.)
void TestRequestsPageHistory::aLockedHistoryDoesNotHoldThePageBack()
{
    storeLoadTest(3);
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "locker");
    db.setDatabaseName(AppDataFolder::filePath("run-history.sqlite"));
    QVERIFY(db.open());
    // In WAL mode only an exclusive locking mode keeps readers out.
    QVERIFY(QSqlQuery(db).exec("PRAGMA locking_mode = EXCLUSIVE"));
    QVERIFY(QSqlQuery(db).exec("BEGIN EXCLUSIVE"));
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase("QSQLITE", "probe");
        probe.setDatabaseName(db.databaseName());
        probe.setConnectOptions("QSQLITE_BUSY_TIMEOUT=0");
        QVERIFY(probe.open());
        QVERIFY(!QSqlQuery(probe).exec("SELECT count(*) FROM runs")); // the lock is real
        probe.close();
    }
    QSqlDatabase::removeDatabase("probe");
    AppContext context;
    RequestsPage page(context);
    auto *status = page.findChild<QLabel *>("compareStatus");
    QVERIFY(status);
    QVERIFY(!status->isHidden());
    QCOMPARE(status->text(), QString("Reading the stored runs…"));
    QCOMPARE(page.findChild<QComboBox *>("compareRunB")->count(), 0);
    QVERIFY(QSqlQuery(db).exec("COMMIT"));
    db.close();
    QSqlDatabase::removeDatabase("locker");
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QComboBox *>("compareRunB")->count() > 0, 30000);
    QVERIFY(status->isHidden());
}

QTEST_MAIN(TestRequestsPageHistory)
#include "tst_requestspagehistory.moc"
