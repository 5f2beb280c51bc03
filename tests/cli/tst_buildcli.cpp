// `hwb build` as scripts and people read it: the summary when nothing runs, why a program could not start, and an
// exit status that agrees with the summary's "ok".
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace hwb;

class TestBuildCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedPlanStillEndsWithASummary_data();
    void refusedPlanStillEndsWithASummary();
    void programThatCannotStartIsNamed();
    void buildWithoutArtifactIsNotOk();
    void interruptCancelsTheBuild();
    void buildGetsTheUsersEnvironment();
    void upToDateRebuildReportsTheBytesOnDisk();
    void readerThatLeavesDoesNotStopTheBuild();

private:
    static bool served() { return qgetenv("HWB_BUILD_SERVER") == "1"; }
    test::ProcessResult hwbBuild(const QStringList &args) const
    {
        return test::runProcess(test::hwbExecutable(), QStringList{"build", "--workspace", m_workspace} + args, {},
                                {"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    }
    static QJsonObject lastJsonLine(const QByteArray &out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestBuildCli::initTestCase()
{
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    // tst_buildcli_served runs every test here again through the build server: a runtime folder of its own, and
    // servers that end soon after the last build.
    if (served()) {
        QVERIFY(test::makePrivateFolder(m_tmp.filePath("runtime")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_tmp.filePath("runtime")));
        qputenv("HWB_BUILD_SERVER_IDLE_SECONDS", "20");
    }
}

// The served run must have been served, or it proved nothing: most of its builds went through a server.
void TestBuildCli::cleanupTestCase()
{
    if (!served())
        return;
    const QStringList env{"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")};
    const auto status = test::runProcess(test::hwbExecutable(), {"build-server", "status", "--json"}, {}, env);
    const QJsonObject server = QJsonDocument::fromJson(status.stdOut).object();
    QVERIFY2(server.value("builds_served").toInt() >= 5, status.stdOut.constData());
    // The tests' other locales and Qt variables started servers of their own: all of them go.
    QCOMPARE(test::runProcess(test::hwbExecutable(), {"build-server", "stop", "--all"}, {}, env).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_tmp.filePath("runtime/higress-workbench")).entryList({"*.sock"}, QDir::System).isEmpty(), 5000);
}

void TestBuildCli::refusedPlanStillEndsWithASummary_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("fix");
    QTest::newRow("custom without a command") << QStringList{"--mode", "custom"}
                                              << "The custom mode needs a command template." << "Give one";
    QTest::newRow("GO that does not exist") << QStringList{"--mode", "go", "--set", "GO=/nonexistent/go"}
                                            << "/nonexistent/go does not exist." << "--set GO";
    QTest::newRow("GO that is no program") << QStringList{"--mode", "go", "--set", "GO=/etc/passwd"}
                                           << "/etc/passwd is not an executable program." << "--set GO";
    QTest::newRow("a command for another mode") << QStringList{"--mode", "go", "--command", "echo hi"}
                                                << "A command template is only run by the custom mode, and this is a go build."
                                                << "--mode custom";
}

// The plan stops the build before anything runs: --json still ends with the summary, saying why, and the text
// names the problem and its fix.
void TestBuildCli::refusedPlanStillEndsWithASummary()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QFETCH(QString, fix);
    const auto json = hwbBuild(QStringList{"key-auth-lite", "--json"} + args);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject summary = lastJsonLine(json.stdOut);
    QCOMPARE(summary.value("ok"), QJsonValue(false));
    QCOMPARE(summary.value("state").toString(), QString("failed"));
    QCOMPARE(summary.value("exit_code").toInt(), -1);
    QCOMPARE(summary.value("duration_ms").toInt(), 0);
    QVERIFY(summary.value("sha256").isNull());
    QVERIFY(summary.value("artifact").toString().endsWith("/key-auth-lite/main.wasm"));
    QVERIFY(summary.contains("verdict") && summary.value("verdict").isNull()); // nothing was judged: null, not ""
    QVERIFY(summary.contains("size") && summary.value("size").isNull());
    QVERIFY2(summary.value("error").toString().contains(error), qPrintable(summary.value("error").toString()));

    const auto text = hwbBuild(QStringList{"key-auth-lite"} + args);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.stdErr.contains(error.toUtf8()) && text.stdErr.contains(fix.toUtf8()), text.stdErr.constData());
}

// A program the plan accepts can still fail to start (here: a script whose interpreter is missing). The reason,
// with the program's path, is said; it was a bare "Failed in 1 ms".
void TestBuildCli::programThatCannotStartIsNamed()
{
    const QString go = m_tmp.filePath("bin/go");
    test::writeFile(go, "#!/nonexistent/interpreter\n");
    QVERIFY(QFile::setPermissions(go, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QStringList args{"key-auth-lite", "--mode", "go", "--set", "GO=" + go};

    const auto text = hwbBuild(args);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.stdErr.contains(QByteArray("Could not start " + go.toUtf8() + ": ")), text.stdErr.constData());
    QVERIFY2(text.stdOut.contains("Failed in"), text.stdOut.constData());

    const auto json = hwbBuild(args + QStringList{"--json"});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject summary = lastJsonLine(json.stdOut);
    QCOMPARE(summary.value("ok"), QJsonValue(false));
    QVERIFY2(summary.value("error").toString().startsWith("Could not start " + go + ": "),
             qPrintable(summary.value("error").toString()));
}

// The command exits 0 but writes nothing: not ok in --json, so not 0 either, and the text says why.
void TestBuildCli::buildWithoutArtifactIsNotOk()
{
    const QStringList args{"key-auth-lite", "--mode", "custom", "--command", "true"};
    const auto json = hwbBuild(args + QStringList{"--json"});
    const QJsonObject summary = lastJsonLine(json.stdOut);
    QCOMPARE(summary.value("ok"), QJsonValue(false));
    QCOMPARE(summary.value("exit_code").toInt(), 0); // the command's own
    QCOMPARE(json.exitCode, 1);

    const auto text = hwbBuild(args);
    QCOMPARE(text.exitCode, json.exitCode);
    QVERIFY(summary.value("verdict_detail").toString().contains("the build wrote no new artifact"));
    QCOMPARE(summary.value("verdict_kind").toString(), "fail");
    QVERIFY2(text.stdOut.contains("\nThe build wrote no new module at"), text.stdOut.constData());
    QVERIFY(summary.value("verdict_headline").toString().startsWith("The build wrote no new module at "));
    QCOMPARE(summary.value("error"), summary.value("verdict_headline")); // why it is not ok

    // A module written a moment before (another build, a copy) is not this build's: within 2 s of the start it
    // passed for fresh, and the history recorded it as what `true` had built.
    const QString artifact = m_workspace + "/plugins/wasm-go/extensions/key-auth-lite/main.wasm";
    test::writeFile(artifact, QByteArray("\0asm\1\0\0\0", 8));
    const QJsonObject justBefore = lastJsonLine(hwbBuild(args + QStringList{"--json"}).stdOut);
    QVERIFY2(justBefore.value("verdict_detail").toString().contains("the build wrote no new artifact"),
             qPrintable(justBefore.value("verdict_detail").toString()));
    // A command that does write it, even with the same bytes, built it.
    const QJsonObject copied = lastJsonLine(
        hwbBuild({"key-auth-lite", "--mode", "custom", "--command", "cp main.wasm m.tmp && mv m.tmp main.wasm", "--json"}).stdOut);
    QVERIFY2(!copied.value("verdict_detail").toString().contains("wrote no new artifact"),
             qPrintable(copied.value("verdict_detail").toString()));
    QVERIFY(!copied.value("sha256").toString().isEmpty());
    QFile::remove(artifact);
}

// Ctrl-C during a build cancels the build's whole process group; the summary says so and hwb exits as a shell
// reports an interrupted command.
void TestBuildCli::interruptCancelsTheBuild()
{
    QProcess build;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite"));
    build.setProcessEnvironment(env);
    build.start(test::hwbExecutable(), {"build", "key-auth-lite", "--workspace", m_workspace, "--mode", "custom",
                                        "--command",
                                        // As make does when its children are killed under it.
                                        "echo started; trap 'echo \"make: *** wait: No child processes.  Stop.\"; exit 2' TERM; "
                                        "sleep 60 & wait",
                                        "--json"});
    QByteArray log; // with --json the log goes to stderr
    QTRY_VERIFY2_WITH_TIMEOUT((log += build.readAllStandardError()).contains("started"), log.constData(), 20000);
    QCOMPARE(::kill(pid_t(build.processId()), SIGINT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(build.state(), QProcess::NotRunning, 20000);
    QCOMPARE(build.exitStatus(), QProcess::NormalExit);
    QCOMPARE(build.exitCode(), 130);
    const QJsonObject summary = lastJsonLine(build.readAllStandardOutput());
    QCOMPARE(summary.value("state").toString(), QString("cancelled"));
    QCOMPARE(summary.value("ok"), QJsonValue(false));
    // What the tools said as they were stopped is in the log, and no problem of the code; a cancel is no failure.
    QVERIFY2(log.contains("wait: No child processes") || (log += build.readAllStandardError()).contains("wait: No child"),
             log.constData());
    QCOMPARE(summary.value("diagnostics").toArray(), QJsonArray());
    QVERIFY(summary.value("error").isNull());
}

// hwb sets QT_NO_GLIB for its own start-up only; the build sees the environment hwb was given.
void TestBuildCli::buildGetsTheUsersEnvironment()
{
    const QStringList args{"key-auth-lite", "--mode", "custom", "--command", "printenv QT_NO_GLIB || echo QT_NO_GLIB unset"};
    QVERIFY(hwbBuild(args).stdOut.contains("QT_NO_GLIB unset"));
    const auto given = test::runProcess(test::hwbExecutable(), QStringList{"build", "--workspace", m_workspace} + args, {},
                                        {"QT_NO_GLIB=yes", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    QVERIFY2(given.stdOut.contains("\nyes\n"), given.stdOut.constData());
}

// A rebuild Go finds up to date does not read the module again: hwb judges what the history remembers of it,
// which holds only while the file provably has not changed. Here Go itself is fooled (it looks at the build ID
// in the module's first bytes, not the rest) after a byte is changed in place between builds: hwb is not.
void TestBuildCli::upToDateRebuildReportsTheBytesOnDisk()
{
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    const QStringList args{"ai-proxy-lite", "--mode", "go", "--json"};
    const auto fileSha = [](const QString &path) {
        return QString::fromLatin1(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex());
    };
    const auto first = hwbBuild(args);
    QCOMPARE(first.exitCode, 0);
    const QJsonObject built = lastJsonLine(first.stdOut);
    const QString artifact = built.value("artifact").toString();
    QCOMPARE(built.value("sha256").toString(), fileSha(artifact));
    QCOMPARE(built.value("unchanged"), QJsonValue(false));

    const QJsonObject again = lastJsonLine(hwbBuild(args).stdOut);
    QCOMPARE(again.value("sha256"), built.value("sha256"));
    QCOMPARE(again.value("verdict").toString(), "pass");
    QCOMPARE(again.value("findings"), built.value("findings"));
    QCOMPARE(again.value("unchanged"), QJsonValue(true)); // judged from memory, and said
    const auto text = hwbBuild({"ai-proxy-lite", "--mode", "go"});
    QVERIFY2(text.stdOut.contains("(unchanged since the last build: nothing was rebuilt)"), text.stdOut.constData());

    QFile file(artifact);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 1));
    const char last = file.peek(1).at(0);
    QVERIFY(file.putChar(char(last ^ 0x5a)));
    file.close();
    const auto rebuilt = hwbBuild(args);
    QVERIFY2(!rebuilt.stdErr.contains("go: "), rebuilt.stdErr.constData());
    const QJsonObject changed = lastJsonLine(rebuilt.stdOut);
    QCOMPARE(changed.value("sha256").toString(), fileSha(artifact));
    QVERIFY(changed.value("sha256") != built.value("sha256"));
    QCOMPARE(changed.value("unchanged"), QJsonValue(false));

    // The history says which builds rebuilt nothing (newest first: changed, the text run, again, built).
    const auto history = test::runProcess(test::hwbExecutable(), {"history", "ai-proxy-lite", "--json"}, {},
                                          {"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    const QJsonArray records = QJsonDocument::fromJson(history.stdOut).array();
    QVERIFY(records.size() >= 4);
    QCOMPARE(records[0].toObject().value("unchanged"), QJsonValue(false));
    QCOMPARE(records[1].toObject().value("unchanged"), QJsonValue(true));
    QCOMPARE(records[2].toObject().value("unchanged"), QJsonValue(true));
    QCOMPARE(records[3].toObject().value("unchanged"), QJsonValue(false));
    const auto listed = test::runProcess(test::hwbExecutable(), {"history", "ai-proxy-lite", "--limit", "2"}, {},
                                         {"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    QList<QByteArray> lines = listed.stdOut.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.takeFirst().startsWith("FINISHED "), listed.stdOut.constData()); // the header
    QVERIFY2(!lines[0].contains("unchanged") && lines[1].endsWith("(unchanged: nothing rebuilt)"), listed.stdOut.constData());

    // The history keeps the verdict in no language: a build run in Chinese lists alike in English.
    const auto zh = test::runProcess(test::hwbExecutable(), {"build", "--workspace", m_workspace, "ai-proxy-lite", "--mode", "go", "--json"},
                                     {}, {"LANG=zh_CN.UTF-8", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    QCOMPARE(zh.exitCode, 0);
    const QString zhDetail = lastJsonLine(zh.stdOut).value("verdict_detail").toString();
    QVERIFY2(!zhDetail.isEmpty() && zhDetail != "abi 0_2_100 present", qPrintable(zhDetail)); // it did speak Chinese
    const auto after = test::runProcess(test::hwbExecutable(), {"history", "ai-proxy-lite", "--json", "--limit", "2"}, {},
                                        {"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    const QJsonArray newest = QJsonDocument::fromJson(after.stdOut).array();
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest[0].toObject().value("verdict").toString(), QString("pass: abi 0_2_100"));
    QCOMPARE(newest[1].toObject().value("verdict").toString(), QString("pass: abi 0_2_100"));
}

// `hwb build X | head -1`: the reader is gone before hwb prints its first line. hwb used to die of SIGPIPE
// there, and a reader leaving in the middle left Go running unwatched; the build now runs to its end, is
// recorded, and exits with its own status.
void TestBuildCli::readerThatLeavesDoesNotStopTheBuild()
{
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    int pipeEnds[2];
    QCOMPARE(::pipe(pipeEnds), 0);
    ::close(pipeEnds[0]); // no reader: every write to the pipe fails
    QProcess build;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "C");
    env.insert("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite"));
    build.setProcessEnvironment(env);
    build.setChildProcessModifier([writeEnd = pipeEnds[1]] { ::dup2(writeEnd, STDOUT_FILENO); });
    build.start(test::hwbExecutable(), {"build", "key-auth-lite", "--workspace", m_workspace, "--mode", "go"});
    const bool finished = build.waitForFinished(300000);
    ::close(pipeEnds[1]);
    QVERIFY(finished);
    QCOMPARE(build.exitStatus(), QProcess::NormalExit);
    QCOMPARE(build.exitCode(), 0);

    const auto history = test::runProcess(test::hwbExecutable(), {"history", "key-auth-lite", "--json"}, {},
                                          {"LANG=C", "HWB_HISTORY_FILE=" + m_tmp.filePath("history.sqlite")});
    const QJsonArray records = QJsonDocument::fromJson(history.stdOut).array();
    QVERIFY2(!records.isEmpty(), history.stdOut.constData());
    const QJsonObject newest = records.first().toObject();
    const QByteArray onDisk = test::readFile(newest.value("artifact").toString());
    QVERIFY(!onDisk.isEmpty());
    QCOMPARE(newest.value("sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(onDisk, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestBuildCli)
#include "tst_buildcli.moc"
