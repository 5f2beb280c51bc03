#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Runs the real hwb binary, as scripts and users do.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void helpFromThePathNamesTheCommandOnce();
    void helpCommandIsTheCommandsHelp();
    void aCopiedHwbSaysWhatIsMissingInJsonToo();
    void usageErrors_data();
    void usageErrors();
    void pluginsJsonContract();
    void pluginsFromWorkspaceEnvironment();
    void qualifiedNameKeysTheGatewayByFolder();
    void networkCommandsAreHandedToTheHelper();
    void hwbLoadsNoNetworkStack();
    void missingHelperIsNamed();
    void planTableFitsHigressVariables();
    void aBuildrcThatIsADeviceHoldsTheBuild();
    void profileIsTheLayerBetweenBuildrcAndSet();
    void planTextMasksCredentials();
    void pluginNamedByItsFolder_data();
    void pluginNamedByItsFolder();
    void historyOfAPluginNobodyHas();
    void jsonErrorsHaveOneShape_data();
    void jsonErrorsHaveOneShape();
    void buildrcGetWithoutBuildrc();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestCli::initTestCase()
{
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestCli::version()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdOut.startsWith("hwb 0."));
}

// Run from the PATH, argv[0] is "hwb", and the help once put the command after every "hwb" in its text
// ("hwb profile build and the Build page use it").
void TestCli::helpFromThePathNamesTheCommandOnce()
{
    const QString bin = QFileInfo(test::hwbExecutable()).absolutePath();
    const auto r = test::runProcess(QStringLiteral("/bin/sh"), {"-c", "hwb profile --help"}, {},
                                    {"LANG=C", "PATH=" + bin + ":/usr/bin:/bin"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdOut.startsWith("Usage: hwb profile "), r.stdOut.constData());
    QVERIFY2(!r.stdOut.contains("hwb profile build"), r.stdOut.constData());
}

// `hwb help fire` as git and go have it; fire is served by the network helper, so the rewrite happens before the
// hand-off.
void TestCli::helpCommandIsTheCommandsHelp()
{
    for (const char *command : {"build", "fire"}) {
        const auto viaHelp = test::runProcess(test::hwbExecutable(), {"help", command}, {}, {"LANG=C"});
        const auto viaFlag = test::runProcess(test::hwbExecutable(), {command, "--help"}, {}, {"LANG=C"});
        QCOMPARE(viaHelp.exitCode, 0);
        QVERIFY2(viaHelp.stdOut.startsWith(QByteArray("Usage: hwb ").append(command)), viaHelp.stdOut.constData());
        QCOMPARE(viaHelp.stdOut, viaFlag.stdOut);
    }
    const auto list = test::runProcess(test::hwbExecutable(), {"help"}, {}, {"LANG=C"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.stdOut.startsWith("Usage: hwb <command>"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrContains");
    QTest::newRow("no args") << QStringList{} << 2 << QByteArray();
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("bad option") << QStringList{"plugins", "--nope"} << 2 << QByteArray("nope");
    QTest::newRow("unknown mode") << QStringList{"plan", "ai-proxy-lite", "--mode", "make", "--workspace", m_workspace} << 2
                                  << QByteArray("Unknown mode 'make'. The modes are: make-build, make-local, go, tinygo, cargo, custom.");
    QTest::newRow("plan, unknown plugin") << QStringList{"plan", "nosuch", "--workspace", m_workspace} << 2
                                          << QByteArray("No plugin named nosuch");
    QTest::newRow("build, unknown plugin") << QStringList{"build", "nosuch", "--workspace", m_workspace} << 2
                                           << QByteArray("No plugin named nosuch");
    QTest::newRow("plan, a family that has no such plugin") << QStringList{"plan", "wasm-rust/ai-proxy-lite", "--workspace", m_workspace}
                                                            << 2 << QByteArray("No plugin named wasm-rust/ai-proxy-lite");
    QTest::newRow("buildrc without an action") << QStringList{"buildrc"} << 2 << QByteArray("Usage: hwb buildrc eval FILE");
    QTest::newRow("plan, --set without =") << QStringList{"plan", "hello-world", "--set", "FOO", "--workspace", m_workspace}
                                           << 2 << QByteArray("'FOO' is not NAME=VALUE.");
    QTest::newRow("plan, a tag edit with no tag") << QStringList{"plan", "hello-world", "--set", "EXTRA_TAGS=-", "--workspace", m_workspace}
                                                  << 2 << QByteArray("'-' in EXTRA_TAGS=- is no tag edit");
    QTest::newRow("plan, a doubled sign") << QStringList{"plan", "hello-world", "--set", "EXTRA_TAGS=--x", "--workspace", m_workspace}
                                          << 2 << QByteArray("'--x' in EXTRA_TAGS=--x is no tag edit");
    QTest::newRow("profile, a tag edit with no tag") << QStringList{"profile", "set", "EXTRA_TAGS=+", "--workspace", m_workspace}
                                                     << 2 << QByteArray("'+' in EXTRA_TAGS=+ is no tag edit");
    QTest::newRow("build, --set with a bad name") << QStringList{"build", "hello-world", "--set", "1X=2", "--workspace", m_workspace}
                                                  << 2 << QByteArray("'1X=2' is not NAME=VALUE.");
    QTest::newRow("runs compare, a run that is not a number") << QStringList{"runs", "compare", "abc", "abc"} << 2
                                                              << QByteArray("No run abc in the history");
    QTest::newRow("fire, a port out of range") << QStringList{"fire", "http://127.0.0.1:99999/x"} << 2
                                               << QByteArray("not an http(s) URL: http://127.0.0.1:99999/x");
    QTest::newRow("fire, no host") << QStringList{"fire", "http:///v1"} << 2 << QByteArray("not an http(s) URL: http:///v1");
    QTest::newRow("fire, a rate that is not a number") << QStringList{"fire", "http://127.0.0.1:9/", "--rate", "nan"} << 2
                                                       << QByteArray("--rate needs a positive number");
    QTest::newRow("fire, an infinite rate") << QStringList{"fire", "http://127.0.0.1:9/", "--rate", "inf"} << 2
                                            << QByteArray("--rate needs a positive number");
    // Devices are read without end: refused by what they are, before a byte is read.
    QTest::newRow("inspect a device") << QStringList{"inspect", "/dev/zero", "--json"} << 2
                                      << QByteArray("cannot open /dev/zero: it is not a regular file");
    QTest::newRow("eval a device") << QStringList{"buildrc", "eval", "/dev/zero"} << 2
                                   << QByteArray("cannot open /dev/zero: it is not a regular file");
    QTest::newRow("a device as the body") << QStringList{"fire", "http://127.0.0.1:9/", "--body", "/dev/zero"} << 2
                                          << QByteArray("cannot read /dev/zero: it is not a regular file");
    QTest::newRow("buildrc, a plugin for an action") << QStringList{"buildrc", "ai-proxy-lite"} << 2
                                                     << QByteArray("Unknown action 'ai-proxy-lite'. Usage: hwb buildrc");
    QTest::newRow("a port given as an argument") << QStringList{"mock-llm", "18080"} << 2
                                                 << QByteArray("Unexpected argument '18080'. See hwb mock-llm --help.");
    QTest::newRow("plugins takes no argument") << QStringList{"plugins", "ai-proxy-lite"} << 2
                                               << QByteArray("Unexpected argument 'ai-proxy-lite'.");
    QTest::newRow("not a workspace") << QStringList{"plugins", "--workspace", "/"} << 2 << QByteArray("not a Higress workspace");

    // A value hwb cannot use is refused, not replaced by a default ("No builds recorded yet" was false).
    const QByteArray limit("--limit needs a whole number from 1 to ");
    QTest::newRow("history --limit abc") << QStringList{"history", "--limit", "abc"} << 2 << limit;
    QTest::newRow("history --limit 0") << QStringList{"history", "--limit", "0"} << 2 << limit;
    QTest::newRow("runs --limit abc") << QStringList{"runs", "--limit", "abc"} << 2 << limit;
    QTest::newRow("mock-llm --port abc") << QStringList{"mock-llm", "--port", "abc"} << 2
                                         << QByteArray("--port needs a whole number from 0 to 65535, not 'abc'.");
    QTest::newRow("inspect --gateway banana") << QStringList{"inspect", "x.wasm", "--gateway", "banana"} << 2
                                              << QByteArray("--gateway needs a gateway version such as ");
    QTest::newRow("inspect --plugin missing") << QStringList{"inspect", "x.wasm", "--plugin", "/nonexistent"} << 2
                                              << QByteArray("/nonexistent is not a folder.");
    for (const char *option : {"--port", "--admin-port", "--mock-port"})
        QTest::newRow(qPrintable(QString("gateway up %1 abc").arg(option)))
            << QStringList{"gateway", "up", "ai-proxy-lite", option, "abc", "--workspace", m_workspace} << 2
            << QByteArray(option) + " needs a whole number from 1 to 65535, not 'abc'.";
    QTest::newRow("gateway up --port 0") << QStringList{"gateway", "up", "ai-proxy-lite", "--port", "0"} << 2
                                         << QByteArray("--port needs a whole number from 1 to 65535, not '0'.");
    QTest::newRow("gateway up --timeout x") << QStringList{"gateway", "up", "ai-proxy-lite", "--timeout", "x"} << 2
                                            << QByteArray("--timeout needs a positive number of seconds, not 'x'.");
    for (const char *bad : {"nan", "1e-9", "-1", "inf"})
        QTest::newRow(qPrintable(QString("gateway up --timeout %1").arg(bad)))
            << QStringList{"gateway", "up", "ai-proxy-lite", "--timeout", bad} << 2 << QByteArray("positive number of seconds");

    // A file that cannot be read is a mistake in the command, not a verdict (inspect) or an empty file (eval).
    QTest::newRow("inspect a missing file") << QStringList{"inspect", "/nonexistent.wasm", "--json"} << 2
                                            << QByteArray("hwb: cannot open /nonexistent.wasm: No such file or directory");
    QTest::newRow("inspect a folder") << QStringList{"inspect", "/tmp"} << 2 << QByteArray("hwb: cannot open /tmp: it is a folder");
    QTest::newRow("buildrc eval a missing file") << QStringList{"buildrc", "eval", "/nonexistent/x", "--json"} << 2
                                                 << QByteArray("hwb: cannot open /nonexistent/x: No such file or directory");

    // A plugin name that does not exist is a usage error everywhere, found before anything else is asked.
    QTest::newRow("buildrc get, unknown plugin") << QStringList{"buildrc", "get", "nosuch", "K", "--workspace", m_workspace}
                                                 << 2 << QByteArray("No plugin named nosuch");
    QTest::newRow("profile, unknown action") << QStringList{"profile", "frob", "--workspace", m_workspace} << 2
                                             << QByteArray("Unknown action 'frob'");
    QTest::newRow("profile, a secret") << QStringList{"profile", "set", "GITHUB_TOKEN=ghp_0123456789", "--workspace", m_workspace}
                                       << 2 << QByteArray("GITHUB_TOKEN looks like a secret");
    QTest::newRow("profile, a secret: the CLI's way") << QStringList{"profile", "set", "API_TOKEN=abc", "--workspace", m_workspace}
                                                      << 2 << QByteArray("Export it in the shell that runs hwb build");
    // A key under a harmless name is a key all the same.
    QTest::newRow("profile, a key's value under any name")
        << QStringList{"profile", "set", "NOTE=sk-AUDITSECRETPROFVAL0", "--workspace", m_workspace} << 2
        << QByteArray("The value of NOTE looks like an API key; profiles are plain files.");
    QTest::newRow("profile, a URL with a password") << QStringList{"profile", "set", "GOPROXY=https://bob:s3cr3t@proxy.example.com",
                                                                   "--workspace", m_workspace}
                                                    << 2 << QByteArray("GOPROXY holds a URL with a password; profiles are plain files.");
    QTest::newRow("plan, a typo") << QStringList{"plan", "hello-word", "--workspace", m_workspace} << 2
                                  << QByteArray("No plugin named hello-word in " + m_workspace.toUtf8()
                                                + ".\nDid you mean hello-world? hwb plugins lists them.");
    QTest::newRow("plan, a typo with the family") << QStringList{"plan", "wasm-go/hello-wrld", "--workspace", m_workspace} << 2
                                                  << QByteArray("Did you mean wasm-go/hello-world?");
    QTest::newRow("a command typo") << QStringList{"plugin"} << 2 << QByteArray("Did you mean 'plugins'?");
    QTest::newRow("profile, not NAME=VALUE") << QStringList{"profile", "set", "GOPROXY", "--workspace", m_workspace} << 2
                                             << QByteArray("GOPROXY");
    QTest::newRow("profile, unknown mode") << QStringList{"profile", "set", "--mode", "make", "--workspace", m_workspace} << 2
                                           << QByteArray("Unknown mode 'make'");
    QTest::newRow("profile, unset what is not there") << QStringList{"profile", "unset", "NOPE", "--workspace", m_workspace}
                                                      << 2 << QByteArray("The profile has no NOPE.");
    for (const char *tail : {"abc", "-5"})
        QTest::newRow(qPrintable(QString("gateway logs --tail %1").arg(tail)))
            << QStringList{"gateway", "logs", "hello-world", "--tail", tail, "--workspace", m_workspace, "--engine", "/bin/true"}
            << 2 << QByteArray("--tail needs 'all' or a number of lines, not '" + QByteArray(tail) + "'.");
    for (const char *action : {"status", "logs"})
        QTest::newRow(qPrintable(QString("gateway %1, unknown plugin").arg(action)))
            << QStringList{"gateway", action, "nosuch", "--workspace", m_workspace, "--engine", "/nonexistent/docker"} << 2
            << QByteArray("No plugin named nosuch");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrContains);
    const auto r = test::runProcess(test::hwbExecutable(), args, m_tmp.path(), {"LANG=C", "HWB_WORKSPACE="});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.stdErr.contains(stderrContains), r.stdErr.constData());
}

void TestCli::pluginsJsonContract()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"plugins", "--workspace", m_workspace, "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdOut, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    bool sawAiProxy = false;
    const QStringList families{"wasm-go", "wasm-rust", "wasm-cpp", "wasm-assemblyscript"};
    const QStringList eras{"tinygo-buildrc", "go-wasip1", "unknown"};
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"name", "family", "path", "era", "title", "description", "version", "has_buildrc"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(families.contains(o.value("family").toString()));
        QVERIFY(eras.contains(o.value("era").toString()));
        QVERIFY(o.value("has_buildrc").isBool());
        if (o.value("name").toString() == "ai-proxy-lite") {
            sawAiProxy = true;
            QCOMPARE(o.value("era").toString(), QStringLiteral("tinygo-buildrc"));
            QCOMPARE(o.value("has_buildrc").toBool(), true);
        }
    }
    QVERIFY(sawAiProxy);
}

// With hello-world in two families the user writes wasm-go/hello-world; the gateway is still hello-world's (the
// Gateway page's name for it), not a container or folder named after the slash-qualified text.
void TestCli::qualifiedNameKeysTheGatewayByFolder()
{
    QTemporaryDir dir;
    const QString ws = test::copyDemoWorkspace(dir);
    QVERIFY(QDir().mkpath(ws + "/plugins/wasm-rust/extensions/hello-world"));
    const QString engine = dir.filePath("engine.sh"), calls = dir.filePath("calls.txt");
    test::writeFile(engine, QString("#!/bin/sh\necho \"$@\" >> '%1'\n").arg(calls).toUtf8());
    QVERIFY(QFile::setPermissions(engine, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const auto bare = test::runProcess(test::hwbExecutable(), {"gateway", "status", "hello-world", "--workspace", ws, "--engine", engine});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.stdErr.contains("wasm-go/hello-world"), bare.stdErr.constData());

    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"gateway", "status", "wasm-go/hello-world", "--workspace", ws, "--engine", engine});
    QVERIFY2(r.stdOut.startsWith("hello-world: stopped"), r.stdOut.constData());
    const QByteArray asked = test::readFile(calls);
    // Found by its labels (GatewayContainers), which hold the folder's name: the qualified text reaches no engine call.
    QVERIFY2(asked.startsWith("ps -a --filter label=io.higress.workbench"), asked.constData());
    QVERIFY(!asked.contains("wasm-go"));
}

// fire, gateway and mock-llm are served by hwb-net: hwb lists them, and running one through hwb is running hwb-net
// with the same arguments, its output and exit code unchanged.
void TestCli::networkCommandsAreHandedToTheHelper()
{
    const auto usage = test::runProcess(test::hwbExecutable(), {"--help"}, {}, {"LANG=C"});
    QCOMPARE(usage.exitCode, 0);
    for (const char *line : {"  fire ", "  gateway ", "  mock-llm ", "  build ", "  plan "})
        QVERIFY2(usage.stdOut.contains(line), line);

    const auto help = test::runProcess(test::hwbExecutable(), {"mock-llm", "--help"}, {}, {"LANG=C"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.stdOut.contains("Usage: hwb mock-llm"), help.stdOut.constData());
    const auto misuse = test::runProcess(test::hwbExecutable(), {"mock-llm", "1", "2"}, {}, {"LANG=C"});
    QCOMPARE(misuse.exitCode, 2);
    QVERIFY2(misuse.stdErr.contains("hwb: Unexpected argument '1'. See hwb mock-llm --help."), misuse.stdErr.constData());
    // Qt 6.8 (Debian 13) warns about LANG=C as it starts: hwb says it, the helper does not say it again.
    QVERIFY2(misuse.stdErr.count("Detected locale") <= 1, misuse.stdErr.constData());
}

// The point of hwb-net: hwb-cli starts without Qt Network, QtKeychain and what they bring (ldd lists what the
// loader maps, transitively). And the point of the launcher: hwb itself maps no shared library at all.
void TestCli::hwbLoadsNoNetworkStack()
{
    const auto ldd = test::runProcess(QStringLiteral("ldd"), {test::hwbCliExecutable()});
    QCOMPARE(ldd.exitCode, 0);
    QVERIFY(ldd.stdOut.contains("libQt6Core"));
    for (const char *library : {"libQt6Network", "keychain", "libQt6DBus", "libkrb5", "libsystemd"})
        QVERIFY2(!ldd.stdOut.contains(library), qPrintable(QStringLiteral("hwb-cli links %1:\n").arg(QLatin1String(library))
                                                               + QString::fromLocal8Bit(ldd.stdOut)));
    const auto launcher = test::runProcess(QStringLiteral("ldd"), {test::hwbExecutable()});
    QVERIFY2(launcher.stdOut.contains("statically linked"), launcher.stdOut.constData());
}

// An incomplete installation says what is missing instead of "unknown command": hwb-cli without hwb-net, and
// the launcher without hwb-cli (in English only: the translations are in the program that is missing).
void TestCli::missingHelperIsNamed()
{
    QTemporaryDir prefix;
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("libexec/higress-workbench")));
    const QString launcher = prefix.filePath(QStringLiteral("bin/hwb"));
    const QString cli = prefix.filePath(QStringLiteral("libexec/higress-workbench/hwb-cli"));
    QVERIFY(QFile::copy(test::hwbExecutable(), launcher));
    QVERIFY(QFile::setPermissions(launcher, QFile::ReadOwner | QFile::ExeOwner));
    const auto alone = test::runProcess(launcher, {"plan", "--json"}, {}, {"LANG=C"});
    QCOMPARE(alone.exitCode, 1);
    QVERIFY2(alone.stdErr.contains(QByteArray("hwb: cannot run " + cli.toUtf8() + ", which serves hwb's commands: No such file or directory.")),
             alone.stdErr.constData());
    const QJsonObject error = QJsonDocument::fromJson(alone.stdOut).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("helper-missing"));
    QCOMPARE(error.value("message").toString(), "cannot run " + cli + ", which serves hwb's commands: No such file or directory.");
    QVERIFY2(error.value("hint").toString().contains("Link hwb rather than copy it"), alone.stdOut.constData());

    QVERIFY(QFile::copy(test::hwbCliExecutable(), cli));
    QVERIFY(QFile::setPermissions(cli, QFile::ReadOwner | QFile::ExeOwner));
    const auto r = test::runProcess(launcher, {"fire", "http://127.0.0.1:9/"}, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdErr.contains("hwb-net, which serves 'hwb fire': No such file or directory"), r.stdErr.constData());
    QVERIFY2(test::runProcess(launcher, {"plan", "--help"}).exitCode == 0, "the other commands still work");
}

void TestCli::pluginsFromWorkspaceEnvironment()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"plugins"}, m_tmp.path(),
                                    {"HWB_WORKSPACE=" + m_workspace});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdOut.contains("ai-proxy-lite"));
    QVERIFY(r.stdOut.contains("hello-world"));
}

// Higress's own Makefile has a variable name longer than a fixed column would allow (USE_HIGRESS_TINYGO), and
// builds IMG from IMAGE_TAG, which only make works out.
void TestCli::planTableFitsHigressVariables()
{
    QTemporaryDir tmp;
    const QString workspace = test::copyDemoWorkspace(tmp);
    QFile makefile(workspace + "/plugins/wasm-go/Makefile");
    QVERIFY(makefile.open(QIODevice::ReadOnly));
    const QByteArray original = makefile.readAll();
    makefile.close();
    QVERIFY(makefile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    makefile.write("USE_HIGRESS_TINYGO ?= false\n"
                   "BUILD_TIME := $(shell date \"+%Y%m%d-%H%M%S\")\n"
                   "IMAGE_TAG = $(if $(strip $(PLUGIN_VERSION)),${PLUGIN_VERSION},${BUILD_TIME})\n"
                   "RELEASE_IMG ?= example.com/${PLUGIN_NAME}:${IMAGE_TAG}\n" + original);
    makefile.close();

    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"plan", "ai-proxy-lite", "--mode", "make-build", "--workspace", workspace});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.stdOut).split('\n');
    QCOMPARE(lines.first(), "mode: make-build (--mode picks another: make-build, make-local, go, tinygo, cargo, custom)");
    const qsizetype start = lines.indexOf(QString()) + 1;
    const QStringList variables = lines.mid(start, lines.indexOf(QString(), start) - start);
    QVERIFY2(variables.size() > 5, r.stdOut.constData());
    const qsizetype layerColumn = variables.first().indexOf('[');
    for (const QString &line : variables)
        QVERIFY2(line.indexOf('[') == layerColumn && line[layerColumn - 1] == ' ', qPrintable(line));
    // Neither is used by the build target's recipe, which the table says.
    QVERIFY(variables.filter(QRegularExpression("^USE_HIGRESS_TINYGO +\\[makefile\\] +false  \\(not used by this mode\\)$")).size() == 1);
    QVERIFY2(variables.filter(QRegularExpression("^RELEASE_IMG .*:\\$\\{IMAGE_TAG\\}  \\(make fills in IMAGE_TAG; not used by this mode\\)$")).size() == 1,
             r.stdOut.constData());
    QVERIFY2(variables.filter(QRegularExpression("^BUILDER +\\[makefile\\] +[^ ]+$")).size() == 1, r.stdOut.constData());
}

// A checkout whose .buildrc is a symlink to a device: listing the plugins says so instead of reading forever, and
// the plan refuses to build without knowing its tags (make itself would hang sourcing it).
void TestCli::aBuildrcThatIsADeviceHoldsTheBuild()
{
    QTemporaryDir tmp;
    const QString workspace = test::copyDemoWorkspace(tmp);
    QVERIFY(QFile::link("/dev/zero", workspace + "/plugins/wasm-go/extensions/hello-world/.buildrc"));
    const auto listed = test::runProcess(test::hwbExecutable(), {"plugins", "--buildrc", "--json", "--workspace", workspace});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.stdOut.contains("\"code\": \"unreadable\""), listed.stdOut.constData());
    const auto plan = test::runProcess(test::hwbExecutable(), {"plan", "hello-world", "--workspace", workspace});
    QCOMPARE(plan.exitCode, 1);
    QVERIFY2(plan.stdErr.contains("error: .buildrc: The .buildrc is not read: it is not a regular file"), plan.stdErr.constData());
}

// `hwb profile` saves the workspace's layer; plan shows its values as "profile", and --no-profile leaves them out.
void TestCli::profileIsTheLayerBetweenBuildrcAndSet()
{
    const QStringList env{"LANG=C", "HWB_PROFILE_FILE=" + m_tmp.filePath("profiles.json")};
    const auto hwb = [&](const QStringList &args) { return test::runProcess(test::hwbExecutable(), args, {}, env); };
    const QStringList ws{"--workspace", m_workspace};
    QCOMPARE(hwb(QStringList{"profile", "set", "GOPROXY=off", "EXTRA_TAGS=+debug", "--mode", "go"} + ws).exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(hwb(QStringList{"profile", "--json"} + ws).stdOut).object();
    QCOMPARE(shown.value("mode").toString(), "go");
    QCOMPARE(shown.value("variables").toObject().value("GOPROXY").toString(), "off");

    const auto layerOf = [](const QJsonObject &plan, const QString &name) -> QString {
        for (const QJsonValue &v : plan.value("variables").toArray())
            if (v.toObject().value("name").toString() == name)
                return v.toObject().value("layer").toString() + "=" + v.toObject().value("value").toString();
        return QString();
    };
    const QJsonObject planned = QJsonDocument::fromJson(hwb(QStringList{"plan", "ai-proxy-lite", "--json"} + ws).stdOut).object();
    QCOMPARE(planned.value("mode").toString(), "go"); // the profile's mode, none given
    QCOMPARE(layerOf(planned, "GOPROXY"), "profile=off");
    QCOMPARE(layerOf(planned, "EXTRA_TAGS"), "profile=proxy_wasm_version_0_2_100 debug");
    // Another set adds to the profile's tags, as a second --set does; it replaced them.
    QCOMPARE(hwb(QStringList{"profile", "set", "EXTRA_TAGS=+foo"} + ws).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(hwb(QStringList{"profile", "--json"} + ws).stdOut).object().value("variables").toObject()
                 .value("EXTRA_TAGS").toString(), "+debug +foo");
    const QJsonObject both = QJsonDocument::fromJson(hwb(QStringList{"plan", "ai-proxy-lite", "--json"} + ws).stdOut).object();
    QCOMPARE(layerOf(both, "EXTRA_TAGS"), "profile=proxy_wasm_version_0_2_100 debug foo");
    const QJsonObject without = QJsonDocument::fromJson(
        hwb(QStringList{"plan", "ai-proxy-lite", "--no-profile", "--json"} + ws).stdOut).object();
    QVERIFY(!layerOf(without, "GOPROXY").startsWith("profile"));

    QCOMPARE(hwb(QStringList{"profile", "unset", "GOPROXY", "mode"} + ws).exitCode, 0);
    const QJsonObject left = QJsonDocument::fromJson(hwb(QStringList{"profile", "--json"} + ws).stdOut).object();
    QVERIFY(left.value("mode").isNull());
    QCOMPARE(left.value("variables").toObject().keys(), QStringList{"EXTRA_TAGS"});
    QCOMPARE(hwb(QStringList{"profile", "clear"} + ws).exitCode, 0);
    QVERIFY(hwb(QStringList{"profile"} + ws).stdOut.contains("has no build profile"));

    // A store broken by hand is not started afresh by a change: every workspace's profile is in it.
    const QByteArray broken = "{\"/elsewhere\": {\"variables\": {\"GOPROXY\": \"off\"}},";
    test::writeFile(m_tmp.filePath("profiles.json"), broken);
    const auto refused = hwb(QStringList{"profile", "set", "A=1"} + ws);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.stdErr.contains("could not be read") && refused.stdErr.contains("nothing was changed"),
             refused.stdErr.constData());
    QCOMPARE(test::readFile(m_tmp.filePath("profiles.json")), broken);
    QVERIFY(QFile::remove(m_tmp.filePath("profiles.json")));
}

// `hwb plan` shows credentials as the Build page does, masked; --json keeps them, for scripts that run the command.
void TestCli::planTextMasksCredentials()
{
    // A custom command that hands the token on: in the go mode, --set GITHUB_TOKEN would be refused as doing nothing.
    const QStringList args{"plan", "hello-world", "--workspace", m_workspace, "--mode", "custom", "--no-profile",
                           "--command", "GOPROXY=${GOPROXY} GITHUB_TOKEN=${GITHUB_TOKEN} go build -buildmode=c-shared -o main.wasm .",
                           "--set", "GOPROXY=https://u:hunter22pw@proxy.example", "--set", "GITHUB_TOKEN=ghp_abcdef123456"};
    const auto text = test::runProcess(test::hwbExecutable(), args, {}, {"LANG=C"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(!text.stdOut.contains("hunter22pw") && !text.stdOut.contains("ghp_abcdef123456"), text.stdOut.constData());
    QVERIFY(text.stdOut.contains("https://u:[REDACTED]@proxy.example"));
    const auto json = test::runProcess(test::hwbExecutable(), args + QStringList{"--json"}, {}, {"LANG=C"});
    QVERIFY(json.stdOut.contains("hunter22pw") && json.stdOut.contains("ghp_abcdef123456"));
}

// A plugin is also named by where it is: "." in its folder, its folder as the shell completes it, a file in it.
void TestCli::pluginNamedByItsFolder_data()
{
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<QString>("name");
    const QString folder = m_workspace + "/plugins/wasm-go/extensions/hello-world";
    QTest::newRow(".") << folder << ".";
    QTest::newRow("a relative folder, with a slash") << m_workspace << "plugins/wasm-go/extensions/hello-world/";
    QTest::newRow("an absolute path to a file in it") << m_tmp.path() << folder + "/main.go";
}

void TestCli::pluginNamedByItsFolder()
{
    QFETCH(QString, cwd);
    QFETCH(QString, name);
    const auto r = test::runProcess(test::hwbExecutable(), {"plan", name, "--json", "--workspace", m_workspace}, cwd,
                                    {"LANG=C", "HWB_WORKSPACE="});
    QVERIFY2(r.exitCode == 0, r.stdErr.constData());
    QCOMPARE(QJsonDocument::fromJson(r.stdOut).object().value("cwd").toString(),
             m_workspace + "/plugins/wasm-go/extensions/hello-world");
    // Not a plugin's folder: still refused.
    QCOMPARE(test::runProcess(test::hwbExecutable(), {"plan", m_workspace + "/plugins", "--workspace", m_workspace}).exitCode, 2);
}

// The history holds every workspace's builds, so a name with builds is always fine. Without any, a plugin of the
// workspace has none yet (exit 0), and any other name is a typo (exit 2), as everywhere else.
void TestCli::historyOfAPluginNobodyHas()
{
    const QStringList env{"LANG=C", "HWB_WORKSPACE=", "HWB_HISTORY_FILE=" + m_tmp.filePath("empty-history.sqlite")};
    const auto known = test::runProcess(test::hwbExecutable(), {"history", "hello-world", "--workspace", m_workspace}, {}, env);
    QCOMPARE(known.exitCode, 0);
    QCOMPARE(known.stdOut, "No builds of hello-world recorded.\n");
    const auto typo = test::runProcess(test::hwbExecutable(), {"history", "ai-proxy-lit", "--workspace", m_workspace}, {}, env);
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.stdErr.contains("No builds of ai-proxy-lit recorded") && typo.stdErr.contains("Did you mean ai-proxy-lite?"),
             typo.stdErr.constData());
    const auto inFolder = test::runProcess(test::hwbExecutable(), {"history", "."},
                                           m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite", env);
    QCOMPARE(inFolder.exitCode, 0);
    QCOMPARE(inFolder.stdOut, "No builds of wasm-go/ai-proxy-lite recorded.\n");
    const auto nowhere = test::runProcess(test::hwbExecutable(), {"history", "hello-world"}, m_tmp.path(), env);
    QCOMPARE(nowhere.exitCode, 2);
}

// With --json every failure prints one {"error": {code, message, hint}} on stdout, the same shape for every command,
// besides the text on stderr.
void TestCli::jsonErrorsHaveOneShape_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("plan, unknown plugin") << QStringList{"plan", "nope", "--json", "--workspace", m_workspace} << 2 << "unknown-plugin";
    QTest::newRow("plugins, no workspace") << QStringList{"plugins", "--json"} << 2 << "no-workspace";
    QTest::newRow("unknown command") << QStringList{"plugin", "--json"} << 2 << "unknown-command";
    QTest::newRow("history, a bad limit") << QStringList{"history", "--limit", "0", "--json"} << 2 << "usage";
    QTest::newRow("fire, unknown template") << QStringList{"fire", "http://127.0.0.1:9/", "--template", "nope", "--json"} << 2
                                            << "unknown-template";
    QTest::newRow("gateway status, no engine")
        << QStringList{"gateway", "status", "hello-world", "--json", "--engine", "/nonexistent/docker", "--workspace", m_workspace}
        << 1 << "engine-missing";
    QTest::newRow("mock-llm, a busy port") << QStringList{"mock-llm", "--port", "<busy>", "--json"} << 1 << "port-busy";
    // gateway up stops before the container when there is nothing to load, or a ${NAME} has no value.
    QTest::newRow("gateway up, no module") << QStringList{"gateway", "up", "hello-world", "--json", "--workspace", m_workspace}
                                           << 2 << "no-module";
    QTest::newRow("gateway up, a placeholder without a value")
        << QStringList{"gateway", "up", "hello-world", "--json", "--artifact", "<self>", "--config", "<config>"} << 2
        << "unresolved-placeholder";
}

void TestCli::jsonErrorsHaveOneShape()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    args.replaceInStrings("<busy>", QString::number(busy.serverPort()));
    const QString config = m_tmp.filePath("placeholder-config.json");
    test::writeFile(config, "{\"apiTokens\": [\"${HWB_TEST_UNSET_KEY}\"]}");
    args.replaceInStrings("<config>", config);
    args.replaceInStrings("<self>", test::hwbExecutable()); // any file: the config is read before the module
    const auto r = test::runProcess(test::hwbExecutable(), args, m_tmp.path(), {"LANG=C", "HWB_WORKSPACE="});
    QCOMPARE(r.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdOut, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), r.stdOut.constData());
    const QJsonObject e = doc.object().value("error").toObject();
    QCOMPARE(e.value("code").toString(), code);
    QVERIFY(!e.value("message").toString().isEmpty());
    QVERIFY(e.value("hint").isString());
    // Contained, not at the start: Qt 6.8 first warns on stderr that LANG=C is not UTF-8.
    QVERIFY2(r.stdErr.contains(QByteArray(QByteArray("hwb: ") + e.value("message").toString().toUtf8())), r.stdErr.constData());
    if (code == "port-busy")
        QVERIFY2(e.value("hint").toString().contains("--port 0"), r.stdOut.constData());
}

// get on a plugin that has no .buildrc says so, instead of "X is not set in <a file that is not there>".
void TestCli::buildrcGetWithoutBuildrc()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"buildrc", "get", "hello-world", "EXTRA_TAGS", "--workspace", m_workspace},
                                    {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdErr.contains("hello-world has no .buildrc") && !r.stdErr.contains("is not set in"), r.stdErr.constData());
}

// hwb-cli copied away from hwb-net cannot run the network commands; with --json a script gets an error object
// to parse, not an empty stdout.
void TestCli::aCopiedHwbSaysWhatIsMissingInJsonToo()
{
    QTemporaryDir lonely;
    const QString copy = lonely.filePath("hwb-cli");
    QVERIFY(QFile::copy(test::hwbCliExecutable(), copy));
    const auto r = test::runProcess(copy, {"fire", "http://127.0.0.1:9/", "--json"}, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.stdOut).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), "helper-missing");
    QVERIFY2(error.value("message").toString().contains("which serves 'hwb fire'"), r.stdOut.constData());
    QVERIFY2(error.value("hint").toString().contains("Link hwb rather than copy it"), r.stdOut.constData());
    QVERIFY2(r.stdErr.contains("cannot run "), r.stdErr.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
