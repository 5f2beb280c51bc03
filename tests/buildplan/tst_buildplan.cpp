#include "TestSupport.h"

#include "buildplan/BuildFlagMerger.h"
#include "buildplan/BuildPlanner.h"
#include "buildplan/BuildVariablesModel.h"
#include "buildplan/ExtraTags.h"
#include "buildplan/MakefileReader.h"
#include "buildplan/ShellQuote.h"
#include "common/ArgumentLimits.h"
#include "workspace/WorkspaceScanner.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestBuildPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void makefileDefaults();
    void makefileRecipes();
    void multiplyingReferencesStopAtTheArgumentLimit();
    void extraTagsRule_data();
    void extraTagsRule();
    void shellQuoteRoundTrip_data();
    void shellQuoteRoundTrip();
    void layersCarryProvenance();
    void computedMakeVariablesAreLeftForMake();
    void modes_data();
    void modes();
    void modeOfAnotherFamily();
    void noMakefileFixFitsTheFamily_data();
    void noMakefileFixFitsTheFamily();
    void ignoredBuildrcWarning_data();
    void ignoredBuildrcWarning();
    void buildrcTagsReachTheBuild_data();
    void buildrcTagsReachTheBuild();
    void profileRoundTripRefusesSecrets();
    void unreadableProfileStoreIsNamedAndKept();
    void planJsonContract();

private:
    PluginInfo plugin(const QString &name) const;
    BuildPlan plan(const QString &name, BuildMode mode, const QStringList &overrides = {}, const QString &command = {}) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestBuildPlan::initTestCase()
{
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

PluginInfo TestBuildPlan::plugin(const QString &name) const
{
    return test::pluginNamed(m_workspace, name);
}

BuildPlan TestBuildPlan::plan(const QString &name, BuildMode mode, const QStringList &overrides, const QString &command) const
{
    return test::planNamed(m_workspace, name, mode, overrides, command);
}

void TestBuildPlan::makefileDefaults()
{
    const MakefileInfo mk = MakefileReader::read(test::demoWorkspaceSource() + "/plugins/wasm-go/Makefile");
    QVERIFY(mk.exists);
    QMap<QString, QString> defaults;
    for (const auto &a : mk.defaults())
        defaults.insert(a.name, a.value);
    QCOMPARE(defaults.value("PLUGIN_NAME"), "hello-world");
    QCOMPARE(defaults.value("GO_VERSION"), "1.24.4");
    QCOMPARE(defaults.value("BUILDER"), "higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0");
    QCOMPARE(defaults.value("GOPROXY"), "https://proxy.golang.org,direct");
    QCOMPARE(defaults.value("DOCKER"), "docker");
    QCOMPARE(defaults.value("IMG"), "$(REGISTRY)$(PLUGIN_NAME):$(PLUGIN_VERSION)");
    // EXTRA_TAGS := $(shell ... .buildrc ...) is noted as computed, not taken as a default.
    QVERIFY(!defaults.contains("EXTRA_TAGS"));
    const MakefileAssignment *tags = mk.find("EXTRA_TAGS");
    QVERIFY(tags);
    QVERIFY(tags->computed);
    QCOMPARE(tags->kind, MakefileAssignment::Kind::Immediate);
    QVERIFY(mk.mentionsBuildrc());
}

// Makefile defaults whose references multiply (ten of the next one's on each line) came to 400 MB after the
// eight expansion rounds; past what a program can be given, the rest is left for make.
void TestBuildPlan::multiplyingReferencesStopAtTheArgumentLimit()
{
    VariableLayerValues makefile{VariableLayer::Makefile, {}};
    for (char level = 'A'; level < 'J'; ++level)
        makefile.set(QString(QChar(level)), QString("$(%1)").arg(QChar(level + 1)).repeated(10));
    makefile.set("J", "j");
    const auto merged = BuildFlagMerger::merge({makefile});
    const BuildVariable a = *std::find_if(merged.variables.cbegin(), merged.variables.cend(),
                                          [](const BuildVariable &v) { return v.name == "A"; });
    QVERIFY2(a.value.size() <= kMaxArgumentLength, qPrintable(QString::number(a.value.size())));
    QVERIFY(a.value.contains("$(")); // what was not expanded is still there for make
    // One round is enough to blow up: a quarter of a million references to a 120 K value asked for 60 GB.
    VariableLayerValues wide{VariableLayer::Makefile, {}};
    wide.set("LONG", QString(120 * 1024, 'x'));
    wide.set("MANY", QString("$(LONG)").repeated(250000));
    const auto once = BuildFlagMerger::merge({wide});
    const BuildVariable many = *std::find_if(once.variables.cbegin(), once.variables.cend(),
                                             [](const BuildVariable &v) { return v.name == "MANY"; });
    QCOMPARE(many.value, QString("$(LONG)").repeated(250000)); // left for make, as written
    // Below the limit, everything is expanded as before.
    const BuildVariable h = *std::find_if(merged.variables.cbegin(), merged.variables.cend(),
                                          [](const BuildVariable &v) { return v.name == "H"; });
    QCOMPARE(h.value, QString("j").repeated(100));
}

void TestBuildPlan::makefileRecipes()
{
    const MakefileInfo mk = MakefileReader::read(test::demoWorkspaceSource() + "/plugins/wasm-go/Makefile");
    QVERIFY(mk.hasTarget("build"));
    QVERIFY(mk.hasTarget("local-build"));
    QVERIFY(!mk.hasTarget(".PHONY"));
    QVERIFY(mk.recipeMentions("build", "EXTRA_TAGS")); // through a backslash-continued line
    QVERIFY(mk.recipeMentions("local-build", "-tags \"$(EXTRA_TAGS)\""));
    QVERIFY(!mk.recipeMentions("clean", "EXTRA_TAGS"));
}

void TestBuildPlan::extraTagsRule_data()
{
    QTest::addColumn<QStringList>("layers"); // makefile, buildrc, profile, override
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("layer");
    QTest::newRow("buildrc only") << QStringList{"", "proxy_wasm_version_0_2_100", "", ""}
                                  << QStringList{"proxy_wasm_version_0_2_100"} << "buildrc";
    QTest::newRow("union keeps first order") << QStringList{"", "a b", "b,c", "d"} << QStringList{"a", "b", "c", "d"} << "override";
    QTest::newRow("override removes") << QStringList{"", "proxy_wasm_version_0_2_100 foo", "", "-foo"}
                                      << QStringList{"proxy_wasm_version_0_2_100"} << "override";
    QTest::newRow("profile removes, override re-adds at the end") << QStringList{"", "a b", "-a", "+a"}
                                                                  << QStringList{"b", "a"} << "override";
    QTest::newRow("removing an absent tag changes nothing") << QStringList{"", "a", "", "-zzz"} << QStringList{"a"} << "buildrc";
    QTest::newRow("duplicates collapse") << QStringList{"x x", "x", "", ""} << QStringList{"x"} << "makefile";
    QTest::newRow("nothing") << QStringList{"", "", "", ""} << QStringList{} << "default";
}

void TestBuildPlan::extraTagsRule()
{
    QFETCH(QStringList, layers);
    QFETCH(QStringList, expected);
    QFETCH(QString, layer);
    const VariableLayer order[] = {VariableLayer::Makefile, VariableLayer::Buildrc, VariableLayer::Profile, VariableLayer::Override};
    QList<VariableLayerValues> input;
    for (int i = 0; i < 4; ++i)
        if (!layers.at(i).isEmpty())
            input.append({order[i], {{"EXTRA_TAGS", layers.at(i)}}});
    const auto merged = BuildFlagMerger::merge(input);
    QCOMPARE(merged.tags.names(), expected);
    const auto v = std::find_if(merged.variables.cbegin(), merged.variables.cend(),
                                [](const BuildVariable &b) { return b.name == "EXTRA_TAGS"; });
    QVERIFY(v != merged.variables.cend());
    QCOMPARE(v->value, expected.join(' '));
    QCOMPARE(layerId(v->layer), layer);
}

void TestBuildPlan::shellQuoteRoundTrip_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << "proxy_wasm_version_0_2_100";
    QTest::newRow("space") << "a b";
    QTest::newRow("quote") << "it's";
    QTest::newRow("dollar") << "$HOME and `id` and $(id)";
    QTest::newRow("empty") << "";
    QTest::newRow("newline") << "a\nb";
    QTest::newRow("chinese") << "插件 构建";
    QTest::newRow("glob") << "*.wasm";
}

void TestBuildPlan::shellQuoteRoundTrip()
{
    QFETCH(QString, word);
    // Real /bin/sh is the judge: printf must get exactly the word back.
    QProcess sh;
    sh.start("/bin/sh", {"-c", "printf %s " + shellQuote(word)});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
}

// Higress's real Makefiles build IMG from IMAGE_TAG, which make computes from $(shell date) and git: the table shows
// the reference as written and says why, and the JSON lists it.
void TestBuildPlan::computedMakeVariablesAreLeftForMake()
{
    const MakefileInfo mk = MakefileReader::parse(
        "PLUGIN_NAME ?= hello-world\n"
        "REGISTRY ?= higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/\n"
        "BUILD_TIME := $(shell date \"+%Y%m%d-%H%M%S\")\n"
        "IMAGE_TAG = $(if $(strip $(PLUGIN_VERSION)),${PLUGIN_VERSION},${BUILD_TIME})\n"
        "IMG ?= ${REGISTRY}${PLUGIN_NAME}:${IMAGE_TAG}\n"
        "BUILDER ?= ${REGISTRY}builder:$(EXTRA_TAGS)\n");
    VariableLayerValues makefile{VariableLayer::Makefile, {}};
    for (const auto &a : mk.defaults())
        makefile.set(a.name, a.value);
    VariableLayerValues facts{VariableLayer::Default, {}};
    facts.set("PLUGIN_NAME", "ai-proxy");
    const auto merged = BuildFlagMerger::merge({makefile, facts});
    const auto find = [&](const QString &name) {
        return *std::find_if(merged.variables.cbegin(), merged.variables.cend(), [&](const BuildVariable &v) { return v.name == name; });
    };
    const BuildVariable img = find("IMG");
    QCOMPARE(img.value, QString("higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-proxy:${IMAGE_TAG}"));
    QCOMPARE(img.leftForMake, QStringList{"IMAGE_TAG"});
    QCOMPARE(img.toJson().value("left_for_make").toArray(), QJsonArray{"IMAGE_TAG"});
    QVERIFY(find("BUILDER").leftForMake.isEmpty()); // EXTRA_TAGS is the workbench's own, not make's to work out
    QVERIFY(!find("REGISTRY").toJson().contains("left_for_make"));

    BuildVariablesModel model;
    model.setVariables(merged.variables);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex value = model.index(row, BuildVariablesModel::ValueColumn);
        const QString name = model.index(row, BuildVariablesModel::NameColumn).data().toString();
        // The table draws such a value as pending ("make fills in IMAGE_TAG"), from this role.
        QCOMPARE(value.data(BuildVariablesModel::LeftForMakeRole).toStringList(),
                 name == "IMG" ? QStringList{"IMAGE_TAG"} : QStringList{});
        if (name == "IMG")
            QVERIFY2(value.data(Qt::ToolTipRole).toString().startsWith("make works out IMAGE_TAG when it runs"),
                     qPrintable(value.data(Qt::ToolTipRole).toString()));
    }
}

void TestBuildPlan::layersCarryProvenance()
{
    // The environment is a layer too (make's ?= gives way to it): this test is about the others, whatever the
    // shell that runs it exports (ctest's GOPROXY=off, a CI's BUILDER or REGISTRY): every ?= name is unset here.
    QList<std::pair<QByteArray, QByteArray>> exported;
    for (const QByteArray &name : {QByteArray("GOPROXY"), QByteArray("BUILDER"), QByteArray("REGISTRY"),
                                   QByteArray("GO_VERSION"), QByteArray("PLUGIN_VERSION"), QByteArray("IMG"),
                                   QByteArray("GO"), QByteArray("DOCKER"), QByteArray("EXTRA_TAGS"), QByteArray("PLUGIN_NAME")}) {
        if (qEnvironmentVariableIsSet(name.constData()))
            exported.append({name, qgetenv(name.constData())});
        qunsetenv(name.constData());
    }
    const auto restore = qScopeGuard([exported] {
        for (const auto &[name, value] : exported)
            qputenv(name.constData(), value);
    });
    BuildRequest r;
    r.plugin = plugin("ai-proxy-lite");
    r.workspace = m_workspace;
    r.mode = BuildMode::MakeBuild;
    BuildProfile profile;
    profile.variables.set("GOPROXY", "https://goproxy.cn,direct");
    profile.variables.set("EXTRA_TAGS", "debug_log");
    r.profile = profile;
    r.overrides = {"PLUGIN_VERSION=9.9.9", "EXTRA_TAGS=-debug_log", "EXTRA_TAGS=+one_off"};
    const BuildPlan p = BuildPlanner::plan(r);

    auto layerOf = [&](const QString &name) {
        const BuildVariable *v = p.variable(name);
        return v ? layerId(v->layer) : QString("<absent>");
    };
    QCOMPARE(layerOf("BUILDER"), "makefile");
    QCOMPARE(layerOf("GOPROXY"), "profile");
    QCOMPARE(layerOf("PLUGIN_VERSION"), "override");
    QCOMPARE(layerOf("PLUGIN_NAME"), "default");
    QCOMPARE(p.value("PLUGIN_NAME"), "ai-proxy-lite");
    QCOMPARE(layerOf("EXTRA_TAGS"), "override");
    QCOMPARE(p.value("EXTRA_TAGS"), "proxy_wasm_version_0_2_100 one_off");
    QCOMPARE(p.tags.first().name, "proxy_wasm_version_0_2_100");
    QCOMPARE(p.tags.first().layer, VariableLayer::Buildrc);
    QCOMPARE(p.variable("GOPROXY")->overridden, QList<VariableLayer>{VariableLayer::Makefile});
    // $(VAR) references in Makefile defaults see the merged values.
    QCOMPARE(p.value("IMG"), "higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-proxy-lite:9.9.9");
    // make gets the merged values explicitly, so a Makefile that ignores .buildrc still builds right.
    QVERIFY(p.args.contains("EXTRA_TAGS=proxy_wasm_version_0_2_100 one_off"));
    QVERIFY(p.args.contains("GOPROXY=https://goproxy.cn,direct"));
    QVERIFY(p.args.contains("PLUGIN_VERSION=9.9.9"));
    QVERIFY(p.args.contains("BUILDER=higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0"));
}

void TestBuildPlan::modes_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<QString>("commandTail");
    QTest::addColumn<QString>("artifactTail");
    QTest::newRow("go") << "ai-proxy-lite" << BuildMode::Go
                        << "build -buildmode=c-shared -tags=proxy_wasm_version_0_2_100 -o main.wasm ."
                        << "ai-proxy-lite/main.wasm";
    QTest::newRow("go era 2 without tags") << "hello-world" << BuildMode::Go << "build -buildmode=c-shared -o main.wasm ."
                                           << "hello-world/main.wasm";
    QTest::newRow("make-local") << "ai-proxy-lite" << BuildMode::MakeLocal
                                << "local-build PLUGIN_NAME=ai-proxy-lite EXTRA_TAGS=proxy_wasm_version_0_2_100 GO=/"
                                << "ai-proxy-lite/main.wasm";
    QTest::newRow("tinygo") << "ai-proxy-lite" << BuildMode::TinyGo
                            << "build -o main.wasm -scheduler=none -gc=custom "
                               "'-tags=custommalloc nottinygc_finalizer proxy_wasm_version_0_2_100' -target=wasi ./"
                            << "ai-proxy-lite/main.wasm";
    QTest::newRow("cargo sources .prebuild") << "say-hello" << BuildMode::Cargo
                                             << "-c '. ./.prebuild && exec "
                                             << "/release/say_hello.wasm";
}

void TestBuildPlan::modes()
{
    QFETCH(QString, plugin);
    QFETCH(BuildMode, mode);
    QFETCH(QString, commandTail);
    QFETCH(QString, artifactTail);
    const BuildPlan p = plan(plugin, mode);
    QVERIFY2(p.commandLine().contains(commandTail), qPrintable(p.commandLine()));
    QVERIFY2(p.artifact.endsWith(artifactTail), qPrintable(p.artifact));
    QVERIFY(p.commandLine().startsWith("cd "));
    if (mode == BuildMode::Go)
        QVERIFY(p.commandLine().contains(" && GOOS=wasip1 GOARCH=wasm "));
    if (mode == BuildMode::Cargo) {
        // The target is the one the chosen toolchain has (wasm32-wasip1, or wasm32-wasi before Rust 1.78).
        const QString target = p.value("RUST_TARGET");
        QVERIFY2(target == "wasm32-wasip1" || target == "wasm32-wasi", qPrintable(target));
        QVERIFY2(p.commandLine().contains(" build --target " + target + " --release'"), qPrintable(p.commandLine()));
        QVERIFY(p.artifact.contains("/target/" + target + "/release/"));
    }
    QVERIFY(!p.commandLine().contains('\n'));
}

// A mode the family does not offer is planned with a warning that names the ones it does, and Go mode still
// runs the located go (it once ran '', with "'' was not found").
void TestBuildPlan::modeOfAnotherFamily()
{
    const BuildPlan p = plan("say-hello", BuildMode::Go);
    QStringList codes;
    for (const auto &w : p.warnings) {
        codes.append(w.code);
        if (w.code == "mode-unsupported") {
            QCOMPARE(w.message, QString("The go mode is not meant for wasm-rust plugins."));
            QCOMPARE(w.fix, QString("Choose one of the modes for wasm-rust plugins: make-build, cargo, custom."));
        }
    }
    QVERIFY2(codes.contains("mode-unsupported"), qPrintable(codes.join(',')));
    QVERIFY2(!codes.contains("tool-missing"), qPrintable(codes.join(',')));
    QCOMPARE(p.program, test::goExecutable());

    const BuildPlan noGo = plan("ai-proxy-lite", BuildMode::Go, {"GO="});
    QCOMPARE(noGo.warnings.first().code, QString("tool-missing"));
    QCOMPARE(noGo.warnings.first().message, QString("The go mode has no program to run: its tool's variable is empty."));

}

void TestBuildPlan::noMakefileFixFitsTheFamily_data()
{
    QTest::addColumn<QString>("familyDir");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("fix");
    QTest::newRow("go") << "wasm-go" << int(PluginFamily::WasmGo) << "Choose the go mode.";
    QTest::newRow("rust") << "wasm-rust" << int(PluginFamily::WasmRust) << "Choose the cargo mode.";
    QTest::newRow("assemblyscript") << "wasm-assemblyscript" << int(PluginFamily::WasmAssemblyScript)
                                    << "Choose the custom mode with the command npm run asbuild:release and "
                                       "--set ARTIFACT=build/release.wasm.";
    QTest::newRow("cpp") << "wasm-cpp" << int(PluginFamily::WasmCpp)
                         << "Choose the custom mode with the family's own build command.";
}

// Higress's wasm-assemblyscript family has no Makefile at all; telling its authors to "choose the go mode" was wrong.
void TestBuildPlan::noMakefileFixFitsTheFamily()
{
    QFETCH(QString, familyDir);
    QFETCH(int, family);
    QFETCH(QString, fix);
    QTemporaryDir dir;
    const QString pluginDir = dir.filePath("plugins/" + familyDir + "/extensions/demo");
    test::writeFile(pluginDir + "/README.md", "# demo\n");
    const BuildPlan p = test::planFor(dir.path(), pluginDir, PluginFamily(family), BuildMode::MakeBuild);
    bool found = false;
    for (const BuildWarning &w : p.warnings)
        if (w.code == "makefile-missing") {
            found = true;
            QCOMPARE(w.fix, fix);
        }
    QVERIFY(found);
}

void TestBuildPlan::ignoredBuildrcWarning_data()
{
    QTest::addColumn<QString>("makefileEdit"); // regex to delete from the Makefile
    QTest::addColumn<QString>("dockerfileEdit");
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("demo make-build: fine") << "" << "" << BuildMode::MakeBuild << "" << QStringList{};
    QTest::newRow("go never warns") << "EXTRA_TAGS" << "EXTRA_TAGS" << BuildMode::Go << "" << QStringList{};
    QTest::newRow("Makefile not sourcing .buildrc: info") << "EXTRA_TAGS :=[^\n]*\n" << "" << BuildMode::MakeBuild << ""
                                                        << QStringList{"buildrc-not-sourced"};
    QTest::newRow("Dockerfile ignores EXTRA_TAGS") << "" << "-tags \"\\$EXTRA_TAGS\" " << BuildMode::MakeBuild << ""
                                                   << QStringList{"buildrc-ignored"};
    QTest::newRow("local-build recipe ignores EXTRA_TAGS") << "-tags \"\\$\\(EXTRA_TAGS\\)\" " << "" << BuildMode::MakeLocal << ""
                                                           << QStringList{"buildrc-ignored"};
    QTest::newRow("custom make without tags, Makefile ignores .buildrc")
        << "EXTRA_TAGS :=[^\n]*\n" << "" << BuildMode::Custom << "make build PLUGIN_NAME=${PLUGIN_NAME}"
        << QStringList{"buildrc-ignored"};
    QTest::newRow("custom make, Makefile sources .buildrc") << "" << "" << BuildMode::Custom
                                                            << "make build PLUGIN_NAME=${PLUGIN_NAME}" << QStringList{};
    QTest::newRow("custom go with tags") << "" << "" << BuildMode::Custom << "go build -tags=${EXTRA_TAGS} ." << QStringList{};
}

void TestBuildPlan::ignoredBuildrcWarning()
{
    QFETCH(QString, makefileEdit);
    QFETCH(QString, dockerfileEdit);
    QFETCH(BuildMode, mode);
    QFETCH(QString, command);
    QFETCH(QStringList, codes);

    QTemporaryDir dir;
    const QString ws = test::copyDemoWorkspace(dir);
    const QString family = ws + "/plugins/wasm-go/";
    for (const auto &[file, edit] : {std::pair{QString("Makefile"), makefileEdit}, std::pair{QString("Dockerfile"), dockerfileEdit}}) {
        if (edit.isEmpty())
            continue;
        QString text = QString::fromUtf8(test::readFile(family + file));
        QVERIFY2(text.contains(QRegularExpression(edit)), qPrintable(edit));
        text.remove(QRegularExpression(edit));
        test::writeFile(family + file, text.toUtf8());
    }
    QStringList got;
    for (const BuildWarning &w : test::planFor(ws, family + "extensions/ai-proxy-lite", PluginFamily::WasmGo, mode, {}, command).warnings)
        if (w.code.startsWith("buildrc-")) {
            got.append(w.code);
            QVERIFY(!w.fix.isEmpty() || w.code == "buildrc-unread");
        }
    got.removeAll("buildrc-unread");
    QCOMPARE(got, codes);
}

void TestBuildPlan::buildrcTagsReachTheBuild_data()
{
    QTest::addColumn<QByteArray>("buildrc");
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QString>("profileTags");
    QTest::addColumn<QString>("code"); // the check's finding, or empty
    QTest::addColumn<bool>("blocks");
    const QByteArray computed = "EXTRA_TAGS=$(cat tags.txt)\n";
    const QByteArray crlf = "EXTRA_TAGS=proxy_wasm_version_0_2_100\r\nexport BAR\r\n"; // sh stops at line 2
    const QByteArray plain = "EXTRA_TAGS=proxy_wasm_version_0_2_100";
    QTest::newRow("computed, go") << computed << BuildMode::Go << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("computed, make-build") << computed << BuildMode::MakeBuild << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("sh stops, go") << crlf << BuildMode::Go << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("computed, tags given") << computed << BuildMode::Go << QStringList{"EXTRA_TAGS=proxy_wasm_version_0_2_100"}
                                          << "" << "" << false;
    // A saved profile's tags say nothing about what this .buildrc computes: only this build's overrides count.
    QTest::newRow("computed, only the profile has tags") << computed << BuildMode::Go << QStringList{} << "debug"
                                                         << "buildrc-tags-unknown" << true;
    // A line meant to set EXTRA_TAGS that sh cannot read as an assignment: the tags are unknown, not empty.
    QTest::newRow("open quote, go") << QByteArray("# abi\nEXTRA_TAGS=\"proxy_wasm_version_0_2_100\n") << BuildMode::Go
                                    << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("open quote, make-local") << QByteArray("EXTRA_TAGS=\"proxy_wasm_version_0_2_100\n") << BuildMode::MakeLocal
                                            << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf" "EXTRA_TAGS=proxy_wasm_version_0_2_100\n") << BuildMode::Go
                                     << QStringList{} << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("array") << QByteArray("EXTRA_TAGS=(proxy_wasm_version_0_2_100)\n") << BuildMode::Go << QStringList{} << ""
                           << "buildrc-tags-unknown" << true;
    QTest::newRow("blank before =") << QByteArray("EXTRA_TAGS =proxy_wasm_version_0_2_100\n") << BuildMode::Go << QStringList{}
                                    << "" << "buildrc-tags-unknown" << true;
    QTest::newRow("plain") << plain << BuildMode::Go << QStringList{} << "" << "" << false;
    QTest::newRow("override removes the tag") << plain << BuildMode::Go << QStringList{"EXTRA_TAGS=-proxy_wasm_version_0_2_100"}
                                              << "" << "buildrc-tag-removed" << false;
    QTest::newRow("profile removes the tag") << plain << BuildMode::MakeLocal << QStringList{} << "-proxy_wasm_version_0_2_100"
                                             << "buildrc-tag-removed" << false;
    QTest::newRow("profile removes, override adds another") << plain << BuildMode::Go << QStringList{"EXTRA_TAGS=+x"}
                                                            << "-proxy_wasm_version_0_2_100" << "buildrc-tag-removed" << false;
}

// The story's failure, made impossible to miss: the .buildrc's tags reach the build, or the plan says why not.
void TestBuildPlan::buildrcTagsReachTheBuild()
{
    QFETCH(QByteArray, buildrc);
    QFETCH(BuildMode, mode);
    QFETCH(QStringList, overrides);
    QFETCH(QString, profileTags);
    QFETCH(QString, code);
    QFETCH(bool, blocks);
    QTemporaryDir dir;
    const QString ws = test::copyDemoWorkspace(dir);
    const QString pluginDir = ws + "/plugins/wasm-go/extensions/ai-proxy-lite";
    test::writeFile(pluginDir + "/.buildrc", buildrc);
    BuildProfile profile;
    if (!profileTags.isEmpty())
        profile.variables.set("EXTRA_TAGS", profileTags);
    const BuildPlan p = test::planFor(ws, pluginDir, PluginFamily::WasmGo, mode, overrides, {}, profile);
    QStringList codes;
    for (const BuildWarning &w : p.warnings)
        if (w.code == "buildrc-tags-unknown" || w.code == "buildrc-tag-removed") {
            codes.append(w.code);
            QVERIFY(!w.fix.isEmpty());
            if (w.code == "buildrc-tags-unknown") // it cites the .buildrc's line that says why
                QVERIFY2(w.message.contains(".buildrc:"), qPrintable(w.message));
            if (w.code == "buildrc-tag-removed") // it names the layer that holds the -tag, not the last to touch the set
                QVERIFY2(w.message.contains(profileTags.startsWith('-') ? "removed by: profile" : "removed by: override"),
                         qPrintable(w.message));
        }
    QCOMPARE(codes, code.isEmpty() ? QStringList{} : QStringList{code});
    QCOMPARE(p.hasErrors(), blocks);
    if (!blocks && code.isEmpty())
        QVERIFY(p.commandLine().contains("proxy_wasm_version_0_2_100"));
}

void TestBuildPlan::profileRoundTripRefusesSecrets()
{
    BuildProfile p;
    p.mode = BuildMode::MakeLocal;
    p.variables.set("GOPROXY", "off");
    QCOMPARE(BuildProfile::save(m_workspace, p), QString());
    const BuildProfile back = BuildProfile::load(m_workspace + "/plugins/..");
    QCOMPARE(back.mode, std::optional<BuildMode>(BuildMode::MakeLocal));
    QCOMPARE(back.variables.values.value(0).second, "off");
    p.variables.set("OPENAI_API_KEY", "sk-123");
    QVERIFY(!BuildProfile::save(m_workspace, p).isEmpty());
    QVERIFY(!QString::fromUtf8([&] { QFile f(BuildProfile::storePath()); f.open(QIODevice::ReadOnly); return f.readAll(); }()).contains("sk-123"));
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

// A profile store broken by hand: the plan says the build goes without it, and the next save keeps it beside.
void TestBuildPlan::unreadableProfileStoreIsNamedAndKept()
{
    const QString store = BuildProfile::storePath();
    const QByteArray broken = "{\"/elsewhere\": {\"variables\": {\"GOPROXY\": \"off\"}},";
    test::writeFile(store, broken);
    BuildRequest request;
    request.workspace = m_workspace;
    request.plugin = plugin("ai-proxy-lite");
    request.mode = BuildMode::Go;
    const BuildPlan p = BuildPlanner::plan(request);
    const auto warning = std::find_if(p.warnings.cbegin(), p.warnings.cend(),
                                      [](const BuildWarning &w) { return w.code == "profile-unreadable"; });
    QVERIFY(warning != p.warnings.cend());
    QVERIFY2(warning->message.contains(store) && warning->message.contains("line 1, column "), qPrintable(warning->message));
    QVERIFY(!p.hasErrors());

    BuildProfile mine;
    mine.variables.set("GOFLAGS", "-mod=mod");
    QCOMPARE(BuildProfile::save(m_workspace, mine), QString());
    QCOMPARE(test::readFile(store + ".unreadable"), broken);
    QCOMPARE(BuildProfile::load(m_workspace).variables.values.value(0).second, "-mod=mod");
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
    QVERIFY(QFile::remove(store + ".unreadable"));
}

void TestBuildPlan::planJsonContract()
{
    const QJsonObject o = plan("ai-proxy-lite", BuildMode::Go).toJson();
    for (const char *key : {"program", "args", "env", "cwd", "artifact", "variables"})
        QVERIFY2(o.contains(key), key);
    QCOMPARE(o.value("env").toObject().value("GOOS").toString(), "wasip1");
    bool sawTags = false;
    for (const auto &v : o.value("variables").toArray()) {
        const QJsonObject vo = v.toObject();
        QVERIFY(layerFromId(vo.value("layer").toString()).has_value());
        if (vo.value("name") == "EXTRA_TAGS") {
            sawTags = true;
            QCOMPARE(vo.value("value").toString(), "proxy_wasm_version_0_2_100");
            QCOMPARE(vo.value("layer").toString(), "buildrc");
        }
    }
    QVERIFY(sawTags);
    const BuildPlan back = BuildPlan::fromJson(o);
    QCOMPARE(back.commandLine(), o.value("command_line").toString());
}

QTEST_GUILESS_MAIN(TestBuildPlan)
#include "tst_buildplan.moc"
