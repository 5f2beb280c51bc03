#include "TestSupport.h"

#include "AppContext.h"
#include "pages/OverviewPage.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hwb;
using namespace hwb::gui;

// What the Overview says of a plugin's .buildrc, the file this product exists for.
class TestOverviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheBuildrcItMustApply();
    void aBuildrcThatIsAFifoDoesNotFreezeThePage();

private:
    QString pluginDir(const QString &name) const { return m_workspace + "/plugins/wasm-go/extensions/" + name; }
    QLabel *buildrcHint(OverviewPage &page) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = QDir(test::copyDemoWorkspace(m_tmp)).absolutePath();
    QVERIFY(!m_workspace.isEmpty());
}

QLabel *TestOverviewPage::buildrcHint(OverviewPage &page) const
{
    for (QLabel *label : page.findChildren<QLabel *>())
        if (label->text().startsWith("This plugin has a .buildrc"))
            return label;
    return nullptr;
}

void TestOverviewPage::showsTheBuildrcItMustApply()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    OverviewPage page(context);
    context.setCurrentPlugin(pluginDir("ai-proxy-lite"));
    QLabel *hint = buildrcHint(page);
    QVERIFY(hint);
    QVERIFY2(hint->text().contains("(EXTRA_TAGS=proxy_wasm_version_0_2_100)"), qPrintable(hint->text()));
}

// open() of a FIFO waits for a writer: read unbounded, selecting the plugin froze the window for good. (A hang
// here ends the test by ctest's timeout.)
void TestOverviewPage::aBuildrcThatIsAFifoDoesNotFreezeThePage()
{
    const QString buildrc = pluginDir("key-auth-lite") + "/.buildrc";
    QFile::remove(buildrc);
    QCOMPARE(::mkfifo(QFile::encodeName(buildrc).constData(), 0600), 0);
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    OverviewPage page(context);
    context.setCurrentPlugin(pluginDir("key-auth-lite"));
    QLabel *hint = buildrcHint(page);
    QVERIFY(hint);
    QVERIFY2(hint->text().contains("not a regular file"), qPrintable(hint->text()));
    QVERIFY(QFile::remove(buildrc));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
