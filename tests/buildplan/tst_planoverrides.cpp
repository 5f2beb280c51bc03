#include "TestSupport.h"

#include "buildplan/BuildPlanner.h"
#include "buildplan/ExtraTags.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hwb;

Q_DECLARE_METATYPE(hwb::BuildMode)

namespace {

const BuildWarning *warning(const BuildPlan &p, const QString &code)
{
    const auto it = std::find_if(p.warnings.cbegin(), p.warnings.cend(), [&](const BuildWarning &w) { return w.code == code; });
    return it == p.warnings.cend() ? nullptr : &*it;
}

QString warningCodes(const BuildPlan &p)
{
    QStringList codes;
    for (const BuildWarning &w : p.warnings)
        codes.append(w.code);
    return codes.join(',');
}

} // namespace

// What a plan makes of values the user gives: the environment a Makefile default gives way to, a --set the mode
// cannot apply, EXTRA_TAGS edits that do nothing or cannot be read, and placeholders no variable fills.
class TestPlanOverrides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
        qunsetenv("GOPROXY");
        qunsetenv("BUILDER");
    }

    // make's `GOPROXY ?= …` gives way to the environment; the plan showed the Makefile's and put it on make's
    // command line, over the user's proxy.
    void environmentBeatsMakefileDefaults()
    {
        qputenv("GOPROXY", "https://goproxy.cn,direct");
        const BuildPlan p = plan("ai-proxy-lite", BuildMode::MakeBuild);
        qunsetenv("GOPROXY");
        const BuildVariable *v = p.variable("GOPROXY");
        QVERIFY(v);
        QCOMPARE(layerId(v->layer), "environment");
        QCOMPARE(v->value, "https://goproxy.cn,direct");
        QVERIFY(!p.args.contains("GOPROXY=https://proxy.golang.org,direct"));
        QVERIFY(p.args.contains("GOPROXY=https://goproxy.cn,direct")); // what make would take from the environment
        // A profile still beats it, and says what it overrode.
        BuildProfile profile;
        profile.variables.set("GOPROXY", "https://corp.example/");
        qputenv("GOPROXY", "https://goproxy.cn,direct");
        const BuildPlan q = test::planFor(m_workspace, plugin("ai-proxy-lite").path, PluginFamily::WasmGo, BuildMode::MakeBuild,
                                          {}, {}, profile);
        qunsetenv("GOPROXY");
        QCOMPARE(layerId(q.variable("GOPROXY")->layer), "profile");
        QVERIFY(q.variable("GOPROXY")->overridden.contains(VariableLayer::Environment));
        // Without it in the environment, the Makefile's default stands.
        QCOMPARE(layerId(plan("ai-proxy-lite", BuildMode::MakeBuild).variable("GOPROXY")->layer), "makefile");
    }

    void overridesTheModeCannotApply_data()
    {
        QTest::addColumn<BuildMode>("mode");
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("code"); // the error, or empty when the mode applies it
        QTest::newRow("go, GOOS") << BuildMode::Go << "GOOS=linux" << "override-not-applied";
        QTest::newRow("go, GOOS as the mode has it") << BuildMode::Go << "GOOS=wasip1" << "";
        QTest::newRow("go, GOFLAGS") << BuildMode::Go << "GOFLAGS=-mod=mod" << "";
        QTest::newRow("go, CGO_ENABLED") << BuildMode::Go << "CGO_ENABLED=0" << "";
        QTest::newRow("go, BUILDER") << BuildMode::Go << "BUILDER=x" << "override-not-applied";
        QTest::newRow("go, another plugin") << BuildMode::Go << "PLUGIN_NAME=hello-world" << "plugin-name-override";
        QTest::newRow("go, this plugin") << BuildMode::Go << "PLUGIN_NAME=ai-proxy-lite" << "";
        QTest::newRow("make-local, another plugin") << BuildMode::MakeLocal << "PLUGIN_NAME=hello-world" << "plugin-name-override";
        QTest::newRow("make-local, GOOS the recipe sets") << BuildMode::MakeLocal << "GOOS=linux" << "override-not-applied";
        QTest::newRow("make-local, GOFLAGS reaches go") << BuildMode::MakeLocal << "GOFLAGS=-mod=mod" << "";
        // make exports its command line to the recipe's commands: what the Makefile never names may still reach go
        // or git (HTTPS_PROXY), so it is only warned about.
        QTest::newRow("make-local, BUILDER") << BuildMode::MakeLocal << "BUILDER=x" << "override-not-applied (warning)";
        QTest::newRow("make-local, HTTPS_PROXY") << BuildMode::MakeLocal << "HTTPS_PROXY=http://proxy:3128"
                                                 << "override-not-applied (warning)";
        QTest::newRow("make-build, BUILDER") << BuildMode::MakeBuild << "BUILDER=x" << "";
        QTest::newRow("make-build, PLUGIN_VERSION through IMG") << BuildMode::MakeBuild << "PLUGIN_VERSION=9" << "";
        QTest::newRow("make-build, FOO") << BuildMode::MakeBuild << "FOO=1" << "override-not-applied (warning)";
        QTest::newRow("tinygo, GOOS") << BuildMode::TinyGo << "GOOS=linux" << "override-not-applied";
        QTest::newRow("custom, a name it uses") << BuildMode::Custom << "FOO=1" << "";
        QTest::newRow("custom, one it does not") << BuildMode::Custom << "BAR=1" << "override-not-applied";
    }
    void overridesTheModeCannotApply()
    {
        QFETCH(BuildMode, mode);
        QFETCH(QString, set);
        QFETCH(QString, code);
        const QString command = mode == BuildMode::Custom ? "cd ${PLUGIN_DIR} && echo ${FOO} && go build -tags=${EXTRA_TAGS} -o main.wasm ." : QString();
        const BuildPlan p = plan("ai-proxy-lite", mode, {set}, command);
        const QString name = set.section('=', 0, 0);
        const BuildVariable *v = p.variable(name);
        QVERIFY(v);
        if (code.isEmpty()) {
            QVERIFY2(v->applied, qPrintable(name));
            QVERIFY2(!warning(p, "override-not-applied") && !warning(p, "plugin-name-override"), qPrintable(warningCodes(p)));
            return;
        }
        QVERIFY(!v->applied);
        const bool onlyWarned = code.endsWith(" (warning)");
        const BuildWarning *w = warning(p, code.section(' ', 0, 0));
        QVERIFY2(w, qPrintable(warningCodes(p)));
        QCOMPARE(w->severity, onlyWarned ? BuildWarning::Severity::Warning : BuildWarning::Severity::Error);
        QVERIFY(!w->fix.isEmpty());
        QCOMPARE(p.hasErrors(), !onlyWarned);
        // Named, never quoted: the value may be a token.
        if (code.startsWith("override-not-applied") && set.section('=', 1).size() >= 6)
            QVERIFY2(!w->message.contains(set.section('=', 1)), qPrintable(w->message));
        const QJsonObject json = p.toJson();
        for (const auto &entry : json.value("variables").toArray())
            if (entry.toObject().value("name") == name)
                QCOMPARE(entry.toObject().value("applied").toBool(true), false);
    }

    // Shown, not applied: the Makefile's GOPROXY means nothing to the go mode; a profile's is only noted.
    void valuesOtherLayersGiveAreMarked()
    {
        const BuildPlan p = plan("ai-proxy-lite", BuildMode::Go);
        QVERIFY(!p.variable("GOPROXY")->applied);
        QVERIFY(p.variable("GO")->applied);
        QVERIFY(!p.hasErrors());
        BuildProfile profile;
        profile.variables.set("BUILDER", "x");
        const BuildPlan q = test::planFor(m_workspace, plugin("ai-proxy-lite").path, PluginFamily::WasmGo, BuildMode::Go, {}, {}, profile);
        const BuildWarning *w = warning(q, "profile-value-unused");
        QVERIFY(w);
        QCOMPARE(w->severity, BuildWarning::Severity::Info);
        QVERIFY(!q.hasErrors());
        // Go's environment variables from the profile reach go, and the tinygo mode passes them too.
        profile.variables.set("GOFLAGS", "-mod=mod");
        const BuildPlan t = test::planFor(m_workspace, plugin("ai-proxy-lite").path, PluginFamily::WasmGo, BuildMode::TinyGo, {}, {}, profile);
        QVERIFY(t.env.contains(std::pair<QString, QString>("GOFLAGS", "-mod=mod")));
    }

    void extraTagsEdits_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::addColumn<QString>("tags");  // the plan's EXTRA_TAGS
        QTest::addColumn<QString>("layer"); // its layer
        QTest::addColumn<QString>("code");  // a warning the plan has, or empty
        QTest::newRow("empty clears, as make's EXTRA_TAGS=") << QStringList{"EXTRA_TAGS="} << "" << "override" << "buildrc-tag-removed";
        QTest::newRow("-* clears, then adds") << QStringList{"EXTRA_TAGS=-* debug"} << "debug" << "override" << "buildrc-tag-removed";
        QTest::newRow("a clear, then another --set") << QStringList{"EXTRA_TAGS=", "EXTRA_TAGS=+x"} << "x" << "override"
                                                     << "buildrc-tag-removed";
        QTest::newRow("a typo removes nothing") << QStringList{"EXTRA_TAGS=-proxy_wasm_version_0_2_10"}
                                                << "proxy_wasm_version_0_2_100" << "buildrc" << "tag-not-present";
        QTest::newRow("adds up") << QStringList{"EXTRA_TAGS=+a", "EXTRA_TAGS=b"} << "proxy_wasm_version_0_2_100 a b"
                                 << "override" << "";
    }
    void extraTagsEdits()
    {
        QFETCH(QStringList, overrides);
        QFETCH(QString, tags);
        QFETCH(QString, layer);
        QFETCH(QString, code);
        const BuildPlan p = plan("ai-proxy-lite", BuildMode::Go, overrides);
        QCOMPARE(p.value("EXTRA_TAGS"), tags);
        QCOMPARE(layerId(p.variable("EXTRA_TAGS")->layer), layer);
        if (!code.isEmpty())
            QVERIFY2(warning(p, code), qPrintable(warningCodes(p)));
        if (code == "tag-not-present")
            QVERIFY2(warning(p, code)->fix.contains("-proxy_wasm_version_0_2_100"), qPrintable(warning(p, code)->fix));
        if (code == "buildrc-tag-removed")
            QVERIFY2(warning(p, code)->fix.contains("EXTRA_TAGS= (override)"), qPrintable(warning(p, code)->fix));
    }

    void malformedTagEditsAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        for (const char *bad : {"-", "+", "--x", "++x", "-+x", "a -"})
            QTest::newRow(bad) << QString(bad) << true;
        for (const char *good : {"", "-*", "x", "+x", "-x", "a,b -c"})
            QTest::newRow(qPrintable(QString("ok: '%1'").arg(good))) << QString(good) << false;
    }
    void malformedTagEditsAreRefused()
    {
        QFETCH(QString, value);
        QFETCH(bool, refused);
        VariableLayerValues out{VariableLayer::Override, {}};
        QCOMPARE(!BuildPlanner::parseOverrides({"EXTRA_TAGS=" + value}, &out).isEmpty(), refused);
    }

    void tagEditsCombine_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addColumn<QString>("combined");
        QTest::newRow("both kept") << "+debug" << "+foo" << "+debug +foo";
        QTest::newRow("a clear last") << "+debug" << "" << "-*";
        QTest::newRow("a clear first") << "" << "+foo" << "-* +foo";
        QTest::newRow("edits before a clear go") << "a -b" << "-* c" << "-* c";
    }
    void tagEditsCombine()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QFETCH(QString, combined);
        QCOMPARE(ExtraTags::combine(earlier, later), combined);
    }

    // ${PLUGN_DIR} reached sh, which made it an empty word.
    void misspeltPlaceholder()
    {
        const BuildPlan p = plan("ai-proxy-lite", BuildMode::Custom, {},
                                 "cd ${PLUGN_DIR} && go build -tags=${EXTRA_TAGS} -o main.wasm .");
        const BuildWarning *w = warning(p, "unknown-placeholder");
        QVERIFY2(w, qPrintable(warningCodes(p)));
        QCOMPARE(w->severity, BuildWarning::Severity::Error);
        QVERIFY2(w->fix.contains("${PLUGIN_DIR}"), qPrintable(w->fix));
        // A name the environment sets is sh's to expand, as the user meant.
        qputenv("HWB_TEST_DIR", "/tmp");
        const BuildPlan q = plan("ai-proxy-lite", BuildMode::Custom, {}, "cd ${HWB_TEST_DIR} && cd ${PLUGIN_DIR} && go build -o main.wasm .");
        qunsetenv("HWB_TEST_DIR");
        QVERIFY2(!warning(q, "unknown-placeholder"), qPrintable(warningCodes(q)));
    }

    // A custom command that runs make without EXTRA_TAGS gets what make's sourcing gives, which the plan checks.
    void customMakeReliesOnSourcing()
    {
        QTemporaryDir dir;
        const QString ws = test::copyDemoWorkspace(dir);
        const QString pluginDir = ws + "/plugins/wasm-go/extensions/ai-proxy-lite";
        test::writeFile(pluginDir + "/.buildrc", "EXTRA_TAGS=proxy_wasm_version_0_2_100\nfalse\n");
        const QString command = "make -C ${FAMILY_DIR} local-build PLUGIN_NAME=${PLUGIN_NAME}";
        const BuildPlan p = test::planFor(ws, pluginDir, PluginFamily::WasmGo, BuildMode::Custom, {}, command);
        const BuildWarning *w = warning(p, "make-sourcing-differs");
        QVERIFY2(w, qPrintable(warningCodes(p)));
        QCOMPARE(w->severity, BuildWarning::Severity::Error);
        // hwb's own make mode passes the tags itself: a warning about a plain make build, not an error.
        const BuildPlan m = test::planFor(ws, pluginDir, PluginFamily::WasmGo, BuildMode::MakeLocal, {});
        const BuildWarning *n = warning(m, "buildrc-make-gets-no-tags");
        QVERIFY2(n, qPrintable(warningCodes(m)));
        QCOMPARE(n->severity, BuildWarning::Severity::Warning);
        QVERIFY(m.args.contains("EXTRA_TAGS=proxy_wasm_version_0_2_100"));
        QVERIFY(!m.hasErrors());
    }

private:
    PluginInfo plugin(const QString &name) const { return test::pluginNamed(m_workspace, name); }
    BuildPlan plan(const QString &name, BuildMode mode, const QStringList &overrides = {}, const QString &command = {}) const
    {
        return test::planNamed(m_workspace, name, mode, overrides, command);
    }

    QTemporaryDir m_tmp;
    QString m_workspace;
};

QTEST_GUILESS_MAIN(TestPlanOverrides)
#include "tst_planoverrides.moc"
