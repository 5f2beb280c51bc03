// Which source is newer than an artifact: the walk over a plugin's folder, against real files, links and times.
#include "wasm/ArtifactFreshness.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestArtifactFreshness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void nothingNewer();
    void newestSourceAnywhereBelow_data();
    void newestSourceAnywhereBelow();
    void otherFilesAreNoSources();
    void linkedFolderIsNotEntered();
    void linkToAFileCountsBrokenLinkDoesNot();
    void pluginFolderThroughALink();
    void missingFolder();

private:
    // A file at `relative` under the plugin, modified `secondsAfter` the build.
    QString file(const QString &relative, int secondsAfter);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugin;
    QDateTime m_built;
};

void TestArtifactFreshness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_plugin = m_dir->filePath("plugin");
    QVERIFY(QDir().mkpath(m_plugin));
    m_built = QDateTime::currentDateTime().addSecs(-3600);
    file("main.go", -60);
    file("go.mod", -60);
}

QString TestArtifactFreshness::file(const QString &relative, int secondsAfter)
{
    const QString path = m_plugin + '/' + relative;
    QDir().mkpath(QFileInfo(path).path());
    test::writeFile(path, "package main\n");
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(m_built.addSecs(secondsAfter), QFileDevice::FileModificationTime))
        qWarning("could not set the time of %s", qPrintable(path));
    return path;
}

void TestArtifactFreshness::nothingNewer()
{
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), std::nullopt);
}

void TestArtifactFreshness::newestSourceAnywhereBelow_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("go file") << "main.go";
    QTest::newRow("nested") << "pkg/config/config.go";
    QTest::newRow("hidden folder") << ".gen/types.go";
    QTest::newRow(".buildrc") << ".buildrc";
    QTest::newRow("go.sum") << "go.sum";
    QTest::newRow("Cargo.toml") << "Cargo.toml";
    QTest::newRow("rust") << "src/lib.rs";
}

void TestArtifactFreshness::newestSourceAnywhereBelow()
{
    QFETCH(QString, relative);
    file("older.go", 10);
    const QString newest = file(relative, 20);
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), newest);
}

void TestArtifactFreshness::otherFilesAreNoSources()
{
    file("README.md", 30);
    file("main.wasm", 30);
    file("docs/main.go.txt", 30);
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), std::nullopt);
}

void TestArtifactFreshness::linkedFolderIsNotEntered()
{
    const QString elsewhere = m_dir->filePath("elsewhere");
    QVERIFY(QDir().mkpath(elsewhere));
    test::writeFile(elsewhere + "/new.go", "package x\n"); // modified now: after the build
    QVERIFY(QFile::link(elsewhere, m_plugin + "/vendored"));
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), std::nullopt);
}

void TestArtifactFreshness::linkToAFileCountsBrokenLinkDoesNot()
{
    const QString target = m_dir->filePath("shared.go");
    test::writeFile(target, "package x\n");
    QVERIFY(QFile::link(m_dir->filePath("gone.go"), m_plugin + "/broken.go"));
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), std::nullopt);
    QVERIFY(QFile::link(target, m_plugin + "/shared.go"));
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin, m_built), m_plugin + "/shared.go");
}

// A workspace opened through a link: the plugin's folder is one, and the path given is kept (trailing slash aside).
void TestArtifactFreshness::pluginFolderThroughALink()
{
    const QString newest = file("main.go", 20);
    const QString link = m_dir->filePath("linked-plugin");
    QVERIFY(QFile::link(m_plugin, link));
    QCOMPARE(ArtifactFreshness::newerSource(link + "/", m_built), link + "/main.go");
    QCOMPARE(ArtifactFreshness::newerSource(m_plugin + "/", m_built), newest);
}

void TestArtifactFreshness::missingFolder()
{
    QCOMPARE(ArtifactFreshness::newerSource(m_dir->filePath("absent"), m_built), std::nullopt);
    QCOMPARE(ArtifactFreshness::newerSource(QString(), m_built), std::nullopt);
}

QTEST_GUILESS_MAIN(TestArtifactFreshness)
#include "tst_artifactfreshness.moc"
