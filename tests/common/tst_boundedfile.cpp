#include "TestSupport.h"

#include "common/BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hwb;

// What the workbench reads from names it is given is bounded: regular files only, up to a limit.
class TestBoundedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsARegularFileWithinTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("f");
        test::writeFile(path, "EXTRA_TAGS=a");
        QString error;
        QCOMPARE(BoundedFile::read(path, 12, &error).value_or("refused"), QByteArray("EXTRA_TAGS=a"));
        QVERIFY(!BoundedFile::read(path, 11, &error));
        QVERIFY2(error.startsWith("it is 12 bytes, more than the 11 bytes this reads"), qPrintable(error));
    }

    void refusesDevicesAndPipesWithoutWaiting()
    {
        QString error;
        QVERIFY(!BoundedFile::read("/dev/zero", BoundedFile::kBuildrcLimit, &error));
        QCOMPARE(error, QStringLiteral("it is not a regular file (a device, a pipe or a socket)"));
        QTemporaryDir dir;
        const QString fifo = dir.filePath("fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!BoundedFile::read(fifo, BoundedFile::kBuildrcLimit, &error)); // opening it would wait for a writer
        QCOMPARE(BoundedFile::refusal(fifo), error);
        QVERIFY(BoundedFile::refusal(dir.filePath("missing")).isEmpty()); // open() says what is wrong with that
    }

    void aFolderIsRefusedByName()
    {
        QTemporaryDir dir;
        QCOMPARE(BoundedFile::refusal(dir.path()), QStringLiteral("it is a folder"));
        QString error;
        QVERIFY(!BoundedFile::read(dir.path(), 10, &error));
        QCOMPARE(error, QStringLiteral("it is a folder"));
    }

    // Optional files of a checkout: absent says nothing, unreadable says why, and a README is cut rather than refused.
    void optionalFiles()
    {
        QTemporaryDir dir;
        QString why;
        QCOMPARE(BoundedFile::readOptional(dir.filePath("missing"), 10, &why), QByteArray());
        QVERIFY(why.isEmpty());
        test::writeFile(dir.filePath("README.md"), "---\ntitle: x\n---\nlong text");
        QCOMPARE(BoundedFile::readOptional(dir.filePath("README.md"), 4, &why, BoundedFile::Beyond::Cut), QByteArray("---\n"));
        QVERIFY(why.isEmpty());
        QCOMPARE(BoundedFile::readOptional(dir.filePath("README.md"), 4, &why), QByteArray());
        QVERIFY2(why.startsWith("it is 26 bytes, more than the 4 bytes"), qPrintable(why));
        why.clear();
        const QString fifo = dir.filePath("fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(BoundedFile::readOptional(fifo, 10, &why, BoundedFile::Beyond::Cut), QByteArray());
        QCOMPARE(why, QStringLiteral("it is not a regular file (a device, a pipe or a socket)"));
    }

    void aStreamIsCutAtTheLimit()
    {
        QFile zero("/dev/zero");
        QVERIFY(zero.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!BoundedFile::readStream(zero, 4096, &error));
        QVERIFY2(error.contains("more than the 4"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
