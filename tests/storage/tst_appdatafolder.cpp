#include "TestSupport.h"

#include "storage/AppDataFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Versions up to 0.1 kept their data in <data>/higress-workbench/higress-workbench (Qt's AppDataLocation with an
// organization and an application of the same name). The folder is now one level up, and what was below moves up
// without replacing anything.
class TestAppDataFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstUseMovesTheNestedFolderUp();
    void nothingAboveIsReplaced();
    void noNestedFolderIsNoChange();

private:
    QTemporaryDir m_xdg;
};

void TestAppDataFolder::initTestCase()
{
    qunsetenv("HWB_DATA_DIR"); // this test places the data folder through XDG, as users do
    // path() decides once per process, so the old layout is laid out before the first call.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.path()));
    const QString old = m_xdg.filePath("higress-workbench/higress-workbench");
    test::writeFile(old + "/build-history.sqlite", "db");
    test::writeFile(old + "/templates/mine.json", "{}");
    QCOMPARE(AppDataFolder::path(), m_xdg.filePath("higress-workbench"));
}

void TestAppDataFolder::firstUseMovesTheNestedFolderUp()
{
    QCOMPARE(test::readFile(AppDataFolder::filePath("build-history.sqlite")), QByteArray("db"));
    QCOMPARE(test::readFile(AppDataFolder::filePath("templates/mine.json")), QByteArray("{}"));
    QVERIFY(!QDir(m_xdg.filePath("higress-workbench/higress-workbench")).exists());
}

void TestAppDataFolder::nothingAboveIsReplaced()
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath("higress-workbench/build-history.sqlite"), "old");
    test::writeFile(dir.filePath("higress-workbench/build-history.sqlite-wal"), "old wal");
    test::writeFile(dir.filePath("higress-workbench/.hidden"), "h");
    test::writeFile(dir.filePath("build-history.sqlite"), "new");
    QCOMPARE(AppDataFolder::moveUpNestedFolder(dir.path()), QStringList{"build-history.sqlite"});
    QCOMPARE(test::readFile(dir.filePath("build-history.sqlite")), QByteArray("new"));
    QCOMPARE(test::readFile(dir.filePath("higress-workbench/build-history.sqlite")), QByteArray("old"));
    QCOMPARE(test::readFile(dir.filePath("build-history.sqlite-wal")), QByteArray("old wal"));
    QCOMPARE(test::readFile(dir.filePath(".hidden")), QByteArray("h"));
}

void TestAppDataFolder::noNestedFolderIsNoChange()
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath("run-history.sqlite"), "x");
    QVERIFY(AppDataFolder::moveUpNestedFolder(dir.path()).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"run-history.sqlite"});
}

QTEST_GUILESS_MAIN(TestAppDataFolder)
#include "tst_appdatafolder.moc"
