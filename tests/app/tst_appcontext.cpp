#include "TestSupport.h"
#include "WasmBuilder.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "common/FileIdentity.h"
#include "wasm/ArtifactContentCache.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;
namespace w = hwb::test::wasm;

// What selecting a plugin and changes on disk cost the window: a plugin's module is read once however many pages
// judge it, and a change to one plugin re-reads that plugin and disturbs the pages only when it is the selected one.
class TestAppContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectingABuiltPluginReadsItsModuleOnce();
    void aChangeRefreshesOnlyThePluginItTouched();
    void aWorkspaceGoneKeepsItsListAndSaysSo();

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
    QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(module).ctimeNs + FileIdentity::kSettleNs));

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

void TestAppContext::aChangeRefreshesOnlyThePluginItTouched()
{
    AppContext context;
    QVERIFY(context.openWorkspace(m_workspace).isEmpty());
    context.watcher()->setDebounceInterval(20);
    context.setCurrentPlugin(pluginDir("hello-world"));
    QSignalSpy refreshed(&context, &AppContext::currentPluginRefreshed);
    QSignalSpy changed(&context, &AppContext::currentPluginChanged);
    const auto version = [&](const QString &name) {
        const int row = context.plugins()->rowOfPath(pluginDir(name));
        return row < 0 ? QString() : context.plugins()->plugins().at(row).version;
    };

    test::writeFile(pluginDir("request-stamp") + "/VERSION", "5.0.0\n");
    QTRY_COMPARE(version("request-stamp"), QString("5.0.0"));
    QCOMPARE(refreshed.count(), 0);

    test::writeFile(pluginDir("hello-world") + "/VERSION", "6.0.0\n");
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(context.currentPlugin()->version, QString("6.0.0"));

    // A new plugin folder joins the list; the selection stays.
    test::writeFile(pluginDir("zz-new") + "/VERSION", "0.1.0\n");
    QTRY_COMPARE(version("zz-new"), QString("0.1.0"));
    QVERIFY(QDir(pluginDir("zz-new")).removeRecursively());
    QTRY_VERIFY(context.plugins()->rowOfPath(pluginDir("zz-new")) < 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(context.currentPlugin()->path, pluginDir("hello-world"));

    // The selected plugin's folder removed: nothing is selected.
    QVERIFY(QDir(pluginDir("hello-world")).removeRecursively());
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!context.currentPlugin());
}

// The checkout is renamed (or unmounted) under the window: a rescan does not empty the list without a word.
void TestAppContext::aWorkspaceGoneKeepsItsListAndSaysSo()
{
    QTemporaryDir tmp;
    const QString root = QDir(test::copyDemoWorkspace(tmp)).absolutePath();
    AppContext context;
    QCOMPARE(context.openWorkspace(root), QString());
    const int listed = context.plugins()->rowCount();
    QVERIFY(listed > 0);
    QSignalSpy messages(&context, &AppContext::message);
    QVERIFY(QDir().rename(root, root + "-moved"));
    context.rescan();
    QCOMPARE(context.plugins()->rowCount(), listed);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).at(0).toString().startsWith("The workspace could not be read again"),
             qPrintable(messages.at(0).at(0).toString()));
    QCOMPARE(messages.at(0).at(1).toBool(), true);
    context.refresh({root + "/plugins/wasm-go/extensions/hello-world"});
    QCOMPARE(context.plugins()->rowCount(), listed);
    QVERIFY(QDir().rename(root + "-moved", root));
}

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
