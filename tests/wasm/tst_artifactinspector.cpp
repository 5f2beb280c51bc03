#include "HostileFiles.h"
#include "TestSupport.h"
#include "WasmBuilder.h"

#include "wasm/ArtifactInspector.h"
#include "wasm/ArtifactTableModel.h"
#include "wasm/ExpectedTags.h"
#include "wasm/GatewayProfiles.h"
#include "wasm/GoBuildInfo.h"
#include "wasm/InspectionRules.h"
#include "wasm/ToolchainDetector.h"
#include "wasm/WasmReader.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QFile>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::test::wasm;

namespace {

QByteArray pluginModule(const QByteArray &abi, const QByteArray &entry, const QByteArray &modinfo = {},
                        const QList<Import> &extraImports = {})
{
    QList<Import> imports{{"env", "proxy_log"}, {"wasi_snapshot_preview1", "fd_write"}};
    imports += extraImports;
    QList<Export> exports{{entry, '\0'}, {"proxy_on_request_headers", '\0'}, {"memory", '\x02'}};
    if (!abi.isEmpty())
        exports.prepend({"proxy_abi_version_" + abi, '\0'});
    QByteArray m = kHeader + importSection(imports) + exportSection(exports);
    if (!modinfo.isEmpty())
        m += goModInfoDataSection(modinfo);
    return m;
}

QStringList codes(const ArtifactReport &r)
{
    QStringList out;
    for (const auto &f : r.findings)
        out.append(f.code + QLatin1Char(':') + severityId(f.severity));
    return out;
}

const QByteArray kTaggedInfo = "path\tp\nmod\tp\t(devel)\t\nbuild\t-buildmode=c-shared\nbuild\t-tags=proxy_wasm_version_0_2_100\n";
const QByteArray kUntaggedInfo = "path\tp\nmod\tp\t(devel)\t\nbuild\t-buildmode=c-shared\n";

} // namespace

class TestArtifactInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebuildWritesThePluginsModule_data();
    void rebuildWritesThePluginsModule();
    void rules_data();
    void rules();
    void gatewayProfiles_data();
    void gatewayProfiles();
    void profilesFileIsConsistent();
    void problemRowsFollowFindings_data();
    void problemRowsFollowFindings();
    void expectedTags_data();
    void expectedTags();
    void unreadableBuildrcIsSaid_data();
    void unreadableBuildrcIsSaid();
    void tagsNotAppliedNamesWhoAsked_data();
    void tagsNotAppliedNamesWhoAsked();
    void goBuildInfo();
    void staleArtifact();
    void tableModels();
    void toolchains_data();
    void toolchains();
    void readsAGoSizedDataSection();
    void digestMatchesAnIndependentHash_data();
    void digestMatchesAnIndependentHash();
    void newestArtifactOfEveryBuildMode();
};

void TestArtifactInspector::rules_data()
{
    QTest::addColumn<QByteArray>("module");
    QTest::addColumn<QStringList>("expectTags");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QStringList>("expected");

    const QStringList tag{"proxy_wasm_version_0_2_100"};
    QTest::newRow("good reactor") << pluginModule("0_2_100", "_initialize", kTaggedInfo) << tag << "" << QStringList{};
    QTest::newRow("old abi, tag expected") << pluginModule("0_2_1", "_initialize", kUntaggedInfo) << tag << ""
                                           << QStringList{"abi-too-old:error", "tags-not-applied:error"};
    QTest::newRow("old abi, nothing expected") << pluginModule("0_2_1", "_initialize") << QStringList{} << ""
                                               << QStringList{"abi-too-old:warning"};
    // Rust's SDK speaks 0_2_1 and has no tag to switch: an old ABI is no build mistake there.
    const QByteArray rustProducers = customSection("producers", leb(1) + test::wasm::name("processed-by") + leb(1)
                                                                    + test::wasm::name("rustc") + test::wasm::name("1.63.0"));
    QTest::newRow("old abi, rust") << pluginModule("0_2_1", "_initialize") + rustProducers << QStringList{} << ""
                                   << QStringList{};
    QTest::newRow("tag evidence without build info") << pluginModule("0_2_1", "_initialize") << tag << ""
                                                     << QStringList{"abi-too-old:error", "tags-not-applied:error"};
    QTest::newRow("other tag missing") << pluginModule("0_2_100", "_initialize", kTaggedInfo)
                                       << QStringList{"custommalloc"} << "" << QStringList{"tags-not-applied:error"};
    QTest::newRow("no abi") << pluginModule("", "_initialize") << QStringList{} << "" << QStringList{"abi-missing:error"};
    QTest::newRow("unknown abi") << pluginModule("9_9_9", "_initialize") << QStringList{} << ""
                                 << QStringList{"abi-missing:error"};
    QTest::newRow("command") << pluginModule("0_2_100", "_start", kTaggedInfo) << tag << ""
                             << QStringList{"command-module:error"};
    const QList<Import> yield{{"wasi_snapshot_preview1", "sched_yield"}};
    QTest::newRow("sched_yield on 2.0.4") << pluginModule("0_2_100", "_initialize", {}, yield) << QStringList{}
                                          << "2.0.4" << QStringList{"import-unsupported:error"};
    QTest::newRow("sched_yield on 2.1.5") << pluginModule("0_2_100", "_initialize", {}, yield) << QStringList{}
                                          << "v2.1.5" << QStringList{};
    QTest::newRow("foreign import") << pluginModule("0_2_100", "_initialize", {}, {{"wasi_snapshot_preview2", "x"}})
                                    << QStringList{} << "" << QStringList{"import-unsupported:error"};
    QTest::newRow("not wasm") << QByteArray("EXTRA_TAGS=x") << QStringList{} << "" << QStringList{"not-wasm:error"};
    QTest::newRow("truncated") << pluginModule("0_2_100", "_initialize").chopped(3) << QStringList{} << ""
                               << QStringList{"truncated:error"};
}

void TestArtifactInspector::rules()
{
    QFETCH(QByteArray, module);
    QFETCH(QStringList, expectTags);
    QFETCH(QString, gateway);
    QFETCH(QStringList, expected);
    ArtifactInspector::Options options;
    options.expectTags = expectTags;
    options.gatewayVersion = gateway;
    const ArtifactReport r = ArtifactInspector::inspectBytes(module, options);
    QCOMPARE(codes(r), expected);
    QCOMPARE(r.passed(), !codes(r).join(' ').contains(":error"));
    for (const auto &f : r.findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
        if (f.code == "abi-too-old")
            QVERIFY(f.message.contains("StopAllIterationAndWatermark") && f.fix.contains("-tags="));
        if (f.code == "command-module")
            QVERIFY(f.message.contains("restricted_callback") && f.fix.contains("-buildmode=c-shared"));
    }
    QCOMPARE(r.toJson().value("verdict").toString(), r.passed() ? "pass" : "fail");
}

void TestArtifactInspector::gatewayProfiles_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("isVersion"); // else `hwb inspect --gateway` refuses it
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("schedYield");
    QTest::newRow("newest by default") << "" << false << "2.1.6" << true;
    QTest::newRow("2.0.4") << "2.0.4" << true << "2.0.0" << false;
    QTest::newRow("2.1.4") << "2.1.4" << true << "2.0.0" << false;
    QTest::newRow("2.1.5") << "2.1.5" << true << "2.1.5" << true;
    QTest::newRow("v2.2.3") << "v2.2.3" << true << "2.1.6" << true;
    QTest::newRow("older than all") << "0.9" << true << "1.0.0" << false;
    QTest::newRow("garbage") << "latest" << false << "2.1.6" << true;
    QTest::newRow("a word after a number") << "2.1.x" << false << "2.0.0" << false; // read as 2.1
}

void TestArtifactInspector::profilesFileIsConsistent()
{
    QFile file(test::sourceDir() + "/resources/gateway-profiles.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const GatewayProfiles profiles = GatewayProfiles::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(profiles.versions(), GatewayProfiles::builtIn().versions());

    GatewayProfiles::fromJson(R"({"profiles": [{"gateway": "9.0.0", "wasi_host": "nowhere"}]})", &error);
    QCOMPARE(error, QString("gateway 9.0.0: wasi_host nowhere is not in wasi_hosts"));
}

void TestArtifactInspector::gatewayProfiles()
{
    QFETCH(QString, version);
    QFETCH(bool, isVersion);
    QFETCH(QString, profile);
    QFETCH(bool, schedYield);
    QCOMPARE(GatewayProfiles::isVersion(version), isVersion);
    const GatewayProfiles &profiles = GatewayProfiles::builtIn();
    const GatewayProfile *p = profiles.forVersion(version);
    QVERIFY(p);
    QCOMPARE(p->gateway.toString(), profile);
    // What Go 1.24's wasip1 runtime and os package import came to Higress's wasm host together.
    for (const char *go124 : {"sched_yield", "poll_oneoff", "fd_fdstat_set_flags", "path_filestat_get", "fd_filestat_get"})
        QVERIFY2(profiles.hostProvides(*p, "wasi_snapshot_preview1", go124) == schedYield, go124);
    QVERIFY(profiles.hostProvides(*p, "wasi_snapshot_preview1", "fd_write"));
    QVERIFY(!profiles.hostProvides(*p, "wasi_snapshot_preview1", "sock_open")); // not in WASI preview 1
    QVERIFY(profiles.hostProvides(*p, "env", "proxy_log"));
    QVERIFY(p->acceptsAbi("0_2_100"));
    for (const QString &source : p->sources)
        QVERIFY2(profiles.sourceUrl(source).startsWith("https://"), qPrintable(source));
}

void TestArtifactInspector::expectedTags_data()
{
    QTest::addColumn<QByteArray>("buildrc");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("upstream, no newline") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100")
                                          << QStringList{"proxy_wasm_version_0_2_100"};
    QTest::newRow("quoted, two tags") << QByteArray("# tags\nexport EXTRA_TAGS=\"a b\"\n") << QStringList{"a", "b"};
    QTest::newRow("last wins") << QByteArray("EXTRA_TAGS=a\nEXTRA_TAGS='c,d'\n") << QStringList{"c", "d"};
    QTest::newRow("other variables") << QByteArray("FOO=bar\n") << QStringList{};
    // Saved with CRLF: sh keeps the CR, make's $(shell) drops it, and the build gets the tag (a correct module was
    // once judged tags-not-applied, expecting "proxy_wasm_version_0_2_100\r").
    QTest::newRow("crlf") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\r\n") << QStringList{"proxy_wasm_version_0_2_100"};
}

void TestArtifactInspector::expectedTags()
{
    QFETCH(QByteArray, buildrc);
    QFETCH(QStringList, tags);
    QTemporaryDir dir;
    QFile f(dir.filePath(".buildrc"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(buildrc);
    f.close();
    QCOMPARE(expectedTagsForPlugin(dir.path()), tags);
    QCOMPARE(expectedTagsForPlugin(dir.filePath("missing")), QStringList{});
}

Q_DECLARE_METATYPE(hwb::test::HostileKind)

void TestArtifactInspector::unreadableBuildrcIsSaid_data()
{
    QTest::addColumn<test::HostileKind>("kind");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a FIFO") << test::HostileKind::Fifo << 0LL << "it is not a regular file";
    QTest::newRow("a link to /dev/zero") << test::HostileKind::ZeroLink << 0LL << "it is not a regular file";
    QTest::newRow("larger than a .buildrc is") << test::HostileKind::Oversized << (1LL << 20) + 1
                                               << "more than the 1.00 MiB this reads";
}

// Beside a .buildrc that is a FIFO, `hwb inspect` passed as if the plugin asked for no tags: the tags went unchecked
// without a word. The report now says so, as a warning: the artifact itself may be right.
void TestArtifactInspector::unreadableBuildrcIsSaid()
{
    QFETCH(test::HostileKind, kind);
    QFETCH(qint64, size);
    QFETCH(QString, reason);
    QTemporaryDir plugin;
    test::makeHostile(plugin.filePath(".buildrc"), kind, size);
    ArtifactInspector::Options options;
    options.pluginDir = plugin.path();
    ArtifactReport r;
    QVERIFY2(test::finishesWithoutWaitingOn({plugin.filePath(".buildrc")}, [&] {
                 r = ArtifactInspector::inspectBytes(pluginModule("0_2_100", "_initialize", kUntaggedInfo), options);
             }),
             "the inspection waited on a FIFO");
    QCOMPARE(codes(r), QStringList{"buildrc-unreadable:warning"});
    QVERIFY2(r.findings.first().message.contains(reason) && r.findings.first().message.contains("were not checked"),
             qPrintable(r.findings.first().message));
    QVERIFY(r.passed());
}

void TestArtifactInspector::tagsNotAppliedNamesWhoAsked_data()
{
    QTest::addColumn<QByteArray>("buildrc");
    QTest::addColumn<QStringList>("expectTags");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    // The .buildrc's own tag was applied; only the given ones are missing. It once blamed the .buildrc.
    QTest::newRow("given only") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\n") << QStringList{"foo", "bar"}
                                << "--expect-tags" << "without the tags foo bar that --expect-tags asks for;";
    QTest::newRow(".buildrc only") << QByteArray("EXTRA_TAGS='proxy_wasm_version_0_2_100 foo'\n") << QStringList{}
                                   << "--expect-tags" << "without the tags foo that .buildrc asks for;";
    QTest::newRow("both") << QByteArray("EXTRA_TAGS='proxy_wasm_version_0_2_100 foo'\n") << QStringList{"foo"}
                          << "--expect-tags" << "without the tags foo that .buildrc (and --expect-tags) asks for;";
    QTest::newRow("a build plan") << QByteArray() << QStringList{"foo"} << "the build plan"
                                  << "without the tags foo that the build plan asks for;";
}

void TestArtifactInspector::tagsNotAppliedNamesWhoAsked()
{
    QFETCH(QByteArray, buildrc);
    QFETCH(QStringList, expectTags);
    QFETCH(QString, source);
    QFETCH(QString, message);
    QTemporaryDir plugin;
    if (!buildrc.isEmpty())
        test::writeFile(plugin.filePath(".buildrc"), buildrc);
    ArtifactInspector::Options options;
    options.expectTags = expectTags;
    options.expectTagsSource = source;
    options.pluginDir = plugin.path();
    const ArtifactReport r = ArtifactInspector::inspectBytes(pluginModule("0_2_100", "_initialize", kTaggedInfo), options);
    QCOMPARE(codes(r), QStringList{"tags-not-applied:error"});
    QVERIFY2(r.findings.first().message.contains(message), qPrintable(r.findings.first().message));
}

void TestArtifactInspector::goBuildInfo()
{
    const GoBuildInfo info = GoBuildInfo::parse(
        "path\tgithub.com/x/p\nmod\tgithub.com/x/p\t(devel)\t\n"
        "dep\tgithub.com/tetratelabs/proxy-wasm-go-sdk\tv0.0.0-1\n=>\t../../sdk/legacy\t(devel)\t\n"
        "dep\tgithub.com/tidwall/gjson\tv1.17.0\th1:abc=\n"
        "build\t-ldflags=\"-s -w\"\nbuild\t-tags=a,b\nbuild\tGOOS=wasip1\n");
    QCOMPARE(info.path, "github.com/x/p");
    QCOMPARE(info.deps.size(), 2);
    QCOMPARE(info.proxyWasmSdk()->replacePath, "../../sdk/legacy");
    QCOMPARE(info.deps.at(1).sum, "h1:abc=");
    QCOMPARE(info.setting("-ldflags"), "-s -w");
    QCOMPARE(info.tags(), (QStringList{"a", "b"}));
    QCOMPARE(info.setting("GOOS"), "wasip1");
    QVERIFY(GoBuildInfo::parse("\n\t\n=>\t\nbuild\t=\n").isEmpty());
}

void TestArtifactInspector::staleArtifact()
{
    QTemporaryDir dir;
    const QString wasm = dir.filePath("main.wasm");
    QFile out(wasm);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(pluginModule("0_2_100", "_initialize"));
    out.close();
    QFile source(dir.filePath("main.go"));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("package main\n");
    QVERIFY(source.flush()); // a write flushed after setFileTime would move the time back to now
    QVERIFY(source.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    source.close();
    QFile goMod(dir.filePath("go.mod"));
    QVERIFY(goMod.open(QIODevice::WriteOnly));
    QVERIFY(goMod.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    goMod.close();

    // The plugin folder is found from the artifact's location.
    QCOMPARE(codes(ArtifactInspector::inspectFile(wasm, {})), QStringList{});
    QVERIFY(source.open(QIODevice::ReadWrite));
    QVERIFY(source.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    source.close();
    const ArtifactReport r = ArtifactInspector::inspectFile(wasm, {});
    QCOMPARE(codes(r), QStringList{"stale-artifact:warning"});
    QVERIFY(r.findings.first().message.contains("main.go"));
    QVERIFY(r.passed());
}

void TestArtifactInspector::problemRowsFollowFindings_data()
{
    QTest::addColumn<QByteArray>("module");
    QTest::addColumn<QStringList>("expectTags");
    QTest::addColumn<int>("table");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QVariant>("severity");
    const QStringList tag{"proxy_wasm_version_0_2_100"};
    const QVariant none, error(int(FindingSeverity::Error)), warning(int(FindingSeverity::Warning));
    const int exports = int(ArtifactTableModel::Table::Exports), settings = int(ArtifactTableModel::Table::BuildSettings);
    // The error the audit found unmarked: the ABI export an error names.
    QTest::newRow("old abi, tag expected") << pluginModule("0_2_1", "_initialize", kUntaggedInfo) << tag << exports
                                           << "proxy_abi_version_0_2_1" << error;
    QTest::newRow("old abi, nothing expected") << pluginModule("0_2_1", "_initialize") << QStringList{} << exports
                                               << "proxy_abi_version_0_2_1" << warning;
    QTest::newRow("current abi") << pluginModule("0_2_100", "_initialize", kTaggedInfo) << tag << exports
                                 << "proxy_abi_version_0_2_100" << none;
    QTest::newRow("go command") << pluginModule("0_2_100", "_start", kTaggedInfo) << tag << exports << "_start" << error;
    QTest::newRow("tags not applied") << pluginModule("0_2_100", "_initialize", kTaggedInfo) << QStringList{"other"}
                                      << settings << "-tags" << error;
    QTest::newRow("tags applied") << pluginModule("0_2_100", "_initialize", kTaggedInfo) << tag << settings << "-tags"
                                  << none;
}

void TestArtifactInspector::problemRowsFollowFindings()
{
    QFETCH(QByteArray, module);
    QFETCH(QStringList, expectTags);
    QFETCH(int, table);
    QFETCH(QString, row);
    QFETCH(QVariant, severity);
    ArtifactInspector::Options options;
    options.expectTags = expectTags;
    ArtifactTableModel model{ArtifactTableModel::Table(table)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(ArtifactInspector::inspectBytes(module, options));
    const QModelIndexList hits = model.match(model.index(0, 0), Qt::DisplayRole, row, 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().data(ArtifactTableModel::ProblemSeverityRole), severity);
    QCOMPARE(hits.first().data(ArtifactTableModel::ProblemRole).toBool(), severity.isValid());
}

void TestArtifactInspector::tableModels()
{
    ArtifactTableModel exports(ArtifactTableModel::Table::Exports);
    ArtifactTableModel imports(ArtifactTableModel::Table::Imports);
    ArtifactTableModel settings(ArtifactTableModel::Table::BuildSettings);
    QAbstractItemModelTester t1(&exports, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&imports, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&settings, QAbstractItemModelTester::FailureReportingMode::QtTest);

    ArtifactInspector::Options options;
    options.gatewayVersion = "2.0.4";
    const QList<Import> yield{{"wasi_snapshot_preview1", "sched_yield"}};
    const ArtifactReport r = ArtifactInspector::inspectBytes(pluginModule("0_2_100", "_start", kTaggedInfo, yield), options);
    for (auto *m : {&exports, &imports, &settings})
        m->setReport(r);

    QCOMPARE(exports.rowCount(), 4);
    QCOMPARE(exports.index(0, 2).data().toString(), "ABI version");
    QCOMPARE(exports.index(1, 2).data().toString(), "entry point (command)");
    QVERIFY(exports.index(1, 0).data(ArtifactTableModel::ProblemRole).toBool()); // _start
    QCOMPARE(exports.index(2, 2).data().toString(), "proxy-wasm callback");
    QCOMPARE(exports.index(3, 2).data().toString(), "memory");
    QCOMPARE(imports.rowCount(), 3);
    QCOMPARE(imports.index(2, 1).data().toString(), "sched_yield");
    QVERIFY(imports.index(2, 0).data(ArtifactTableModel::ProblemRole).toBool());
    QVERIFY(!imports.index(0, 0).data(ArtifactTableModel::ProblemRole).toBool());
    QCOMPARE(settings.rowCount(), 2);
    QCOMPARE(settings.index(1, 1).data().toString(), "proxy_wasm_version_0_2_100");
    QCOMPARE(settings.headerData(0, Qt::Horizontal).toString(), "Setting");

    for (auto *m : {&exports, &imports, &settings})
        m->setReport({});
    QCOMPARE(exports.rowCount() + imports.rowCount() + settings.rowCount(), 0);
}

void TestArtifactInspector::toolchains_data()
{
    QTest::addColumn<QByteArray>("sections");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    const auto producers = [](const QByteArray &field, const QByteArray &name, const QByteArray &version) {
        return customSection("producers", leb(1) + test::wasm::name(field) + leb(1) + test::wasm::name(name) + test::wasm::name(version));
    };
    QTest::newRow("go producers") << producers("language", "Go", "go1.24.4") << "go" << "go1.24.4";
    QTest::newRow("go modinfo only") << goModInfoDataSection("path\tx\n") << "go" << "";
    QTest::newRow("go buildid section") << customSection("go:buildid", "abc") << "go" << "";
    QTest::newRow("tinygo names") << customSection("name", QByteArray("\x01\x05\x01\x00\x02" "ab", 7) + "tinygo_unwind")
                                  << "tinygo" << "";
    QTest::newRow("tinygo producers") << producers("processed-by", "TinyGo", "0.33.0") << "tinygo" << "0.33.0";
    QTest::newRow("rust") << producers("processed-by", "rustc", "1.86.0 (05f9846f8 2025-03-31)") << "rust"
                          << "1.86.0 (05f9846f8 2025-03-31)";
    QTest::newRow("clang") << producers("processed-by", "clang", "14.0.6") << "clang" << "14.0.6";
    QTest::newRow("nothing") << QByteArray() << "unknown" << "";
}

void TestArtifactInspector::toolchains()
{
    QFETCH(QByteArray, sections);
    QFETCH(QString, id);
    QFETCH(QString, version);
    const QByteArray module = kHeader + sections;
    const auto r = WasmReader::read(module);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const Toolchain t = ToolchainDetector::detect(r.module);
    QCOMPARE(t.id, id);
    QCOMPARE(t.version, version);
}

namespace {
// A module of n active data segments of varied sizes (1..300 bytes) at spread offsets; returns it and the
// payload byte count.
std::pair<QByteArray, qint64> manySegments(int n)
{
    QByteArray payload = leb(quint32(n));
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        const int size = 1 + (i * 37) % 300;
        payload += '\0';                                              // active, memory 0
        payload += '\x41' + leb(quint32(i) * 4099u % 0x7fffffu) + '\x0b'; // i32.const offset; end
        payload += leb(quint32(size)) + QByteArray(size, char('a' + i % 26));
        bytes += size;
    }
    return {kHeader + section(11, payload), bytes};
}
} // namespace

void TestArtifactInspector::digestMatchesAnIndependentHash_data()
{
    // Both sides of the size above which the hash runs on its own thread, and a wasm module as well as junk.
    QTest::addColumn<QByteArray>("bytes");
    QByteArray junk(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("small module") << QByteArray(kHeader + exportSection({{"proxy_abi_version_0_2_100", 0}}));
    QTest::newRow("large junk") << junk;
    QTest::newRow("large module") << manySegments(40000).first;
    QTest::newRow("just under 256 KiB") << junk.left(256 * 1024 - 1);
    QTest::newRow("exactly 256 KiB") << junk.left(256 * 1024);
}

void TestArtifactInspector::digestMatchesAnIndependentHash()
{
    QFETCH(QByteArray, bytes);
    const ArtifactReport report = ArtifactInspector::inspectBytes(bytes, {});
    QCOMPARE(report.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(report.size, bytes.size());
}

void TestArtifactInspector::readsAGoSizedDataSection()
{
    // A Go module has ~40,000 data segments: one-byte and multi-byte LEB128 sizes, offsets up to 5 bytes.
    const auto [module, payloadBytes] = manySegments(40000);
    const ArtifactReport report = ArtifactInspector::inspectBytes(module, {});
    QVERIFY2(report.readable(), qPrintable(report.readError.message));
    QCOMPARE(report.module.data.activeSegments, 40000);
    QCOMPARE(report.module.data.bytes, payloadBytes);
    QVERIFY(module.size() > 256 * 1024); // the threaded hash ran
}

// The Verify and Gateway pages open what the last build wrote, whichever mode wrote it.
void TestArtifactInspector::newestArtifactOfEveryBuildMode()
{
    QTemporaryDir dir;
    const auto place = [&](const QString &relative, int secondsAgo) {
        test::writeFile(dir.filePath(relative), "\0asm");
        QFile file(dir.filePath(relative));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
    };
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), QString());
    place("main.wasm", 300);
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), dir.filePath("main.wasm"));
    place("plugin.wasm", 200);
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), dir.filePath("plugin.wasm"));
    place("target/wasm32-wasip1/release/say_hello.wasm", 100);
    place("target/wasm32-wasip1/release/deps/say_hello.wasm", 0); // cargo's intermediate, not the output
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), dir.filePath("target/wasm32-wasip1/release/say_hello.wasm"));
    place("target/wasm32-wasi/release/say_hello.wasm", 50); // Rust before 1.78
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), dir.filePath("target/wasm32-wasi/release/say_hello.wasm"));
    place("build/release.wasm", 10); // AssemblyScript's asc, release target
    QCOMPARE(ArtifactInspector::newestArtifact(dir.path()), dir.filePath("build/release.wasm"));
}

void TestArtifactInspector::rebuildWritesThePluginsModule_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("output");
    const QString plugin = "/ws/plugins/wasm-go/extensions/ai-proxy";
    QTest::newRow("the plugin's main.wasm") << plugin + "/main.wasm" << " -o main.wasm .";
    QTest::newRow("the plugin's plugin.wasm") << plugin + "/plugin.wasm" << " -o plugin.wasm .";
    // What a gateway mounts: its run folder's copy. "-o plugin.wasm" wrote a second module beside main.wasm.
    QTest::newRow("a gateway's copy") << "/tmp/hwb-gateway-ai-proxy-x1/plugin.wasm" << " -o main.wasm .";
    QTest::newRow("in a subfolder of the plugin's") << plugin + "/build/plugin.wasm" << " -o build/plugin.wasm .";
    QTest::newRow("a sibling plugin's folder") << plugin + "-lite/main.wasm" << " -o main.wasm .";
}

void TestArtifactInspector::rebuildWritesThePluginsModule()
{
    QFETCH(QString, module);
    QFETCH(QString, output);
    ArtifactReport report;
    report.path = module;
    report.pluginDir = "/ws/plugins/wasm-go/extensions/ai-proxy";
    const QString command = InspectionRules::rebuildCommand(report, {"proxy_wasm_version_0_2_100"});
    QVERIFY2(command.startsWith("cd /ws/plugins/wasm-go/extensions/ai-proxy && ") && command.endsWith(output), qPrintable(command));
    // A Rust module is rebuilt by cargo, not by go build.
    report.toolchain.id = "rust";
    QCOMPARE(InspectionRules::rebuildCommand(report, {}),
             QString("cd /ws/plugins/wasm-go/extensions/ai-proxy && cargo build --target wasm32-wasip1 --release"));
}

QTEST_GUILESS_MAIN(TestArtifactInspector)
#include "tst_artifactinspector.moc"
