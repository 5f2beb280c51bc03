#include "FaultServer.h"
#include "TestSupport.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace hwb;

// `hwb fire` as scripts use it: the BRIEF §5 lines against the fault server running as its own process.
class TestFireCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jsonContract();
    void exitCodes_data();
    void exitCodes();
    void humanOutputAndKeyRedaction();
    void usageErrors_data();
    void usageErrors();
    void urlCredentialsAreMasked_data();
    void urlCredentialsAreMasked();
    void anUnreadableTemplateIsNamed_data();
    void anUnreadableTemplateIsNamed();
    void savedRunsListAndCompare();
    void interruptKeepsTheRun_data();
    void interruptKeepsTheRun();
    void exportWrittenNowhereFails();
    void unreachableUpstreamIsExplained();
    void mockBaseUrlIsWhatFireTakes();
    void aBodyFileKeepsTheTemplatesEndpointAndHeaders();
    void theOpenFileLimitIsNotTheServers();
    void aHangThroughAGatewayRunningAnUntaggedModuleNamesTheModule();
    void aWaitIsShownLiveOnATerminalOnly_data();
    void aWaitIsShownLiveOnATerminalOnly();
    void aHangingBatchStopsAfterItsFirstRound_data();
    void aHangingBatchStopsAfterItsFirstRound();
    void noEarlyStopFiresThemAll();
    void theEngineOptionIsTheOneAsked();

private:
    QString url(const QString &path) const { return QString("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    QProcess m_server;
    int m_port = 0;
    FaultServer m_local; // in this process, for tests that must see a request in flight
    QTemporaryDir m_home;
    QTemporaryDir m_engineDir;
};

void TestFireCli::initTestCase()
{
    qunsetenv("HWB_DATA_DIR"); // the hwb it starts find their templates through XDG_DATA_HOME, as users' do
    // hwb asks the container engine what listens at the URL. A docker that CI's docker tests keep busy may take
    // longer than hwb waits ("did not answer in time"); an engine that answers "no gateway" at once keeps these
    // tests about fire. The hwb they start inherit it.
    QVERIFY(m_engineDir.isValid());
    qputenv("HWB_DOCKER", QFile::encodeName(test::writeFakeEngine(m_engineDir.path(), QString(), 0)));
    m_server.start(test::binaryDir() + "/tests/hwb-fault-server", {});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(m_server.waitForReadyRead(10000));
    m_port = m_server.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
    QVERIFY(m_local.listen());
}

void TestFireCli::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

void TestFireCli::jsonContract()
{
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url("/stream?tokens=3"), "-n", "4", "-c", "2", "--json"}, {},
                                    {"XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QSet<int> indexes;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        for (const char *key : {"i", "outcome", "status", "ttfb_ms", "ttft_ms", "total_ms", "itl_ms", "chunks",
                                "output_tokens", "bytes", "error"})
            QVERIFY2(o.contains(key), key);
        for (const char *key : {"p50", "p90", "max"})
            QVERIFY(o.value("itl_ms").toObject().contains(key));
        QCOMPARE(o.value("outcome").toString(), QString("ok"));
        QCOMPARE(o.value("status").toInt(), 200);
        QCOMPARE(o.value("output_tokens").toInt(), 3);
        QVERIFY(o.value("error").isNull());
        indexes.insert(o.value("i").toInt());
    }
    QCOMPARE(indexes, (QSet<int>{0, 1, 2, 3}));
    const QJsonObject summary = QJsonDocument::fromJson(lines[4]).object().value("summary").toObject();
    QCOMPARE(summary.value("n").toInt(), 4);
    QCOMPARE(summary.value("ok").toInt(), 4);
    QCOMPARE(summary.value("outcomes").toObject().value("ok").toInt(), 4);
    QCOMPARE(summary.value("status").toObject().value("200").toInt(), 4);
    for (const char *key : {"ttfb_ms", "ttft_ms", "total_ms"})
        QVERIFY(summary.value(key).toObject().contains("p99"));
    QVERIFY(summary.value("rps").toDouble() > 0);
    QVERIFY(summary.contains("stopped_early") && summary.value("stopped_early").isNull()); // a healthy batch runs whole
    QCOMPARE(summary.value("not_fired").toInt(-1), 0);
}

void TestFireCli::exitCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("hang") << "/hang-before-headers" << "hang_no_first_byte";
    QTest::newRow("500") << "/status/500" << "http_error";
    QTest::newRow("truncated") << "/truncated" << "truncated";
}

void TestFireCli::exitCodes()
{
    QFETCH(QString, path);
    QFETCH(QString, outcome);
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url(path), "--first-byte-timeout", "0.3", "--idle-timeout", "0.3", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.stdOut.split('\n').first()).object();
    QCOMPARE(o.value("outcome").toString(), outcome);
    QVERIFY(!o.value("error").toString().isEmpty());
}

void TestFireCli::humanOutputAndKeyRedaction()
{
    const QString key = "sk-test-0123456789abcdef";
    const QString exported = m_home.filePath("run.json");
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url("/hang-before-headers"), "--first-byte-timeout", "0.3",
                                     "--header", "X-Api-Key: " + key, "--header", "X-Auth-Token: tok_secret_9999",
                                     "--export", exported},
                                    {}, {"HWB_API_KEY=" + key, "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdOut.contains("hang_no_first_byte"), r.stdOut.constData());
    // Not a gateway hwb started: no gateway is said to have accepted anything.
    QVERIFY(r.stdOut.contains("No gateway started by hwb listens on 127.0.0.1:"));
    QVERIFY(!r.stdOut.contains("gateway accepted"));
    QVERIFY(r.stdOut.contains("hwb inspect"));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("[REDACTED]"));
    for (const QByteArray &secret : {key.toUtf8(), QByteArray("tok_secret_9999")}) {
        QVERIFY2(!json.contains(secret), json.constData());
        QVERIFY(!r.stdOut.contains(secret));
        QVERIFY(!r.stdErr.contains(secret));
    }
}

void TestFireCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stderrContains");
    QTest::newRow("no url") << QStringList{"fire"} << QByteArray("exactly one URL");
    QTest::newRow("bad template") << QStringList{"fire", "http://127.0.0.1:1/", "--template", "nope"} << QByteArray("no template named");
    QTest::newRow("bad n") << QStringList{"fire", "http://127.0.0.1:1/", "-n", "0"} << QByteArray("-n");
    QTest::newRow("bad header") << QStringList{"fire", "http://127.0.0.1:1/", "--header", "nocolon"} << QByteArray("Name: value");
    QTest::newRow("bad timeout") << QStringList{"fire", "http://127.0.0.1:1/", "--timeout", "x"} << QByteArray("--timeout");
    // Refused before firing: port 1 refuses connections, so a run would exit 1, not 2.
    QTest::newRow("export nowhere") << QStringList{"fire", "http://127.0.0.1:1/", "--export", "/proc/nope/x.json"}
                                    << QByteArray("cannot write /proc/nope/x.json");
}

void TestFireCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stderrContains);
    const auto r = test::runProcess(test::hwbExecutable(), args, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stdErr.contains(stderrContains), r.stdErr.constData());
}

void TestFireCli::urlCredentialsAreMasked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said");
    // Port 1 refuses: the run is printed, stored and exported, and its error names the host and port alone.
    QTest::newRow("refused") << "http://alice:hunter2pass@127.0.0.1:1/v1?key=AIzaSyQSECRET1" << 1
                             << QByteArray("Connection refused by 127.0.0.1:1:");
    QTest::newRow("not http(s)") << "ftp://alice:hunter2pass@127.0.0.1/v1?key=AIzaSyQSECRET1" << 2
                                 << QByteArray("not an http(s) URL: ftp://alice:[REDACTED]@127.0.0.1/v1?key=[REDACTED]");
}

// A password or key in the URL reaches no output: not the lines, not the errors, not the export, not the history.
void TestFireCli::urlCredentialsAreMasked()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);
    QTemporaryDir dir;
    const QStringList env{"HWB_RUN_HISTORY_FILE=" + dir.filePath("runs.sqlite"), "LANG=C"};
    const auto fired = test::runProcess(test::hwbExecutable(),
                                        {"fire", url, "--label", "x", "--export", dir.filePath("run.json")}, {}, env);
    QCOMPARE(fired.exitCode, exitCode);
    const QByteArray output = fired.stdOut + fired.stdErr;
    QVERIFY2(output.contains(said), output.constData());
    const auto listed = test::runProcess(test::hwbExecutable(), {"runs"}, {}, env);
    const auto listedJson = test::runProcess(test::hwbExecutable(), {"runs", "--json"}, {}, env);
    QByteArray stored;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        stored += test::readFile(dir.filePath(name));
    for (const QByteArray &secret : {QByteArray("hunter2pass"), QByteArray("AIzaSyQSECRET1")}) {
        for (const QByteArray &out : {fired.stdOut, fired.stdErr, listed.stdOut, listedJson.stdOut, stored})
            QVERIFY2(!out.contains(secret), out.constData());
    }
    if (exitCode == 1) { // the run keeps the URL without its password, not a masked one
        const QJsonArray runs = QJsonDocument::fromJson(listedJson.stdOut).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject().value("url").toString(), QString("http://alice@127.0.0.1:1/v1?key=[REDACTED]"));
    }
}

void TestFireCli::anUnreadableTemplateIsNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a name of its own") << "hand-edited";
    QTest::newRow("a bundled one's name") << "openai-chat"; // not passed over for the bundled template it shadows
}

// A saved template broken by hand: fire says the file cannot be read and where, not that no template has that
// name, and --list-templates says why it is missing without spoiling the JSON list on stdout.
void TestFireCli::anUnreadableTemplateIsNamed()
{
    QFETCH(QString, name);
    QTemporaryDir home;
    const QString folder = home.filePath("higress-workbench/templates");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + "/" + name + ".json";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"name\": \"" + name.toUtf8() + "\",\n  \"body\": {\"model\": \"m\",}\n}\n");
    file.close();
    const QStringList env{"XDG_DATA_HOME=" + home.path(), "LANG=C"};
    const QByteArray said = QString("the saved template '%1' cannot be read: %2: line 3, column ").arg(name, path).toUtf8();

    const auto fired = test::runProcess(test::hwbExecutable(), {"fire", "http://127.0.0.1:1/", "--template", name}, {}, env);
    QCOMPARE(fired.exitCode, 2);
    QVERIFY2(fired.stdErr.contains(said), fired.stdErr.constData());

    const auto listed = test::runProcess(test::hwbExecutable(), {"fire", "--list-templates", "--json"}, {}, env);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(listed.stdOut).isArray());
    QVERIFY2(listed.stdErr.contains(QString("warning: %1 is not listed, it cannot be read: line 3").arg(path).toUtf8()),
             listed.stdErr.constData());
}

void TestFireCli::savedRunsListAndCompare()
{
    // Two labelled runs, the second with a much quicker first byte, then the comparison a script would read.
    QTemporaryDir dir;
    const QStringList env{"HWB_RUN_HISTORY_FILE=" + dir.filePath("runs.sqlite"), "LANG=C"};
    const auto none = test::runProcess(test::hwbExecutable(), {"runs", "compare"}, {}, env);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.stdErr.contains("needs two stored runs"), none.stdErr.constData());
    for (const auto &[label, firstMs] : {std::pair{"slow", "150"}, std::pair{"fast", "5"}}) {
        const auto fired = test::runProcess(test::hwbExecutable(),
                                            {"fire", url(QString("/stream?tokens=3&headers_ms=") + firstMs), "-n", "4",
                                             "--label", label},
                                            {}, env);
        QCOMPARE(fired.exitCode, 0);
    }

    const auto listed = test::runProcess(test::hwbExecutable(), {"runs", "--json"}, {}, env);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray runs = QJsonDocument::fromJson(listed.stdOut).array();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].toObject().value("label").toString(), QString("fast")); // newest first
    QCOMPARE(runs[0].toObject().value("summary").toObject().value("n").toInt(), 4);
    const int slowId = runs[1].toObject().value("id").toInt(), fastId = runs[0].toObject().value("id").toInt();

    const auto compared = test::runProcess(test::hwbExecutable(),
                                           {"runs", "compare", QString::number(slowId), QString::number(fastId), "--json"},
                                           {}, env);
    QCOMPARE(compared.exitCode, 0);
    const QJsonObject c = QJsonDocument::fromJson(compared.stdOut).object();
    QCOMPARE(c.value("a").toObject().value("label").toString(), QString("slow"));
    QCOMPARE(c.value("b").toObject().value("label").toString(), QString("fast"));
    // In UTC, spelled with a Z on every Qt the project builds with (Qt 6.4 wrote +00:00 for a time-zone UTC).
    const QString started = c.value("a").toObject().value("started_at").toString();
    QVERIFY2(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)").match(started).hasMatch(), qPrintable(started));
    QHash<QString, QJsonObject> metrics;
    for (const QJsonValue &m : c.value("metrics").toArray())
        metrics.insert(m.toObject().value("id").toString(), m.toObject());
    const QJsonObject ttfb = metrics.value("ttfb_p50_ms");
    QVERIFY2(ttfb.value("a").toDouble() >= 150 && ttfb.value("b").toDouble() < 100, QJsonDocument(ttfb).toJson().constData());
    QVERIFY(ttfb.value("change_percent").toDouble() < -30);
    QCOMPARE(ttfb.value("direction").toString(), QString("better"));
    QCOMPARE(metrics.value("requests").value("direction").toString(), QString("same"));
    QCOMPARE(metrics.value("hang_no_first_byte").value("a").toDouble(), 0.0);

    // The same two by default (newest against the one before), for people.
    const auto human = test::runProcess(test::hwbExecutable(), {"runs", "compare"}, {}, env);
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.stdOut.contains(QByteArray("A: #" + QByteArray::number(slowId) + " slow")));
    QVERIFY(human.stdOut.contains("TTFB p50 ms"));
    QVERIFY(human.stdOut.contains("better"));
    const auto unknown = test::runProcess(test::hwbExecutable(), {"runs", "compare", "9999", QString::number(fastId)}, {}, env);
    QCOMPARE(unknown.exitCode, 2); // as an unknown plugin: a mistake in the command
    QVERIFY(unknown.stdErr.contains("No run 9999"));
}

void TestFireCli::interruptKeepsTheRun_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("Ctrl-C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

// Stopped while a request hangs: the request is cancelled, and its line, the summary, the stored run and the
// export are all still there; the exit status is a shell's for an interrupted command.
void TestFireCli::interruptKeepsTheRun()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HWB_RUN_HISTORY_FILE", dir.filePath("runs.sqlite"));
    QProcess fire;
    fire.setProcessEnvironment(env);
    QTRY_COMPARE(m_local.activeConnections(), 0);
    fire.start(test::hwbExecutable(), {"fire", m_local.url("/hang-before-headers"), "-n", "3", "--json", "--label", "x",
                                       "--export", dir.filePath("run.json")});
    QTRY_COMPARE(m_local.activeConnections(), 1);
    QCOMPARE(::kill(pid_t(fire.processId()), signal), 0);
    QTRY_COMPARE_WITH_TIMEOUT(fire.state(), QProcess::NotRunning, 20000);
    QCOMPARE(fire.exitStatus(), QProcess::NormalExit);
    QCOMPARE(fire.exitCode(), 130);

    const QList<QByteArray> lines = fire.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value("outcome").toString(), QString("cancelled"));
    const QJsonObject summary = QJsonDocument::fromJson(lines[1]).object().value("summary").toObject();
    QCOMPARE(summary.value("n").toInt(), 1);
    QCOMPARE(summary.value("outcomes").toObject().value("cancelled").toInt(), 1);
    QCOMPARE(summary.value("stopped_early").toString(), "cancelled");
    QCOMPARE(summary.value("not_fired").toInt(), 2);

    const auto runs = test::runProcess(test::hwbExecutable(), {"runs", "--json"}, {},
                                       {"HWB_RUN_HISTORY_FILE=" + dir.filePath("runs.sqlite")});
    const QJsonArray stored = QJsonDocument::fromJson(runs.stdOut).array();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].toObject().value("label").toString(), QString("x"));
    QVERIFY(test::readFile(dir.filePath("run.json")).contains("cancelled"));
}

// The export's folder goes away while the run is in flight: the run still completes, and hwb says it could not
// write the file and exits non-zero (it exited 0).
void TestFireCli::exportWrittenNowhereFails()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("gone");
    QVERIFY(QDir().mkpath(folder));
    QProcess fire;
    QTRY_COMPARE(m_local.activeConnections(), 0);
    fire.start(test::hwbExecutable(), {"fire", m_local.url("/stream?tokens=2&first_ms=1000"), "--export", folder + "/run.json"});
    // The server runs on this thread: nothing is answered between seeing the connection and removing the folder.
    QTRY_COMPARE(m_local.activeConnections(), 1);
    QVERIFY(QDir(folder).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(fire.state(), QProcess::NotRunning, 20000);
    QVERIFY2(fire.readAllStandardOutput().contains("1 request, 1 ok"), "the request itself succeeded");
    QCOMPARE(fire.exitCode(), 1);
    QVERIFY(fire.readAllStandardError().contains(QByteArray("cannot write " + folder.toUtf8() + "/run.json")));
}

// A gateway container whose upstream (hwb mock-llm on 127.0.0.1) it cannot reach answers 503 from Envoy itself;
// "http_error 503" alone sent users looking at the plugin. The error quotes Envoy and says what to change.
void TestFireCli::unreachableUpstreamIsExplained()
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

// `hwb mock-llm` prints a base URL ending in /v1; pasted into `hwb fire` as it is, every template reaches its endpoint
// (it was sent to /v1 itself: 404). A 404 lists every endpoint the mock serves.
// --body FILE replaces the template's body only. Sent raw to the URL as typed, a body for the mock's own base URL
// went to /v1 (404 Not Found), without the Authorization header that carries $HWB_API_KEY.
void TestFireCli::aBodyFileKeepsTheTemplatesEndpointAndHeaders()
{
    QTcpServer capture;
    QVERIFY(capture.listen(QHostAddress::LocalHost));
    QByteArray seen;
    connect(&capture, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = capture.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            seen += socket->readAll();
            const qsizetype end = seen.indexOf("\r\n\r\n");
            const QRegularExpressionMatch length = QRegularExpression("(?i)content-length: *(\\d+)").match(QString::fromLatin1(seen));
            if (end < 0 || !length.hasMatch() || seen.size() < end + 4 + length.captured(1).toInt())
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    });
    const QString body = m_home.filePath("body.json");
    test::writeFile(body, "{\"model\": \"mine\", \"messages\": []}");
    const QString key = "sk-body-file-0123456789";
    const auto r = test::runProcessServing(test::hwbExecutable(),
                                           {"fire", QString("http://127.0.0.1:%1/v1").arg(capture.serverPort()), "--body", body,
                                            "--template", "openai-chat", "--json"},
                                           {}, {"LANG=C", "HWB_API_KEY=" + key});
    QVERIFY2(r.exitCode == 0, r.stdOut.constData());
    QVERIFY2(seen.startsWith("POST /v1/chat/completions HTTP/1.1\r\n"), seen.constData());
    QVERIFY2(seen.contains(QByteArray("\r\nAuthorization: Bearer " + key.toUtf8() + "\r\n")), seen.constData());
    QVERIFY2(seen.endsWith("\r\n\r\n{\"model\": \"mine\", \"messages\": []}"), seen.constData());
    QVERIFY2(!r.stdErr.contains("not set"), r.stdErr.constData()); // the template's own body is not sent
    QVERIFY(!r.stdOut.contains(key.toUtf8()));
}

// 200 requests at once in a shell limited to 128 open files: the batch said "reset" 70 times, blaming the server
// for what failed on this machine. hwb raises the soft limit to the hard one first, warns when even that is too low,
// and names the limit in each request that ran into it.
void TestFireCli::theOpenFileLimitIsNotTheServers()
{
    const QString fire = QString("exec '%1' fire '%2' -n 200 -c 200 --json").arg(test::hwbExecutable(), url("/stream?tokens=2&first_ms=1000"));
    const auto capped = test::runProcess("/bin/sh", {"-c", "ulimit -Sn 128 && ulimit -Hn 128 && " + fire}, {}, {"LANG=C"});
    QVERIFY2(capped.stdErr.contains("-c 200 needs about 264 open files, and this process may open 128 (ulimit -n)"),
             capped.stdErr.constData());
    QVERIFY2(capped.stdOut.contains("could not open another connection") && capped.stdOut.contains("open-file limit"),
             capped.stdOut.left(2000).constData());
    // A soft limit under a hard one is raised: every request gets its socket.
    const auto raised = test::runProcess("/bin/sh", {"-c", "ulimit -Sn 128 && " + fire}, {}, {"LANG=C"});
    QCOMPARE(raised.exitCode, 0);
    QVERIFY2(!raised.stdErr.contains("open files"), raised.stdErr.constData());
    const QJsonObject summary = QJsonDocument::fromJson(raised.stdOut.trimmed().split('\n').last()).object().value("summary").toObject();
    QCOMPARE(summary.value("ok").toInt(), 200);
}

// The story of the product, from the command line: a managed gateway runs ai-proxy-lite built without its .buildrc
// tag, and requests through it hang. hwb fire gave the check no .buildrc, so the untagged module only warned,
// "passed its check", and the hang was blamed on the upstream. The plugin's folder now comes from the workspace the
// container was started from.
void TestFireCli::aHangThroughAGatewayRunningAnUntaggedModuleNamesTheModule()
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

void TestFireCli::mockBaseUrlIsWhatFireTakes()
{
    QProcess mock;
    mock.start(test::hwbExecutable(), {"mock-llm", "--port", "0", "--ttft-ms", "0", "--itl-ms", "0", "--tokens", "2"},
               QIODevice::ReadOnly);
    QVERIFY(mock.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(mock.canReadLine(), 10000);
    const QString banner = QString::fromUtf8(mock.readLine());
    const QRegularExpressionMatch m = QRegularExpression("listening on (http://\\S+/v1) ").match(banner);
    QVERIFY2(m.hasMatch(), qPrintable(banner));
    const QString base = m.captured(1);
    QTRY_VERIFY(mock.canReadLine());
    QCOMPARE(QString::fromUtf8(mock.readLine()).trimmed(), "Try it: hwb fire " + base);
    for (const char *name : {"openai-chat-stream", "openai-chat", "anthropic-messages", "embeddings"}) {
        const auto r = test::runProcess(test::hwbExecutable(), {"fire", base, "--template", name, "--json"}, {}, {"LANG=C"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString("%1: %2").arg(name, QString::fromUtf8(r.stdOut))));
    }
    const auto missing = test::runProcess(test::hwbExecutable(), {"fire", base + "/nope", "--json"}, {}, {"LANG=C"});
    const QString error = QJsonDocument::fromJson(missing.stdOut.split('\n').first()).object().value("error").toString();
    QVERIFY2(error.contains("POST /v1/embeddings") && error.contains("GET /v1/models"), qPrintable(error));
    mock.terminate();
    QVERIFY(mock.waitForFinished(5000));
}

void TestFireCli::aWaitIsShownLiveOnATerminalOnly_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("live");
    QTest::newRow("terminal") << true << false << true;
    QTest::newRow("terminal, --json") << true << true << false;
    QTest::newRow("pipe") << false << false << false;
}

// Three requests into the mock's hang: on a terminal a line counts the wait and a notice comes at the notice
// threshold (half the 2 s first-byte timeout here), long before the hang is named; scripts see none of it. The
// cause is said once, in the summary, not once per request.
void TestFireCli::aWaitIsShownLiveOnATerminalOnly()
{
    QFETCH(bool, terminal);
    QFETCH(bool, json);
    QFETCH(bool, live);
    QProcess mock;
    mock.start(test::hwbExecutable(), {"mock-llm", "--port", "0", "--json"}, QIODevice::ReadOnly);
    QVERIFY(mock.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(mock.canReadLine(), 10000);
    const int port = QJsonDocument::fromJson(mock.readLine()).object().value("port").toInt();
    QVERIFY(port > 0);
    const auto stopMock = qScopeGuard([&mock] { mock.kill(); mock.waitForFinished(); });

    QStringList args{"fire", QString("http://127.0.0.1:%1/v1").arg(port), "--header", "x-mock-fault: hang",
                     "-n", "3", "-c", "3", "--first-byte-timeout", "2"};
    if (json)
        args << "--json";
    const QStringList env{"LANG=C", "XDG_DATA_HOME=" + m_home.path()};
    test::ProcessResult r;
    if (terminal) {
        // script(1) (util-linux, on every Debian) runs hwb on a pseudo-terminal; stdout and stderr both come back
        // through it.
        const QString script = QStandardPaths::findExecutable("script");
        QVERIFY2(!script.isEmpty(), "script(1) from util-linux is needed");
        QStringList quoted;
        for (const QString &a : QStringList{test::hwbExecutable()} + args)
            quoted << "'" + a + "'";
        r = test::runProcess(script, {"-qec", quoted.join(' '), "/dev/null"}, {}, env, 60000);
    } else {
        r = test::runProcess(test::hwbExecutable(), args, {}, env, 60000);
    }
    QCOMPARE(r.exitCode, 1);
    const QByteArray all = r.stdOut + r.stdErr;
    QCOMPARE(all.contains("3 in flight \xc2\xb7 no first byte yet \xc2\xb7 "), live);
    QCOMPARE(all.contains("No first byte after 1 s."), live);
    QCOMPARE(all.contains("The request is named a hang at 2 s."), live);
    QCOMPARE(all.count("\x1b[K") > 0, live);
    if (json) {
        const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
        const QJsonObject hang = QJsonDocument::fromJson(lines.last()).object().value("summary").toObject().value("hang").toObject();
        QCOMPARE(hang.value("cause").toString(), "not-managed");
        return;
    }
    QCOMPARE(all.count("No gateway started by hwb listens on"), 1);
    QVERIFY2(all.contains("3 of 3 requests hung: no response byte in 2 s."), all.constData());
}

void TestFireCli::aHangingBatchStopsAfterItsFirstRound_data()
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
void TestFireCli::aHangingBatchStopsAfterItsFirstRound()
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
void TestFireCli::noEarlyStopFiresThemAll()
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
void TestFireCli::theEngineOptionIsTheOneAsked()
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

QTEST_GUILESS_MAIN(TestFireCli)
#include "tst_firecli.moc"
