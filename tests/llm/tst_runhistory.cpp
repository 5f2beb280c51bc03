#include "llm/Redactor.h"
#include "llm/RunExport.h"
#include "llm/RunHistory.h"
#include "llm/RunHistorySaver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The run history: what it keeps of a run, that it keeps no key, and that storing runs does not hold up the caller.
class TestRunHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTripIsRedacted();
    void storesARunWholeOrNotAtAll_data();
    void storesARunWholeOrNotAtAll();
    void aLargeRunRoundTripsRedactedInOrder();
    void aStreamThatWentWellIsKeptWithoutItsRawBody_data();
    void aStreamThatWentWellIsKeptWithoutItsRawBody();
    void theSaverDoesNotWaitForTheDatabase();
    void theSaverKeepsTheOrderRunsCameIn();
    void aSaverGoingAwayStoresWhatItWasHanded();
    void aSaverSaysWhenARunCannotBeStored();

private:
    // A second connection to path that takes SQLite's write lock and holds it until released: stands in for another
    // writer (an `hwb fire --save` in a terminal) or a slow disk.
    class WriteLock
    {
    public:
        explicit WriteLock(const QString &path);
        ~WriteLock();
        bool isHeld() const { return m_held; }
        void release();

    private:
        bool m_held = false;
    };
};

namespace {
const QString kKey = QStringLiteral("sk-large-run-0123456789");

// Request i of a large run, with the key wherever a careless upstream or user could put it.
FireResult requestWithKeys(int i)
{
    FireResult r;
    r.index = i;
    r.startOffsetMs = i * 0.5;
    r.ttfbMs = 10 + i % 7;
    r.totalMs = 100 + i;
    r.status = 200;
    r.headers = {{"content-type", "text/event-stream"}, {"x-api-key", kKey.toUtf8()},
                 {"x-echo", "Bearer " + kKey.toUtf8()}};
    switch (i % 3) {
    case 0: // a stream that went well
        r.outcome = Outcome::Ok;
        r.streamed = true;
        r.keptBody = "data: {\"choices\":[{\"delta\":{\"content\":\"echo " + kKey.toUtf8() + "\"}}]}\n\n";
        r.streamText = QStringLiteral("echo ") + kKey;
        r.events = {{1.0, QStringLiteral("echo "), QString()}, {2.0, kKey, QString()}};
        break;
    case 1: // a stream cut short
        r.outcome = Outcome::Truncated;
        r.streamed = true;
        r.keptBody = "data: {\"api_key\": \"" + kKey.toUtf8() + "\"";
        r.error = QStringLiteral("cut after ") + kKey;
        break;
    default: // a JSON answer
        r.outcome = Outcome::HttpError;
        r.status = 401;
        r.keptBody = "{\"error\": \"invalid key " + kKey.toUtf8() + "\"}";
        break;
    }
    return r;
}

RunInfo runLabelled(const QString &label)
{
    RunInfo info;
    info.label = label;
    info.url = QStringLiteral("http://127.0.0.1:10000/v1/chat/completions?key=") + kKey;
    return info;
}

QList<FireResult> runOf(int n)
{
    QList<FireResult> results;
    for (int i = 0; i < n; ++i)
        results.append(requestWithKeys(i));
    return results;
}

// Whether the key is anywhere in the database's files (the WAL too).
bool filesHoldTheKey(const QTemporaryDir &dir)
{
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("h.sqlite*")}, QDir::Files)) {
        QFile raw(dir.filePath(name));
        if (raw.open(QIODevice::ReadOnly) && raw.readAll().contains(kKey.toUtf8()))
            return true;
    }
    return false;
}
} // namespace

TestRunHistory::WriteLock::WriteLock(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write-lock"));
    db.setDatabaseName(path);
    m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void TestRunHistory::WriteLock::release()
{
    if (m_held)
        QSqlQuery(QSqlDatabase::database(QStringLiteral("write-lock"))).exec(QStringLiteral("COMMIT"));
    m_held = false;
}

TestRunHistory::WriteLock::~WriteLock()
{
    release();
    QSqlDatabase::database(QStringLiteral("write-lock"), false).close();
    QSqlDatabase::removeDatabase(QStringLiteral("write-lock"));
}

void TestRunHistory::roundTripIsRedacted()
{
    QTemporaryDir dir;
    const QString key = "sk-history-0123456789";
    Redactor::global().addSecret(key);
    RunInfo info;
    info.url = "http://127.0.0.1:10000/v1/chat/completions";
    info.label = "with tag";
    info.count = 2;
    info.requestHeaders = {{"Authorization", ("Bearer " + key).toUtf8()}};
    FireResult a;
    a.index = 0;
    a.outcome = Outcome::Ok;
    a.status = 200;
    a.ttfbMs = 12.5;
    a.streamText = "hello, echo " + key;
    a.events = {{13.0, "hel", ""}, {14.0, "lo", ""}, {15.0, ", echo " + key, ""}}; // a delta may hold the key whole
    FireResult b;
    b.index = 1;
    b.outcome = Outcome::HangNoFirstByte;
    b.error = "echo of " + key;
    const RunSummary summary = RunSummary::of({a, b}, 100);
    qint64 id = 0;
    {
        RunHistory history(dir.filePath("h.sqlite"));
        QVERIFY2(history.isOpen(), qPrintable(history.errorText()));
        id = history.save(info, {a, b}, summary);
        QVERIFY(id > 0);
    }
    RunHistory history(dir.filePath("h.sqlite"));
    const auto runs = history.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].info.label, QString("with tag"));
    QCOMPARE(runs[0].summary.n, 2);
    QCOMPARE(runs[0].summary.outcomes.value("hang_no_first_byte"), 1);
    const auto requests = history.requests(id);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].ttfbMs, 12.5);
    QCOMPARE(requests[0].events.size(), 3);
    QCOMPARE(requests[0].events[2].delta, QString(", echo [REDACTED]"));
    QCOMPARE(requests[0].streamText, QString("hello, echo [REDACTED]"));
    QVERIFY(!requests[1].error.contains(key));
    QVERIFY(!runs[0].info.requestHeaders.first().second.contains(key.toUtf8()));
    // The database and whatever SQLite keeps beside it (the WAL and its index while a connection is open).
    const QStringList files = QDir(dir.path()).entryList({"h.sqlite*"}, QDir::Files);
    QVERIFY(files.contains("h.sqlite"));
    for (const QString &name : files) {
        QFile raw(dir.filePath(name));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY2(!raw.readAll().contains(key.toUtf8()), qPrintable(name));
    }
    QVERIFY(history.remove(id));
    QVERIFY(history.runs().isEmpty());
}

void TestRunHistory::storesARunWholeOrNotAtAll_data()
{
    QTest::addColumn<int>("refused"); // the index of the request SQLite refuses to store
    QTest::newRow("the first request") << 0;
    QTest::newRow("a later request") << 2;
}

// SQLite refuses one request of a run (a trigger stands in for a full disk): the save says so and stores nothing,
// neither the run nor the requests before the refused one.
void TestRunHistory::storesARunWholeOrNotAtAll()
{
    QFETCH(int, refused);
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    QVERIFY(RunHistory(path).isOpen()); // creates the tables
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "refuse");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QString("CREATE TRIGGER refuse BEFORE INSERT ON requests WHEN NEW.i = %1 "
                                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END").arg(refused)),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase("refuse");
    QList<FireResult> results(3);
    for (int i = 0; i < results.size(); ++i)
        results[i].index = i;
    RunHistory history(path);
    QCOMPARE(history.save(RunInfo{}, results, RunSummary::of(results, 10)), 0);
    QVERIFY2(history.errorText().contains("database or disk is full"), qPrintable(history.errorText()));
    QVERIFY(RunHistory(path).runs().isEmpty());
}


// 5000 requests, finished out of order as a batch finishes them, with a key in headers, bodies, errors, stream text
// and deltas: they come back whole, in order, and the key is nowhere in the file.
void TestRunHistory::aLargeRunRoundTripsRedactedInOrder()
{
    constexpr int n = 5000;
    QTemporaryDir dir;
    Redactor::global().addSecret(kKey);
    QList<FireResult> finished;
    for (int i = 0; i < n; ++i) // 0, 4999, 1, 4998, ...
        finished.append(requestWithKeys(i % 2 == 0 ? i / 2 : n - 1 - i / 2));
    qint64 id = 0;
    {
        RunHistory history(dir.filePath("h.sqlite"));
        id = history.save(runLabelled("large"), finished, RunSummary::of(finished, 1000));
        QVERIFY2(id > 0, qPrintable(history.errorText()));
    }
    QVERIFY(!filesHoldTheKey(dir));
    RunHistory history(dir.filePath("h.sqlite"));
    QCOMPARE(history.runs().value(0).summary.n, n);
    QVERIFY(!history.runs().value(0).info.url.contains(kKey));
    const QList<FireResult> stored = history.requests(id);
    QCOMPARE(stored.size(), n);
    for (int i = 0; i < n; ++i) {
        const FireResult &r = stored[i];
        const FireResult original = requestWithKeys(i);
        QCOMPARE(r.index, i);
        QCOMPARE(r.outcome, original.outcome);
        QCOMPARE(r.totalMs, original.totalMs);
        QCOMPARE(r.headers.value(1).second, QByteArray("[REDACTED]"));
        QCOMPARE(r.headers.value(2).second, QByteArray("Bearer [REDACTED]"));
        switch (i % 3) {
        case 0:
            QCOMPARE(r.streamText, QString("echo [REDACTED]"));
            QCOMPARE(r.events.value(1).delta, QString("[REDACTED]"));
            break;
        case 1:
            QCOMPARE(r.error, QString("cut after [REDACTED]"));
            QCOMPARE(r.keptBody, QByteArray("data: {\"api_key\": \"[REDACTED]\""));
            break;
        default:
            QCOMPARE(r.keptBody, QByteArray("{\"error\": \"invalid key [REDACTED]\"}"));
            break;
        }
    }
}

void TestRunHistory::aStreamThatWentWellIsKeptWithoutItsRawBody_data()
{
    QTest::addColumn<int>("index"); // requestWithKeys' kinds: i % 3
    QTest::addColumn<bool>("bodyKept");
    QTest::newRow("a stream that went well: its events and text") << 0 << false;
    QTest::newRow("a stream cut short: its bytes explain it") << 1 << true;
    QTest::newRow("an answer that is not a stream") << 2 << true;
}

// The raw SSE body of a stream that went well is its events and text again; shown nowhere, it was most of what a
// stored run weighed. Everything else keeps its body.
void TestRunHistory::aStreamThatWentWellIsKeptWithoutItsRawBody()
{
    QFETCH(int, index);
    QFETCH(bool, bodyKept);
    QTemporaryDir dir;
    RunHistory history(dir.filePath("h.sqlite"));
    const FireResult original = requestWithKeys(index);
    const qint64 id = history.save(RunInfo{}, {original}, RunSummary::of({original}, 10));
    QVERIFY2(id > 0, qPrintable(history.errorText()));
    const FireResult stored = history.requests(id).value(0);
    QCOMPARE(!stored.keptBody.isEmpty(), bodyKept);
    QCOMPARE(stored.streamText, RunExport::redacted(original).streamText);
    QCOMPARE(stored.events.size(), original.events.size());
    QCOMPARE(stored.bytes, original.bytes);
}

// Another writer holds the database: save() returns at once and the run is stored once the writer is done, not
// in the caller's time (a window's event loop keeps running meanwhile).
void TestRunHistory::theSaverDoesNotWaitForTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    QVERIFY(RunHistory(path).isOpen());
    RunHistorySaver saver(path);
    QSignalSpy saved(&saver, &RunHistorySaver::saved);
    QSignalSpy failed(&saver, &RunHistorySaver::failed);
    {
        WriteLock lock(path);
        QVERIFY(lock.isHeld());
        const QList<FireResult> results = runOf(50);
        saver.save(runLabelled("waited"), results, RunSummary::of(results, 10));
        QCOMPARE(saver.pending(), 1);
        QTest::qWait(50); // the event loop runs; the run cannot be stored yet
        QCOMPARE(saved.count(), 0);
        QVERIFY(RunHistory(path).runs().isEmpty());
    }
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(saver.pending(), 0);
    const auto runs = RunHistory(path).runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(saved.first().first().toLongLong(), runs.first().id);
    QCOMPARE(runs.first().info.label, QString("waited"));
}

void TestRunHistory::theSaverKeepsTheOrderRunsCameIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    RunHistorySaver saver(path);
    QSignalSpy saved(&saver, &RunHistorySaver::saved);
    const QList<FireResult> big = runOf(2000), small = runOf(1);
    saver.save(runLabelled("first, big"), big, RunSummary::of(big, 10));
    saver.save(runLabelled("second, small"), small, RunSummary::of(small, 10));
    QTRY_COMPARE(saved.count(), 2);
    const auto runs = RunHistory(path).runs(); // newest first
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1].info.label, QString("first, big"));
    QCOMPARE(runs[0].info.label, QString("second, small"));
    QCOMPARE(saved[0].first().toLongLong(), runs[1].id);
}

// The window closes while runs are still being stored: they are stored all the same.
void TestRunHistory::aSaverGoingAwayStoresWhatItWasHanded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.sqlite");
    {
        RunHistorySaver saver(path);
        for (const QString &label : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            const QList<FireResult> results = runOf(1500);
            saver.save(runLabelled(label), results, RunSummary::of(results, 10));
        }
    }
    const auto runs = RunHistory(path).runs();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0].info.label, QString("c"));
    QCOMPARE(runs[2].info.label, QString("a"));
    QCOMPARE(RunHistory(path).requests(runs[0].id).size(), 1500);
}

void TestRunHistory::aSaverSaysWhenARunCannotBeStored()
{
    QTemporaryDir dir;
    QFile file(dir.filePath("not-a-folder"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    RunHistorySaver saver(dir.filePath("not-a-folder/h.sqlite"));
    QSignalSpy failed(&saver, &RunHistorySaver::failed);
    saver.save(RunInfo{}, runOf(1), RunSummary{});
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(saver.pending(), 0);
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
