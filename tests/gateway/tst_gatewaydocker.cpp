#include "FakeGatewayImage.h"
#include "RawHttpClient.h"
#include "TestSupport.h"

#include "common/ToolLocator.h"
#include "gateway/GatewayContainers.h"
#include "gateway/GatewayController.h"
#include "gateway/mock/MockLlmServer.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::test;

namespace {


QByteArray sha256(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool logsContain(GatewayLogModel *logs, const QString &needle)
{
    const QStringList lines = logs->lines();
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

// Real Docker, with the offline fake gateway image: the generated envoy.yaml, the mounts, the published
// ports, readiness, streaming through the gateway, logs, restart and the failures users meet.
class TestGatewayDocker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/hwb-gwtest-XXXXXX")};
    QString m_docker;
    QString m_image;
    QString m_artifact;
    QString m_workspace;
    QString m_newArtifact;
    QString m_plugin = QStringLiteral("hwbtest-%1").arg(QCoreApplication::applicationPid());
    MockLlmServer m_mock;

    GatewaySpec spec() const
    {
        GatewaySpec s;
        s.pluginName = m_plugin;
        s.artifactPath = m_artifact;
        s.pluginConfigJson = "{\"provider\":{\"type\":\"openai\",\"modelMapping\":{\"*\":\"mock-gpt\"}}}";
        s.image = m_image;
        s.engine = m_docker;
        const QList<quint16> ports = freePorts(2);
        s.listenerPort = ports.value(0);
        s.adminPort = ports.value(1);
        s.mockPort = m_mock.port();
        s.mockServer = const_cast<MockLlmServer *>(&m_mock);
        s.readyTimeoutMs = 30000;
        return s;
    }

    QStringList labelledContainers()
    {
        const auto r = runProcess(m_docker, {"ps", "-aq", "--filter", "label=io.higress.workbench.plugin=" + m_plugin});
        return QString::fromUtf8(r.stdOut).split('\n', Qt::SkipEmptyParts);
    }

    void expectFailure(const GatewaySpec &s, GatewayError::Code code)
    {
        GatewayController controller;
        controller.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Failed, 60000);
        QCOMPARE(GatewayError::codeId(controller.error().code), GatewayError::codeId(code));
        QVERIFY(!controller.error().message.isEmpty());
        controller.stop(m_plugin, s.engine);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Stopped, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Run by hand, too, the suite keeps to its own containers (ctest sets the same).
        qputenv("HWB_GATEWAY_NAMESPACE", "test");
        m_docker = ToolLocator::find(ToolLocator::Tool::Docker);
        QVERIFY2(!m_docker.isEmpty(), "docker is required");
        QString error;
        m_image = FakeGatewayImage::ensure(m_docker, &error);
        QVERIFY2(!m_image.isEmpty(), qPrintable(error));

        const QString workspace = m_workspace = copyDemoWorkspace(m_dir);
        QVERIFY(!workspace.isEmpty());
        const QString extensions = workspace + "/plugins/wasm-go/extensions/";
        m_artifact = m_dir.filePath("ai-proxy-lite.wasm");
        m_newArtifact = m_dir.filePath("request-stamp.wasm");
        auto build = goBuildWasm(extensions + "ai-proxy-lite", m_artifact, {"proxy_wasm_version_0_2_100"});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        build = goBuildWasm(extensions + "request-stamp", m_newArtifact, {});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());

        QVERIFY(m_mock.listen(QHostAddress::LocalHost, 0));
    }

    // A test that failed half-way leaves its gateway running; the next starts without it.
    void init()
    {
        if (const QStringList left = labelledContainers(); !left.isEmpty())
            runProcess(m_docker, QStringList{"rm", "-f"} + left);
    }

    void cleanupTestCase()
    {
        // Also what a failed check left of the workspace's own plugins (cliWarnsAboutAModuleThatFails).
        const auto ofWorkspace = runProcess(m_docker, {"ps", "-aq", "--filter", "label=io.higress.workbench.workspace="
                                                           + GatewayContainers::workspaceKey(m_workspace)});
        const QStringList left = labelledContainers() + QString::fromUtf8(ofWorkspace.stdOut).split('\n', Qt::SkipEmptyParts);
        if (!left.isEmpty())
            runProcess(m_docker, QStringList{"rm", "-f"} + left);
    }

    void lifecycle()
    {
        GatewayController controller;
        QAbstractItemModelTester tester(controller.logs());
        QSignalSpy progress(&controller, &GatewayController::progress);
        GatewaySpec s = spec();
        controller.start(s);
        QCOMPARE(controller.state(), GatewayController::State::Starting);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() != GatewayController::State::Starting, 60000);
        QVERIFY2(controller.state() == GatewayController::State::Ready, qPrintable(controller.error().fullText()));
        QVERIFY(progress.size() > 0);
        const QString firstContainer = controller.containerId();
        QCOMPARE(labelledContainers().size(), 1);
        QVERIFY(controller.runDir().startsWith(QDir::tempPath()));

        // A streaming request through the gateway to the mock: every token arrives, paced, not buffered.
        const QByteArray body = "{\"model\":\"gpt-4o\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"through the gateway\"}]}";
        RawHttpClient client;
        QList<qint64> tokenTimes;
        // Once, on a loaded CI machine, the stream through the container ended after its first event (the
        // connection closed, cause not found). That attempt is printed, and the exchange is made once more; a
        // second short stream fails.
        for (int attempt = 0; attempt < 2 && tokenTimes.size() != 5; ++attempt) {
            if (attempt > 0)
                qWarning("the stream ended early (disconnected %d, socket error %d), trying once more:\n%s",
                         int(client.disconnected), int(client.error),
                         QByteArray(client.head() + "\n\n" + client.body().left(1500)).constData());
            client = RawHttpClient();
            client.exchange(quint16(s.listenerPort),
                            RawHttpClient::post("/v1/chat/completions", body,
                                                {"x-mock-ttft-ms: 100", "x-mock-itl-ms: 150", "x-mock-tokens: 5"}));
            tokenTimes.clear();
            for (const auto &e : client.events()) {
                if (e.data.contains("\"content\":\"") && !e.data.contains("\"content\":\"\""))
                    tokenTimes << e.ms;
            }
        }
        QCOMPARE(client.status(), 200);
        QCOMPARE(client.header("server"), QByteArray("envoy"));
        QVERIFY2(tokenTimes.size() == 5, QByteArray("disconnected " + QByteArray::number(client.disconnected) + ", error "
                                                    + QByteArray::number(int(client.error)) + "\n" + client.head()
                                                    + "\n\n" + client.body().left(1500)).constData());
        QCOMPARE(client.events().last().data, QByteArray("[DONE]"));
        // Buffered, all tokens would arrive together; streamed, they span the 4 gaps (the first may be a little late).
        QVERIFY2(tokenTimes.last() - tokenTimes.first() >= 4 * 150 - 100,
                 qPrintable("the gateway buffered the stream: " + QString::number(tokenTimes.first()) + " .. "
                            + QString::number(tokenTimes.last())));

        // Logs: Envoy-style startup lines, the wasm debug lines and the access log of that request.
        QTRY_VERIFY_WITH_TIMEOUT(logsContain(controller.logs(), "starting main dispatch loop"), 10000);
        QVERIFY(logsContain(controller.logs(), "[debug][wasm]"));
        QVERIFY(logsContain(controller.logs(), "proxy_abi_version_0_2_100"));
        QTRY_VERIFY_WITH_TIMEOUT(logsContain(controller.logs(), "POST /v1/chat/completions"), 10000);

        // Restart with a rebuilt module: a new container that mounts the new bytes.
        s.artifactPath = m_newArtifact;
        controller.restart(s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() != GatewayController::State::Starting, 60000);
        QVERIFY2(controller.state() == GatewayController::State::Ready, qPrintable(controller.error().fullText()));
        QVERIFY(controller.containerId() != firstContainer);
        QCOMPARE(labelledContainers().size(), 1);
        const auto mounted = runProcess(m_docker, {"exec", controller.containerId(), "sha256sum", "/etc/envoy/plugin.wasm"});
        QCOMPARE(mounted.stdOut.left(64), sha256(m_newArtifact));
        const auto readOnly = runProcess(m_docker, {"exec", controller.containerId(), "sh", "-c", "echo x > /etc/envoy/plugin.wasm"});
        QVERIFY(readOnly.exitCode != 0);

        const QString runDir = controller.runDir();
        controller.stop(m_plugin, m_docker);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Stopped, 30000);
        QVERIFY(labelledContainers().isEmpty());
        QVERIFY(!QFileInfo::exists(runDir));
    }

    void cli()
    {
        // The configuration names the keys; the gateway gets them from $HWB_API_KEY and $HWB_API_KEY2, and its log
        // never shows one, not even to a shell that has neither.
        const QString config = m_dir.filePath("cli-config.json");
        writeFile(config, "{\"header\": \"x-hello\", \"value\": \"world\", \"apiTokens\": [\"${API_KEY}\", \"${API_KEY2}\"]}");
        const QString key = "provider-key-0123456789";
        const QString key2 = "0123AUDITSECRETAZ2";
        const QList<quint16> ports = freePorts(2);
        const QString port = QString::number(ports.value(0));
        const QString admin = QString::number(ports.value(1));
        const QStringList upArgs{"gateway", "up", m_plugin, "--artifact", m_artifact, "--config", config,
                                 "--image", m_image, "--engine", m_docker, "--port", port, "--admin-port", admin,
                                 "--upstream", "mock", "--mock-port", QString::number(m_mock.port()), "--json"};
        auto keyless = runProcess(hwbExecutable(), upArgs);
        QCOMPARE(keyless.exitCode, 2);
        QVERIFY2(keyless.stdErr.contains("${API_KEY}") && keyless.stdErr.contains("HWB_API_KEY"), keyless.stdErr.constData());
        QVERIFY(labelledContainers().isEmpty());
        auto up = runProcessServing(hwbExecutable(), upArgs, {}, {"HWB_API_KEY=" + key, "HWB_API_KEY2=" + key2});
        QVERIFY2(up.exitCode == 0, QByteArray(up.stdOut + up.stdErr).constData());
        QVERIFY(!up.stdOut.contains(key.toUtf8()) && !up.stdErr.contains(key.toUtf8()));
        const QJsonObject started = QJsonDocument::fromJson(up.stdOut).object();
        QCOMPARE(started["state"].toString(), QString("ready"));
        QCOMPARE(started["listener_url"].toString(), "http://127.0.0.1:" + port);
        QCOMPARE(started["module_check"].toObject()["passed"].toBool(), true);
        // The mock the gateway forwards to was probed, not assumed: this test's own answers on that port.
        const QJsonObject mock = started["mock"].toObject();
        QCOMPARE(mock["port"].toInt(), int(m_mock.port()));
        QVERIFY2(mock["answering"].toBool(), up.stdOut.constData());

        auto status = runProcess(hwbExecutable(), {"gateway", "status", m_plugin, "--engine", m_docker, "--json"});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.stdOut).object();
        QCOMPARE(state["ready"].toBool(), true);
        QCOMPARE(state["admin_url"].toString(), "http://127.0.0.1:" + admin);

        const QString containerId = QString::fromUtf8(
            runProcess(m_docker, {"ps", "-q", "--filter", "name=" + GatewayController::containerName(m_plugin)}).stdOut.trimmed());
        const auto yaml = runProcess(m_docker, {"exec", containerId, "cat", "/etc/envoy/envoy.yaml"});
        QVERIFY2(yaml.stdOut.contains(key.toUtf8()), yaml.stdOut.constData()); // the gateway got the key
        // ... and no host file did: the run folder the container mounts holds the module only.
        const QString runDir = started["run_dir"].toString();
        QVERIFY(runDir.startsWith(QDir::tempPath()));
        const auto grep = runProcess("grep", {"-rl", key, runDir});
        QVERIFY2(grep.exitCode == 1 && grep.stdOut.isEmpty(), grep.stdOut.constData());

        auto logs = runProcess(hwbExecutable(), {"gateway", "logs", m_plugin, "--engine", m_docker});
        QCOMPARE(logs.exitCode, 0);
        QVERIFY2(!logs.stdOut.contains(key2.toUtf8()), logs.stdOut.constData());
        // Envoy logs to stderr; the log is the command's output all the same (`| grep`).
        QVERIFY(logs.stdOut.contains("starting main dispatch loop"));
        QVERIFY(logs.stdOut.contains("x-hello")); // the plugin's configuration, logged at wasm debug level
        QVERIFY2(!logs.stdOut.contains(key.toUtf8()) && logs.stdOut.contains("[REDACTED]"), logs.stdOut.constData());
        QVERIFY2(!logs.stdErr.contains(key.toUtf8()) && !logs.stdErr.contains("dispatch loop"), logs.stdErr.constData());

        auto down = runProcess(hwbExecutable(), {"gateway", "down", m_plugin, "--engine", m_docker, "--json"});
        QCOMPARE(down.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(down.stdOut)["removed"].toArray().size(), 1);
        QVERIFY(labelledContainers().isEmpty());
        status = runProcess(hwbExecutable(), {"gateway", "status", m_plugin, "--engine", m_docker, "--json"});
        QCOMPARE(status.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(status.stdOut)["state"].toString(), QString("stopped"));

        auto missing = runProcess(hwbExecutable(), {"gateway", "up", m_plugin, "--artifact", m_artifact, "--config", config,
                                                    "--image", "hwb-test/no-such-gateway:0", "--engine", m_docker,
                                                    "--port", port, "--admin-port", admin, "--json"},
                                  {}, {"HWB_API_KEY=" + key, "HWB_API_KEY2=" + key2});
        QCOMPARE(missing.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(missing.stdOut)["error"].toObject();
        QCOMPARE(error["code"].toString(), QString("image-missing"));
        QVERIFY(error["hint"].toString().contains("pull hwb-test/no-such-gateway:0"));
    }

    // The story's module, started from the CLI: said before the container starts, and in the JSON, and started all
    // the same (a demo of the hang is a reason to load it).
    void cliWarnsAboutAModuleThatFails()
    {
        const QString pluginDir = m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite";
        const auto build = goBuildWasm(pluginDir, pluginDir + "/main.wasm", {});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        const QList<quint16> ports = freePorts(2);
        auto up = runProcess(hwbExecutable(), {"gateway", "up", "ai-proxy-lite", "--workspace", m_workspace, "--image", m_image,
                                               "--engine", m_docker, "--port", QString::number(ports.value(0)), "--admin-port",
                                               QString::number(ports.value(1)), "--upstream", "mock", "--mock-port",
                                               QString::number(m_mock.port()), "--json"},
                             {}, {"HWB_API_KEY=unused"});
        QVERIFY2(up.exitCode == 0, QByteArray(up.stdOut + up.stdErr).constData());
        QVERIFY2(up.stdErr.contains("fails verification") && up.stdErr.contains("[tags-not-applied]"), up.stdErr.constData());
        const QJsonObject check = QJsonDocument::fromJson(up.stdOut)["module_check"].toObject();
        QCOMPARE(check["passed"].toBool(), false);
        QVERIFY(!check["findings"].toArray().isEmpty());
        // status says what the running module's check said.
        auto status = runProcess(hwbExecutable(), {"gateway", "status", "ai-proxy-lite", "--workspace", m_workspace,
                                                   "--engine", m_docker, "--json"});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject running = QJsonDocument::fromJson(status.stdOut).object();
        QCOMPARE(running["module_check"].toObject()["passed"].toBool(), false);
        QVERIFY2(QJsonDocument(running["module_check"].toObject()["findings"].toArray()).toJson().contains("\"tags-not-applied\""),
                 status.stdOut.constData());
        status = runProcess(hwbExecutable(), {"gateway", "status", "ai-proxy-lite", "--workspace", m_workspace, "--engine", m_docker});
        QVERIFY2(status.stdOut.contains("fails verification") && status.stdOut.contains("[tags-not-applied]"),
                 status.stdOut.constData());
        // The gateway of this workspace's ai-proxy-lite: a developer's own, of their checkout, is another container.
        QCOMPARE(runProcess(hwbExecutable(), {"gateway", "down", "ai-proxy-lite", "--workspace", m_workspace,
                                              "--engine", m_docker}).exitCode, 0);
    }

    // A start that cannot succeed (here: no such image) must not cost the gateway that runs: it is checked before
    // the old container is removed.
    void failedReplacementKeepsTheRunningGateway()
    {
        GatewayController running;
        const GatewaySpec s = spec();
        running.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(running.state() != GatewayController::State::Starting, 60000);
        QVERIFY2(running.state() == GatewayController::State::Ready, qPrintable(running.error().fullText()));
        const QString id = running.containerId();

        GatewayController replacement;
        GatewaySpec broken = s;
        broken.image = "hwb-test/no-such-gateway:0";
        replacement.start(broken);
        QTRY_VERIFY_WITH_TIMEOUT(replacement.state() == GatewayController::State::Failed, 30000);
        QCOMPARE(replacement.error().code, GatewayError::Code::ImageMissing);
        QVERIFY(replacement.removedContainers().isEmpty());
        QCOMPARE(labelledContainers(), QStringList{id});
        QCOMPARE(runProcess(m_docker, {"inspect", "--format", "{{.State.Status}}", id}).stdOut.trimmed(), QByteArray("running"));

        running.stop(m_plugin, m_docker);
        QTRY_VERIFY_WITH_TIMEOUT(running.state() == GatewayController::State::Stopped, 30000);
        QVERIFY(labelledContainers().isEmpty());
    }

    // The suite's containers live in a namespace of their own: a gateway of the same plugin outside it (a
    // developer's) is neither replaced nor removed, and the two do not clash by name.
    void otherNamespacesAreNotTouched()
    {
        qunsetenv("HWB_GATEWAY_NAMESPACE");
        GatewayController outside;
        outside.start(spec());
        QTRY_VERIFY_WITH_TIMEOUT(outside.state() != GatewayController::State::Starting, 60000);
        qputenv("HWB_GATEWAY_NAMESPACE", "test");
        QVERIFY2(outside.state() == GatewayController::State::Ready, qPrintable(outside.error().fullText()));
        const QString outsideId = outside.containerId();

        GatewayController inside;
        inside.start(spec());
        QTRY_VERIFY_WITH_TIMEOUT(inside.state() != GatewayController::State::Starting, 60000);
        QVERIFY2(inside.state() == GatewayController::State::Ready, qPrintable(inside.error().fullText()));
        inside.stop(m_plugin, m_docker);
        QTRY_VERIFY_WITH_TIMEOUT(inside.state() == GatewayController::State::Stopped, 30000);
        QCOMPARE(inside.removedContainers().size(), 1);
        QVERIFY(inside.removedContainers().first() != outsideId);
        QCOMPARE(labelledContainers(), QStringList{outsideId});

        qunsetenv("HWB_GATEWAY_NAMESPACE");
        outside.stop(m_plugin, m_docker);
        QTRY_VERIFY_WITH_TIMEOUT(outside.state() == GatewayController::State::Stopped, 30000);
        qputenv("HWB_GATEWAY_NAMESPACE", "test");
        QVERIFY(labelledContainers().isEmpty());
    }

    // Two checkouts with a plugin of the same name: each has its gateway, as two plugins do, and stopping one
    // leaves the other.
    void twoWorkspacesKeepTheirOwnGateways()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath("checkout-a")) && QDir().mkpath(m_dir.filePath("checkout-b")));
        GatewaySpec a = spec();
        a.workspace = m_dir.filePath("checkout-a");
        GatewaySpec b = spec();
        b.workspace = m_dir.filePath("checkout-b");
        GatewayController first;
        GatewayController second;
        first.start(a);
        QTRY_VERIFY_WITH_TIMEOUT(first.state() != GatewayController::State::Starting, 60000);
        second.start(b);
        QTRY_VERIFY_WITH_TIMEOUT(second.state() != GatewayController::State::Starting, 60000);
        QVERIFY2(first.state() == GatewayController::State::Ready, qPrintable(first.error().fullText()));
        QVERIFY2(second.state() == GatewayController::State::Ready, qPrintable(second.error().fullText()));
        QVERIFY(second.removedContainers().isEmpty());
        QCOMPARE(labelledContainers().size(), 2);

        first.stop(m_plugin, m_docker, {}, a.workspace);
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == GatewayController::State::Stopped, 30000);
        QCOMPARE(labelledContainers(), QStringList{second.containerId()});
        second.stop(m_plugin, m_docker); // any workspace's
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == GatewayController::State::Stopped, 30000);
        QVERIFY(labelledContainers().isEmpty());
    }

    void cancelWhileStarting()
    {
        GatewayController controller;
        GatewaySpec s = spec();
        controller.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.containerId().isEmpty() || controller.state() != GatewayController::State::Starting, 60000);
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Stopped, 30000);
        QVERIFY(!controller.error().isError()); // a cancel is not a failure
        QVERIFY(labelledContainers().isEmpty());
    }

    void portBusy()
    {
        GatewaySpec s = spec();
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, quint16(s.listenerPort)));
        expectFailure(s, GatewayError::Code::PortBusy);
    }

    void daemonDown()
    {
        GatewaySpec s = spec();
        s.engineEnvironment = {"DOCKER_HOST=unix://" + m_dir.filePath("no-daemon.sock")};
        GatewayController controller;
        controller.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Failed, 30000);
        QCOMPARE(controller.error().code, GatewayError::Code::DaemonDown);
        QVERIFY2(controller.error().hint.contains("systemctl start docker"), qPrintable(controller.error().fullText()));
    }

    void missingImage()
    {
        GatewaySpec s = spec();
        s.image = "hwb-test/no-such-gateway:0";
        GatewayController controller;
        controller.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Failed, 30000);
        QCOMPARE(controller.error().code, GatewayError::Code::ImageMissing);
        QVERIFY2(controller.error().hint.endsWith("pull hwb-test/no-such-gateway:0"), qPrintable(controller.error().hint));
    }

    void containerExits()
    {
        // Envoy refuses a module that is not wasm and exits; the error carries its last log lines.
        const QString notWasm = m_dir.filePath("not-wasm.wasm");
        writeFile(notWasm, "this is not a wasm module\n");
        GatewaySpec s = spec();
        s.artifactPath = notWasm;
        GatewayController controller;
        controller.start(s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Failed, 60000);
        QCOMPARE(controller.error().code, GatewayError::Code::ContainerExited);
        const QString tail = controller.error().logTail.join('\n');
        QVERIFY2(tail.contains("[critical]") && tail.contains("Unable to create Wasm HTTP filter"), qPrintable(tail));
        controller.stop(m_plugin, m_docker);
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == GatewayController::State::Stopped, 30000);
        QVERIFY(labelledContainers().isEmpty());

        // hwb gateway up's error says why, the module check among it: that check explains the exit.
        const QList<quint16> ports = freePorts(2);
        const auto up = runProcess(hwbExecutable(), {"gateway", "up", m_plugin, "--artifact", notWasm, "--image", m_image,
                                                     "--engine", m_docker, "--port", QString::number(ports.value(0)),
                                                     "--admin-port", QString::number(ports.value(1)), "--upstream", "mock",
                                                     "--mock-port", QString::number(m_mock.port()), "--json"});
        QCOMPARE(up.exitCode, 1);
        const QJsonObject failed = QJsonDocument::fromJson(up.stdOut).object();
        QCOMPARE(failed["error"].toObject()["code"].toString(), QString("container-exited"));
        const QJsonObject check = failed["module_check"].toObject();
        QCOMPARE(check["passed"], QJsonValue(false));
        QVERIFY2(QJsonDocument(check["findings"].toArray()).toJson().contains("\"not-wasm\""), up.stdOut.constData());
        runProcess(hwbExecutable(), {"gateway", "down", m_plugin, "--engine", m_docker});
        QTRY_VERIFY_WITH_TIMEOUT(labelledContainers().isEmpty(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestGatewayDocker)
#include "tst_gatewaydocker.moc"
