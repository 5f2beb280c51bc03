#include "TestSupport.h"

#include "common/TarArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The archive `docker cp -` reads is checked with the real tar: what it lists and what it extracts.
class TestTarArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realTarReadsIt()
    {
        TarArchive archive;
        archive.addDirectory("envoy");
        const QByteArray yaml = "admin: {}\nkey: sk-0123\n";
        archive.addFile("envoy/envoy.yaml", yaml);
        const QByteArray block(512, 'x'); // exactly one block: no padding after it
        archive.addFile("envoy/exact", block, 0600);
        archive.addFile("envoy/empty", {});
        const QByteArray tar = archive.finish();
        QCOMPARE(tar.size() % 512, 0);

        QTemporaryDir dir;
        const QString file = dir.filePath("a.tar");
        test::writeFile(file, tar);
        const auto list = test::runProcess("tar", {"-tvf", file, "--numeric-owner"});
        QVERIFY2(list.exitCode == 0 && list.stdErr.isEmpty(), list.stdErr.constData());
        const QList<QByteArray> lines = list.stdOut.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith("drwxr-xr-x 0/0") && lines.at(0).endsWith(" envoy/"), lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith("-rw-r--r-- 0/0") && lines.at(1).endsWith(" envoy/envoy.yaml"), lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("-rw------- 0/0") && lines.at(2).contains(" 512 "), lines.at(2).constData());

        const QString out = dir.filePath("out");
        QVERIFY(QDir().mkpath(out));
        const auto extract = test::runProcess("tar", {"-xf", file, "-C", out, "--no-same-owner"});
        QVERIFY2(extract.exitCode == 0, extract.stdErr.constData());
        QCOMPARE(test::readFile(out + "/envoy/envoy.yaml"), yaml);
        QCOMPARE(test::readFile(out + "/envoy/exact"), block);
        QCOMPARE(QFileInfo(out + "/envoy/empty").size(), 0);
    }

    void refusesPathsItCannotStore()
    {
        TarArchive tooLong;
        tooLong.addFile(QString(101, 'a'), "x");
        QVERIFY(tooLong.finish().isEmpty());
        TarArchive absolute;
        absolute.addFile("/etc/passwd", "x");
        QVERIFY(absolute.finish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTarArchive)
#include "tst_tararchive.moc"
