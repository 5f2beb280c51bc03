#include "HostileFiles.h"
#include "TestSupport.h"

#include "common/FileIdentity.h"
#include "workspace/EraClassifier.h"
#include "workspace/FrontMatter.h"
#include "workspace/GoModule.h"
#include "workspace/WorkspaceScanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestWorkspaceScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frontMatter_data();
    void frontMatter();
    void goModule();
    void era_data();
    void era();
    void scansDemoWorkspace();
    void linkedFamilyFolderFollowsItsTarget();
    void prefersEnglishReadme();
    void rejectsNonWorkspace();
    void findsOnePluginAsScanSeesIt();
    void updateReadsOnlyTheChangedPlugins();
    void sameNameInTwoFamilies();
    void rustVersionFromCargoToml_data();
    void rustVersionFromCargoToml();
    void unreadableMetadataIsNoted_data();
    void unreadableMetadataIsNoted();
    void aHugeReadmeIsReadFromItsHead();
    void anUnreadableFolderIsNoted();
};

void TestWorkspaceScanner::frontMatter_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("plain") << QByteArray("---\ntitle: AI Proxy\nkeywords: [ai, proxy]\ndescription: Routes LLM calls\n---\n# x")
                           << "AI Proxy" << "Routes LLM calls" << QStringList{"ai", "proxy"};
    QTest::newRow("crlf+bom") << QByteArray("\xEF\xBB\xBF---\r\ntitle: \"Quoted: yes\"\r\ndescription: d\r\n---\r\n")
                              << "Quoted: yes" << "d" << QStringList{};
    QTest::newRow("chinese") << QByteArray("---\ntitle: AI 代理\ndescription: 对接大模型\nkeywords: ai,代理\n---\n")
                             << QString::fromUtf8("AI 代理") << QString::fromUtf8("对接大模型")
                             << QStringList{"ai", QString::fromUtf8("代理")};
    QTest::newRow("no front matter") << QByteArray("# Title\ntitle: no\n") << "" << "" << QStringList{};
    QTest::newRow("unterminated") << QByteArray("---\ntitle: x\n") << "" << "" << QStringList{};
}

void TestWorkspaceScanner::frontMatter()
{
    QFETCH(QByteArray, markdown);
    const FrontMatter fm = FrontMatter::parse(markdown);
    QTEST(fm.title, "title");
    QTEST(fm.description, "description");
    QTEST(fm.keywords, "keywords");
}

void TestWorkspaceScanner::goModule()
{
    const GoModule mod = GoModule::parse("module example.com/p\n\ngo 1.24.4 // pinned\n\nrequire (\n"
                                         "\tgithub.com/higress-group/wasm-go v1.0.1\n"
                                         "\tgithub.com/tidwall/gjson v1.17.0 // indirect\n)\n"
                                         "require github.com/x/y v0.1.0\n");
    QCOMPARE(mod.modulePath, QStringLiteral("example.com/p"));
    QCOMPARE(mod.goVersion, QStringLiteral("1.24.4"));
    QCOMPARE(mod.requires_.size(), 3);
    QVERIFY(mod.goAtLeast(1, 24));
    QVERIFY(!mod.goAtLeast(1, 25));
    QCOMPARE(mod.find(u"github.com/higress-group/wasm-go")->version, QStringLiteral("v1.0.1"));
    QVERIFY(!mod.find(u"github.com/none"));
}

void TestWorkspaceScanner::era_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("hasBuildrc");
    QTest::addColumn<QByteArray>("goMod");
    QTest::addColumn<QString>("era");

    QTest::newRow("go 1.24 beats a leftover .buildrc") << "wasm-go" << true << QByteArray("go 1.24\n") << "go-wasip1";
    QTest::newRow("buildrc, go 1.19") << "wasm-go" << true << QByteArray("go 1.19\n") << "tinygo-buildrc";
    QTest::newRow("buildrc, no go.mod") << "wasm-go" << true << QByteArray() << "tinygo-buildrc";
    QTest::newRow("go 1.24") << "wasm-go" << false << QByteArray("go 1.24\n") << "go-wasip1";
    QTest::newRow("go 1.25.1") << "wasm-go" << false << QByteArray("go 1.25.1\n") << "go-wasip1";
    QTest::newRow("go 1.19") << "wasm-go" << false << QByteArray("go 1.19\n") << "tinygo-buildrc";
    QTest::newRow("tetratelabs sdk") << "wasm-go" << false
                                     << QByteArray("go 1.20\nrequire github.com/tetratelabs/proxy-wasm-go-sdk v0.22.0\n")
                                     << "tinygo-buildrc";
    QTest::newRow("tetratelabs sdk, no go directive") << "wasm-go" << false
                                                      << QByteArray("require github.com/tetratelabs/proxy-wasm-go-sdk v0.1.0\n")
                                                      << "tinygo-buildrc";
    QTest::newRow("tetratelabs sdk in a block, no go directive")
        << "wasm-go" << false << QByteArray("require (\n\tgithub.com/tetratelabs/proxy-wasm-go-sdk v0.1.0\n)\n")
        << "tinygo-buildrc";
    QTest::newRow("a go.mod without a go directive or the sdk") << "wasm-go" << false
                                                                << QByteArray("module x\n") << "unknown";
    QTest::newRow("no go.mod") << "wasm-go" << false << QByteArray() << "unknown";
    QTest::newRow("rust") << "wasm-rust" << true << QByteArray() << "unknown";
}

void TestWorkspaceScanner::era()
{
    QFETCH(QString, family);
    QFETCH(bool, hasBuildrc);
    QFETCH(QByteArray, goMod);
    const GoModule mod = GoModule::parse(goMod);
    const EraVerdict v = EraClassifier::classify(*familyFromId(family), hasBuildrc, goMod.isEmpty() ? nullptr : &mod);
    QTEST(eraId(v.era), "era");
    QVERIFY(!v.reason.isEmpty());
}

void TestWorkspaceScanner::scansDemoWorkspace()
{
    QTemporaryDir tmp;
    const QString root = test::copyDemoWorkspace(tmp);
    QVERIFY(!root.isEmpty());
    const auto result = WorkspaceScanner::scan(root, QLocale::Chinese);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

    QHash<QString, PluginInfo> byName;
    for (const PluginInfo &p : result.plugins)
        byName.insert(p.name, p);
    QVERIFY(byName.contains(QStringLiteral("ai-proxy-lite")));
    QVERIFY(byName.contains(QStringLiteral("hello-world")));

    const PluginInfo ai = byName.value(QStringLiteral("ai-proxy-lite"));
    QCOMPARE(ai.family, PluginFamily::WasmGo);
    QCOMPARE(ai.era, PluginEra::TinyGoBuildrc);
    QVERIFY(ai.hasBuildrc);
    QVERIFY(ai.hasOptionYaml);
    QVERIFY(!ai.title.isEmpty());
    QVERIFY(!ai.version.isEmpty());

    const PluginInfo hello = byName.value(QStringLiteral("hello-world"));
    QCOMPARE(hello.era, PluginEra::GoWasip1);
    QVERIFY(!hello.hasBuildrc);
    QVERIFY(hello.goVersion.startsWith(QStringLiteral("1.2")));

    const bool hasRust = std::any_of(result.plugins.cbegin(), result.plugins.cend(),
                                     [](const PluginInfo &p) { return p.family == PluginFamily::WasmRust; });
    QVERIFY(hasRust);
}

void TestWorkspaceScanner::prefersEnglishReadme()
{
    const QString root = test::demoWorkspaceSource();
    const QString dir = root + QStringLiteral("/plugins/wasm-go/extensions/ai-proxy-lite");
    const PluginInfo en = WorkspaceScanner::readPlugin(dir, PluginFamily::WasmGo, QLocale::English);
    const PluginInfo zh = WorkspaceScanner::readPlugin(dir, PluginFamily::WasmGo, QLocale::Chinese);
    QVERIFY(!en.title.isEmpty());
    QVERIFY(!zh.title.isEmpty());
    QVERIFY2(en.title != zh.title, "README_EN.md should give the English title");
}

void TestWorkspaceScanner::rejectsNonWorkspace()
{
    QTemporaryDir tmp;
    const auto result = WorkspaceScanner::scan(tmp.path());
    QVERIFY(result.error.contains(QStringLiteral("plugins/wasm-*/extensions")));
    QVERIFY(result.plugins.isEmpty());
    QVERIFY(!WorkspaceScanner::scan(tmp.filePath(QStringLiteral("missing"))).error.isEmpty());
}

void TestWorkspaceScanner::findsOnePluginAsScanSeesIt()
{
    const QString root = test::demoWorkspaceSource();
    const auto scan = WorkspaceScanner::scan(root, QLocale::English);
    QVERIFY(scan.plugins.size() >= 4);
    for (const PluginInfo &p : scan.plugins) {
        const auto found = WorkspaceScanner::find(root, p.name, QLocale::English).plugin;
        QVERIFY2(found, qPrintable(p.name));
        QCOMPARE(found->path, p.path);
        QCOMPARE(found->family, p.family);
        QCOMPARE(found->era, p.era);
        QCOMPARE(found->title, p.title);
    }
    // Names are folder names, never paths out of extensions/.
    for (const char *bad : {"", ".", "..", "../extensions", "ai-proxy-lite/..", "no-such-plugin", "wasm-go/",
                            "wasm-rust/ai-proxy-lite", "wasm-nope/ai-proxy-lite", "wasm-go/../wasm-go/ai-proxy-lite"})
        QVERIFY2(!WorkspaceScanner::find(root, QString::fromLatin1(bad)).plugin, bad);
    QCOMPARE(WorkspaceScanner::find(root, "wasm-go/ai-proxy-lite").plugin->name, QStringLiteral("ai-proxy-lite"));
}

// A change on disk re-reads the plugins it names, and the listing finds new and removed plugin folders; the
// others are taken as they were (a changed VERSION of a plugin not named shows that it was not read).
void TestWorkspaceScanner::updateReadsOnlyTheChangedPlugins()
{
    QTemporaryDir tmp;
    const QString root = test::copyDemoWorkspace(tmp);
    const auto before = WorkspaceScanner::scan(root, QLocale::English);
    const QString extensions = root + "/plugins/wasm-go/extensions";
    const QString named = QDir(extensions + "/hello-world").absolutePath();
    const QString notNamed = QDir(extensions + "/ai-proxy-lite").absolutePath();
    test::writeFile(named + "/VERSION", "7.0.0\n");
    test::writeFile(notNamed + "/VERSION", "8.0.0\n");
    test::writeFile(extensions + "/aa-new/VERSION", "0.1.0\n");
    const QString gone = QDir(root + "/plugins/wasm-go/extensions/request-stamp").absolutePath();
    QVERIFY(QDir(gone).removeRecursively());

    const auto after = WorkspaceScanner::update(root, before.plugins, {named}, QLocale::English);
    QVERIFY(after.error.isEmpty());
    const auto byPath = [&](const QString &path) -> std::optional<PluginInfo> {
        for (const PluginInfo &p : after.plugins)
            if (p.path == path)
                return p;
        return std::nullopt;
    };
    QCOMPARE(byPath(named)->version, QString("7.0.0"));
    QVERIFY(byPath(notNamed)->version != QString("8.0.0"));
    QCOMPARE(byPath(QDir(extensions + "/aa-new").absolutePath())->version, QString("0.1.0"));
    QVERIFY(!byPath(gone));
    QCOMPARE(after.plugins.size(), before.plugins.size());

    // With every changed folder named, it is what a full scan finds, in the same order.
    const auto full = WorkspaceScanner::scan(root, QLocale::English);
    const auto all = WorkspaceScanner::update(root, before.plugins, {named, notNamed}, QLocale::English);
    QCOMPARE(all.plugins.size(), full.plugins.size());
    for (qsizetype i = 0; i < full.plugins.size(); ++i)
        QVERIFY2(all.plugins[i] == full.plugins[i], qPrintable(full.plugins[i].path));
}

// Higress has plugins of the same name in several families (hello-world in wasm-go and wasm-assemblyscript).
// A bare name then finds nothing and says which families have it; FAMILY/NAME picks one.
void TestWorkspaceScanner::sameNameInTwoFamilies()
{
    QTemporaryDir tmp;
    const QString root = test::copyDemoWorkspace(tmp);
    QVERIFY(QDir().mkpath(root + "/plugins/wasm-assemblyscript/extensions/hello-world"));
    const auto bare = WorkspaceScanner::find(root, "hello-world");
    QVERIFY(!bare.plugin);
    QCOMPARE(bare.families, (QList<PluginFamily>{PluginFamily::WasmAssemblyScript, PluginFamily::WasmGo}));
    const auto go = WorkspaceScanner::find(root, "wasm-go/hello-world");
    QVERIFY(go.plugin);
    QCOMPARE(go.plugin->family, PluginFamily::WasmGo);
    QCOMPARE(WorkspaceScanner::find(root, "wasm-assemblyscript/hello-world").plugin->family,
             PluginFamily::WasmAssemblyScript);
}

void TestWorkspaceScanner::rustVersionFromCargoToml_data()
{
    QTest::addColumn<QByteArray>("cargoToml");
    QTest::addColumn<QString>("version");
    QTest::newRow("package") << QByteArray("[package]\nname = \"x\"\nversion = \"0.3.1\"\n") << "0.3.1";
    QTest::newRow("a dependency's version first")
        << QByteArray("[dependencies.proxy-wasm]\nversion = \"9.9.9\"\n\n[package]\nversion=\"1.2.0\"\n") << "1.2.0";
    QTest::newRow("workspace-inherited") << QByteArray("[package]\nversion.workspace = true\n") << "";
    QTest::newRow("no package") << QByteArray("[workspace]\nmembers = []\n") << "";
}

// A Rust plugin has no VERSION file; its Cargo.toml says the version (the overview showed "—").
void TestWorkspaceScanner::rustVersionFromCargoToml()
{
    QFETCH(QByteArray, cargoToml);
    QFETCH(QString, version);
    QTemporaryDir tmp;
    test::writeFile(tmp.filePath("Cargo.toml"), cargoToml);
    QCOMPARE(WorkspaceScanner::readPlugin(tmp.path(), PluginFamily::WasmRust, QLocale::English).version, version);
}

Q_DECLARE_METATYPE(hwb::test::HostileKind)

void TestWorkspaceScanner::unreadableMetadataIsNoted_data()
{
    using test::HostileKind;
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("file");
    QTest::addColumn<HostileKind>("kind");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("note");

    const QString notRegular = QStringLiteral("was not read: it is not a regular file");
    QTest::newRow("VERSION is a FIFO") << "wasm-go" << "VERSION" << HostileKind::Fifo << 0LL << notRegular;
    QTest::newRow("VERSION links to /dev/zero") << "wasm-go" << "VERSION" << HostileKind::ZeroLink << 0LL << notRegular;
    QTest::newRow("VERSION is large") << "wasm-go" << "VERSION" << HostileKind::Oversized << 4097LL
                                      << "was not read: it is 4.00 KiB, more than the 4.00 KiB";
    QTest::newRow("VERSION has no permission") << "wasm-go" << "VERSION" << HostileKind::NoAccess << 0LL
                                               << "was not read: Permission denied";
    QTest::newRow("README.md is a FIFO") << "wasm-go" << "README.md" << HostileKind::Fifo << 0LL << notRegular;
    QTest::newRow("README_EN.md is a FIFO") << "wasm-go" << "README_EN.md" << HostileKind::Fifo << 0LL << notRegular;
    QTest::newRow("go.mod is a FIFO") << "wasm-go" << "go.mod" << HostileKind::Fifo << 0LL << notRegular;
    QTest::newRow("go.mod links to /dev/zero") << "wasm-go" << "go.mod" << HostileKind::ZeroLink << 0LL << notRegular;
    QTest::newRow("go.mod is large") << "wasm-go" << "go.mod" << HostileKind::Oversized << (1LL << 20) + 1
                                     << "was not read: it is 1.00 MiB, more than the 1.00 MiB";
    QTest::newRow("Cargo.toml is a FIFO") << "wasm-rust" << "Cargo.toml" << HostileKind::Fifo << 0LL << notRegular;
    // The plan refuses such a .buildrc; the list said nothing of it.
    QTest::newRow(".buildrc is a FIFO") << "wasm-go" << ".buildrc" << HostileKind::Fifo << 0LL << notRegular;
    QTest::newRow(".buildrc links to /dev/zero") << "wasm-go" << ".buildrc" << HostileKind::ZeroLink << 0LL << notRegular;
}

// A metadata file that is there but cannot be read hung the scan (a FIFO) or was read as garbage (/dev/zero), and
// an empty version or an unknown era looked like the plugin's own. Now the plugin carries a note naming the file.
void TestWorkspaceScanner::unreadableMetadataIsNoted()
{
    QFETCH(QString, family);
    QFETCH(QString, file);
    QFETCH(test::HostileKind, kind);
    QFETCH(qint64, size);
    QFETCH(QString, note);
    QTemporaryDir tmp;
    QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    test::writeFile(tmp.filePath("README.md"), "---\ntitle: Plugin\n---\n");
    test::writeFile(tmp.filePath("go.mod"), "module p\n\ngo 1.24\n");
    test::makeHostile(tmp.filePath(file), kind, size);
    if (QTest::currentTestFailed())
        return;

    PluginInfo info;
    const test::Unprivileged asNobody;
    const bool finished = test::finishesWithoutWaitingOn({tmp.filePath(file)}, [&] {
        info = WorkspaceScanner::readPlugin(tmp.path(), *familyFromId(family), QLocale::English);
    });
    QVERIFY2(finished, "the scan waited on a FIFO");
    const QString expected = file + QLatin1Char(' ') + note;
    QVERIFY2(info.notes.size() == 1 && info.notes.first().startsWith(expected), qPrintable(info.notes.join('|')));
    QVERIFY(info.toJson().value("notes").toArray().first().toString().startsWith(expected));
    if (file == QLatin1String("go.mod")) // the era is a guess without it, and says why
        QVERIFY2(info.eraReason.startsWith(expected), qPrintable(info.eraReason));
    if (file == QLatin1String("VERSION"))
        QCOMPARE(info.version, QString());
}

// Front matter sits at the top: a README of any size is read from its head, not refused.
void TestWorkspaceScanner::aHugeReadmeIsReadFromItsHead()
{
    QTemporaryDir tmp;
    test::writeFile(tmp.filePath("README.md"), "---\ntitle: Big\n---\n");
    QFile readme(tmp.filePath("README.md"));
    QVERIFY(readme.resize(qint64(4) << 30)); // sparse: no disk used
    const PluginInfo info = WorkspaceScanner::readPlugin(tmp.path(), PluginFamily::WasmGo, QLocale::Chinese);
    QCOMPARE(info.title, QStringLiteral("Big"));
    QVERIFY2(info.notes.isEmpty(), qPrintable(info.notes.join('|')));
}

// A plugin folder of mode 000 listed as a plugin of unknown era, as if it had no go.mod; now it says it was not read.
void TestWorkspaceScanner::anUnreadableFolderIsNoted()
{
    QTemporaryDir tmp;
    QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString plugin = tmp.filePath("plugins/wasm-go/extensions/locked");
    test::writeFile(plugin + "/go.mod", "module p\n\ngo 1.24\n");
    QVERIFY(QFile::setPermissions(plugin, {}));
    WorkspaceScanner::Result result;
    {
        const test::Unprivileged asNobody;
        result = WorkspaceScanner::scan(tmp.path(), QLocale::English);
    }
    QVERIFY(QFile::setPermissions(plugin, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(result.plugins.size(), 1);
    const PluginInfo &locked = result.plugins.first();
    QCOMPARE(locked.era, PluginEra::Unknown);
    QCOMPARE(locked.notes, QStringList{"The plugin's folder could not be read (Permission denied): its era, version "
                                       "and title are unknown."});
    QCOMPARE(locked.eraReason, locked.notes.first());
}

// plugins/wasm-go as a link to a checkout elsewhere: no workspace while the target is missing, one once it is there,
// none once it is gone again, asked again and again (the listing of plugins/ is remembered while that folder stays
// the same, which a link's target appearing does not change).
void TestWorkspaceScanner::linkedFamilyFolderFollowsItsTarget()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("ws/plugins")));
    QVERIFY(QFile::link(dir.filePath("elsewhere/wasm-go"), dir.filePath("ws/plugins/wasm-go")));
    QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(dir.filePath("ws/plugins")).ctimeNs
                                           + FileIdentity::kSettleNs));
    for (int i = 0; i < 2; ++i)
        QVERIFY(!WorkspaceScanner::isWorkspace(dir.filePath("ws")));
    QVERIFY(QDir().mkpath(dir.filePath("elsewhere/wasm-go/extensions/hello")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(WorkspaceScanner::isWorkspace(dir.filePath("ws")));
    QVERIFY(QDir(dir.filePath("elsewhere")).removeRecursively());
    for (int i = 0; i < 2; ++i)
        QVERIFY(!WorkspaceScanner::isWorkspace(dir.filePath("ws")));
}

QTEST_GUILESS_MAIN(TestWorkspaceScanner)
#include "tst_workspacescanner.moc"
