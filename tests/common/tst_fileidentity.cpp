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
    QTest::addColumn<quint32>("fileSystem");
    QTest::addColumn<qlonglong>("ctimeNs");
    QTest::addColumn<qlonglong>("nowNs");
    QTest::addColumn<bool>("settled");
    const qlonglong t = 1'790'000'000'123'456'789;
    const qlonglong settle = FileIdentity::kSettleNs;
    QTest::newRow("ext4, long ago") << quint32(0xEF53) << t << t + 1'000'000'000 << true;
    QTest::newRow("ext4, just written") << quint32(0xEF53) << t << t + settle / 2 << false;
    QTest::newRow("ext4, exactly the margin") << quint32(0xEF53) << t << t + settle << false;
    QTest::newRow("ext3 (whole seconds)") << quint32(0xEF53) << 1'790'000'000'000'000'000LL << t + 5'000'000'000 << false;
    QTest::newRow("XFS") << quint32(0x58465342) << t << t + 1'000'000'000 << true;
    QTest::newRow("Btrfs (above 2^31)") << quint32(0x9123683E) << t << t + 1'000'000'000 << true;
    QTest::newRow("F2FS (above 2^31)") << quint32(0xF2F52010) << t << t + 1'000'000'000 << true;
    QTest::newRow("ZFS") << quint32(0x2FC12FC1) << t << t + 1'000'000'000 << true;
    QTest::newRow("tmpfs") << quint32(0x01021994) << t << t + 1'000'000'000 << true;
    QTest::newRow("overlayfs") << quint32(0x794C7630) << t << t + 1'000'000'000 << true;
    QTest::newRow("NFS") << quint32(0x6969) << t << t + 1'000'000'000 << false;
    QTest::newRow("FUSE") << quint32(0x65735546) << t << t + 1'000'000'000 << false;
    QTest::newRow("FAT") << quint32(0x4D44) << t << t + 1'000'000'000 << false;
}

void TestFileIdentity::settledRule()
{
    QFETCH(quint32, fileSystem);
    QFETCH(qlonglong, ctimeNs);
    QFETCH(qlonglong, nowNs);
    QFETCH(bool, settled);
    QCOMPARE(FileIdentity::changeTimeSettled(fileSystem, ctimeNs, nowNs), settled);
}

// The test machine's temporary folder is on one of the file systems the rule trusts (CI: ext4 or overlayfs).
void TestFileIdentity::settlesOnThisFileSystem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("go.mod");
    test::writeFile(path, "module m\n");
    const FileIdentity written = FileIdentity::ofPath(path);
    // Just written: not settled, unless this machine took over 20 ms since (a loaded CI runner may).
    const bool settledAtOnce = FileIdentity::changeTimeSettled(path, written);
    QVERIFY(!settledAtOnce || FileIdentity::clockIsPast(written.ctimeNs + FileIdentity::kSettleNs));
    QVERIFY(FileIdentity::finelyStamped(path, written));
    QVERIFY(FileIdentity::waitForClockPast(written.ctimeNs + FileIdentity::kSettleNs));
    QVERIFY(FileIdentity::changeTimeSettled(path, written));
    QVERIFY(!FileIdentity::changeTimeSettled(dir.filePath("absent"), FileIdentity::ofPath(dir.filePath("absent"))));
}

QTEST_GUILESS_MAIN(TestFileIdentity)
#include "tst_fileidentity.moc"
