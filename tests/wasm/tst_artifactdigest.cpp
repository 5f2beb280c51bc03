#include "wasm/ArtifactDigest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace hwb;

// sha256Hex takes the SHA extensions where the CPU has them (CI's does); Qt's implementation is the reference.
class TestArtifactDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void matchesQtAtEveryPaddingBoundary();
    void matchesQtOnLargeUnalignedInput();
};

void TestArtifactDigest::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the empty message.
    QTest::newRow("empty") << QByteArray() << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc") << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestArtifactDigest::knownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(sha256Hex(input), digest);
}

void TestArtifactDigest::matchesQtAtEveryPaddingBoundary()
{
    // Every length up to three blocks: the tails that fit the length in their block (< 56), those that need a
    // second one (56..63), and whole blocks.
    QByteArray bytes(192, Qt::Uninitialized);
    QRandomGenerator rng(4);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    for (qsizetype n = 0; n <= bytes.size(); ++n) {
        const QByteArrayView view(bytes.constData(), n);
        QCOMPARE(sha256Hex(view), QString::fromLatin1(QCryptographicHash::hash(view, QCryptographicHash::Sha256).toHex()));
    }
}

void TestArtifactDigest::matchesQtOnLargeUnalignedInput()
{
    QByteArray bytes(3 * 1024 * 1024 + 37, Qt::Uninitialized);
    QRandomGenerator rng(7);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QByteArrayView unaligned(bytes.constData() + 3, bytes.size() - 3); // loads need no 16-byte alignment
    QCOMPARE(sha256Hex(unaligned), QString::fromLatin1(QCryptographicHash::hash(unaligned, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestArtifactDigest)
#include "tst_artifactdigest.moc"
