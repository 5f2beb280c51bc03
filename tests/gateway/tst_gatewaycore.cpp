#include "gateway/GatewayController.h"
#include "gateway/GatewayLogModel.h"
#include "gateway/GatewayRunProfile.h"
#include "gateway/GatewayRunDir.h"
#include "gateway/PluginConfigFile.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestGatewayCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

    void pluginConfigPrefersSavedEdit()
    {
        QTemporaryDir plugin;
        QFile sample(plugin.filePath("config.sample.json"));
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.write("{\"sample\":true}");
        sample.close();
        PluginConfigFile::forget("tst-plugin");
        QString origin;
        QCOMPARE(PluginConfigFile::load("tst-plugin", plugin.path(), &origin), QByteArray("{\"sample\":true}"));
        QCOMPARE(origin, sample.fileName());
        QVERIFY(PluginConfigFile::save("tst-plugin", "{\"mine\":1}"));
        QCOMPARE(PluginConfigFile::load("tst-plugin", plugin.path()), QByteArray("{\"mine\":1}"));
        QVERIFY(PluginConfigFile::saveIfEdited("tst-plugin", plugin.path(), "{\"sample\":true}\n"));
        QCOMPARE(PluginConfigFile::load("tst-plugin", plugin.path(), &origin), QByteArray("{\"sample\":true}"));
        QCOMPARE(origin, sample.fileName()); // unchanged from the sample: nothing saved
        QVERIFY(PluginConfigFile::saveIfEdited("tst-plugin", plugin.path(), "{\"mine\":2}"));
        QVERIFY(PluginConfigFile::forget("tst-plugin"));
        QCOMPARE(PluginConfigFile::load("tst-plugin", QString()), QByteArray("{}\n"));
    }

    void runDirUnderTempAndRemovable()
    {
        QTemporaryDir src;
        QFile wasm(src.filePath("main.wasm"));
        QVERIFY(wasm.open(QIODevice::WriteOnly));
        wasm.write(QByteArray("\0asm\1\0\0\0", 8));
        wasm.close();
        QString error;
        const QString dir = GatewayRunDir::create("demo", "admin: {}\n", wasm.fileName(), &error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        QVERIFY(dir.startsWith(QDir::tempPath() + "/hwb-gateway-demo-"));
        QVERIFY(QFile::exists(GatewayRunDir::envoyYamlPath(dir)));
        QVERIFY(QFile::permissions(GatewayRunDir::wasmPath(dir)) & QFile::ReadOther);
        QVERIFY(!GatewayRunDir::remove(src.path())); // not one of ours
        QVERIFY(GatewayRunDir::remove(dir));
        QVERIFY(!QFile::exists(dir));
    }

    void runArgumentsKeepTheContract()
    {
        GatewaySpec spec;
        spec.pluginName = "ai-proxy";
        spec.listenerPort = 18000;
        spec.adminPort = 19901;
        const QStringList args = GatewayController::runArguments(spec, "/tmp/hwb-gateway-x");
        const QString line = args.join(' ');
        QVERIFY(line.contains("--label io.higress.workbench=1"));
        QVERIFY(line.contains("--label io.higress.workbench.plugin=ai-proxy"));
        QVERIFY(line.contains("-p 127.0.0.1:18000:10000"));
        QVERIFY(line.contains("-p 127.0.0.1:19901:9901"));
        QVERIFY(line.contains("--add-host host.docker.internal:host-gateway"));
        QVERIFY(line.contains("/tmp/hwb-gateway-x/plugin.wasm:/etc/envoy/plugin.wasm:ro"));
        QVERIFY(line.contains("/tmp/hwb-gateway-x/envoy.yaml:/etc/envoy/envoy.yaml:ro"));
        QVERIFY(line.endsWith(spec.image + " -c /etc/envoy/envoy.yaml --component-log-level wasm:debug"));
        QCOMPARE(GatewayController::containerName("a b/c"), QString("hwb-gateway-a-b-c"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayCore)
#include "tst_gatewaycore.moc"
