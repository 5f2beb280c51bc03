#include "FireCliTest.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace hwb;

// `hwb fire` as scripts use it: the BRIEF §5 lines against the fault server running as its own process.
class TestFireCli : public FireCliTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServers(); }
    void cleanupTestCase() { stopServers(); }
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
    void mockBaseUrlIsWhatFireTakes();
    void aBodyFileKeepsTheTemplatesEndpointAndHeaders();
    void theOpenFileLimitIsNotTheServers();
};

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
                                     "--header", "Ocp-Apim-Subscription-Key: AUDITSUBSCRIPTION0042", "--export", exported},
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
    for (const QByteArray &secret : {key.toUtf8(), QByteArray("tok_secret_9999"), QByteArray("AUDITSUBSCRIPTION0042")}) {
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
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n"
                          "Connection: close\r\n\r\n{\"choices\":[]}");
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

// `hwb mock-llm` prints a base URL ending in /v1; pasted into `hwb fire` as it is, every template reaches its endpoint
// (it was sent to /v1 itself: 404). A 404 lists every endpoint the mock serves.
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

QTEST_GUILESS_MAIN(TestFireCli)
#include "tst_firecli.moc"
