#include "TestSupport.h"

#include "wasm/ArtifactInspector.h"
#include "wasm/WasmReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The hang scenario, reproduced with a real Go build: ai-proxy-lite exports the 0_2_100 ABI only when
// its .buildrc tag is applied.
class TestDemoAbi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void abiFollowsTag_data();
    void abiFollowsTag();
    void osImportsMeetTheGatewayProfile();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestDemoAbi::initTestCase()
{
    QVERIFY2(!test::goExecutable().isEmpty(), "Go is required (scripts/deps.sh installs it)");
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestDemoAbi::abiFollowsTag_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("expect0_2_100");

    QTest::newRow("ai-proxy-lite with .buildrc tag") << "ai-proxy-lite" << QStringList{"proxy_wasm_version_0_2_100"} << true;
    QTest::newRow("ai-proxy-lite without tag") << "ai-proxy-lite" << QStringList{} << false;
    QTest::newRow("hello-world (era 2)") << "hello-world" << QStringList{} << true;
}

void TestDemoAbi::abiFollowsTag()
{
    QFETCH(QString, plugin);
    QFETCH(QStringList, tags);
    QFETCH(bool, expect0_2_100);

    const QString dir = m_workspace + "/plugins/wasm-go/extensions/" + plugin;
    const QString out = m_tmp.filePath(plugin + QString::number(tags.size()) + ".wasm");
    const auto build = test::goBuildWasm(dir, out, tags);
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());

    const auto r = WasmReader::readFile(out);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.module.hasExport("proxy_abi_version_0_2_100"), expect0_2_100);
    if (!expect0_2_100)
        QVERIFY(r.module.hasExport("proxy_abi_version_0_2_1"));
    QVERIFY(r.module.hasExport("_initialize"));
    QVERIFY(!r.module.hasExport("_start"));
    QVERIFY(r.module.hasExport("proxy_on_request_headers"));
}

// A plugin that touches the file system (ai-proxy does, through its dependencies) imports WASI functions the
// gateways before Higress's Go 1.24 host lack: the verdict follows the targeted gateway, from a real Go build.
void TestDemoAbi::osImportsMeetTheGatewayProfile()
{
    const QString dir = m_workspace + "/plugins/wasm-go/extensions/hello-world";
    test::writeFile(dir + "/stat.go", "package main\n\nimport \"os\"\n\n"
                                      "// Whether the gateway mounted a config folder; the call is what matters.\n"
                                      "var haveEnvoyConfig = func() bool { _, err := os.Stat(\"/etc/envoy\"); return err == nil }()\n");
    const QString out = m_tmp.filePath("hello-world-os.wasm");
    const auto build = test::goBuildWasm(dir, out, {});
    QFile::remove(dir + "/stat.go");
    QVERIFY2(build.exitCode == 0, build.stdErr.constData());

    ArtifactInspector::Options options;
    options.pluginDir = dir;
    const auto findingsFor = [&](const QString &gateway) {
        options.gatewayVersion = gateway;
        const ArtifactReport report = ArtifactInspector::inspectFile(out, options);
        QString text;
        for (const InspectionFinding &f : report.findings)
            if (f.code == "import-unsupported")
                text += f.message;
        return text;
    };
    QVERIFY(WasmReader::readFile(out).module.imports.size() > 0);
    const QString onNew = findingsFor("2.1.6");
    QVERIFY2(onNew.isEmpty(), qPrintable(onNew));
    const QString onOld = findingsFor("2.0.4");
    QVERIFY2(onOld.contains("wasi_snapshot_preview1.path_filestat_get"), qPrintable(onOld));
    QVERIFY2(onOld.contains("wasi_snapshot_preview1.sched_yield"), qPrintable(onOld));
}

QTEST_GUILESS_MAIN(TestDemoAbi)
#include "tst_demoabi.moc"
