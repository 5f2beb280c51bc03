#include "common/FileIdentity.h"
#include "common/ParsedFileCache.h"
#include "common/Translations.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The cache is checked against real writers: /bin/sh redirections, mv and chmod.
class TestParsedFileCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void keptWhileTheFileStays();
    void writeIsSeen_data();
    void writeIsSeen();
    void variantsAreApart();
    void anotherLanguageParsesAgain();
    void refusedResultsAreNotKept();
    void unreadableReasonIsKept();
    void missingFileIsSeenOnceItAppears();
    void fullCacheStillAnswers();

private:
    // The file as a parser sees it, and how many times it was parsed.
    QString parse(ParsedFileCache<QByteArray> &cache, const QString &path, const QString &variant = {});
    void settle(const QString &path);
    void shell(const QString &script);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_parses = 0;
};

void TestParsedFileCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("go.mod");
    test::writeFile(m_path, "module one\n");
    m_parses = 0;
}

QString TestParsedFileCache::parse(ParsedFileCache<QByteArray> &cache, const QString &path, const QString &variant)
{
    return QString::fromUtf8(cache.get(path, variant, [&] {
        ++m_parses;
        return test::readFile(path);
    }, [](const QByteArray &) { return true; }));
}

// Past the clock tick of the file's last change: from here on, only a write that moves its change time changes it.
void TestParsedFileCache::settle(const QString &path)
{
    QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(path).ctimeNs + FileIdentity::kSettleNs));
}

void TestParsedFileCache::shell(const QString &script)
{
    QCOMPARE(test::runProcess("/bin/sh", {"-c", script, m_path}, m_dir->path()).exitCode, 0);
}

void TestParsedFileCache::keptWhileTheFileStays()
{
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    QCOMPARE(parse(cache, m_path), "module one\n");
    QCOMPARE(parse(cache, m_path), "module one\n");
    shell("cat \"$0\" >/dev/null"); // reading changes nothing
    QCOMPARE(parse(cache, m_path), "module one\n");
    QCOMPARE(m_parses, 1);
}

void TestParsedFileCache::writeIsSeen_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("content");
    // The same inode and size: only the change time tells.
    QTest::newRow("same-size rewrite") << "printf 'module two\\n' > \"$0\"" << "module two\n";
    QTest::newRow("renamed over, same times") << "printf 'module new\\n' > new && touch -r \"$0\" new && mv new \"$0\""
                                              << "module new\n";
    // A parser that could not read the file before may now.
    QTest::newRow("mode change") << "chmod 600 \"$0\"" << "module one\n";
}

void TestParsedFileCache::writeIsSeen()
{
    QFETCH(QString, script);
    QFETCH(QString, content);
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    QCOMPARE(parse(cache, m_path), "module one\n");
    shell(script);
    QCOMPARE(parse(cache, m_path), content);
    QCOMPARE(m_parses, 2);
}

void TestParsedFileCache::variantsAreApart()
{
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    parse(cache, m_path, "strict");
    parse(cache, m_path, "lenient");
    parse(cache, m_path, "strict");
    parse(cache, m_path, "lenient");
    QCOMPARE(m_parses, 2);
}

// What a parse said in one language (a .buildrc's diagnostics) is not shown in another.
void TestParsedFileCache::anotherLanguageParsesAgain()
{
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    parse(cache, m_path);
    Translations::install(QLocale(QLocale::Chinese, QLocale::China));
    parse(cache, m_path);
    parse(cache, m_path);
    Translations::install(QLocale(QLocale::English));
    parse(cache, m_path);
    QCOMPARE(m_parses, 3);
}

void TestParsedFileCache::refusedResultsAreNotKept()
{
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    for (int i = 0; i < 2; ++i)
        cache.get(m_path, QString(), [&] { ++m_parses; return QByteArray("from the environment"); },
                  [](const QByteArray &) { return false; });
    QCOMPARE(m_parses, 2);
}

void TestParsedFileCache::unreadableReasonIsKept()
{
    settle(m_path);
    ParsedFileCache<QByteArray> cache;
    for (int i = 0; i < 2; ++i) {
        QString unreadable;
        const QByteArray result = cache.read(m_path, &unreadable, [&](QString *reason) {
            ++m_parses;
            *reason = QStringLiteral("it is larger than 1 KiB");
            return QByteArray();
        });
        QCOMPARE(unreadable, QStringLiteral("it is larger than 1 KiB"));
        QVERIFY(result.isEmpty());
    }
    QCOMPARE(m_parses, 1);
}

// A missing file is kept as missing while its folder stays the same; it is seen once it appears, and so is one
// whose folder appears.
void TestParsedFileCache::missingFileIsSeenOnceItAppears()
{
    ParsedFileCache<QByteArray> cache;
    const QString missing = m_dir->filePath("absent");
    settle(m_dir->path());
    QCOMPARE(parse(cache, missing), QString());
    QCOMPARE(parse(cache, missing), QString());
    QCOMPARE(m_parses, 1);
    test::writeFile(missing, "here now");
    QCOMPARE(parse(cache, missing), "here now");
    const QString deeper = m_dir->filePath("later/sub/go.mod");
    settle(m_dir->path());
    QCOMPARE(parse(cache, deeper), QString());
    QVERIFY(QDir().mkpath(m_dir->filePath("later/sub")));
    test::writeFile(deeper, "module later\n");
    QCOMPARE(parse(cache, deeper), "module later\n");
    QCOMPARE(m_parses, 4);
}

void TestParsedFileCache::fullCacheStillAnswers()
{
    ParsedFileCache<QByteArray> cache(2);
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        paths.append(m_dir->filePath(QStringLiteral("file%1").arg(i)));
        test::writeFile(paths.last(), QByteArray::number(i));
    }
    settle(paths.last());
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < paths.size(); ++i)
            QCOMPARE(parse(cache, paths.at(i)), QString::number(i));
}

QTEST_GUILESS_MAIN(TestParsedFileCache)
#include "tst_parsedfilecache.moc"
