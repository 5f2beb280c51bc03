#include "FireCliTest.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hwb;

// `hwb fire` into requests that hang, or fail behind a gateway: what it says of the cause, live on a terminal and in
// the summary, how a batch stops on its first round, and which container engine it asks what listens at the URL.
class TestFireHangCli : public FireCliTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServers(); }
    void cleanupTestCase() { stopServers(); }
    void unreachableUpstreamIsExplained();
    void aHangThroughAGatewayRunningAnUntaggedModuleNamesTheModule();
    void aWaitIsSaidWhileItLasts_data();
    void aWaitIsSaidWhileItLasts();
    void aStallIsSaidWhileItLasts_data();
    void aStallIsSaidWhileItLasts();
    void aHangingBatchStopsAfterItsFirstRound_data();
    void aHangingBatchStopsAfterItsFirstRound();
    void noEarlyStopFiresThemAll();
    void theEngineOptionIsTheOneAsked();
};

// A gateway container whose upstream (hwb mock-llm on 127.0.0.1) it cannot reach answers 503 from Envoy itself;
// "http_error 503" alone sent users looking at the plugin. The error quotes Envoy and says what to change.
void TestFireHangCli::unreachableUpstreamIsExplained()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"fire", url("/envoy-no-upstream"), "--json"}, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.stdOut.split('\n').first()).object();
    QCOMPARE(o.value("outcome").toString(), "http_error");
    QCOMPARE(o.value("status").toInt(), 503);
    const QString error = o.value("error").toString();
    QVERIFY2(error.contains("no healthy upstream") && error.contains("--bind 0.0.0.0"), qPrintable(error));
    // ... and the summary says it once, for scripts that read only the summary. No gateway hwb started answers
    // here, so which upstream it is stays unknown: no verdict about a mock.
    const QJsonObject summary = QJsonDocument::fromJson(r.stdOut.trimmed().split('\n').last()).object()["summary"].toObject();
    const QJsonObject upstream = summary["upstream_unreachable"].toObject();
    QVERIFY2(upstream["message"].toString().contains("--bind 0.0.0.0"), r.stdOut.constData());
    QVERIFY(!upstream.contains("mock"));

    // Any other 5xx is not blamed on the upstream's address.
    const auto other = test::runProcess(test::hwbExecutable(), {"fire", url("/status/500"), "--json"}, {}, {"LANG=C"});
    QVERIFY(!other.stdOut.contains("--bind"));
}

// The story of the product, from the command line: a managed gateway runs ai-proxy-lite built without its .buildrc
// tag, and requests through it hang. hwb fire gave the check no .buildrc, so the untagged module only warned,
// "passed its check", and the hang was blamed on the upstream. The plugin's folder now comes from the workspace the
// container was started from.
void TestFireHangCli::aHangThroughAGatewayRunningAnUntaggedModuleNamesTheModule()
{
    QTemporaryDir tmp;
    const QString workspace = test::copyDemoWorkspace(tmp);
    QVERIFY(!workspace.isEmpty());
    const QString runDir = tmp.filePath("run");
    QVERIFY(QDir().mkpath(runDir));
    const auto build = test::goBuildWasm(workspace + "/plugins/wasm-go/extensions/ai-proxy-lite", runDir + "/plugin.wasm", {});
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());
    // The engine lists the gateway container as hwb labels it, listening where the hanging server is.
    const QString engine = tmp.filePath("docker");
    test::writeFile(engine, QString("#!/bin/sh\n[ \"$1\" = ps ] || exit 0\n"
                                    "printf 'c1\\thwb-gateway-ai-proxy-lite\\trunning\\tUp 1 minute\\tgateway:2.1.6\\tai-proxy-lite"
                                    "\\t%1\\t%2\\t%3,9901\\tmock:18080\\n'\n")
                                .arg(workspace, runDir)
                                .arg(QUrl(m_local.url("/")).port())
                                .toUtf8());
    QFile::setPermissions(engine, QFile::permissions(engine) | QFile::ExeOwner);
    const auto r = test::runProcessServing(test::hwbExecutable(),
                                           {"fire", m_local.url("/hang-before-headers"), "--first-byte-timeout", "0.5",
                                            "--engine", engine, "--json"},
                                           {}, {"LANG=C", "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject hang = QJsonDocument::fromJson(r.stdOut.trimmed().split('\n').last()).object().value("summary")
                                 .toObject().value("hang").toObject();
    QCOMPARE(hang.value("cause").toString(), "module-check-failed");
    QCOMPARE(hang.value("plugin").toString(), "ai-proxy-lite");
    QVERIFY2(hang.value("message").toString().contains("That is the cause"), qPrintable(hang.value("message").toString()));
}

void TestFireHangCli::aWaitIsSaidWhileItLasts_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("json");
    QTest::newRow("terminal") << true << false;
    QTest::newRow("terminal, --json") << true << true;
    QTest::newRow("pipe") << false << false;
    QTest::newRow("pipe, --json") << false << true;
}

namespace {
// `hwb mock-llm` on a free port, stopped with the guard.
int startMock(QProcess &mock)
{
    mock.start(test::hwbExecutable(), {"mock-llm", "--port", "0", "--json"}, QIODevice::ReadOnly);
    if (!mock.waitForStarted())
        return 0;
    const QDeadlineTimer deadline(10000);
    while (!mock.canReadLine() && !deadline.hasExpired())
        mock.waitForReadyRead(int(deadline.remainingTime()));
    return QJsonDocument::fromJson(mock.readLine()).object().value("port").toInt();
}

// hwb with args, on a pseudo-terminal or with its output piped. script(1) (util-linux, on every Debian) runs it on
// the terminal; stdout and stderr both come back through it.
test::ProcessResult runHwb(const QStringList &args, bool terminal, const QStringList &env)
{
    if (!terminal)
        return test::runProcess(test::hwbExecutable(), args, {}, env, 60000);
    const QString script = QStandardPaths::findExecutable("script");
    if (script.isEmpty())
        qFatal("script(1) from util-linux is needed");
    QStringList quoted;
    for (const QString &a : QStringList{test::hwbExecutable()} + args)
        quoted << "'" + a + "'";
    return test::runProcess(script, {"-qec", quoted.join(' '), "/dev/null"}, {}, env, 60000);
}

// The last line of --json's output, after what the live line left on a terminal.
QJsonObject lastJsonLine(const QByteArray &stdOut)
{
    QByteArray last = stdOut.trimmed().split('\n').last();
    if (const qsizetype erased = last.lastIndexOf("\x1b[K"); erased >= 0)
        last = last.mid(erased + 3);
    return QJsonDocument::fromJson(last).object();
}
} // namespace

// Three requests into the mock's hang: a notice comes at the notice threshold (half the 2 s first-byte timeout
// here), long before the hang is named, on stderr whatever stdout's format; on a terminal a line counts the wait
// too. The cause is said once, in the summary, not once per request.
void TestFireHangCli::aWaitIsSaidWhileItLasts()
{
    QFETCH(bool, terminal);
    QFETCH(bool, json);
    QProcess mock;
    const int port = startMock(mock);
    QVERIFY(port > 0);
    const auto stopMock = qScopeGuard([&mock] { mock.kill(); mock.waitForFinished(); });

    QStringList args{"fire", QString("http://127.0.0.1:%1/v1").arg(port), "--header", "x-mock-fault: hang",
                     "-n", "3", "-c", "3", "--first-byte-timeout", "2"};
    if (json)
        args << "--json";
    const test::ProcessResult r = runHwb(args, terminal, {"LANG=C", "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    const QByteArray all = r.stdOut + r.stdErr;
    QCOMPARE(all.contains("3 in flight \xc2\xb7 no first byte yet \xc2\xb7 "), terminal);
    QCOMPARE(all.count("\x1b[K") > 0, terminal);
    QCOMPARE(all.count("No first byte after 1 s."), 1);
    QVERIFY2(all.contains("The request is named a hang at 2 s."), all.constData());
    if (!terminal)
        QVERIFY2(!r.stdOut.contains("No first byte after"), r.stdOut.constData()); // stdout is the run's alone
    if (json) {
        const QJsonObject hang = lastJsonLine(r.stdOut).value("summary").toObject().value("hang").toObject();
        QCOMPARE(hang.value("cause").toString(), "not-managed");
        return;
    }
    QCOMPARE(all.count("No gateway started by hwb listens on"), 1);
    QVERIFY2(all.contains("3 of 3 requests hung: no response byte in 2 s."), all.constData());
}

void TestFireHangCli::aStallIsSaidWhileItLasts_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::newRow("terminal") << true;
    QTest::newRow("pipe") << false;
}

// The mock's stall: the stream starts and then sends nothing. The live line stops saying "receiving" and a notice
// comes halfway to the 2 s idle timeout, before the request is named stalled.
void TestFireHangCli::aStallIsSaidWhileItLasts()
{
    QFETCH(bool, terminal);
    QProcess mock;
    const int port = startMock(mock);
    QVERIFY(port > 0);
    const auto stopMock = qScopeGuard([&mock] { mock.kill(); mock.waitForFinished(); });

    const QStringList args{"fire", QString("http://127.0.0.1:%1/v1").arg(port), "--header", "x-mock-fault: stall",
                           "--idle-timeout", "2", "--json"};
    const test::ProcessResult r = runHwb(args, terminal, {"LANG=C", "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    const QByteArray all = r.stdOut + r.stdErr;
    QCOMPARE(all.contains("1 in flight \xc2\xb7 no data for 1."), terminal);
    QCOMPARE(all.count("No data for 1 s since the response started"), 1);
    QVERIFY2(all.contains("The request is named stalled at 2 s without data."), all.constData());
    QCOMPARE(lastJsonLine(r.stdOut).value("summary").toObject().value("outcomes").toObject().value("stalled").toInt(), 1);
}

void TestFireHangCli::aHangingBatchStopsAfterItsFirstRound_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("-c 2") << 2
                          << QByteArray("Stopped after the first 2 requests: every one hung, so hwb held back the "
                                        "remaining 4. The rest would most likely hang the same way, 0.3 s a round. Run "
                                        "it again with --no-early-stop to fire all 6.");
    QTest::newRow("-c 1") << 1
                          << QByteArray("Stopped after the first request: it hung, so hwb held back the remaining 5. The "
                                        "rest would most likely hang the same way, 0.3 s each. Run it again with "
                                        "--no-early-stop to fire all 6.");
}

// 6 requests into a hang: once the whole first round hung, the rest are not fired (they waited one first-byte
// timeout a round, saying the same hang each time). People read why and how to fire them all, before the figures;
// scripts read it in the summary; the stored and exported run keep it. A stopped batch fails.
void TestFireHangCli::aHangingBatchStopsAfterItsFirstRound()
{
    QFETCH(int, concurrency);
    QFETCH(QByteArray, said);
    QTemporaryDir dir;
    const QStringList env{"HWB_RUN_HISTORY_FILE=" + dir.filePath("runs.sqlite"), "LANG=C", "XDG_DATA_HOME=" + m_home.path()};
    const QStringList args{"fire", url("/hang-before-headers"), "-n", "6", "-c", QString::number(concurrency),
                           "--first-byte-timeout", "0.3"};
    const auto human = test::runProcess(test::hwbExecutable(), args + QStringList{"--label", "stopped", "--export",
                                                                                  dir.filePath("run.json")},
                                        {}, env);
    QCOMPARE(human.exitCode, 1);
    QCOMPARE(human.stdOut.count("hang_no_first_byte  "), concurrency);
    const qsizetype stop = human.stdOut.indexOf(said);
    QVERIFY2(stop > 0, human.stdOut.constData());
    QVERIFY(stop < human.stdOut.indexOf(" requests hung: no response byte")); // the figures and the cause follow
    QVERIFY(human.stdOut.contains(QString("%1 of %1 requests hung").arg(concurrency).toUtf8()));

    const auto json = test::runProcess(test::hwbExecutable(), args + QStringList{"--json"}, {}, env);
    QCOMPARE(json.exitCode, 1);
    const QList<QByteArray> lines = json.stdOut.trimmed().split('\n');
    QCOMPARE(lines.size(), concurrency + 1);
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object().value("summary").toObject();
    QCOMPARE(summary.value("n").toInt(), concurrency); // what was fired
    QCOMPARE(summary.value("outcomes").toObject().value("hang_no_first_byte").toInt(), concurrency);
    QCOMPARE(summary.value("stopped_early").toString(), "first_round_hung");
    QCOMPARE(summary.value("not_fired").toInt(), 6 - concurrency);

    const auto listed = test::runProcess(test::hwbExecutable(), {"runs"}, {}, env);
    QVERIFY2(listed.stdOut.contains(QString("stopped  %1 (stopped early, %2 not fired), 0 ok, %3 hung")
                                        .arg(concurrency == 1 ? "1 request" : QString("%1 requests").arg(concurrency))
                                        .arg(6 - concurrency)
                                        .arg(concurrency)
                                        .toUtf8()),
             listed.stdOut.constData());
    const auto stored = test::runProcess(test::hwbExecutable(), {"runs", "--json"}, {}, env);
    const QJsonObject storedSummary = QJsonDocument::fromJson(stored.stdOut).array().first().toObject().value("summary").toObject();
    QCOMPARE(storedSummary.value("stopped_early").toString(), "first_round_hung");
    QCOMPARE(storedSummary.value("not_fired").toInt(), 6 - concurrency);
    const QJsonObject exported = QJsonDocument::fromJson(test::readFile(dir.filePath("run.json"))).object();
    QCOMPARE(exported.value("run").toObject().value("n").toInt(), 6); // what was asked for
    QCOMPARE(exported.value("requests").toArray().size(), concurrency);
    QCOMPARE(exported.value("summary").toObject().value("not_fired").toInt(), 6 - concurrency);
}

// Asked for on purpose, every request is fired into the hang, and nothing says the run stopped.
void TestFireHangCli::noEarlyStopFiresThemAll()
{
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url("/hang-before-headers"), "-n", "4", "-c", "2", "--first-byte-timeout",
                                     "0.3", "--no-early-stop", "--json"},
                                    {}, {"LANG=C", "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object().value("summary").toObject();
    QCOMPARE(summary.value("n").toInt(), 4);
    QVERIFY(summary.value("stopped_early").isNull());
    QCOMPARE(summary.value("not_fired").toInt(), 0);
    const auto human = test::runProcess(test::hwbExecutable(),
                                        {"fire", url("/hang-before-headers"), "-n", "4", "-c", "2", "--first-byte-timeout",
                                         "0.3", "--no-early-stop"},
                                        {}, {"LANG=C", "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(human.stdOut.count("hang_no_first_byte  "), 4);
    QVERIFY(!human.stdOut.contains("Stopped after"));
}

// A gateway run with podman (or a docker not on PATH) is known by the engine --engine names: asked which container
// listens at the URL, it is the one whose answer names the plugin. Here a /bin/sh engine answers for the fault
// server's port as a gateway container of ai-proxy-lite would.
void TestFireHangCli::theEngineOptionIsTheOneAsked()
{
    QTemporaryDir dir;
    const QString engine = test::writeFakeEngine(dir.path(), "ai-proxy-lite", m_port);
    const auto r = test::runProcess(test::hwbExecutable(), {"fire", url("/hang-before-headers"), "--first-byte-timeout",
                                                            "0.3", "--json", "--engine", engine}, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = QJsonDocument::fromJson(r.stdOut.trimmed().split('\n').last()).object()["summary"].toObject();
    QVERIFY2(summary["hang"].toObject()["plugin"].toString() == "ai-proxy-lite", r.stdOut.constData());
    QFile asked(dir.filePath("asked"));
    QVERIFY(asked.open(QIODevice::ReadOnly));
    QVERIFY(asked.readAll().startsWith("ps "));
}

QTEST_GUILESS_MAIN(TestFireHangCli)
#include "tst_firehangcli.moc"
