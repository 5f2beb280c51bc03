#include "FaultServer.h"

#include "llm/BatchRunner.h"
#include "llm/RunExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace hwb;

class TestBatchRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void concurrencyIsReal_data();
    void concurrencyIsReal();
    void rateSpacesStarts();
    void keepAliveReusesConnections();
    void summaryAndExports();
    void cancelStopsEverything();
    void aStopOnHangIsInTheSummary();
    void percentiles();
    void aStallIsInTheTotalsTail();

private:
    RunSummary runBatch(const QString &path, BatchOptions options, QList<FireResult> *results = nullptr);
    FaultServer m_server;
};

RunSummary TestBatchRunner::runBatch(const QString &path, BatchOptions options, QList<FireResult> *results)
{
    RequestSpec spec;
    spec.url = QUrl(m_server.url(path));
    spec.body = "{}";
    options.timeouts.firstByteMs = 2000;
    options.timeouts.idleMs = 2000;
    BatchRunner batch(spec, options);
    QSignalSpy finished(&batch, &BatchRunner::finished);
    QSignalSpy each(&batch, &BatchRunner::requestFinished);
    batch.start();
    [&] { QVERIFY(finished.wait(30000)); }();
    [&] { QCOMPARE(each.size(), options.count); }();
    if (results)
        *results = batch.results();
    return batch.summary();
}

void TestBatchRunner::concurrencyIsReal_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("C=1") << 1;
    QTest::newRow("C=6") << 6;
    QTest::newRow("C=16") << 16; // past QNetworkAccessManager's six connections per host
}

// Each request holds its connection for a while, so the server sees all C of them at once, never more.
void TestBatchRunner::concurrencyIsReal()
{
    QFETCH(int, concurrency);
    QTRY_COMPARE(m_server.activeConnections(), 0);
    m_server.resetPeak();
    BatchOptions options;
    options.count = concurrency * 3;
    options.concurrency = concurrency;
    const RunSummary s = runBatch("/stream?tokens=2&first_ms=150&delay_ms=5", options);
    QCOMPARE(s.n, concurrency * 3);
    QCOMPARE(s.ok, concurrency * 3);
    QCOMPARE(m_server.peakConnections(), concurrency);
}

void TestBatchRunner::rateSpacesStarts()
{
    BatchOptions options;
    options.count = 5;
    options.concurrency = 5;
    options.rate = 20; // one start every 50 ms
    QList<FireResult> results;
    runBatch("/json", options, &results);
    for (const FireResult &r : std::as_const(results))
        QVERIFY2(r.startOffsetMs >= r.index * 50.0 - 1.0, qPrintable(QString::number(r.startOffsetMs)));
}

void TestBatchRunner::keepAliveReusesConnections()
{
    QTRY_COMPARE(m_server.activeConnections(), 0);
    m_server.resetPeak();
    const int acceptedBefore = m_server.connectionsAccepted();
    BatchOptions options;
    options.count = 40;
    options.concurrency = 4;
    options.limits.keepAlive = true;
    const RunSummary s = runBatch("/fast", options);
    QCOMPARE(s.ok, 40);
    QCOMPARE(m_server.connectionsAccepted() - acceptedBefore, 4); // one connection per slot, reused
    QCOMPARE(m_server.peakConnections(), 4);
    QTRY_COMPARE(m_server.activeConnections(), 0); // the batch closes its idle connections at the end
}

void TestBatchRunner::summaryAndExports()
{
    BatchOptions options;
    options.count = 6;
    options.concurrency = 3;
    QList<FireResult> results;
    const RunSummary s = runBatch("/status/429", options, &results);
    QCOMPARE(s.n, 6);
    QCOMPARE(s.ok, 0);
    QCOMPARE(s.outcomes.value("http_error"), 6);
    QCOMPARE(s.outcomes.value("ok"), 0);
    QCOMPARE(s.outcomes.size(), OutcomeClassifier::all().size());
    QCOMPARE(s.status.value("429"), 6);
    QCOMPARE(s.ttfb.count, 6);
    QCOMPARE(s.total.count, 6); // every request that ended by itself counts for total
    QVERIFY(s.rps > 0);

    const QJsonObject json = s.toJson();
    for (const char *key : {"n", "ok", "outcomes", "status", "ttfb_ms", "ttft_ms", "total_ms", "rps"})
        QVERIFY2(json.contains(key), key);
    for (const char *key : {"p50", "p90", "p99", "max"})
        QVERIFY(json.value("ttfb_ms").toObject().contains(key));

    RunInfo info;
    info.url = m_server.url("/status/429");
    info.count = 6;
    const QJsonDocument doc = QJsonDocument::fromJson(RunExport::toJson(info, results, s));
    QCOMPARE(doc.object().value("requests").toArray().size(), 6);
    QCOMPARE(doc.object().value("summary").toObject().value("n").toInt(), 6);

    const QList<QByteArray> lines = RunExport::toCsv(results).trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[0].startsWith("i,start_ms,outcome,status,ttfb_ms"));
    QVERIFY(lines[1].contains(",http_error,429,"));
    QVERIFY(lines[1].contains("Rate limit reached"));
}

void TestBatchRunner::cancelStopsEverything()
{
    RequestSpec spec;
    spec.url = QUrl(m_server.url("/hang-before-headers"));
    BatchOptions options;
    options.count = 20;
    options.concurrency = 4;
    BatchRunner batch(spec, options);
    QSignalSpy finished(&batch, &BatchRunner::finished);
    batch.start();
    QTRY_COMPARE(m_server.activeConnections(), 4);
    batch.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(batch.completed(), 4);
    QCOMPARE(batch.summary().outcomes.value("cancelled"), 4);
    // The 16 never sent are part of the record: "n: 4" alone read as a batch of four.
    const RunSummary s = batch.summary();
    QCOMPARE(s.notFired, 16);
    QVERIFY(s.cancelled && !s.stoppedOnHang);
    QCOMPARE(s.toJson().value("stopped_early").toString(), "cancelled");
    QCOMPARE(RunSummary::fromJson(s.toJson()).notFired, 16);
    QVERIFY(RunSummary::fromJson(s.toJson()).cancelled);
    QTRY_COMPARE(m_server.activeConnections(), 0);
}

// The stop is part of the run's summary, so every window that stores or exports the run keeps it.
void TestBatchRunner::aStopOnHangIsInTheSummary()
{
    RequestSpec spec;
    spec.url = QUrl(m_server.url("/hang-before-headers"));
    BatchOptions options;
    options.count = 7;
    options.concurrency = 3;
    options.timeouts.firstByteMs = 200;
    options.stopWhenFirstRoundHangs = true;
    BatchRunner batch(spec, options);
    QSignalSpy finished(&batch, &BatchRunner::finished);
    batch.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(batch.stoppedOnHang());
    const RunSummary s = batch.summary();
    QCOMPARE(s.n, 3);
    QVERIFY(s.stoppedOnHang);
    QCOMPARE(s.notFired, 4);
    const RunSummary stored = RunSummary::fromJson(s.toJson());
    QVERIFY(stored.stoppedOnHang);
    QCOMPARE(stored.notFired, 4);
    QCOMPARE(s.toJson().value("stopped_early").toString(), "first_round_hung");

    // A run that was not stopped says so with the same keys.
    const QJsonObject whole = RunSummary::of(batch.results(), 1).toJson();
    QVERIFY(whole.contains("stopped_early") && whole.value("stopped_early").isNull());
    QCOMPARE(whole.value("not_fired").toInt(-1), 0);
    QVERIFY(!RunSummary::fromJson(whole).stoppedOnHang);
}

void TestBatchRunner::percentiles()
{
    QList<double> values;
    for (int i = 1; i <= 100; ++i)
        values.append(i);
    const Percentiles p = Percentiles::of(values);
    QCOMPARE(p.p50, 50.0);
    QCOMPARE(p.p90, 90.0);
    QCOMPARE(p.p99, 99.0);
    QCOMPARE(p.max, 100.0);
    QCOMPARE(Percentiles::of({}).p50, -1.0);
    QVERIFY(Percentiles::of({}).toJson().value("p50").isNull());
    QCOMPARE(Percentiles::of({7}).p99, 7.0);
}

// A stalled request's wait is the run's tail: leaving it out of total made max and p99 look healthy. TTFT stays
// the ok requests' own, the only ones with content.
void TestBatchRunner::aStallIsInTheTotalsTail()
{
    BatchOptions options;
    options.count = 2;
    options.concurrency = 2;
    QList<FireResult> fast;
    runBatch("/json", options, &fast);
    QList<FireResult> stalled;
    runBatch("/stall", options, &stalled);
    QList<FireResult> all = fast + stalled;
    const RunSummary s = RunSummary::of(all, 1000);
    QCOMPARE(s.outcomes.value("stalled"), 2);
    QCOMPARE(s.total.count, 4);
    QCOMPARE(s.ttft.count, s.ok);
    double longest = 0;
    for (const FireResult &r : stalled)
        longest = qMax(longest, r.totalMs);
    QCOMPARE(s.total.max, longest);
    FireResult cancelled;
    cancelled.outcome = Outcome::Cancelled;
    cancelled.totalMs = 99999;
    all.append(cancelled);
    QCOMPARE(RunSummary::of(all, 1000).total.max, longest); // stopped by the user: no latency of the server's
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
