#include "TestSupport.h"

#include "gateway/GatewaySpec.h"
#include "gateway/ModuleCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The check the Gateway page and `hwb gateway up` make before loading a module, on real Go builds of the
// story's plugin: without its .buildrc tag it loads and hangs every request, and that must be said first.
class TestModuleCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_plugin;

private Q_SLOTS:
    void initTestCase()
    {
        const QString ws = test::copyDemoWorkspace(m_dir);
        QVERIFY(!ws.isEmpty());
        m_plugin = ws + "/plugins/wasm-go/extensions/ai-proxy-lite";
    }

    void versionOfImage_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("version");
        QTest::newRow("official") << GatewaySpec::defaultImage("2.1.6") << "2.1.6";
        QTest::newRow("v prefix") << "higress/gateway:v2.1.5" << "v2.1.5";
        QTest::newRow("latest") << "hwb-test-gateway:latest" << "";
        QTest::newRow("no tag") << "higress/gateway" << "";
        QTest::newRow("registry port, no tag") << "localhost:5000/higress/gateway" << "";
        QTest::newRow("registry port and tag") << "localhost:5000/higress/gateway:2.1.4" << "2.1.4";
        // A bare number is a build counter, not Higress 1.x: judged as 1.x the module was blamed for a missing import.
        QTest::newRow("a build number") << "some/image:1" << "";
        QTest::newRow("major.minor") << "higress/gateway:2.0" << "2.0";
    }
    void versionOfImage()
    {
        QFETCH(QString, image);
        QFETCH(QString, version);
        QCOMPARE(ModuleCheck::versionOfImage(image), version);
    }

    void aBuildWithoutTheBuildrcTagIsAnError()
    {
        const QString artifact = m_plugin + "/main.wasm";
        const auto build = test::goBuildWasm(m_plugin, artifact, {});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        const ModuleCheck check = ModuleCheck::run(artifact, m_plugin, GatewaySpec::defaultImage("2.1.6"));
        QVERIFY(check.hasErrors());
        QCOMPARE(check.gatewayVersion, QString("2.1.6"));
        QVERIFY2(check.lines().join('\n').contains("[tags-not-applied]"), qPrintable(check.lines().join('\n')));
        QCOMPARE(check.problems.first().severity, FindingSeverity::Error);
    }

    void aBuildWithItPasses()
    {
        const QString artifact = m_plugin + "/main.wasm";
        const auto build = test::goBuildWasm(m_plugin, artifact, {"proxy_wasm_version_0_2_100"});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        const ModuleCheck check = ModuleCheck::run(artifact, m_plugin, "hwb-test-gateway:latest");
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.lines().join('\n')));
        QVERIFY(!check.hasErrors());
    }

    void aModuleAnOldGatewayCannotLoadIsAnError()
    {
        const QString artifact = m_plugin + "/main.wasm";
        const auto build = test::goBuildWasm(m_plugin, artifact, {"proxy_wasm_version_0_2_100"});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
        const ModuleCheck check = ModuleCheck::run(artifact, m_plugin, GatewaySpec::defaultImage("2.1.4"));
        QVERIFY2(check.lines().join('\n').contains("[import-unsupported]"), qPrintable(check.lines().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestModuleCheck)
#include "tst_modulecheck.moc"
