#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// `hwb gateway` against a stand-in container engine: a shell script that answers as Docker does. What is tested is
// what hwb makes of the answers, which a real daemon gives only in states a test cannot put it in (down, a port
// held by another plugin's gateway).
class TestGatewayCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void daemonDownIsOneJsonError_data();
    void daemonDownIsOneJsonError();
    void logsAreTheOutput();
    void logsOfNoContainer();
    void engineMissingNamesTheOption();
    void portHeldByAnotherPluginsGateway();
    void aPortOfItsOwnGatewayDoesNotExcuseAnotherBusyOne();
    void anArtifactOfAPluginHereIsThatPluginsModule();

private:
    // An engine that runs `script` (sh) with the engine's arguments in "$*".
    QString engine(const QString &name, const QByteArray &script);
    // An engine whose `ps` lists these running gateways, each a plugin with its "LISTENER,ADMIN" ports, and that
    // writes every `rm` it is asked for to removedLog: a start that cannot go ahead must remove nothing.
    QString listingEngine(const QString &name, const QList<std::pair<QString, QString>> &gateways, const QString &removedLog);
    test::ProcessResult hwb(const QStringList &args);

    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_artifact;
};

void TestGatewayCli::initTestCase()
{
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    m_artifact = m_tmp.filePath("plugin.wasm");
    test::writeFile(m_artifact, QByteArray("\0asm\1\0\0\0", 8));
}

QString TestGatewayCli::engine(const QString &name, const QByteArray &script)
{
    const QString path = m_tmp.filePath(name);
    test::writeFile(path, "#!/bin/sh\n" + script);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QString TestGatewayCli::listingEngine(const QString &name, const QList<std::pair<QString, QString>> &gateways,
                                      const QString &removedLog)
{
    QString rows;
    int n = 0;
    for (const auto &[plugin, ports] : gateways)
        rows += QString("c%1\\thwb-gateway-%2\\trunning\\tUp\\timg\\t%2\\t\\t\\t%3\\n").arg(++n).arg(plugin, ports);
    return engine(name, QString("case \"$*\" in\nversion*) echo 28.0.0 ;;\nps*) printf '%1' ;;\n"
                                "rm*) echo \"$*\" >> '%2' ;;\nesac\n")
                            .arg(rows, removedLog)
                            .toUtf8());
}

test::ProcessResult TestGatewayCli::hwb(const QStringList &args)
{
    return test::runProcess(test::hwbExecutable(), args + QStringList{"--workspace", m_workspace}, {},
                            {"LANG=C", "XDG_DATA_HOME=" + m_tmp.filePath("data"), "XDG_CONFIG_HOME=" + m_tmp.filePath("config")});
}

void TestGatewayCli::daemonDownIsOneJsonError_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("status") << "status";
    QTest::newRow("logs") << "logs";
    QTest::newRow("down") << "down";
}

// With the daemon down, status and logs printed only text on stderr while up and down printed JSON.
void TestGatewayCli::daemonDownIsOneJsonError()
{
    QFETCH(QString, action);
    const QString down = engine("down.sh", "echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
                                           "Is the docker daemon running?' >&2\nexit 1\n");
    const auto r = hwb({"gateway", action, "hello-world", "--engine", down, "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
    QCOMPARE(o.value("error").toObject().value("code").toString(), "daemon-down");
    QVERIFY(o.value("error").toObject().value("hint").toString().contains("systemctl start docker"));
    QCOMPARE(o.value("plugin").toString(), "hello-world");
    QVERIFY2(r.stdErr.contains("hwb: The container engine's daemon is not running"), r.stdErr.constData());
}

// Envoy logs to stderr and Docker keeps that apart; `hwb gateway logs X | grep error` found nothing.
void TestGatewayCli::logsAreTheOutput()
{
    const QString docker = engine("logs.sh", "case \"$1\" in\n"
                                             "ps) printf '3f9c2a7d41b0\\thwb-gateway-hello-world\\trunning\\tUp 1 minute\\t"
                                             "img\\thello-world\\t\\t\\t10000,9901\\n' ;;\n"
                                             "logs) echo 'from stdout'; echo '[error][wasm] from stderr' >&2 ;;\n"
                                             "esac\n");
    const auto r = hwb({"gateway", "logs", "hello-world", "--engine", docker});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdOut.contains("from stdout\n") && r.stdOut.contains("[error][wasm] from stderr\n"), r.stdOut.constData());
    QVERIFY2(!r.stdErr.contains("from stderr"), r.stdErr.constData());
}

// hwb's own words stay on stderr, and "no such container" is not printed as if it were the log.
void TestGatewayCli::logsOfNoContainer()
{
    const QString docker = engine("none.sh", "case \"$1\" in\nlogs) echo 'Error: No such container' >&2; exit 1 ;;\nesac\n");
    const auto r = hwb({"gateway", "logs", "hello-world", "--engine", docker});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stdOut.isEmpty());
    QVERIFY2(r.stdErr.contains("hello-world has no gateway container.") && r.stdErr.contains("hwb gateway up hello-world"),
             r.stdErr.constData());
    // With --json the error carries what every hwb gateway error does beside it.
    const auto json = hwb({"gateway", "logs", "hello-world", "--engine", docker, "--json"});
    const QJsonObject o = QJsonDocument::fromJson(json.stdOut).object();
    QCOMPARE(o.value("error").toObject().value("code").toString(), "no-container");
    QCOMPARE(o.value("plugin").toString(), "hello-world");
    QCOMPARE(o.value("ok"), QJsonValue(false));
    QCOMPARE(o.value("state").toString(), "stopped");
}

// On the command line the engine is chosen with --engine; there is no gateway profile to set it in.
void TestGatewayCli::engineMissingNamesTheOption()
{
    const auto r = hwb({"gateway", "up", "hello-world", "--artifact", m_artifact, "--engine", "/nonexistent/docker"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdErr.contains("No container engine found") && r.stdErr.contains("--engine"), r.stdErr.constData());
    QVERIFY2(!r.stdErr.contains("gateway profile"), r.stdErr.constData());
}

// hwb runs one gateway container per plugin: the listener port of another plugin's is named as such, with the
// command that frees it, not "choose another port in the gateway profile".
void TestGatewayCli::portHeldByAnotherPluginsGateway()
{
    QTcpServer held; // stands in for the container's published port
    QVERIFY(held.listen(QHostAddress::LocalHost));
    const QList<quint16> free = test::freePorts(1);
    // hello-world's own gateway runs too, on other ports: a start that fails on the busy port must leave it be.
    const QString removed = m_tmp.filePath("removed.log");
    const QString docker = listingEngine("held.sh", {{"ai-proxy-lite", QString("%1,9901").arg(held.serverPort())},
                                                     {"hello-world", "10300,9930"}},
                                         removed);
    const auto r = hwb({"gateway", "up", "hello-world", "--artifact", m_artifact, "--engine", docker, "--json",
                        "--port", QString::number(held.serverPort()), "--admin-port", QString::number(free.first())});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.stdOut).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), "port-busy");
    QCOMPARE(error.value("held_by").toString(), "ai-proxy-lite");
    QCOMPARE(error.value("port").toInt(), held.serverPort());
    QVERIFY2(error.value("hint").toString().contains("hwb gateway down ai-proxy-lite"), r.stdOut.constData());
    QVERIFY2(r.stdErr.contains("is held by the managed gateway of ai-proxy-lite"), r.stdErr.constData());
    QVERIFY(!r.stdErr.contains("gateway profile"));
    QVERIFY2(!QFile::exists(removed), qPrintable(QString::fromUtf8(test::readFile(removed)))); // hello-world's runs on
    QVERIFY2(!r.stdErr.contains("Removing the previous gateway container"), r.stdErr.constData());
}

// hello-world's own gateway holds the listener port (a restart frees it), another program the admin port: the start
// fails on the admin port before anything is removed. Only the first busy port was looked at, and the running
// gateway was removed before the admin port failed the start.
void TestGatewayCli::aPortOfItsOwnGatewayDoesNotExcuseAnotherBusyOne()
{
    QTcpServer own; // the published listener port of hello-world's running gateway
    QTcpServer other; // some other program
    QVERIFY(own.listen(QHostAddress::LocalHost) && other.listen(QHostAddress::LocalHost));
    const QString removed = m_tmp.filePath("removed-own.log");
    const QString docker = listingEngine("own.sh", {{"hello-world", QString("%1,9930").arg(own.serverPort())}}, removed);
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"gateway", "up", "hello-world", "--artifact", m_artifact, "--engine", docker, "--json",
                                     "--port", QString::number(own.serverPort()), "--admin-port", QString::number(other.serverPort())},
                                    m_tmp.path(), {"LANG=C", "HWB_WORKSPACE=", "XDG_DATA_HOME=" + m_tmp.filePath("data"),
                                                   "XDG_CONFIG_HOME=" + m_tmp.filePath("config")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.stdOut).object().value("error").toObject();
    QCOMPARE(error.value("code").toString(), "port-busy");
    QCOMPARE(error.value("port").toInt(), other.serverPort());
    QVERIFY2(!QFile::exists(removed), qPrintable(QString::fromUtf8(test::readFile(removed))));
}

// `hwb gateway up ai-proxy-lite --artifact notag.wasm`, typed inside the checkout: the module is ai-proxy-lite's, so
// its .buildrc gives the tags the check expects, its configuration applies, and the gateway is the workspace's.
// Taken alone, an untagged module passed the check with a warning and the plugin got an empty configuration.
void TestGatewayCli::anArtifactOfAPluginHereIsThatPluginsModule()
{
    const QString log = m_tmp.filePath("created.log");
    const QString docker = engine("creates.sh", QString("case \"$*\" in\n"
                                                        "version*) echo 28.0.0 ;;\n"
                                                        "ps*) ;;\n"
                                                        "image\\ inspect*) echo sha256:abc ;;\n"
                                                        "create*) echo \"$*\" >> '%1'; exit 1 ;;\n"
                                                        "*) exit 1 ;;\n"
                                                        "esac\n").arg(log).toUtf8());
    const QStringList env{"LANG=C", "XDG_DATA_HOME=" + m_tmp.filePath("data"), "XDG_CONFIG_HOME=" + m_tmp.filePath("config"),
                          "HWB_WORKSPACE="};
    const QStringList args{"gateway", "up", "ai-proxy-lite", "--artifact", m_artifact, "--engine", docker};
    const QString pluginDir = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
    QCOMPARE(test::runProcess(test::hwbExecutable(), args, pluginDir, env).exitCode, 1);
    QFile created(log);
    QVERIFY(created.open(QIODevice::ReadOnly));
    const QString inWorkspace = QString::fromUtf8(created.readAll());
    created.close();
    const QString root = QFileInfo(m_workspace).canonicalFilePath();
    QVERIFY2(inWorkspace.contains("io.higress.workbench.workspace=" + root + " "), qPrintable(inWorkspace));
    QVERIFY2(inWorkspace.contains("gateway-ai-proxy-lite-ws"), qPrintable(inWorkspace));
    // Named as the other commands take it, "." in its folder: the same plugin, not a plugin called ".".
    QVERIFY(QFile::remove(log));
    QStringList dot = args;
    dot[2] = ".";
    QCOMPARE(test::runProcess(test::hwbExecutable(), dot, pluginDir, env).exitCode, 1);
    QVERIFY(created.open(QIODevice::ReadOnly));
    const QString byPath = QString::fromUtf8(created.readAll());
    created.close();
    QVERIFY2(byPath.contains("io.higress.workbench.plugin=ai-proxy-lite ") && byPath.contains("gateway-ai-proxy-lite-ws"),
             qPrintable(byPath));

    // Outside any checkout the module stands alone, as before.
    QVERIFY(QFile::remove(log));
    QCOMPARE(test::runProcess(test::hwbExecutable(), args, m_tmp.path(), env).exitCode, 1);
    QVERIFY(created.open(QIODevice::ReadOnly));
    const QString alone = QString::fromUtf8(created.readAll());
    QVERIFY2(alone.contains("io.higress.workbench.workspace= ") && alone.contains("gateway-ai-proxy-lite "),
             qPrintable(alone));
}

QTEST_GUILESS_MAIN(TestGatewayCli)
#include "tst_gatewaycli.moc"
