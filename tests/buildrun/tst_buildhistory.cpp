#include "buildrun/BuildHistory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestBuildHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsAndListsNewestFirst();
};

void TestBuildHistory::recordsAndListsNewestFirst()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sub/history.sqlite");
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    plan.mode = BuildMode::Go;
    plan.program = "/usr/bin/go";
    plan.args = {"build", "-tags=proxy_wasm_version_0_2_100"};
    plan.variables = {{"EXTRA_TAGS", "proxy_wasm_version_0_2_100", VariableLayer::Buildrc, {}}};
    BuildSummary s;
    s.result = {BuildState::Succeeded, 0, 1234, {}};
    s.artifact = "/x/main.wasm";
    s.artifactSize = 42;
    s.sha256 = QString(64, 'a');
    s.verdict = "abi 0_2_100 present";
    {
        BuildHistory h(db);
        QVERIFY2(h.isOpen(), qPrintable(h.errorString()));
        QVERIFY(h.record(plan, s));
        plan.plugin = "hello-world";
        QVERIFY(h.record(plan, s));
    }
    BuildHistory h(db); // reopened: it persisted
    const auto all = h.recent();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().plugin, "hello-world");
    const auto one = h.recent(10, "ai-proxy-lite");
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().sha256, s.sha256);
    QCOMPARE(one.first().size, 42);
    QCOMPARE(one.first().durationMs, 1234);
    QCOMPARE(one.first().mode, "go");
    QCOMPARE(one.first().plan.value("args").toArray().at(1).toString(), "-tags=proxy_wasm_version_0_2_100");
    QCOMPARE(BuildPlan::fromJson(one.first().plan).variables.first().layer, VariableLayer::Buildrc);
    QVERIFY(one.first().finishedAt.isValid());
}

QTEST_GUILESS_MAIN(TestBuildHistory)
#include "tst_buildhistory.moc"
