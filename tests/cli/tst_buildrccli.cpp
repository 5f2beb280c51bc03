// hwb buildrc eval|get|set|unset: the BRIEF §5 contract, byte-preserving edits, and values that sh agrees with.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {
test::ProcessResult hwbRun(const QStringList &args)
{
    return test::runProcess(test::hwbExecutable(), args, {}, {"LANG=C", "HWB_WORKSPACE="});
}
} // namespace

class TestBuildrcCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_workspace;
    QString buildrc(const char *plugin) const
    {
        return m_workspace + "/plugins/wasm-go/extensions/" + plugin + "/.buildrc";
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
    }

    void evalJson()
    {
        const QString file = m_tmp.filePath("x.buildrc");
        test::writeFile(file, "# c\nexport EXTRA_TAGS=\"a $B\"\nB=$(date)\n");
        const auto r = hwbRun({"buildrc", "eval", file, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
        // $B is not set earlier in the file: it comes from make's environment, so EXTRA_TAGS is unknown.
        QVERIFY(o["values"].toObject().isEmpty());
        QCOMPARE(o["unknown_keys"].toArray().size(), 2);
        const QJsonArray diagnostics = o["diagnostics"].toArray();
        QVERIFY(!diagnostics.isEmpty());
        for (const auto &d : diagnostics)
            for (const char *k : {"line", "severity", "code", "message"})
                QVERIFY(d.toObject().contains(k));
        // With the environment given, $B expands.
        const auto withEnv = hwbRun({"buildrc", "eval", file, "--json", "--env", "B=b"});
        QCOMPARE(QJsonDocument::fromJson(withEnv.stdOut).object()["values"].toObject()["EXTRA_TAGS"].toString(),
                 QString("a b"));
        // A syntax error is an error: exit 1, no values.
        test::writeFile(file, "A='open\n");
        const auto bad = hwbRun({"buildrc", "eval", file, "--json"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(bad.stdOut).object()["values"].toObject().isEmpty());
    }

    // eval names the file to read: one that is not there is a mistake in the command, not an empty .buildrc.
    void evalMissingFileIsAnError()
    {
        const QString missing = m_tmp.filePath("none");
        const auto r = hwbRun({"buildrc", "eval", missing, "--json"});
        QCOMPARE(r.exitCode, 2);
        // No evaluation: with --json, only the error object every failing command prints.
        const QJsonObject error = QJsonDocument::fromJson(r.stdOut).object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), "usage");
        QVERIFY(error.value("message").toString().startsWith("cannot open " + missing));
        QVERIFY2(r.stdErr.contains(("cannot open " + missing).toUtf8()), r.stdErr.constData());
    }

    void setRefusesWhatEvalWouldReject_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("stderrContains");
        QTest::newRow("a name with a space") << "bad key" << "x" << QByteArray("'bad key' is not a valid variable name");
        QTest::newRow("a name starting with a digit") << "1X" << "x" << QByteArray("'1X' is not a valid variable name");
        QTest::newRow("an invalid build tag")
            << "EXTRA_TAGS" << "a-b" << QByteArray("Not saved: 'a-b' is not a valid Go build tag");
    }

    void setRefusesWhatEvalWouldReject()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, stderrContains);
        const QByteArray before = "EXTRA_TAGS=proxy_wasm_version_0_2_100\n";
        test::writeFile(buildrc("ai-proxy-lite"), before);
        const auto r = hwbRun({"buildrc", "set", "ai-proxy-lite", key, value, "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stdErr.contains(stderrContains), r.stdErr.constData());
        QCOMPARE(test::readFile(buildrc("ai-proxy-lite")), before);
    }

    // A line meant to set EXTRA_TAGS that sh cannot read is rewritten by set; set used to add a line below it and
    // then refuse, since sh still could not give the value.
    void setRepairsALineShCannotRead_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("open quote") << QByteArray("# abi\nEXTRA_TAGS=\"proxy_wasm_version_0_2_100\n")
                                    << QByteArray("# abi\nEXTRA_TAGS=proxy_wasm_version_0_2_100\n");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf" "EXTRA_TAGS=proxy_wasm_version_0_2_100\n")
                                         << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\n");
        QTest::newRow("array, exported") << QByteArray("export EXTRA_TAGS=(a b)\nGOPROXY=off\n")
                                         << QByteArray("export EXTRA_TAGS=proxy_wasm_version_0_2_100\nGOPROXY=off\n");
        QTest::newRow("blank before =") << QByteArray("  EXTRA_TAGS = a\n") << QByteArray("  EXTRA_TAGS=proxy_wasm_version_0_2_100\n");
    }
    void setRepairsALineShCannotRead()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        test::writeFile(buildrc("ai-proxy-lite"), before);
        const auto plan = hwbRun({"plan", "ai-proxy-lite", "--mode", "go", "--no-profile", "--workspace", m_workspace, "--json"});
        QCOMPARE(plan.exitCode, 1); // the tags are unknown, so the plan stops
        QVERIFY2(plan.stdOut.contains("buildrc-tags-unknown"), plan.stdOut.constData());
        const auto r = hwbRun({"buildrc", "set", "ai-proxy-lite", "EXTRA_TAGS", "proxy_wasm_version_0_2_100", "--workspace", m_workspace});
        QVERIFY2(r.exitCode == 0, r.stdErr.constData());
        QCOMPARE(test::readFile(buildrc("ai-proxy-lite")), after);
    }

    // When another line keeps sh from giving the value, set says which one to fix.
    void setNamesTheLineToFix()
    {
        test::writeFile(buildrc("ai-proxy-lite"), "A=\"open\nEXTRA_TAGS=x\n");
        const auto r = hwbRun({"buildrc", "set", "ai-proxy-lite", "EXTRA_TAGS", "proxy_wasm_version_0_2_100", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains("Fix line 1 of "), r.stdErr.constData());
    }

    // What make gets from `. .buildrc && echo $EXTRA_TAGS`: the last command's status and the file's output count.
    void evalSaysWhatMakeGets()
    {
        const QString file = m_tmp.filePath("m.buildrc");
        test::writeFile(file, "EXTRA_TAGS=proxy_wasm_version_0_2_100\n[ -z \"$GOPROXY\" ] && export GOPROXY=https://goproxy.cn\n");
        auto r = hwbRun({"buildrc", "eval", file, "--json", "--env", "GOPROXY=off"});
        QCOMPARE(r.exitCode, 1);
        QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
        QCOMPARE(o["values"].toObject()["EXTRA_TAGS"].toString(), QString("proxy_wasm_version_0_2_100"));
        QCOMPARE(o["make_tags"].toString(), QString(""));
        QVERIFY2(r.stdOut.contains("\"make-gets-no-tags\""), r.stdOut.constData());
        test::writeFile(file, "EXTRA_TAGS=proxy_wasm_version_0_2_100 && echo hi\n");
        r = hwbRun({"buildrc", "eval", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains("make takes that output as tags") && r.stdErr.contains("[prints-while-sourced]"),
                 r.stdErr.constData());
    }

    // A carriage return quoted from the file is shown as \r: raw, it sent the cursor back over the message.
    void evalEscapesControlCharacters()
    {
        const QString file = m_tmp.filePath("cr.buildrc");
        test::writeFile(file, "\xef\xbb\xbf" "EXTRA_TAGS=proxy_wasm_version_0_2_100\r\n");
        const auto r = hwbRun({"buildrc", "eval", file});
        QVERIFY2(!r.stdErr.contains('\r'), r.stdErr.constData());
        QVERIFY2(r.stdErr.contains("'\\ufeffEXTRA_TAGS=proxy_wasm_version_0_2_100\\r' is not an assignment"), r.stdErr.constData());
    }

    // set and unset tell a script what they did: the file, the key and the value sh now gives it.
    void setAndUnsetJson()
    {
        test::writeFile(buildrc("ai-proxy-lite"), "EXTRA_TAGS=proxy_wasm_version_0_2_100\n");
        auto r = hwbRun({"buildrc", "set", "ai-proxy-lite", "GOPROXY", "off", "--workspace", m_workspace, "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
        QCOMPARE(o["action"].toString(), QString("set"));
        QCOMPARE(o["file"].toString(), buildrc("ai-proxy-lite"));
        QCOMPARE(o["key"].toString(), QString("GOPROXY"));
        QCOMPARE(o["value"].toString(), QString("off"));
        QCOMPARE(o["saved"].toBool(), true);
        r = hwbRun({"buildrc", "unset", "ai-proxy-lite", "GOPROXY", "--workspace", m_workspace, "--json"});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.stdOut).object();
        QCOMPARE(o["action"].toString(), QString("unset"));
        QCOMPARE(o["saved"].toBool(), true);
        QVERIFY(!o.contains("value"));
        QCOMPARE(test::readFile(buildrc("ai-proxy-lite")), QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\n"));
    }

    void getSetUnsetKeepOtherBytes()
    {
        const QString file = buildrc("ai-proxy-lite");
        test::writeFile(file, "# tags\r\nEXTRA_TAGS=proxy_wasm_version_0_2_100 # abi\r\n\r\nexport GOPROXY=x");
        auto r = hwbRun({"buildrc", "get", "ai-proxy-lite", "GOPROXY", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdOut, QByteArray("x\n"));
        r = hwbRun({"buildrc", "set", "ai-proxy-lite", "GOPROXY", "https://a,direct b", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::readFile(file), QByteArray("# tags\r\nEXTRA_TAGS=proxy_wasm_version_0_2_100 # abi\r\n\r\nexport GOPROXY='https://a,direct b'"));
        r = hwbRun({"buildrc", "set", "ai-proxy-lite", "GO_VERSION", "it's $x", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(test::readFile(file).endsWith("export GOPROXY='https://a,direct b'\r\nGO_VERSION='it'\\''s $x'"));
        // sh agrees with what we wrote, including the \r a CRLF file puts at the end of a line's value.
        const auto sh = test::runProcess("/bin/sh", {"-c", ". \"$0\"; printf '%s|%s' \"$GOPROXY\" \"$GO_VERSION\"", file});
        QCOMPARE(sh.stdOut, QByteArray("https://a,direct b\r|it's $x"));
        const auto eval = hwbRun({"buildrc", "eval", file, "--json"});
        QCOMPARE(QJsonDocument::fromJson(eval.stdOut).object()["values"].toObject()["GOPROXY"].toString(),
                 QString("https://a,direct b\r"));
        r = hwbRun({"buildrc", "unset", "ai-proxy-lite", "GOPROXY", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::readFile(file), QByteArray("# tags\r\nEXTRA_TAGS=proxy_wasm_version_0_2_100 # abi\r\n\r\nGO_VERSION='it'\\''s $x'"));
        r = hwbRun({"buildrc", "get", "ai-proxy-lite", "GOPROXY", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 1);
    }

    void unknownValueIsExplained()
    {
        test::writeFile(buildrc("ai-proxy-lite"), "EXTRA_TAGS=$(cat tags.txt)\n");
        const auto r = hwbRun({"buildrc", "get", "ai-proxy-lite", "EXTRA_TAGS", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.stdErr.contains("RUNS CODE"));
    }

    void unsetWithoutFileCreatesNothing()
    {
        const auto r = hwbRun({"buildrc", "unset", "hello-world", "EXTRA_TAGS", "--workspace", m_workspace});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(buildrc("hello-world")));
    }

    void pluginsWithBuildrc()
    {
        test::writeFile(buildrc("ai-proxy-lite"), "EXTRA_TAGS=proxy_wasm_version_0_2_100");
        const auto r = hwbRun({"plugins", "--workspace", m_workspace, "--json", "--buildrc"});
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const auto &p : QJsonDocument::fromJson(r.stdOut).array())
            if (p.toObject()["name"] == "ai-proxy-lite") {
                found = true;
                QCOMPARE(p.toObject()["buildrc"].toObject()["values"].toObject()["EXTRA_TAGS"].toString(),
                         QString("proxy_wasm_version_0_2_100"));
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestBuildrcCli)
#include "tst_buildrccli.moc"
