#include "TestSupport.h"
#include "WasmBuilder.h"

#include "common/FileIdentity.h"
#include "wasm/ArtifactContentCache.h"

#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace hwb;
namespace w = hwb::test::wasm;

// Selecting a built plugin judges its module on two pages (Verify, the Gateway's module check): the module is read
// once, and judged again from what was read while the file is provably the same.
class TestArtifactContentCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readsAFileOnceAndJudgesItAgain();
    void aRewrittenFileIsReadAgain();
    void rememberedContentIsNotRead();
    void keepsTheMostRecentFew();
    void answersManyThreadsAlike();

private:
    // A module that exports the proxy-wasm ABI, written to name in the test's folder with `filler` bytes of a
    // custom section, and old enough that any later write changes its change time.
    QString writeModule(const QString &name, char filler = 'x');

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArtifactContentCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestArtifactContentCache::writeModule(const QString &name, char filler)
{
    const QString path = m_dir->filePath(name);
    const QByteArray bytes = w::kHeader + w::exportSection({{"proxy_abi_version_0_2_100", '\0'}, {"_initialize", '\0'}})
        + w::customSection("filler", QByteArray(64, filler));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    if (!FileIdentity::waitForClockPast(FileIdentity::ofPath(path).ctimeNs + FileIdentity::kSettleNs))
        return {};
    return path;
}

void TestArtifactContentCache::readsAFileOnceAndJudgesItAgain()
{
    ArtifactContentCache cache;
    const QString path = writeModule("main.wasm");
    QVERIFY(!path.isEmpty());
    const ArtifactReport first = cache.inspect(path, {});
    QVERIFY(first.readable());
    QCOMPARE(cache.reads(), 1);
    QVERIFY(first.findings.isEmpty() || first.passed());

    // What judges the content may differ between the asks (here the tags expected): judged again, not read.
    ArtifactInspector::Options options;
    options.expectTags = {"proxy_wasm_version_0_2_100"};
    const ArtifactReport second = cache.inspect(path, options);
    QCOMPARE(cache.reads(), 1);
    QCOMPARE(cache.hits(), 1);
    QCOMPARE(second.sha256, first.sha256);
    QCOMPARE(second.size, first.size);
    QCOMPARE(second.path, first.path);
    QCOMPARE(second.module.exports.size(), 2);
    QCOMPARE(second.expectedTags, options.expectTags);

    // Both ways give the report a read gives.
    const ArtifactReport read = ArtifactInspector::inspectFile(path, options);
    QCOMPARE(second.sha256, read.sha256);
    QCOMPARE(second.modified, read.modified);
    QCOMPARE(second.findings.size(), read.findings.size());
    for (qsizetype i = 0; i < read.findings.size(); ++i)
        QCOMPARE(second.findings[i].code, read.findings[i].code);
}

void TestArtifactContentCache::aRewrittenFileIsReadAgain()
{
    ArtifactContentCache cache;
    const QString path = writeModule("main.wasm", 'a');
    const QString before = cache.inspect(path, {}).sha256;
    // The same file, the same size, written in place: only its change time tells.
    QVERIFY(!writeModule("main.wasm", 'b').isEmpty());
    const FileIdentity now = FileIdentity::ofPath(path);
    QCOMPARE(now.size, QFileInfo(path).size());
    const ArtifactReport after = cache.inspect(path, {});
    QCOMPARE(cache.reads(), 2);
    QCOMPARE(cache.hits(), 0);
    QVERIFY(after.sha256 != before);
    QCOMPARE(cache.inspect(path, {}).sha256, after.sha256);
    QCOMPARE(cache.hits(), 1);
}

void TestArtifactContentCache::rememberedContentIsNotRead()
{
    ArtifactContentCache cache;
    const QString path = writeModule("main.wasm");
    // As a build's EarlyInspection proves it under a lease; a made-up digest shows that the file was not read.
    ArtifactContent proven{FileIdentity::ofPath(path), QString(64, 'f'), WasmReader::read(test::readFile(path)).module};
    cache.remember(proven);
    const ArtifactReport report = cache.inspect(path, {});
    QCOMPARE(report.sha256, QString(64, 'f'));
    QCOMPARE(cache.reads(), 0);
    QCOMPARE(cache.hits(), 1);
}

void TestArtifactContentCache::keepsTheMostRecentFew()
{
    ArtifactContentCache cache(2);
    const QString a = writeModule("a.wasm", 'a');
    const QString b = writeModule("b.wasm", 'b');
    const QString c = writeModule("c.wasm", 'c');
    cache.inspect(a, {});
    cache.inspect(b, {});
    cache.inspect(a, {}); // a is the most recent now
    cache.inspect(c, {}); // and b is dropped
    QCOMPARE(cache.reads(), 3);
    cache.inspect(a, {});
    cache.inspect(c, {});
    QCOMPARE(cache.reads(), 3);
    cache.inspect(b, {});
    QCOMPARE(cache.reads(), 4);
}

void TestArtifactContentCache::answersManyThreadsAlike()
{
    ArtifactContentCache cache;
    const QString path = writeModule("main.wasm");
    const QString sha = ArtifactInspector::inspectFile(path, {}).sha256;
    std::vector<std::future<QString>> asks;
    for (int i = 0; i < 8; ++i)
        asks.push_back(std::async(std::launch::async, [&] { return cache.inspect(path, {}).sha256; }));
    for (auto &ask : asks)
        QCOMPARE(ask.get(), sha);
    QCOMPARE(cache.reads() + cache.hits(), 8);
    QVERIFY(cache.reads() >= 1);
    QCOMPARE(cache.inspect(path, {}).sha256, sha);
}

QTEST_GUILESS_MAIN(TestArtifactContentCache)
#include "tst_artifactcontentcache.moc"
