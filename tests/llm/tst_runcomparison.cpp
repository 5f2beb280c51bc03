#include "llm/RunComparison.h"

#include <QJsonArray>
#include <QTest>

using namespace hwb;

class TestRunComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directions();
    void missingValuesAndRuns();
    void aRunStoppedEarlySaysHowManyWereNotFired();
};

namespace {

RunSummary summary(int n, int ok, int hung, double ttfbP50, double rps)
{
    RunSummary s;
    s.n = n;
    s.ok = ok;
    s.outcomes.insert(QStringLiteral("hang_no_first_byte"), hung);
    s.ttfb.p50 = ttfbP50;
    s.rps = rps;
    return s;
}

const RunComparison::Metric &metric(const RunComparison &c, const char *id)
{
    for (const auto &m : c.metrics)
        if (qstrcmp(m.id, id) == 0)
            return m;
    static const RunComparison::Metric none;
    return none;
}

} // namespace

void TestRunComparison::directions()
{
    const RunSummary a = summary(10, 6, 4, 200, 10);
    const RunSummary b = summary(10, 10, 0, 50, 10.3);
    const RunComparison c = RunComparison::of(&a, &b);
    QCOMPARE(metric(c, "ttfb_p50_ms").changePercent.value(), -75.0);
    QCOMPARE(metric(c, "ttfb_p50_ms").direction, RunComparison::Direction::Better); // lower latency
    QCOMPARE(metric(c, "ok").direction, RunComparison::Direction::Better);          // more OK
    QCOMPARE(metric(c, "hang_no_first_byte").direction, RunComparison::Direction::Better); // 4 hung -> 0
    QCOMPARE(metric(c, "requests").direction, RunComparison::Direction::Same);
    QCOMPARE(metric(c, "requests_per_s").direction, RunComparison::Direction::Same); // +3 %: noise
    const RunComparison back = RunComparison::of(&b, &a);
    QCOMPARE(metric(back, "ttfb_p50_ms").direction, RunComparison::Direction::Worse);
    QCOMPARE(metric(back, "hang_no_first_byte").changePercent, std::nullopt); // from zero: no percentage
    QCOMPARE(metric(back, "hang_no_first_byte").direction, RunComparison::Direction::Unknown);
    const QJsonObject json = c.toJson().value("metrics").toArray().first().toObject();
    for (const char *key : {"id", "a", "b", "change_percent", "lower_is_better", "direction"})
        QVERIFY2(json.contains(key), key);
}

void TestRunComparison::missingValuesAndRuns()
{
    const RunSummary a = summary(5, 0, 5, -1, 0); // every request hung: no TTFB at all
    const RunSummary b = summary(5, 5, 0, 40, 5);
    const RunComparison c = RunComparison::of(&a, &b);
    QCOMPARE(metric(c, "ttfb_p50_ms").a, std::nullopt);
    QCOMPARE(metric(c, "ttfb_p50_ms").b, std::optional<double>(40));
    QCOMPARE(metric(c, "ttfb_p50_ms").direction, RunComparison::Direction::Unknown);
    for (const QJsonValue &m : c.toJson().value("metrics").toArray())
        if (m.toObject().value("id") == "ttfb_p50_ms")
            QVERIFY(m.toObject().value("a").isNull());
    const RunComparison oneSided = RunComparison::of(nullptr, &b);
    QCOMPARE(metric(oneSided, "requests").a, std::nullopt);
    QCOMPARE(metric(oneSided, "requests").b, std::optional<double>(5));
    QCOMPARE(metric(oneSided, "requests").changePercent, std::nullopt);
}

// 8 asked for, the first 4 hung and the other 4 were not fired; then all 8 fired.
void TestRunComparison::aRunStoppedEarlySaysHowManyWereNotFired()
{
    RunSummary stopped = summary(4, 0, 4, -1, 0);
    stopped.stoppedOnHang = true;
    stopped.notFired = 4;
    const RunSummary whole = summary(8, 8, 0, 40, 8);
    const RunComparison c = RunComparison::of(&stopped, &whole);
    QCOMPARE(metric(c, "not_fired").a, std::optional<double>(4));
    QCOMPARE(metric(c, "not_fired").b, std::optional<double>(0));
    QCOMPARE(metric(c, "not_fired").direction, RunComparison::Direction::Better);
    QCOMPARE(metric(c, "not_fired").displayName(), QString("Not fired (stopped early)"));
}

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
