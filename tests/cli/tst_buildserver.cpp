// The build server (docs/build-server.md) as users meet it through `hwb build`: it starts with the first build and
// serves the next ones in the client's folder, environment, umask and streams; Ctrl-C and a client that dies
// cancel the served build; a busy server sends a second build home to build by itself; it never listens where
// others may enter; and `hwb build-server` shows and stops it. Real Go builds and real processes throughout.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace hwb;

class TestBuildServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void firstBuildStartsTheServerTheNextAreServed();
    void buildRunsInTheClientsFolderEnvironmentAndUmask();
    void exitCodeAndHistoryAreTheClients();
    void otherLocaleGetsAServerOfItsOwn();
    void languageSettingReachesTheNextServedBuild();
    void interruptCancelsTheServedBuild();
    void clientThatDiesCancelsItsBuild();
    void busyServerSendsASecondBuildHome();
    void serverLostMidBuildIsSaid();
    void folderOthersMayEnterIsNeverUsed();
    void stopEndsTheServer();
    void readerThatLeftDoesNotSilenceTheNextBuild();
    void dataFolderIsTheClients();
    void stopAllEndsEveryServer();

private:
    QStringList environment(const QStringList &extra = {}) const
    {
        return QStringList{"HWB_BUILD_SERVER=1", "XDG_RUNTIME_DIR=" + m_runtime, "LANG=C",
                           "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")}
               + extra;
    }
    test::ProcessResult hwb(const QStringList &args, const QStringList &extraEnv = {}, const QString &folder = {}) const
    {
        return test::runProcess(test::hwbExecutable(), args, folder, environment(extraEnv));
    }
    QJsonObject status(const QStringList &extraEnv = {}) const
    {
        return QJsonDocument::fromJson(hwb({"build-server", "status", "--json"}, extraEnv).stdOut).object();
    }
    // A build's process, started without waiting for it: the launcher's pid is the process's.
    void startBuild(QProcess &build, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &e : environment())
            env.insert(e.section('=', 0, 0), e.section('=', 1));
        build.setProcessEnvironment(env);
        build.start(test::hwbExecutable(), QStringList{"build", "--workspace", m_workspace} + args);
    }
    // A served build that waits, once it runs: "started" on stderr (--json) and a sleep of `seconds`, a figure
    // no other process on the machine uses, so that it can be looked for. The caller checks
    // QTest::currentTestFailed().
    void startSlowBuild(QProcess &build, const QString &seconds, QByteArray *log) const
    {
        startBuild(build, {"key-auth-lite", "--mode", "custom", "--command", "echo started; sleep " + seconds + " & wait", "--json"});
        QTRY_VERIFY2_WITH_TIMEOUT((*log += build.readAllStandardError()).contains("started"), log->constData(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sleepRuns(seconds), 10000);
    }
    // The first build starts a server; the test goes on once it listens.
    void startServer() const
    {
        QCOMPARE(hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace}).exitCode, 0);
        waitForServer();
    }
    static bool sleepRuns(const QString &seconds)
    {
        for (QDirIterator it("/proc"); it.hasNext();) {
            QFile cmdline(it.next() + "/cmdline");
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == QByteArray("sleep") + '\0' + seconds.toUtf8() + '\0')
                return true;
        }
        return false;
    }
    void waitForServer(const QStringList &extraEnv = {}) const
    {
        QTRY_VERIFY_WITH_TIMEOUT(status(extraEnv).value("running").toBool(), 15000);
    }
    static QJsonObject lastJsonLine(const QByteArray &out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_runtime;
};

void TestBuildServer::initTestCase()
{
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    m_runtime = m_tmp.filePath("runtime");
    QVERIFY(test::makePrivateFolder(m_runtime));
    qputenv("HWB_BUILD_SERVER_IDLE_SECONDS", "60"); // a server the test forgets ends soon
}

// Every test starts with no server.
void TestBuildServer::init()
{
    hwb({"build-server", "stop"});
    QTRY_VERIFY_WITH_TIMEOUT(!status().value("running").toBool(), 10000);
}

void TestBuildServer::cleanupTestCase()
{
    // A stopping server still closes the history in m_tmp, and removes its socket: the folder goes after that.
    for (const QStringList &env : {QStringList{}, QStringList{"LANG=zh_CN.UTF-8"}}) {
        const auto pid = pid_t(status(env).value("pid").toInteger());
        hwb({"build-server", "stop"}, env);
        QTRY_VERIFY_WITH_TIMEOUT(pid == 0 || ::kill(pid, 0) != 0, 5000);
    }
}

void TestBuildServer::firstBuildStartsTheServerTheNextAreServed()
{
    QVERIFY(!status().value("running").toBool());
    const QStringList build{"build", "hello-world", "--mode", "go", "--workspace", m_workspace};
    const auto first = hwb(build + QStringList{"--json"});
    QCOMPARE(first.exitCode, 0);
    waitForServer();
    QCOMPARE(status().value("builds_served").toInt(), 0);
    // It keeps no client's folder in use between builds.
    const qint64 pid = status().value("pid").toInteger();
    QCOMPARE(QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid)), QStringLiteral("/"));

    const auto second = hwb(build + QStringList{"--json"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(status().value("builds_served").toInt(), 1);
    const QJsonObject local = lastJsonLine(first.stdOut);
    const QJsonObject served = lastJsonLine(second.stdOut);
    QCOMPARE(served.value("ok"), QJsonValue(true));
    QCOMPARE(served.value("artifact"), local.value("artifact"));
    QCOMPARE(served.value("sha256"), local.value("sha256"));
    QCOMPARE(served.value("verdict"), local.value("verdict"));

    // What a person reads arrives on the client's own stdout.
    const auto text = hwb(build);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.stdOut.startsWith("$ cd ") && text.stdOut.contains("\nSucceeded in "), text.stdOut.constData());
    QCOMPARE(status().value("builds_served").toInt(), 2);
}

// The build runs where the user typed it, with their variables and umask: the same as without a server.
void TestBuildServer::buildRunsInTheClientsFolderEnvironmentAndUmask()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const QString plugin = m_workspace + "/plugins/wasm-go/extensions/key-auth-lite";
    const QString script = "umask 027; exec \"$0\" build . --mode custom --command 'pwd; printenv HWB_TEST_MARKER; umask'";
    const auto served = test::runProcess("/bin/sh", {"-c", script + " 2>&1", test::hwbExecutable()}, plugin,
                                         environment({"HWB_TEST_MARKER=marker-7f3a"}));
    QVERIFY2(served.stdOut.contains(QByteArray("\n" + QFile::encodeName(plugin) + "\nmarker-7f3a\n0027\n")), served.stdOut.constData());
    QCOMPARE(status().value("builds_served").toInt(), 1);
    // The server's own folder, environment and umask are back: the next build does not inherit the last one's.
    const auto next = test::runProcess("/bin/sh", {"-c", "exec \"$0\" build key-auth-lite --workspace \"$1\" --mode custom "
                                                         "--command 'printenv HWB_TEST_MARKER || echo unset; umask'",
                                                   test::hwbExecutable(), m_workspace},
                                       {}, environment());
    const mode_t own = ::umask(0);
    ::umask(own);
    const QByteArray ownUmask = QByteArray::number(own, 8).rightJustified(4, '0');
    QVERIFY2(next.stdOut.contains(QByteArray("\nunset\n" + ownUmask + "\n")), next.stdOut.constData());
    QCOMPARE(status().value("builds_served").toInt(), 2);
}

void TestBuildServer::exitCodeAndHistoryAreTheClients()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const auto failing = hwb({"build", "key-auth-lite", "--workspace", m_workspace, "--mode", "custom", "--command",
                              "echo broken >&2; exit 7"});
    QCOMPARE(failing.exitCode, 7);
    QVERIFY2(failing.stdOut.contains("broken"), failing.stdOut.constData());
    QCOMPARE(status().value("builds_served").toInt(), 1);

    const QString otherHistory = m_tmp.filePath("other-history.sqlite");
    QCOMPARE(hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace}, {"HWB_HISTORY_FILE=" + otherHistory})
                 .exitCode,
             0);
    QCOMPARE(status().value("builds_served").toInt(), 2);
    const auto history = hwb({"history", "hello-world", "--json"}, {"HWB_HISTORY_FILE=" + otherHistory});
    QCOMPARE(QJsonDocument::fromJson(history.stdOut).array().size(), 1);
}

// The locale and the settings folder are read once by a Qt process: another value is another server.
void TestBuildServer::otherLocaleGetsAServerOfItsOwn()
{
    const QStringList build{"build", "hello-world", "--mode", "go", "--workspace", m_workspace};
    hwb(build);
    waitForServer();
    const QStringList chinese{"LANG=zh_CN.UTF-8"};
    QVERIFY(status().value("socket") != status(chinese).value("socket"));
    hwb(build, chinese);
    waitForServer(chinese);
    const auto served = hwb(build, chinese);
    QCOMPARE(served.exitCode, 0);
    QVERIFY2(served.stdOut.contains("模块已验证") || served.stdOut.contains("成功"), served.stdOut.constData());
    QCOMPARE(status(chinese).value("builds_served").toInt(), 1);
    QCOMPARE(status().value("builds_served").toInt(), 0);
}

// The language chosen in the window (Settings > Language, kept in the settings file) is the served builds' too,
// from the build after the change: the server keeps what it read only while the file stays the same.
void TestBuildServer::languageSettingReachesTheNextServedBuild()
{
    const QString config = m_tmp.filePath("config-language");
    const QString settings = config + "/higress-workbench/higress-workbench.conf";
    const QStringList env{"XDG_CONFIG_HOME=" + config};
    const QStringList build{"build", "hello-world", "--mode", "go", "--workspace", m_workspace};
    QVERIFY(QDir().mkpath(QFileInfo(settings).path()));
    test::writeFile(settings, "[ui]\nlanguage=en\n");
    QCOMPARE(hwb(build, env).exitCode, 0);
    waitForServer(env);
    for (const char *language : {"en", "zh_CN", "en"}) {
        test::writeFile(settings, QByteArray("[ui]\nlanguage=") + language + "\n");
        const auto served = hwb(build, env);
        QCOMPARE(served.exitCode, 0);
        QCOMPARE(served.stdOut.contains("Succeeded in"), language == QByteArray("en"));
    }
    QCOMPARE(status(env).value("builds_served").toInt(), 3);
}

void TestBuildServer::interruptCancelsTheServedBuild()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    QProcess build;
    QByteArray log;
    startSlowBuild(build, "61.5", &log);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(status().value("building").toBool());
    QCOMPARE(::kill(pid_t(build.processId()), SIGINT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(build.state(), QProcess::NotRunning, 20000);
    QCOMPARE(build.exitCode(), 130);
    QCOMPARE(lastJsonLine(build.readAllStandardOutput()).value("state").toString(), QString("cancelled"));
    QVERIFY(!sleepRuns("61.5"));
    const QJsonObject after = status();
    QVERIFY(after.value("running").toBool());
    QVERIFY(!after.value("building").toBool());
    QCOMPARE(after.value("builds_served").toInt(), 1);
}

// A client killed outright (or its terminal closed) leaves nobody to read the build: the server stops it.
void TestBuildServer::clientThatDiesCancelsItsBuild()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    QProcess build;
    QByteArray log;
    startSlowBuild(build, "62.5", &log);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(::kill(pid_t(build.processId()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!sleepRuns("62.5"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!status().value("building").toBool(), 10000);
    QVERIFY(status().value("running").toBool());
}

void TestBuildServer::busyServerSendsASecondBuildHome()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    QProcess slow;
    QByteArray log;
    startSlowBuild(slow, "63.5", &log);
    if (QTest::currentTestFailed())
        return;
    const auto second = hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace, "--json"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(lastJsonLine(second.stdOut).value("ok"), QJsonValue(true));
    QCOMPARE(status().value("builds_served").toInt(), 0); // the slow one is not done, the second built by itself
    QCOMPARE(::kill(pid_t(slow.processId()), SIGINT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QProcess::NotRunning, 20000);
    QCOMPARE(status().value("builds_served").toInt(), 1);
}

// A server that dies during a build leaves its client with a result nobody knows: the client says so.
void TestBuildServer::serverLostMidBuildIsSaid()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    QProcess build;
    QByteArray log;
    startSlowBuild(build, "64.5", &log);
    if (QTest::currentTestFailed())
        return;
    const qint64 server = status().value("pid").toInteger();
    QVERIFY(server > 0);
    QCOMPARE(::kill(pid_t(server), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(build.state(), QProcess::NotRunning, 20000);
    // The build itself was the server's child, in a group of its own: nobody stops it now. The test does.
    QProcess::execute("pkill", {"-f", "^sleep 64.5$"});
    const QByteArray out = build.readAllStandardOutput();
    log += build.readAllStandardError();
    QVERIFY2(build.exitCode() == 1, QByteArray(out + log).constData());
    const QJsonObject error = QJsonDocument::fromJson(out).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), QString("build-server-lost"));
    QVERIFY2(log.contains("The build server stopped before the build ended"), log.constData());
}

// A socket folder others may enter could let them run builds as this user: hwb builds by itself instead.
void TestBuildServer::folderOthersMayEnterIsNeverUsed()
{
    QTemporaryDir open;
    QVERIFY(QDir(open.path()).mkdir("higress-workbench"));
    QVERIFY(QFile::setPermissions(open.filePath("higress-workbench"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                        | QFile::ReadOther | QFile::ExeOther));
    const QStringList shared{"XDG_RUNTIME_DIR=" + open.path()};
    QCOMPARE(hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace}, shared).exitCode, 0);
    QTest::qWait(300); // a server, had one been started, would be listening by now
    QCOMPARE(QDir(open.filePath("higress-workbench")).entryList(QDir::System | QDir::Files), QStringList());
    const auto refused = hwb({"build-server", "status", "--json"}, shared);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(refused.stdOut).object().value("error").toObject().value("code").toString(),
             QString("build-server-unavailable"));
}

void TestBuildServer::stopEndsTheServer()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const QString socket = status().value("socket").toString();
    QVERIFY(QFile::exists(socket));
    const auto stop = hwb({"build-server", "stop"});
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.stdOut.startsWith("Stopped the build server (pid "), stop.stdOut.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(socket), 5000);
    QVERIFY(!status().value("running").toBool());
    const auto again = hwb({"build-server", "stop"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.stdOut.contains("No build server was running"), again.stdOut.constData());
}

void TestBuildServer::stopAllEndsEveryServer()
{
    startServer();
    const QStringList chinese{"LANG=zh_CN.UTF-8"};
    hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace}, chinese);
    waitForServer(chinese);
    const auto stop = hwb({"build-server", "stop", "--all", "--json"});
    QCOMPARE(stop.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(stop.stdOut).object().value("stopped").toInt(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!status().value("running").toBool() && !status(chinese).value("running").toBool(), 5000);
}

// A reader that leaves (`| head -1`, `| true`) gets SIGPIPE's EPIPE in the server: that build goes on, and the
// next client still gets every line; even when that was the server's first request, before any build set it up.
void TestBuildServer::readerThatLeftDoesNotSilenceTheNextBuild()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const QString hwbPath = test::hwbExecutable();
    const auto help = test::runProcess("/bin/sh", {"-c", "\"$0\" build hello-world --help | true", hwbPath}, {}, environment());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(status().value("running").toBool());
    QCOMPARE(status().value("builds_served").toInt(), 1);
    const auto cut = test::runProcess("/bin/sh", {"-c", "\"$0\" build hello-world --mode go --workspace \"$1\" | head -c 1",
                                                  hwbPath, m_workspace},
                                      {}, environment());
    QCOMPARE(cut.stdOut.size(), 1);
    const auto whole = hwb({"build", "hello-world", "--mode", "go", "--workspace", m_workspace, "--json"});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(lastJsonLine(whole.stdOut).value("ok"), QJsonValue(true));
    QCOMPARE(status().value("builds_served").toInt(), 3);
}

// The data folder (the history, the profiles, fetched toolchains) is read once by a Qt process: a client with
// another HWB_DATA_DIR gets another server, and its build lands in its own folder.
void TestBuildServer::dataFolderIsTheClients()
{
    const QStringList build{"build", "hello-world", "--mode", "go", "--workspace", m_workspace};
    for (const QString &folder : {m_tmp.filePath("data-a"), m_tmp.filePath("data-b")}) {
        const QStringList env{"HWB_HISTORY_FILE=", "HWB_DATA_DIR=" + folder};
        QCOMPARE(hwb(build, env).exitCode, 0);
        waitForServer(env);
        QCOMPARE(hwb(build, env).exitCode, 0);
        QCOMPARE(status(env).value("builds_served").toInt(), 1);
        const auto history = hwb({"history", "hello-world", "--json"}, env);
        QCOMPARE(QJsonDocument::fromJson(history.stdOut).array().size(), 2);
    }
    QCOMPARE(hwb({"build-server", "stop", "--all"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestBuildServer)
#include "tst_buildserver.moc"
