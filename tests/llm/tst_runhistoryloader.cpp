#include "llm/RunHistoryLoader.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Reading the newest stored run off the caller's thread, and answering only the newest wish.
class TestRunHistoryLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheNewestRunWithItsRequests();
    void anEmptyHistoryLoadsNoRun();
    void doesNotWaitForALockedDatabase();
    void onlyTheNewestWishIsAnswered();
};

namespace {

qint64 store(const QString &path, const QString &label, int n)
{
    RunInfo info;
    info.label = label;
    const QList<FireResult> results = test::loadTestResults(n);
    return RunHistory(path).save(info, results, RunSummary::of(results, 1000));
}

// Another connection in SQLite's exclusive locking mode: no one else can even read the file until it closes.
// Stands in for a program that holds the history, or a slow network disk.
class ReadLock
{
public:
    explicit ReadLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "read-lock");
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec("PRAGMA locking_mode = EXCLUSIVE")
            && QSqlQuery(db).exec("BEGIN EXCLUSIVE");
    }
    ~ReadLock() { release(); }
    bool isHeld() const { return m_held; }
    void release()
    {
        QSqlDatabase::database("read-lock", false).close();
        QSqlDatabase::removeDatabase("read-lock");
        m_held = false;
    }

private:
    bool m_held = false;
};

} // namespace

void TestRunHistoryLoader::loadsTheNewestRunWithItsRequests()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    store(path, "older", 3);
    const qint64 newest = store(path, "newest", 2000);
    QVERIFY(newest > 0);
    RunHistoryLoader loader(path);
    QSignalSpy loaded(&loader, &RunHistoryLoader::loaded);
    loader.loadLatest();
    QVERIFY(loader.isLoading());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!loader.isLoading());
    const auto run = loaded.first().first().value<StoredRun>();
    QCOMPARE(run.entry.id, newest);
    QCOMPARE(run.entry.info.label, QString("newest"));
    QCOMPARE(run.entry.summary.n, 2000);
    QCOMPARE(run.results.size(), 2000);
    QCOMPARE(run.results.first().index, 0);
    QCOMPARE(run.results.last().index, 1999);
    QCOMPARE(run.results.last().totalMs, 149.0);
}

void TestRunHistoryLoader::anEmptyHistoryLoadsNoRun()
{
    QTemporaryDir dir;
    RunHistoryLoader loader(dir.filePath("h.sqlite"));
    QSignalSpy loaded(&loader, &RunHistoryLoader::loaded);
    loader.loadLatest();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<StoredRun>().entry.id, 0);
    QVERIFY(loaded.first().first().value<StoredRun>().results.isEmpty());
}

// While the file cannot be read, the caller's event loop goes on (a window stays usable); the run comes once it can.
void TestRunHistoryLoader::doesNotWaitForALockedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    store(path, "locked away", 10);
    RunHistoryLoader loader(path);
    QSignalSpy loaded(&loader, &RunHistoryLoader::loaded);
    ReadLock lock(path);
    QVERIFY(lock.isHeld());
    loader.loadLatest();
    QTest::qWait(100); // the event loop runs; the run cannot be read yet
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loader.isLoading());
    lock.release();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<StoredRun>().entry.info.label, QString("locked away"));
}

// A read overtaken by a newer one, or by discard(), is not answered: what the user did meanwhile stays shown.
void TestRunHistoryLoader::onlyTheNewestWishIsAnswered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    store(path, "first", 500);
    RunHistoryLoader loader(path);
    QSignalSpy loaded(&loader, &RunHistoryLoader::loaded);
    loader.loadLatest();
    loader.discard();
    QVERIFY(!loader.isLoading());
    QTRY_COMPARE(loader.pending(), 0);
    QCOMPARE(loaded.count(), 0);

    loader.loadLatest();
    store(path, "second", 5); // may or may not be seen by the first read; the second read sees it
    loader.loadLatest();
    QCOMPARE(loader.pending(), 2);
    QTRY_COMPARE(loader.pending(), 0);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<StoredRun>().entry.info.label, QString("second"));
}

QTEST_GUILESS_MAIN(TestRunHistoryLoader)
#include "tst_runhistoryloader.moc"
