// When an unchanged change time proves a file unchanged (FileIdentity::changeTimeSettled): the rule for each kind of
// file system, and the real one the tests run on.
#include "common/FileIdentity.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestFileIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settledRule_data();
    void settledRule();
    void settlesOnThisFileSystem();
};

void TestFileIdentity::settledRule_data()
{
    QTest::addColumn<qlonglong>("fileSystem");
    QTest::addColumn<qlonglong>("ctimeNs");
    QTest::addColumn<qlonglong>("nowNs");
    QTest::addColumn<bool>("settled");
    const qlonglong t = 1'790'000'000'123'456'789;
    const qlonglong settle = FileIdentity::kSettleNs;
    QTest::newRow("ext4, long ago") << 0xEF53LL << t << t + 1'000'000'000 << true;
    QTest::newRow("ext4, just written") << 0xEF53LL << t << t + settle / 2 << false;
    QTest::newRow("ext4, exactly the margin") << 0xEF53LL << t << t + settle << false;
    QTest::newRow("ext3 (whole seconds)") << 0xEF53LL << 1'790'000'000'000'000'000LL << t + 5'000'000'000 << false;
    QTest::newRow("tmpfs") << 0x01021994LL << t << t + 1'000'000'000 << true;
    QTest::newRow("overlayfs") << 0x794C7630LL << t << t + 1'000'000'000 << true;
    QTest::newRow("NFS") << 0x6969LL << t << t + 1'000'000'000 << false;
    QTest::newRow("FUSE") << 0x65735546LL << t << t + 1'000'000'000 << false;
    QTest::newRow("FAT") << 0x4D44LL << t << t + 1'000'000'000 << false;
}

void TestFileIdentity::settledRule()
{
    QFETCH(qlonglong, fileSystem);
    QFETCH(qlonglong, ctimeNs);
    QFETCH(qlonglong, nowNs);
    QFETCH(bool, settled);
    QCOMPARE(FileIdentity::changeTimeSettled(long(fileSystem), ctimeNs, nowNs), settled);
}

// The test machine's temporary folder is on one of the file systems the rule trusts (CI: ext4 or overlayfs).
void TestFileIdentity::settlesOnThisFileSystem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("go.mod");
    test::writeFile(path, "module m\n");
    const FileIdentity written = FileIdentity::ofPath(path);
    QVERIFY(!FileIdentity::changeTimeSettled(path, written)); // just written
    QVERIFY(FileIdentity::waitForClockPast(written.ctimeNs + FileIdentity::kSettleNs));
    QVERIFY(FileIdentity::changeTimeSettled(path, written));
    QVERIFY(!FileIdentity::changeTimeSettled(dir.filePath("absent"), FileIdentity::ofPath(dir.filePath("absent"))));
}

QTEST_GUILESS_MAIN(TestFileIdentity)
#include "tst_fileidentity.moc"
