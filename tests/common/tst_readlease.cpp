#include "common/FileIdentity.h"
#include "common/ReadLease.h"

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

using namespace hwb;

// Leases are checked against real writers: /bin/sh redirections, dd, touch(1), mv and truncate(2).
class TestReadLease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void holdsWhileOnlyReadOrTouched();
    void writerBreaksItWithoutWaiting();
    void truncationBreaksIt();
    void refusedWhileOpenForWriting();
    void renameOverKeepsTheLeaseButNotThePath();
    void identityTellsFilesApart();
    void contentIsTheFile();
    void truncationUnderTheContentIsSafe();
    void truncationAfterALostLeaseIsSafe();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReadLease::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("main.wasm");
    test::writeFile(m_path, "version one");
}

void TestReadLease::holdsWhileOnlyReadOrTouched()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    QVERIFY(lease->holds());
    QCOMPARE(lease->identity().size, qint64(11));
    // touch -h sets the times with utimensat(2) alone, as Go does to an up-to-date output; plain touch(1) opens
    // the file for writing first, and that does break a lease.
    QCOMPARE(test::runProcess("/bin/sh", {"-c", "cat \"$0\" >/dev/null && touch -h \"$0\"", m_path}).exitCode, 0);
    QVERIFY(lease->holds());
    QVERIFY(FileIdentity::ofPath(m_path).sameFile(lease->identity()));
}

void TestReadLease::writerBreaksItWithoutWaiting()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    // Left waiting, the writer would sit out the kernel's lease-break time (45 s); the break handler lets it go.
    const auto writer = test::runProcess("/bin/sh", {"-c", "printf ' and more' >>\"$0\"", m_path}, {}, {}, 20000);
    QVERIFY(writer.finished);
    QCOMPARE(writer.exitCode, 0);
    QVERIFY(!lease->holds());
    QCOMPARE(test::readFile(m_path), QByteArray("version one and more"));
}

void TestReadLease::truncationBreaksIt()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    QVERIFY(QFile::resize(m_path, 3));
    QVERIFY(!lease->holds());
}

void TestReadLease::refusedWhileOpenForWriting()
{
    QFile writer(m_path);
    QVERIFY(writer.open(QIODevice::Append));
    QVERIFY(!ReadLease::take(m_path));
    writer.close();
    QVERIFY(ReadLease::take(m_path));
}

void TestReadLease::renameOverKeepsTheLeaseButNotThePath()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    test::writeFile(m_dir->filePath("next.wasm"), "version two");
    QCOMPARE(test::runProcess("/bin/sh", {"-c", "mv \"$0/next.wasm\" \"$0/main.wasm\"", m_dir->path()}).exitCode, 0);
    QVERIFY(lease->holds()); // the leased file was not written: it is just no longer under the name
    QVERIFY(!FileIdentity::ofPath(m_path).sameFile(lease->identity()));
}

void TestReadLease::identityTellsFilesApart()
{
    const FileIdentity before = FileIdentity::ofPath(m_path);
    QVERIFY(before.exists());
    QVERIFY(!FileIdentity::ofPath(m_dir->filePath("absent")).exists());
    QVERIFY(!FileIdentity().sameFile(FileIdentity()));
    QCOMPARE(test::runProcess("/bin/sh", {"-c", "touch -d '2001-01-01' \"$0\"", m_path}).exitCode, 0);
    const FileIdentity touched = FileIdentity::ofPath(m_path);
    QVERIFY(touched.sameFile(before));
    QVERIFY(touched != before);
}

void TestReadLease::contentIsTheFile()
{
    // More leases, one after another, than there are slots for mappings: each gives its slot back.
    for (int i = 0; i < 20; ++i) {
        auto lease = ReadLease::take(m_path);
        QVERIFY(lease);
        const QByteArrayView content = lease->content();
        QCOMPARE(content, QByteArrayView("version one"));
        QCOMPARE(lease->content().data(), content.data()); // mapped once
    }
}

// sh truncates the file (open with O_TRUNC) while it is mapped: the break handler puts zero pages over the mapping
// before it lets the writer go, so reading it afterwards reads zeros instead of killing the reader with SIGBUS.
void TestReadLease::truncationUnderTheContentIsSafe()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    const QByteArrayView content = lease->content();
    QCOMPARE(content.first(7), QByteArrayView("version"));
    QCOMPARE(test::runProcess("/bin/sh", {"-c", ": >\"$0\"", m_path}, {}, {}, 20000).exitCode, 0);
    QCOMPARE(QFileInfo(m_path).size(), 0);
    QVERIFY(!lease->holds());
    QCOMPARE(content.at(0), '\0');
    QCOMPARE(content.at(content.size() - 1), '\0');
}

// The kernel can drop a lease without our handler (after lease-break-time, while hwb is stopped, say): released by
// hand here. A read past the truncated end then faults, and the SIGBUS handler replaces the mapping and lets the
// read go on.
void TestReadLease::truncationAfterALostLeaseIsSafe()
{
    const auto lease = ReadLease::take(m_path);
    QVERIFY(lease);
    const QByteArrayView content = lease->content();
    QCOMPARE(content.at(0), 'v');
    QCOMPARE(::fcntl(lease->descriptor(), F_SETLEASE, F_UNLCK), 0);
    QCOMPARE(test::runProcess("/bin/sh", {"-c", ": >\"$0\"", m_path}).exitCode, 0);
    QCOMPARE(content.at(3), '\0'); // faults, and is read again from zero pages
    QVERIFY(!lease->holds());
}

QTEST_GUILESS_MAIN(TestReadLease)
#include "tst_readlease.moc"
