#include "buildrun/BuildHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace hwb;

class TestBuildHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsAndListsNewestFirst();
    void credentialsAreNotStored();
    void shortSecretsAreMaskedByName();
    void typicalDurationIsTheRecentMedian();
    void readerWaitsForABuildStillRecording();
    void sharedHistoryIsOneConnectionPerFile();
    void remembersTheLastContentOfEachArtifact();
    void noOpRebuildsAreMarkedAndNotTypical();
    void olderHistoriesGainTheUnchangedColumn();
    void oneArtifactHasOneHistoryHoweverItIsSpelled_data();
    void oneArtifactHasOneHistoryHoweverItIsSpelled();
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

    // A name that repeats across families: FAMILY/NAME lists that folder's builds only.
    plan.plugin = "hello-world";
    s.artifact = "/ws/plugins/wasm-rust/extensions/hello-world/target/wasm32-wasip1/release/hello_world.wasm";
    {
        BuildHistory writer(db);
        QVERIFY(writer.record(plan, s));
    }
    s.artifact = "/ws/plugins/wasm-go/extensions/hello-world/main.wasm";
    QVERIFY(BuildHistory(db).record(plan, s));
    QCOMPARE(h.recent(10, "hello-world").size(), 3);
    const auto rust = h.recent(10, "wasm-rust/hello-world");
    QCOMPARE(rust.size(), 1);
    QVERIFY(rust.first().artifact.endsWith("hello_world.wasm"));
    QCOMPARE(h.recent(10, "wasm-go/hello-world").size(), 1);
    QVERIFY(h.recent(10, "wasm-cpp/hello-world").isEmpty());
}

// `hwb build --mode make-build --set GITHUB_TOKEN=...` puts the token in the variables, in make's arguments and,
// for GO* names, in the environment. The history file keeps the names and never the value.
void TestBuildHistory::credentialsAreNotStored()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("history.sqlite");
    const QString token = "ghp_0123456789abcdefSECRET";
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    plan.mode = BuildMode::MakeBuild;
    plan.program = "/usr/bin/make";
    plan.args = {"build", "PLUGIN_NAME=ai-proxy-lite", "GITHUB_TOKEN=" + token, "GOAUTH_TOKEN=x" + token};
    plan.env = {{"GOAUTH_TOKEN", "x" + token}};
    plan.variables = {{"GITHUB_TOKEN", token, VariableLayer::Override, {}},
                      {"GOAUTH_TOKEN", "x" + token, VariableLayer::Override, {}},
                      {"PLUGIN_NAME", "ai-proxy-lite", VariableLayer::Default, {}}};
    BuildSummary s;
    s.result = {BuildState::Succeeded, 0, 1, {}};
    {
        BuildHistory h(db);
        QVERIFY(h.record(plan, s));
    }
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token.toUtf8()));
    const BuildPlan back = BuildPlan::fromJson(BuildHistory(db).recent().first().plan);
    QCOMPARE(back.value("GITHUB_TOKEN"), "[REDACTED]");
    QCOMPARE(back.value("PLUGIN_NAME"), "ai-proxy-lite");
    QVERIFY(back.args.contains("GITHUB_TOKEN=[REDACTED]"));
    QCOMPARE(back.env.value(0).second, "[REDACTED]");
    QVERIFY(!back.commandLine().contains(token));
}

// A short secret is masked where the plan names it, and does not eat the same characters elsewhere: API_KEY=1 must
// leave proxy_wasm_version_0_2_100 and /usr/bin/go whole.
void TestBuildHistory::shortSecretsAreMaskedByName()
{
    BuildPlan plan;
    plan.program = "/usr/bin/make";
    plan.args = {"build", "API_KEY=1", "GITHUB_TOKEN=go", "EXTRA_TAGS=proxy_wasm_version_0_2_100", "GO=/usr/bin/go"};
    plan.variables = {{"API_KEY", "1", VariableLayer::Override, {}}, {"GITHUB_TOKEN", "go", VariableLayer::Override, {}}};
    const BuildPlan masked = plan.withSecretsMasked();
    QCOMPARE(masked.args, (QStringList{"build", "API_KEY=[REDACTED]", "GITHUB_TOKEN=[REDACTED]",
                                       "EXTRA_TAGS=proxy_wasm_version_0_2_100", "GO=/usr/bin/go"}));
    QCOMPARE(masked.value("API_KEY"), "[REDACTED]");
}

// What EarlyInspection is told to expect: the median of the last five builds of that artifact in that mode.
void TestBuildHistory::typicalDurationIsTheRecentMedian()
{
    QTemporaryDir dir;
    BuildHistory h(dir.filePath("history.sqlite"));
    QVERIFY2(h.isOpen(), qPrintable(h.errorString()));
    QCOMPARE(h.typicalDurationMs("/x/main.wasm", "go"), 0);
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    plan.mode = BuildMode::Go;
    BuildSummary s;
    s.artifact = "/x/main.wasm";
    // The first two are older than the last five and do not count.
    for (const qint64 ms : {90000, 90000, 700, 650, 9000, 720, 680}) {
        s.result = {BuildState::Succeeded, 0, ms, {}};
        QVERIFY(h.record(plan, s));
    }
    QCOMPARE(h.typicalDurationMs("/x/main.wasm", "go"), 700);
    QCOMPARE(h.typicalDurationMs("/x/main.wasm", "make-local"), 0);
    QCOMPARE(h.typicalDurationMs("/y/main.wasm", "go"), 0);
}

// The build server tells its client the result and then records the build (BuildHistory::beginRecord() holds the
// write lock over that gap): `hwb history` typed at once, in another process, waits for the record and lists it.
void TestBuildHistory::readerWaitsForABuildStillRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("history.sqlite");
    BuildHistory writer(path);
    QVERIFY2(writer.isOpen(), qPrintable(writer.errorString()));
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    plan.mode = BuildMode::Go;
    BuildSummary s;
    s.artifact = "/x/main.wasm";
    s.result = {BuildState::Succeeded, 0, 812, {}};
    QVERIFY(writer.beginRecord());
    std::atomic_int listed{-1};
    std::atomic_bool waiting{false};
    std::thread reader([&] {
        BuildHistory history(path);
        waiting = true;
        history.waitForWriters();
        listed = int(history.recent().size());
    });
    QTRY_VERIFY(waiting.load());
    QTest::qWait(300); // the reader is waiting by now; without the wait it would have read an empty history
    QCOMPARE(listed.load(), -1);
    QVERIFY(writer.record(plan, s));
    reader.join();
    QCOMPARE(listed.load(), 1);
}

void TestBuildHistory::sharedHistoryIsOneConnectionPerFile()
{
    QTemporaryDir dir;
    auto a = BuildHistory::shared(dir.filePath("a.sqlite"));
    QCOMPARE(BuildHistory::shared(dir.filePath("a.sqlite")).get(), a.get());
    QVERIFY(BuildHistory::shared(dir.filePath("b.sqlite")).get() != a.get());
    const std::weak_ptr<BuildHistory> held = a;
    a.reset();
    QVERIFY(held.expired()); // the registry holds none itself: once nobody does, the file is closed
}

// What a no-op rebuild judges instead of reading the module again: the last recorded content per artifact path,
// and none at all once a build recorded without one (a stale row would be trusted).
void TestBuildHistory::remembersTheLastContentOfEachArtifact()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("history.sqlite");
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    BuildSummary s;
    s.artifact = "/x/main.wasm";
    s.result = {BuildState::Succeeded, 0, 700, {}};
    ArtifactContent content;
    content.identity = {1, 2, 3, 4, 5};
    content.sha256 = "ab";
    content.module.exports = {{"proxy_abi_version_0_2_100", WasmExternalKind::Function, 7}};
    {
        BuildHistory h(db);
        QVERIFY(!h.lastContent(s.artifact));
        QVERIFY(h.record(plan, s, content));
        content.sha256 = "cd";
        QVERIFY(h.record(plan, s, content));
    }
    BuildHistory h(db);
    auto last = h.lastContent(s.artifact);
    QVERIFY(last);
    QCOMPARE(last->identity, content.identity);
    QCOMPARE(last->sha256, "cd");
    QVERIFY(last->module.hasExport("proxy_abi_version_0_2_100"));
    QVERIFY(!h.lastContent("/y/main.wasm"));
    QVERIFY(h.record(plan, s));
    QVERIFY(!h.lastContent(s.artifact));
    QCOMPARE(h.recent().size(), 3);
}

void TestBuildHistory::noOpRebuildsAreMarkedAndNotTypical()
{
    QTemporaryDir dir;
    BuildHistory h(dir.filePath("history.sqlite"));
    BuildPlan plan;
    plan.plugin = "ai-proxy-lite";
    plan.mode = BuildMode::Go;
    BuildSummary s;
    s.artifact = "/x/main.wasm";
    for (const qint64 ms : {700, 720}) {
        s.result = {BuildState::Succeeded, 0, ms, {}};
        QVERIFY(h.record(plan, s));
    }
    s.artifactUnchanged = true;
    for (const qint64 ms : {60, 55, 58}) {
        s.result = {BuildState::Succeeded, 0, ms, {}};
        QVERIFY(h.record(plan, s));
    }
    QCOMPARE(h.typicalDurationMs("/x/main.wasm", "go"), 720); // not 60
    const auto records = h.recent();
    QCOMPARE(records.size(), 5);
    QVERIFY(records.first().unchanged);
    QVERIFY(!records.last().unchanged);
    QCOMPARE(records.first().toJson().value("unchanged"), QJsonValue(true));
}

void TestBuildHistory::oneArtifactHasOneHistoryHoweverItIsSpelled_data()
{
    QTest::addColumn<QString>("recordedAs"); // {L} is a symlink to {R}, the real workspace
    QTest::addColumn<QString>("askedAs");
    QTest::addColumn<bool>("artifactExists");
    QTest::newRow("built through the link, asked through the real path") << "{L}/p/main.wasm" << "{R}/p/main.wasm" << true;
    QTest::newRow("built through the real path, asked through the link") << "{R}/p/main.wasm" << "{L}/p/main.wasm" << true;
    QTest::newRow("the artifact deleted since") << "{L}/p/main.wasm" << "{R}/p/main.wasm" << false;
    QTest::newRow("a path with . and ..") << "{R}/p/./main.wasm" << "{L}/p/../p/main.wasm" << true;
}

// `hwb build --workspace link` and `--workspace real` are one artifact: its history, its typical duration and the
// content the "(unchanged since the last build)" note compares with were kept apart under the two spellings.
void TestBuildHistory::oneArtifactHasOneHistoryHoweverItIsSpelled()
{
    QFETCH(QString, recordedAs);
    QFETCH(QString, askedAs);
    QFETCH(bool, artifactExists);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("real/p")));
    QVERIFY(QFile::link(dir.filePath("real"), dir.filePath("link")));
    const auto spelled = [&](QString path) {
        return path.replace("{L}", dir.filePath("link")).replace("{R}", dir.filePath("real"));
    };
    QFile artifact(dir.filePath("real/p/main.wasm"));
    QVERIFY(artifact.open(QIODevice::WriteOnly));
    artifact.close();

    BuildHistory h(dir.filePath("history.sqlite"));
    BuildPlan plan;
    plan.plugin = "p";
    plan.mode = BuildMode::Go;
    BuildSummary s;
    s.artifact = spelled(recordedAs);
    s.result = {BuildState::Succeeded, 0, 700, {}};
    ArtifactContent content;
    content.sha256 = "ab";
    QVERIFY(h.record(plan, s, content));
    if (!artifactExists)
        QVERIFY(artifact.remove());
    const auto last = h.lastContent(spelled(askedAs));
    QVERIFY2(last, "the content recorded under the other spelling was not found");
    QCOMPARE(last->sha256, "ab");
    QCOMPARE(h.typicalDurationMs(spelled(askedAs), "go"), 700);
    QCOMPARE(h.recent().first().artifact, QFileInfo(dir.filePath("real/p")).canonicalFilePath() + "/main.wasm");
}

void TestBuildHistory::olderHistoriesGainTheUnchangedColumn()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("history.sqlite");
    {
        // The schema before the column, with one build in it.
        QSqlDatabase old = QSqlDatabase::addDatabase("QSQLITE", "old");
        old.setDatabaseName(db);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec("CREATE TABLE builds (id INTEGER PRIMARY KEY AUTOINCREMENT, finished_at TEXT NOT NULL, "
                       "plugin TEXT NOT NULL, workspace TEXT, mode TEXT, artifact TEXT, size INTEGER, sha256 TEXT, "
                       "duration_ms INTEGER, exit_code INTEGER, verdict TEXT, plan TEXT)"));
        QVERIFY(q.exec("INSERT INTO builds (finished_at, plugin, mode, artifact, duration_ms, verdict, plan) VALUES "
                       "('2026-11-01T10:00:00.000Z', 'ai-proxy', 'go', '/x/main.wasm', 900, 'pass: ok', '{}')"));
        old.close();
    }
    QSqlDatabase::removeDatabase("old");
    BuildHistory h(db);
    QVERIFY2(h.isOpen(), qPrintable(h.errorString()));
    QCOMPARE(h.recent().size(), 1);
    QVERIFY(!h.recent().first().unchanged);
    BuildPlan plan;
    plan.plugin = "ai-proxy";
    BuildSummary s;
    s.artifact = "/x/main.wasm";
    s.result = {BuildState::Succeeded, 0, 50, {}};
    s.artifactUnchanged = true;
    QVERIFY2(h.record(plan, s), qPrintable(h.errorString()));
    QVERIFY(h.recent().first().unchanged);
    QCOMPARE(BuildHistory(db).recent().size(), 2); // opened again: nothing added twice
    {
        // It gains the index that takes typicalDurationMs() past the no-op rebuilds at once: without it the query
        // stepped over each of them, milliseconds per build in a history of many.
        QSqlDatabase check = QSqlDatabase::addDatabase("QSQLITE", "check");
        check.setDatabaseName(db);
        QVERIFY(check.open());
        QSqlQuery q(check);
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + BuildHistory::kTypicalDurationsSql));
        q.addBindValue("/x/main.wasm");
        q.addBindValue("go");
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QVERIFY2(q.value(3).toString().contains("builds_that_built"), qPrintable(q.value(3).toString()));
    }
    QSqlDatabase::removeDatabase("check");
}

QTEST_GUILESS_MAIN(TestBuildHistory)
#include "tst_buildhistory.moc"
