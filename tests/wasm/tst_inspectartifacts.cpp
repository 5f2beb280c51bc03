#include "TestSupport.h"

#include "wasm/WasmReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// `hwb inspect` on real artifacts built from the demo plugins, checked against golden JSON. Set
// HWB_UPDATE_GOLDEN=1 to rewrite the goldens after an intended change (and review the diff).
class TestInspectArtifacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void originalFailureIsCaught();
    void passWithWarningsSaysSo();
    void aCopyIsJudgedByItsPlugin();

private:
    QString plugin(const QString &name) const { return m_workspace + "/plugins/wasm-go/extensions/" + name; }
    QString out(const QString &name) const { return m_tmp.filePath("out/" + name); }
    void build(const QString &pluginName, const QString &output, const QStringList &tags, bool cShared = true);
    QJsonObject normalise(QJsonObject report) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestInspectArtifacts::build(const QString &pluginName, const QString &output, const QStringList &tags,
                                 bool cShared)
{
    const auto result = test::goBuildWasm(plugin(pluginName), output, tags, cShared);
    QVERIFY2(result.exitCode == 0, result.stdErr.constData());
}

void TestInspectArtifacts::initTestCase()
{
    QVERIFY2(!test::goExecutable().isEmpty(), "Go is required (scripts/deps.sh installs it)");
    QVERIFY(QFileInfo::exists(test::hwbExecutable()));
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    QVERIFY(QDir().mkpath(out({})));

    build("ai-proxy-lite", out("ai-proxy-lite-tagged.wasm"), {"proxy_wasm_version_0_2_100"});
    build("ai-proxy-lite", out("ai-proxy-lite-untagged.wasm"), {});
    build("hello-world", out("hello-world.wasm"), {});
    build("hello-world", out("hello-world-command.wasm"), {}, false);

    // A copy cut in half, and one whose export section is overwritten with garbage.
    QFile whole(out("hello-world.wasm"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile truncated(out("truncated.wasm"));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(bytes.left(bytes.size() / 2));
    QByteArray corrupt = bytes;
    for (const WasmSection &s : WasmReader::read(bytes).module.sections)
        if (s.id == 7)
            corrupt.replace(s.offset, 8, QByteArray(8, '\xff'));
    QFile corrupted(out("corrupted.wasm"));
    QVERIFY(corrupted.open(QIODevice::WriteOnly));
    corrupted.write(corrupt);

    // Built in place, then a source edited afterwards.
    build("hello-world", plugin("hello-world") + "/main.wasm", {});
    QFile source(plugin("hello-world") + "/main.go");
    QVERIFY(source.open(QIODevice::ReadWrite));
    QVERIFY(source.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
}

QJsonObject TestInspectArtifacts::normalise(QJsonObject r) const
{
    // What differs between Go 1.24 (CI chroot) and Go 1.26 (host) or between runs; the rest must match.
    static const QRegularExpression goVersion("go1\\.\\d+(\\.\\d+)?");
    for (const char *key : {"size", "sha256", "data_segments"})
        r.insert(key, "<volatile>");
    for (const char *key : {"go_version", "toolchain_version"})
        if (r.value(key).isString())
            r.insert(key, r.value(key).toString().replace(goVersion, "<go>"));
    r.insert("file", QFileInfo(r.value("file").toString()).fileName());
    if (r.value("plugin_dir").isString())
        r.insert("plugin_dir", r.value("plugin_dir").toString().replace(m_workspace, "<workspace>"));
    QJsonObject settings = r.value("build_settings").toObject();
    // Present when the go directive is older than the toolchain: always for go 1.19 modules, for go 1.24
    // modules only with a newer Go. Its value lists the release's GODEBUG defaults.
    settings.remove("DefaultGODEBUG");
    r.insert("build_settings", settings);
    QJsonObject producers = r.value("producers").toObject();
    for (const QString &k : producers.keys()) {
        QJsonArray values;
        for (const QJsonValue &v : producers.value(k).toArray())
            values.append(v.toString().replace(goVersion, "<go>"));
        producers.insert(k, values);
    }
    r.insert("producers", producers);
    QJsonArray findings;
    for (const QJsonValue &v : r.value("findings").toArray()) {
        QJsonObject f = v.toObject();
        for (const char *key : {"message", "fix", "fix_command"}) {
            if (!f.contains(key))
                continue;
            QString text = f.value(key).toString();
            text.replace(m_workspace, "<workspace>").replace(m_tmp.path(), "<tmp>");
            if (key == QByteArrayView("message") && (f.value("code") == "truncated" || f.value("code") == "not-wasm"))
                text.replace(QRegularExpression("\\d+"), "N"); // offsets move with the Go release
            f.insert(key, text);
        }
        findings.append(f);
    }
    r.insert("findings", findings);
    return r;
}

void TestInspectArtifacts::golden_data()
{
    QTest::addColumn<QString>("artifact");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("codes");

    const QString ai = "<workspace>/plugins/wasm-go/extensions/ai-proxy-lite";
    QTest::newRow("ai-proxy-lite-tagged") << "out/ai-proxy-lite-tagged.wasm" << QStringList{"--plugin", ai} << 0
                                          << QStringList{};
    QTest::newRow("ai-proxy-lite-untagged") << "out/ai-proxy-lite-untagged.wasm" << QStringList{"--plugin", ai} << 1
                                            << QStringList{"abi-too-old", "tags-not-applied"};
    QTest::newRow("ai-proxy-lite-untagged-expect-tags")
        << "out/ai-proxy-lite-untagged.wasm" << QStringList{"--expect-tags", "proxy_wasm_version_0_2_100"} << 1
        << QStringList{"abi-too-old", "tags-not-applied"};
    QTest::newRow("hello-world") << "out/hello-world.wasm" << QStringList{"--gateway", "2.1.6"} << 0 << QStringList{};
    QTest::newRow("hello-world-gateway-2.0.4") << "out/hello-world.wasm" << QStringList{"--gateway", "2.0.4"} << 1
                                               << QStringList{"import-unsupported"};
    QTest::newRow("hello-world-command") << "out/hello-world-command.wasm" << QStringList{} << 1
                                         << QStringList{"command-module"};
    QTest::newRow("truncated") << "out/truncated.wasm" << QStringList{} << 1 << QStringList{"truncated"};
    QTest::newRow("corrupted") << "out/corrupted.wasm" << QStringList{} << 1 << QStringList{"not-wasm"};
    QTest::newRow("hello-world-stale") << "<workspace>/plugins/wasm-go/extensions/hello-world/main.wasm"
                                       << QStringList{} << 0 << QStringList{"stale-artifact"};
}

void TestInspectArtifacts::golden()
{
    QFETCH(QString, artifact);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, codes);
    const auto expand = [this](QString s) { return s.replace("<workspace>", m_workspace); };
    QStringList argv{"inspect", "--json", artifact.startsWith("out/") ? m_tmp.filePath(artifact) : expand(artifact)};
    for (const QString &a : args)
        argv.append(expand(a));
    const auto run = test::runProcess(test::hwbExecutable(), argv);
    QVERIFY2(run.finished, run.stdErr.constData());
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject report = normalise(QJsonDocument::fromJson(run.stdOut).object());
    QStringList actualCodes;
    for (const QJsonValue &f : report.value("findings").toArray())
        actualCodes.append(f.toObject().value("code").toString());
    QCOMPARE(actualCodes, codes);

    const QString name = QString("golden/%1.json").arg(QTest::currentDataTag());
    const QByteArray actual = QJsonDocument(report).toJson();
    if (qEnvironmentVariableIsSet("HWB_UPDATE_GOLDEN")) {
        QFile golden(test::sourceDir() + "/tests/wasm/" + name);
        QVERIFY(golden.open(QIODevice::WriteOnly));
        golden.write(actual);
        return;
    }
    QFile golden(QFINDTESTDATA(name));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(name + " is missing; run with HWB_UPDATE_GOLDEN=1"));
    const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
    if (expected != report)
        qWarning("actual report:\n%s", actual.constData());
    QVERIFY2(expected == report, qPrintable(name + " differs (actual report printed above)"));
}

void TestInspectArtifacts::originalFailureIsCaught()
{
    // higress #1847: the era-1 plugin built without its .buildrc tag. The human output must say so in words.
    const auto run = test::runProcess(test::hwbExecutable(),
                                      {"inspect", out("ai-proxy-lite-untagged.wasm"), "--plugin", plugin("ai-proxy-lite")});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.stdOut);
    QVERIFY2(text.startsWith("FAIL"), qPrintable(text));
    QVERIFY(text.contains("[abi-too-old]") && text.contains("requests will hang"));
    QVERIFY(text.contains("[tags-not-applied]") && text.contains("-tags=proxy_wasm_version_0_2_100"));
    // The long settings line of a go 1.19 module is read in full, not cut at a buffer size.
    QVERIFY(text.contains(QRegularExpression("build +DefaultGODEBUG=\\S*panicnil=1\\S*x509negativeserial=1")));
}

// Away from its plugin, and with no workspace to find it in, nothing says the module needs the new ABI: the old one
// is a warning and the exit status 0 (BRIEF §5: errors decide it). The headline then must not say PASS, nor promise
// that requests will flow, while the warning says they hang.
void TestInspectArtifacts::passWithWarningsSaysSo()
{
    const auto run = test::runProcess(test::hwbExecutable(), {"inspect", out("ai-proxy-lite-untagged.wasm")}, {}, {"LANG=C"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.stdOut);
    QVERIFY2(text.startsWith("LOADS, but requests will hang  "), qPrintable(text));
    QVERIFY2(!text.contains("PASS") && !text.contains("requests will flow"), qPrintable(text));
    QVERIFY(text.contains("WARNING [abi-too-old]"));
    const auto json = test::runProcess(test::hwbExecutable(), {"inspect", "--json", out("ai-proxy-lite-untagged.wasm")});
    const QJsonObject report = QJsonDocument::fromJson(json.stdOut).object();
    QCOMPARE(report.value("verdict").toString(), "pass"); // as before: no error finding
    QCOMPARE(report.value("verdict_kind").toString(), "loads-but-hangs");
    QVERIFY(report.value("verdict_headline").toString().startsWith("The module LOADS, but requests will hang"));

    const auto clean = test::runProcess(test::hwbExecutable(), {"inspect", out("ai-proxy-lite-tagged.wasm")}, {}, {"LANG=C"});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.stdOut.startsWith("PASS  ") && clean.stdOut.contains("requests will flow"), clean.stdOut.constData());
}

// The module names its package (…/plugins/wasm-go/extensions/ai-proxy-lite) in its Go build info. A copy of it away
// from the plugin's folder is judged by that plugin's .buildrc when a workspace holds the plugin: the workspace the
// copy sits in, the one given, or the one hwb runs in. Then the untagged module fails, as it does in place.
void TestInspectArtifacts::aCopyIsJudgedByItsPlugin()
{
    const QString inside = m_workspace + "/dist/bad.wasm";
    QVERIFY(QDir().mkpath(m_workspace + "/dist"));
    QFile::remove(inside);
    QVERIFY(QFile::copy(out("ai-proxy-lite-untagged.wasm"), inside));
    const QString pluginDir = plugin("ai-proxy-lite");
    struct Case { const char *name; QStringList args; QString cwd; };
    const QList<Case> cases{
        {"in the workspace", {inside}, {}},
        {"--workspace", {out("ai-proxy-lite-untagged.wasm"), "--workspace", m_workspace}, {}},
        {"run in the workspace", {out("ai-proxy-lite-untagged.wasm")}, pluginDir},
    };
    for (const Case &c : cases) {
        const auto run = test::runProcess(test::hwbExecutable(), QStringList{"inspect"} + c.args, c.cwd, {"LANG=C"});
        const QString text = QString::fromUtf8(run.stdOut);
        QVERIFY2(run.exitCode == 1 && text.startsWith("FAIL  "), qPrintable(QString(c.name) + ": " + text));
        QVERIFY2(text.contains("plugin         " + pluginDir + " (named by the module's Go build info"), qPrintable(text));
        QVERIFY2(text.contains("ERROR [abi-too-old]") && text.contains("ERROR [tags-not-applied]"), qPrintable(text));
        const auto json = test::runProcess(test::hwbExecutable(), QStringList{"inspect", "--json"} + c.args, c.cwd);
        const QJsonObject report = QJsonDocument::fromJson(json.stdOut).object();
        QCOMPARE(report.value("plugin_dir").toString(), pluginDir);
        QCOMPARE(report.value("plugin_dir_inferred").toBool(), true);
        QCOMPARE(report.value("verdict_kind").toString(), "fail");
    }

    // A plugin of that name that is another module is not this one's: its .buildrc says nothing about this module.
    QTemporaryDir other;
    const QString otherWorkspace = test::copyDemoWorkspace(other);
    QVERIFY(!otherWorkspace.isEmpty());
    test::writeFile(otherWorkspace + "/plugins/wasm-go/extensions/ai-proxy-lite/go.mod", "module example.com/other\n\ngo 1.24\n");
    const auto unrelated = test::runProcess(test::hwbExecutable(), {"inspect", out("ai-proxy-lite-untagged.wasm"),
                                                                    "--workspace", otherWorkspace}, {}, {"LANG=C"});
    QCOMPARE(unrelated.exitCode, 0);
    QVERIFY2(unrelated.stdOut.startsWith("LOADS, but requests will hang"), unrelated.stdOut.constData());
    QVERIFY(!unrelated.stdOut.contains("named by the module's Go build info"));

    const auto notAWorkspace = test::runProcess(test::hwbExecutable(), {"inspect", inside, "--workspace", m_tmp.filePath("out")});
    QCOMPARE(notAWorkspace.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestInspectArtifacts)
#include "tst_inspectartifacts.moc"
