#include "TestSupport.h"
#include "WasmBuilder.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "common/FileIdentity.h"
#include "wasm/ArtifactContentCache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;
namespace w = hwb::test::wasm;

// What selecting a plugin costs the window: its module is read once however many pages judge it.
class TestAppContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectingABuiltPluginReadsItsModuleOnce();

private:
    QString pluginDir(const QString &name) const { return m_workspace + "/plugins/wasm-go/extensions/" + name; }

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestAppContext::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = QDir(test::copyDemoWorkspace(m_tmp)).absolutePath();
    QVERIFY(!m_workspace.isEmpty());
}

void TestAppContext::selectingABuiltPluginReadsItsModuleOnce()
{
    const QString module = pluginDir("hello-world") + "/main.wasm";
    test::writeFile(module, w::kHeader + w::exportSection({{"proxy_abi_version_0_2_100", '\0'}, {"_initialize", '\0'}}));
    // Written long enough ago that the identity it has proves its content.
    QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(module).ctimeNs));

    AppContext context;
    MainWindow window(context);
    QVERIFY(window.openWorkspace(m_workspace));
    QVERIFY(window.selectPluginByName("request-stamp"));
    ArtifactContentCache &cache = ArtifactContentCache::shared();
    const int reads = ArtifactInspector::filesRead();
    const int hits = cache.hits();
    QVERIFY(window.selectPluginByName("hello-world"));
    QCOMPARE(ArtifactInspector::filesRead() - reads, 1);
    QVERIFY2(cache.hits() - hits >= 1, "the Gateway page's module check judges the module the Verify page read");

    // Back and forth: judged again, never read again.
    QVERIFY(window.selectPluginByName("request-stamp"));
    QVERIFY(window.selectPluginByName("hello-world"));
    QCOMPARE(ArtifactInspector::filesRead() - reads, 1);
    QVERIFY(QFile::remove(module));
}

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
