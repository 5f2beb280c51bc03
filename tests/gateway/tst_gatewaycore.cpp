#include "gateway/ContainerEngine.h"
#include "gateway/GatewayController.h"
#include "gateway/GatewayFixes.h"
#include "gateway/GatewayLogModel.h"
#include "gateway/GatewayRunProfile.h"
#include "gateway/GatewayRunDir.h"
#include "TestSupport.h"
#include "gateway/PluginConfigFile.h"
#include "llm/Redactor.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>

using namespace hwb;

class TestGatewayCore : public QObject
{
    Q_OBJECT

private:
    static PluginInfo pluginIn(const QString &folder, PluginFamily family)
    {
        PluginInfo plugin;
        plugin.name = "tst-plugin";
        plugin.family = family;
        plugin.path = folder;
        return plugin;
    }

private Q_SLOTS:
    // A call that a newer one replaces is stopped without the window waiting on it, answers no one, and its
    // process object goes once the process has ended (not leaked, not left running).
    void aCancelledEngineCallAnswersNoOneAndGoes()
    {
        QTemporaryDir dir;
        const QString engineScript = dir.filePath("engine");
        test::writeFile(engineScript, "#!/bin/sh\nexec sleep 30\n");
        QVERIFY(QFile::setPermissions(engineScript, QFile::permissions(engineScript) | QFileDevice::ExeOwner));
        ContainerEngine engine;
        engine.setProgram(engineScript);
        int answered = 0;
        engine.run({"ps"}, [&answered](const ContainerEngine::Result &) { ++answered; });
        auto *first = engine.findChild<QProcess *>();
        QVERIFY(first);
        QVERIFY(first->waitForStarted(10000));
        const qint64 pid = first->processId();
        QPointer<QProcess> gone(first);
        engine.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 10000);
        QCOMPARE(answered, 0);
        QVERIFY(::kill(pid_t(pid), 0) != 0); // no such process any more
    }

    // What docker prints when the daemon is up but the user may not use its socket: not "the daemon is not
    // running", which sends them to start one that runs.
    void engineFailureTellsARefusedUserFromADaemonDown_data()
    {
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<QString>("code");
        QTest::newRow("socket refused")
            << QByteArray("permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
                          "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info\": dial unix /var/run/docker.sock: connect: permission denied\n")
            << "daemon-refuses-user";
        QTest::newRow("daemon down")
            << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n")
            << "daemon-down";
    }
    void engineFailureTellsARefusedUserFromADaemonDown()
    {
        QFETCH(QByteArray, err);
        QFETCH(QString, code);
        ContainerEngine::Result result;
        result.started = true;
        result.exitCode = 1;
        result.err = err;
        const GatewayError e = GatewayFixes::engineFailure(result, "/usr/bin/docker", "img", FrontEnd::CommandLine,
                                                           GatewayError::Code::RunFailed, "Checking the engine");
        QCOMPARE(GatewayError::codeId(e.code), code);
        if (code == "daemon-refuses-user")
            QVERIFY2(e.hint.contains("usermod -aG docker"), qPrintable(e.hint));
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void logModelSplitsLines_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("whole lines") << QList<QByteArray>{"a\nb\n"} << QStringList{"a", "b"};
        QTest::newRow("split line") << QList<QByteArray>{"ab", "c\nd", "\n"} << QStringList{"abc", "d"};
        QTest::newRow("crlf and utf-8") << QList<QByteArray>{"网", "关\r\n"} << QStringList{QString::fromUtf8("网关")};
        QTest::newRow("partial held") << QList<QByteArray>{"x\ny"} << QStringList{"x"};
    }
    void logModelSplitsLines()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QStringList, lines);
        GatewayLogModel model;
        QAbstractItemModelTester tester(&model);
        for (const QByteArray &p : pieces)
            model.appendBytes(p);
        QCOMPARE(model.lines(), lines);
        QCOMPARE(model.rowCount(), lines.size());
    }

    // The key the gateway was started with, and anything shaped like a key, never shows in its log.
    void logModelMasksKeys()
    {
        Redactor::global().addSecret("provider-key-0123");
        GatewayLogModel model;
        model.appendBytes("[wasm] plugin configuration: {\"apiTokens\":[\"provider-key-0123\"]}\n"
                          "[wasm] header Authorization: Bearer abcdefgh12345\n");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tail(2).join('\n'), QString("[wasm] plugin configuration: {\"apiTokens\":[\"[REDACTED]\"]}\n"
                                                   "[wasm] header Authorization: Bearer [REDACTED]"));
        Redactor::global().clearSecrets();
    }

    void logModelIsBounded()
    {
        GatewayLogModel model; // no model tester here: it re-walks all 5000 rows on every insert
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < GatewayLogModel::kMaxLines + 10; ++i)
            model.appendLine(QString::number(i));
        QVERIFY(model.rowCount() <= GatewayLogModel::kMaxLines);
        QCOMPARE(removed.size(), 1); // trimmed in one batch
        QCOMPARE(model.tail(1), QStringList{QString::number(GatewayLogModel::kMaxLines + 9)});
    }

    // A view lays out its rows again on every insertion: a chunk of lines is one insertion, and a burst larger than
    // the bound keeps its newest lines with the tester's checks passing.
    void logModelInsertsAChunkAtOnce()
    {
        GatewayLogModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i)
            chunk += "[info][main] line " + QByteArray::number(i) + "\r\n";
        model.appendBytes(chunk + "partial");
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.tail(1), QStringList{"[info][main] line 999"});

        QByteArray burst;
        for (int i = 0; i < GatewayLogModel::kMaxLines + 100; ++i)
            burst += "b" + QByteArray::number(i) + "\n";
        model.appendBytes(burst);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), GatewayLogModel::kMaxLines);
        QCOMPARE(model.lines().first(), QString("b100"));
        QCOMPARE(model.tail(1), QStringList{"b" + QString::number(GatewayLogModel::kMaxLines + 99)});
        QCOMPARE(model.lines().filter("partial").size(), 0); // joined "partialb0" was dropped with the oldest
    }

    void profilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("profiles.json");
        QCOMPARE(GatewayRunProfileStore::load(path).size(), 3); // defaults when nothing is saved
        QList<GatewayRunProfile> profiles = GatewayRunProfileStore::defaults();
        QCOMPARE(profiles.at(2).pluginInRequestPath(), false);
        QVERIFY(GatewayRunProfile::kindDisplayName(profiles.at(2).kind).contains("NOT"));
        profiles[0].listenerPort = 18000;
        profiles[1].externalUrl = "http://gw.example:8080";
        QVERIFY(GatewayRunProfileStore::save(profiles, path));
        const QList<GatewayRunProfile> loaded = GatewayRunProfileStore::load(path);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.at(0).requestBaseUrl(1), QString("http://127.0.0.1:18000"));
        QCOMPARE(loaded.at(1).requestBaseUrl(1), QString("http://gw.example:8080"));
        QCOMPARE(loaded.at(2).requestBaseUrl(18080), QString("http://127.0.0.1:18080"));
        QCOMPARE(GatewayRunProfile::kindId(loaded.at(2).kind), QString("mock-only"));
        QCOMPARE(GatewayRunProfileStore::firstOfKind(GatewayRunProfile::Kind::MockOnly), 2);
    }

    // A profiles file broken by hand is reported, and kept: the next save puts it beside, never over it.
    void unreadableProfilesAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("profiles.json");
        const QByteArray broken = "{\"profiles\": [{\"name\": \"Mine\", \"listener_port\": 18000,}]}";
        test::writeFile(path, broken);
        QString error;
        QCOMPARE(GatewayRunProfileStore::load(path, &error).size(), 3); // the defaults
        QVERIFY2(error.contains(path) && error.contains("line 1, column "), qPrintable(error));
        QCOMPARE(test::readFile(path), broken);

        QList<GatewayRunProfile> profiles = GatewayRunProfileStore::defaults();
        profiles[0].listenerPort = 18001;
        QVERIFY(GatewayRunProfileStore::save(profiles, path, &error));
        QCOMPARE(test::readFile(path + ".unreadable"), broken);
        QCOMPARE(GatewayRunProfileStore::load(path).at(0).listenerPort, 18001);

        test::writeFile(path, "not json either");
        error.clear();
        GatewayRunProfileStore::load(path, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(GatewayRunProfileStore::save(profiles, path, &error));
        QCOMPARE(test::readFile(path + ".unreadable"), broken); // the first one stays
        QCOMPARE(QDir(dir.path()).entryList({"profiles.json.unreadable-*"}).size(), 1);

        test::writeFile(path, "[\"a list\"]");
        error.clear();
        GatewayRunProfileStore::load(path, &error);
        QVERIFY2(error.contains("not a JSON object"), qPrintable(error));
    }

    void pluginConfigPrefersSavedEdit()
    {
        QTemporaryDir folder;
        const PluginInfo plugin = pluginIn(folder.path(), PluginFamily::WasmGo);
        test::writeFile(PluginConfigFile::samplePath(plugin.path), "{\"sample\":true}");
        PluginConfigFile::forget(plugin);
        QString origin;
        QString error;
        QCOMPARE(PluginConfigFile::load(plugin, &origin), QByteArray("{\"sample\":true}"));
        QCOMPARE(origin, PluginConfigFile::samplePath(plugin.path));
        QVERIFY(PluginConfigFile::saveIfEdited(plugin, "{\"mine\":1}", &error));
        QCOMPARE(PluginConfigFile::load(plugin, &origin), QByteArray("{\"mine\":1}"));
        QCOMPARE(origin, PluginConfigFile::savedPath(plugin));
        QVERIFY(PluginConfigFile::saveIfEdited(plugin, "{\"sample\":true}\n", &error));
        QCOMPARE(PluginConfigFile::load(plugin, &origin), QByteArray("{\"sample\":true}"));
        QCOMPARE(origin, PluginConfigFile::samplePath(plugin.path)); // back to the sample: the edit is gone
        QVERIFY(PluginConfigFile::saveIfEdited(plugin, "{\"mine\":2}", &error));
        QVERIFY(PluginConfigFile::forget(plugin));
        QCOMPARE(PluginConfigFile::load(pluginIn(QString(), PluginFamily::WasmGo)), QByteArray("{}\n"));
    }

    // A config.sample.json that is a FIFO (a checkout can hold one) is not waited on: no configuration, at once.
    void pluginConfigSampleThatIsAFifoIsSkipped()
    {
        QTemporaryDir folder;
        const PluginInfo plugin = pluginIn(folder.path(), PluginFamily::WasmGo);
        PluginConfigFile::forget(plugin);
        QCOMPARE(::mkfifo(QFile::encodeName(PluginConfigFile::samplePath(plugin.path)).constData(), 0600), 0);
        QString origin;
        QCOMPARE(PluginConfigFile::load(plugin, &origin), QByteArray("{}\n"));
        QVERIFY(origin.isEmpty());
    }

    // ai-proxy is a plugin of wasm-go and of wasm-cpp, and each keeps its own edit. An edit saved before edits
    // were kept per family is still found, until the plugin's edit is saved again.
    void pluginConfigIsKeptPerFamily()
    {
        QTemporaryDir go, cpp;
        const PluginInfo goPlugin = pluginIn(go.path(), PluginFamily::WasmGo);
        const PluginInfo cppPlugin = pluginIn(cpp.path(), PluginFamily::WasmCpp);
        QString error;
        QVERIFY(PluginConfigFile::saveIfEdited(goPlugin, "{\"go\":1}", &error));
        QVERIFY(PluginConfigFile::saveIfEdited(cppPlugin, "{\"cpp\":1}", &error));
        QCOMPARE(PluginConfigFile::load(goPlugin), QByteArray("{\"go\":1}"));
        QCOMPARE(PluginConfigFile::load(cppPlugin), QByteArray("{\"cpp\":1}"));
        QVERIFY(PluginConfigFile::forget(goPlugin));
        QVERIFY(PluginConfigFile::forget(cppPlugin));

        const QString shared = QFileInfo(PluginConfigFile::savedPath(goPlugin)).absolutePath() + "/../tst-plugin.json";
        test::writeFile(shared, "{\"before\":1}");
        QString origin;
        QCOMPARE(PluginConfigFile::load(cppPlugin, &origin), QByteArray("{\"before\":1}"));
        QCOMPARE(QFileInfo(origin).canonicalFilePath(), QFileInfo(shared).canonicalFilePath());
        QVERIFY(PluginConfigFile::saveIfEdited(cppPlugin, "{\"cpp\":2}", &error));
        QVERIFY(!QFileInfo::exists(shared));
        QCOMPARE(PluginConfigFile::load(cppPlugin), QByteArray("{\"cpp\":2}"));
        QCOMPARE(PluginConfigFile::load(goPlugin), QByteArray("{\"before\":1}")); // the other family keeps it
        QVERIFY(PluginConfigFile::forget(cppPlugin));
        QVERIFY(PluginConfigFile::forget(goPlugin));
    }

    // An API key written out is not saved: the error says where it is, and the file on disk stays as it was.
    void pluginConfigKeepsNoKeyOnDisk()
    {
        QTemporaryDir folder;
        const PluginInfo plugin = pluginIn(folder.path(), PluginFamily::WasmGo);
        QString error;
        QVERIFY(PluginConfigFile::saveIfEdited(plugin, "{\"provider\":{\"apiTokens\":[\"${API_KEY}\"]}}", &error));
        const QByteArray saved = test::readFile(PluginConfigFile::savedPath(plugin));
        QVERIFY(!PluginConfigFile::saveIfEdited(plugin, "{\"provider\":{\"apiTokens\":[\"sk-live0123456789abcdef\"]}}", &error));
        QVERIFY2(error.contains("provider.apiTokens[0]") && error.contains("${API_KEY}"), qPrintable(error));
        QVERIFY(!error.contains("sk-live"));
        QCOMPARE(test::readFile(PluginConfigFile::savedPath(plugin)), saved);
        QVERIFY(PluginConfigFile::forget(plugin));
    }

    void runDirUnderTempAndRemovable()
    {
        QTemporaryDir src;
        QFile wasm(src.filePath("main.wasm"));
        QVERIFY(wasm.open(QIODevice::WriteOnly));
        wasm.write(QByteArray("\0asm\1\0\0\0", 8));
        wasm.close();
        QString error;
        const QString dir = GatewayRunDir::create("demo", wasm.fileName(), &error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        QVERIFY(dir.startsWith(QDir::tempPath() + "/hwb-gateway-demo-"));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{"plugin.wasm"}); // envoy.yaml goes through `cp -`
        QVERIFY(QFile::permissions(GatewayRunDir::wasmPath(dir)) & QFile::ReadOther);
        QVERIFY(!GatewayRunDir::remove(src.path())); // not one of ours
        QVERIFY(GatewayRunDir::remove(dir));
        QVERIFY(!QFile::exists(dir));
    }

    void configReachesTheContainerAsAnArchive()
    {
        const QByteArray archive = GatewayController::configArchive("admin: {}\n");
        QVERIFY(archive.size() >= 4 * 512);
        QCOMPARE(archive.left(6), QByteArray("envoy/"));
        QCOMPARE(archive.mid(512, 16), QByteArray("envoy/envoy.yaml"));
        QVERIFY(archive.contains("admin: {}\n"));
    }

    void createArgumentsKeepTheContract()
    {
        qunsetenv("HWB_GATEWAY_NAMESPACE"); // the suite's own namespace (tests/CMakeLists) is tst_gatewaycontainers'
        GatewaySpec spec;
        spec.pluginName = "ai-proxy";
        spec.listenerPort = 18000;
        spec.adminPort = 19901;
        const QStringList args = GatewayController::createArguments(spec, "/tmp/hwb-gateway-x");
        const QString line = args.join(' ');
        QVERIFY(line.contains("--label io.higress.workbench=1"));
        QVERIFY(line.contains("--label io.higress.workbench.plugin=ai-proxy"));
        QVERIFY(line.contains("-p 127.0.0.1:18000:10000"));
        QVERIFY(line.contains("-p 127.0.0.1:19901:9901"));
        QVERIFY(line.contains("--add-host host.docker.internal:host-gateway"));
        QVERIFY(line.contains("/tmp/hwb-gateway-x/plugin.wasm:/etc/envoy/plugin.wasm:ro"));
        QVERIFY(!line.contains("envoy.yaml:")); // never mounted from the host: it holds the provider key
        QVERIFY(line.endsWith(spec.image + " -c /etc/envoy/envoy.yaml --component-log-level wasm:debug"));
        QCOMPARE(GatewayController::containerName("hello-world"), QString("hwb-gateway-hello-world"));
        // Docker refuses anything but [a-zA-Z0-9_.-]; the hash keeps names that differ only there apart.
        const QString spaced = GatewayController::containerName("a b/c");
        QVERIFY2(QRegularExpression("^hwb-gateway-a-b-c-[0-9a-f]{8}$").match(spaced).hasMatch(), qPrintable(spaced));
        QVERIFY(spaced != GatewayController::containerName("a-b-c"));
        const QString chinese = GatewayController::containerName(QString::fromUtf8("中文插件"));
        QVERIFY2(QRegularExpression("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$").match(chinese).hasMatch(), qPrintable(chinese));
        QVERIFY(chinese != GatewayController::containerName(QString::fromUtf8("插件中文")));
    }
};

QTEST_GUILESS_MAIN(TestGatewayCore)
#include "tst_gatewaycore.moc"
