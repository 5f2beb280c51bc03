#include "TestSupport.h"

#include "buildrun/BuildRunner.h"
#include "common/CStringArray.h"
#include "wasm/WasmReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

extern char **environ;

using namespace hwb;

class TestBuildRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realGoBuilds_data();
    void realGoBuilds();
    void pluginFolderReachedThroughALink();
    void environmentIsThisProcesssWithThePlansOver();
    void cliBuildJsonAndHistory();
    void cliSaysABuiltModuleFails();
    void failureIsFailed();
    void cancelStopsTheWholeTree_data();
    void cancelStopsTheWholeTree();

private:
    BuildPlan plan(const QString &plugin, BuildMode mode, const QString &command = {}) const;
    // Runs the plan to its end and checks that it succeeded, its log in the message if not.
    void buildSucceeds(const BuildPlan &plan, BuildResult *result = nullptr);

    QTemporaryDir m_tmp;
    QString m_workspace;
};

namespace {

// Read straight from /proc rather than through ProcessGroup, so the check does not trust the code it tests.
QList<int> aliveInGroup(qint64 group)
{
    QList<int> out;
    const QStringList entries = QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        QFile stat("/proc/" + e + "/stat");
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 2 && f.at(2).toLongLong() == group && f.at(0) != "Z")
            out.append(e.toInt());
    }
    return out;
}

} // namespace

void TestBuildRunner::initTestCase()
{
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    qputenv("GOTOOLCHAIN", "local");
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite").toUtf8());
    QVERIFY2(!test::goExecutable().isEmpty(), "Go is required");
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

BuildPlan TestBuildRunner::plan(const QString &plugin, BuildMode mode, const QString &command) const
{
    return test::planFor(m_workspace, m_workspace + "/plugins/wasm-go/extensions/" + plugin, PluginFamily::WasmGo, mode, {},
                         command);
}

void TestBuildRunner::buildSucceeds(const BuildPlan &p, BuildResult *result)
{
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QStringList log;
    connect(&runner, &BuildRunner::linesReceived, this, [&log](const QStringList &l) { log += l; });
    QVERIFY(runner.start(p));
    QVERIFY(finished.wait(600000));
    QVERIFY2(runner.result().state == BuildState::Succeeded, qPrintable(log.join('\n')));
    if (result)
        *result = runner.result();
}

void TestBuildRunner::realGoBuilds_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<QString>("tags");
    QTest::newRow("ai-proxy-lite go") << "ai-proxy-lite" << BuildMode::Go << "proxy_wasm_version_0_2_100";
    QTest::newRow("ai-proxy-lite make-local") << "ai-proxy-lite" << BuildMode::MakeLocal << "proxy_wasm_version_0_2_100";
    QTest::newRow("hello-world go") << "hello-world" << BuildMode::Go << "";
    QTest::newRow("request-stamp make-local") << "request-stamp" << BuildMode::MakeLocal << "";
}

void TestBuildRunner::realGoBuilds()
{
    QFETCH(QString, plugin);
    QFETCH(BuildMode, mode);
    QFETCH(QString, tags);
    const BuildPlan p = plan(plugin, mode);
    QVERIFY(!p.hasErrors());
    QFile::remove(p.artifact);
    BuildResult result;
    buildSucceeds(p, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.durationMs > 0);
    QCOMPARE(test::wasmBuildTags(p.artifact), tags);
    const auto module = WasmReader::readFile(p.artifact);
    QVERIFY(module.ok());
    QVERIFY(module.module.hasExport("proxy_abi_version_0_2_100"));
    QVERIFY(module.module.hasExport("_initialize"));
}

// A plugin folder that is a link to a folder elsewhere: go.mod's "replace ../../sdk/legacy" is relative to the
// path as reached, as in the preview's `cd DIR && go build`, so the build must see that path in $PWD too.
void TestBuildRunner::pluginFolderReachedThroughALink()
{
    const QString extensions = m_workspace + "/plugins/wasm-go/extensions/";
    const QString outside = m_tmp.filePath("outside/ai-proxy-linked");
    QVERIFY(QDir().mkpath(QFileInfo(outside).absolutePath()));
    const auto copy = test::runProcess("cp", {"-r", extensions + "ai-proxy-lite", outside});
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(QFile::link(outside, extensions + "ai-proxy-linked"));
    const BuildPlan p = plan("ai-proxy-linked", BuildMode::Go);
    QVERIFY(!p.hasErrors());
    QVERIFY(BuildRunner::environmentFor(p).contains(QFile::encodeName("PWD=" + extensions + "ai-proxy-linked")));
    buildSucceeds(p);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(test::wasmBuildTags(outside + "/main.wasm"), QString("proxy_wasm_version_0_2_100"));
    QFile::remove(extensions + "ai-proxy-linked");
}

// What the build gets: this process's environment, each name once (the last, where a parent gave one twice; an
// entry without '=' dropped), with the plan's variables and the runner's own (TERM=dumb, NO_COLOR...) over it.
void TestBuildRunner::environmentIsThisProcesssWithThePlansOver()
{
    CStringArray given({"HWB_TEST_OUTER=kept", "HWB_TEST_SET=outer", "TERM=xterm-256color", "HWB_TEST_TWICE=first",
                        "NO_EQUALS_SIGN", "HWB_TEST_TWICE=second", "HWB_TEST_TWICEX=other"});
    char **const saved = environ;
    environ = given.data();
    const auto restore = qScopeGuard([saved] { environ = saved; });
    BuildPlan p;
    p.cwd = m_tmp.path();
    p.env = {{"HWB_TEST_SET", "from the plan"}, {"GOOS", "wasip1"}};
    const QByteArrayList entries = BuildRunner::environmentFor(p);
    const auto count = [&](const QByteArray &prefix) {
        return std::count_if(entries.cbegin(), entries.cend(), [&](const QByteArray &e) { return e.startsWith(prefix); });
    };
    QVERIFY(entries.contains("HWB_TEST_OUTER=kept"));
    QVERIFY(entries.contains("HWB_TEST_SET=from the plan"));
    QVERIFY(entries.contains("HWB_TEST_TWICE=second"));
    QVERIFY(entries.contains("HWB_TEST_TWICEX=other"));
    QVERIFY(entries.contains("GOOS=wasip1"));
    QVERIFY(entries.contains("TERM=dumb"));
    QVERIFY(entries.contains("PWD=" + QFile::encodeName(m_tmp.path())));
    QCOMPARE(count("NO_EQUALS_SIGN"), 0);
    for (const QByteArray name : {"HWB_TEST_SET=", "HWB_TEST_TWICE=", "TERM=", "PWD=", "GOOS=", "NO_COLOR="})
        QCOMPARE(count(name), 1);
}

void TestBuildRunner::cliBuildJsonAndHistory()
{
    const auto build = test::runProcess(test::hwbExecutable(), {"build", "ai-proxy-lite", "--mode", "go", "--workspace",
                                                                m_workspace, "--no-profile", "--json"});
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());
    const QList<QByteArray> lines = build.stdOut.trimmed().split('\n');
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    for (const char *key : {"ok", "exit_code", "duration_ms", "artifact", "sha256", "verdict"})
        QVERIFY2(summary.contains(key), key);
    QVERIFY(summary.value("ok").toBool());
    QCOMPARE(summary.value("exit_code").toInt(), 0);
    QCOMPARE(summary.value("verdict").toString(), "pass"); // as hwb inspect --expect-tags judges it
    QCOMPARE(summary.value("verdict_detail").toString(), "abi 0_2_100 present");
    // The digest is the file's (hwb reads the module while Go cleans up: buildrun/EarlyInspection).
    const QByteArray artifact = test::readFile(summary.value("artifact").toString());
    QCOMPARE(summary.value("sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(artifact, QCryptographicHash::Sha256).toHex()));

    const auto history = test::runProcess(test::hwbExecutable(), {"history", "--json"});
    QVERIFY2(history.exitCode == 0, history.stdErr.constData());
    const QJsonArray records = QJsonDocument::fromJson(history.stdOut).array();
    QVERIFY(!records.isEmpty());
    const QJsonObject last = records.first().toObject();
    QCOMPARE(last.value("sha256"), summary.value("sha256"));
    QCOMPARE(last.value("plugin").toString(), "ai-proxy-lite");
    QVERIFY(last.value("plan").toObject().value("args").toArray().contains("-tags=proxy_wasm_version_0_2_100"));
}

// A build that succeeds and writes a module that will hang requests (its .buildrc tag removed) must not read as a
// plain success: the exit code stays the build's; the verdict's headline has a line of its own, and the fix follows,
// its command on a line of its own too, whole, to be copied.
void TestBuildRunner::cliSaysABuiltModuleFails()
{
    const auto build = test::runProcess(test::hwbExecutable(),
                                        {"build", "ai-proxy-lite", "--mode", "go", "--workspace", m_workspace, "--no-profile",
                                         "--no-history", "--set", "EXTRA_TAGS=-proxy_wasm_version_0_2_100"},
                                        {}, {"COLUMNS=100"});
    QCOMPARE(build.exitCode, 0);
    const QStringList lines = QString::fromUtf8(build.stdOut).split('\n', Qt::SkipEmptyParts);
    const qsizetype succeeded = lines.indexOf(QRegularExpression("^Succeeded in \\d+ ms: .*/main.wasm sha256 [0-9a-f]{64}$"));
    QVERIFY2(succeeded >= 0, build.stdOut.constData());
    const qsizetype fix = lines.indexOf(QRegularExpression("^  fix: Rebuild with the tag proxy_wasm_version_0_2_100:$"));
    QVERIFY2(fix > succeeded + 1, build.stdOut.constData());
    QStringList headline;
    for (qsizetype i = succeeded + 1; i < fix; ++i)
        headline.append(lines.at(i).trimmed());
    QVERIFY2(headline.join(' ').startsWith("The module FAILS verification: it exports proxy_abi_version_0_2_1, "
                                           "not 0_2_100, so requests will hang"),
             build.stdOut.constData());
    QVERIFY2(lines.value(fix + 1).trimmed().startsWith("cd " + m_workspace)
                 && lines.value(fix + 1).endsWith("-tags=proxy_wasm_version_0_2_100 -o main.wasm ."),
             build.stdOut.constData());
    for (qsizetype i = succeeded + 1; i < fix; ++i)
        QVERIFY2(lines.at(i).size() <= 100, qPrintable(lines.at(i))); // the prose is wrapped; only the command is long
}

void TestBuildRunner::failureIsFailed()
{
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QVERIFY(runner.start(plan("hello-world", BuildMode::Custom, "echo broken; exit 3")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.result().state, BuildState::Failed);
    QCOMPARE(runner.result().exitCode, 3);
}

void TestBuildRunner::cancelStopsTheWholeTree_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("processes"); // how many to wait for before cancelling
    QTest::addColumn<int>("settleMs");  // then how long to let the tree grow
    QTest::newRow("background children") << "sleep 60 & sleep 60 & sleep 60; echo never" << 4 << 0;
    QTest::newRow("child ignores SIGTERM: killed after the grace") << "sh -c 'trap \"\" TERM; sleep 60; sleep 60' & sleep 60" << 3 << 0;
    // go's compile children come and go by the millisecond, so a count of them is a race; a -a build
    // runs for seconds, so cancelling 500 ms in always hits it with its children alive.
    QTest::newRow("real go build") << "exec ${GO} build -a -buildmode=c-shared -o main.wasm ." << 1 << 500;
}

void TestBuildRunner::cancelStopsTheWholeTree()
{
    QFETCH(QString, command);
    QFETCH(int, processes);
    QFETCH(int, settleMs);
    BuildPlan p = plan("hello-world", BuildMode::Custom, command);
    p.env = {{"GOOS", "wasip1"}, {"GOARCH", "wasm"}};
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QVERIFY(runner.start(p));
    const qint64 group = runner.processGroup();
    QVERIFY(group > 1);
    QTRY_VERIFY_WITH_TIMEOUT(aliveInGroup(group).size() >= processes, 30000);
    QTest::qWait(settleMs);
    QCOMPARE(runner.state(), BuildState::Running);
    runner.cancel();
    QCOMPARE(runner.state(), BuildState::Cancelling);
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner.result().state, BuildState::Cancelled);
    QCOMPARE(buildStateId(runner.state()), "cancelled");
    QVERIFY2(aliveInGroup(group).isEmpty(), qPrintable(QString::number(aliveInGroup(group).size())));
}

QTEST_GUILESS_MAIN(TestBuildRunner)
#include "tst_buildrunner.moc"
