#include "buildrc/BuildrcEvaluator.h"
#include "buildrc/BuildrcKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {
QStringList codes(const BuildrcEvaluation &e)
{
    QStringList list;
    for (const auto &d : e.diagnostics)
        list.append(d.code);
    return list;
}
} // namespace

class TestBuildrcEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<QStringList>("expectedCodes");
        using M = QVariantMap;
        QTest::newRow("upstream") << "EXTRA_TAGS=proxy_wasm_version_0_2_100"
                                  << M{{"EXTRA_TAGS", "proxy_wasm_version_0_2_100"}} << QStringList() << QStringList();
        QTest::newRow("quotes") << "A='a b'\nB=\"x $A \\$ \\\\ \\a\"\nC=a\\ b\\\"\n"
                                << M{{"A", "a b"}, {"B", "x a b $ \\ \\a"}, {"C", "a b\""}} << QStringList()
                                << QStringList{"unknown-key"};
        QTest::newRow("braced and export") << "export A=1 B\nexport C=${A}x # c\n"
                                           << M{{"A", "1"}, {"C", "1x"}} << QStringList() << QStringList();
        QTest::newRow("continuation") << "A=a\\\nb\n" << M{{"A", "ab"}} << QStringList() << QStringList();
        QTest::newRow("hash inside word") << "A=x#y #z" << M{{"A", "x#y"}} << QStringList() << QStringList();
        QTest::newRow("semicolon") << "A=1; B=$A" << M{{"A", "1"}, {"B", "1"}} << QStringList() << QStringList();
        QTest::newRow("crlf keeps cr") << "A=1\r\n" << M{{"A", "1\r"}} << QStringList() << QStringList{"crlf"};
        QTest::newRow("command substitution") << "A=$(date)\nB=x\n" << M{{"B", "x"}} << QStringList{"A"}
                                              << QStringList{"command-substitution"};
        QTest::newRow("backticks") << "A=`date`" << M{} << QStringList{"A"} << QStringList{"command-substitution"};
        QTest::newRow("depends on unknown") << "A=$(date)\nB=$A" << M{} << QStringList{"A", "B"}
                                            << QStringList{"depends-on-unknown"};
        QTest::newRow("environment") << "A=$HOME_DIR/x" << M{} << QStringList{"A"}
                                     << QStringList{"environment-variable"};
        QTest::newRow("default expansion") << "A=${B:-x}" << M{} << QStringList{"A"}
                                           << QStringList{"unsupported-expansion"};
        QTest::newRow("runs a command") << "A=1\necho hi\nB=2" << M{{"A", "1"}, {"B", "2"}} << QStringList()
                                        << QStringList{"runs-code"};
        QTest::newRow("prefix assignment") << "A=1 true" << M{} << QStringList{"A"}
                                           << QStringList{"runs-code", "prefix-assignment"};
        QTest::newRow("and") << "A=1 && B=2" << M{{"A", "1"}} << QStringList{"B"} << QStringList{"conditional"};
        QTest::newRow("pipe") << "A=1 | cat" << M{} << QStringList{"A"} << QStringList{"subshell"};
        QTest::newRow("control flow stops") << "A=1\nif true; then A=2; fi\nB=3" << M{} << QStringList{"A", "B"}
                                            << QStringList{"stops-evaluation"};
        QTest::newRow("source stops") << "A=1\n. ./other\n" << M{} << QStringList{"A"}
                                      << QStringList{"stops-evaluation"};
        // Past the stop every assignment is unknown, also those the lexer never reached (B, after an open quote).
        QTest::newRow("function stops") << "f() { A=1; }\nf" << M{} << QStringList{"A"} << QStringList{"stops-evaluation"};
        QTest::newRow("syntax error") << "A=1\nB=\"open\nC=3\n" << M{} << QStringList{"A", "B", "C"}
                                      << QStringList{"syntax-error"};
        // A line that looks like an assignment but is none leaves its key unknown, not unset (higress#1847's skip).
        QTest::newRow("bom") << QString(QChar(0xFEFF)) + "A=1\nB=2" << M{{"B", "2"}} << QStringList{"A"}
                             << QStringList{"bom", "not-an-assignment", "not-read-as-assignment"};
        QTest::newRow("open quote after a comment")
            << "# abi\nEXTRA_TAGS=\"proxy_wasm_version_0_2_100\n" << M{} << QStringList{"EXTRA_TAGS"}
            << QStringList{"syntax-error"};
        QTest::newRow("array") << "EXTRA_TAGS=(a b)\n" << M{} << QStringList{"EXTRA_TAGS"} << QStringList{"stops-evaluation"};
        QTest::newRow("blank before =") << "EXTRA_TAGS =a\n" << M{} << QStringList{"EXTRA_TAGS"}
                                        << QStringList{"runs-code", "not-read-as-assignment"};
        QTest::newRow("no-break space before the name") << QString(QChar(0xA0)) + "EXTRA_TAGS=a\nB=1" << M{{"B", "1"}}
                                                        << QStringList{"EXTRA_TAGS"} << QStringList{"not-read-as-assignment"};
        QTest::newRow("a later line sh reads") << "EXTRA_TAGS =a\nEXTRA_TAGS=b\n" << M{{"EXTRA_TAGS", "b"}} << QStringList()
                                               << QStringList{"runs-code"};
        QTest::newRow("an earlier one does not count") << "EXTRA_TAGS=a\nEXTRA_TAGS =b\n" << M{} << QStringList{"EXTRA_TAGS"}
                                                       << QStringList{"not-read-as-assignment"};
        QTest::newRow("bash append") << "A=1\nA+=2" << M{} << QStringList{"A"} << QStringList{"bash-only"};
        QTest::newRow("export brace") << "export A={a,b}" << M{} << QStringList{"A"}
                                      << QStringList{"unsupported-expansion"};
        QTest::newRow("arithmetic stops") << "A=$((B=1))" << M{} << QStringList{"A", "B"}
                                          << QStringList{"stops-evaluation"};
        QTest::newRow("lone dollar") << "A=$\nB=\"$\"" << M{{"A", "$"}, {"B", "$"}} << QStringList() << QStringList();
        QTest::newRow("empty quotes") << "A=''\nB=\"\"\nC=" << M{{"A", ""}, {"B", ""}, {"C", ""}} << QStringList()
                                      << QStringList();
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(QVariantMap, values);
        QFETCH(QStringList, unknown);
        QFETCH(QStringList, expectedCodes);
        const BuildrcEvaluation e = BuildrcEvaluator::evaluate(text);
        QVariantMap actual;
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
            actual.insert(it.key(), it.value());
        QCOMPARE(actual, values);
        QCOMPARE(e.unknownKeys, unknown);
        const QStringList got = codes(e);
        for (const QString &code : expectedCodes)
            QVERIFY2(got.contains(code), qPrintable(got.join(',')));
        // Every unknown key is explained.
        for (const QString &key : unknown) {
            const bool explained = std::any_of(e.diagnostics.cbegin(), e.diagnostics.cend(), [&](const auto &d) {
                return (d.key == key || d.key.isEmpty()) && d.severity != BuildrcDiagnostic::Severity::Info;
            });
            QVERIFY2(explained, qPrintable(key));
        }
    }

    // A value that doubles on every line grows past anything a program can be given: it is unknown from there on,
    // and the evaluation ends at once instead of taking all memory (34 lines asked for 17 GB and aborted hwb).
    void aValueThatDoublesOnEveryLineStopsBeingFollowed()
    {
        QString text = "EXTRA_TAGS=xy\n";
        for (int i = 0; i < 40; ++i)
            text += "EXTRA_TAGS=\"$EXTRA_TAGS$EXTRA_TAGS\"\n";
        text += "GOPROXY=direct\nLATER=$EXTRA_TAGS\n";
        const BuildrcEvaluation e = BuildrcEvaluator::evaluate(text);
        QVERIFY(e.unknownKeys.contains("EXTRA_TAGS"));
        QVERIFY(e.unknownKeys.contains("LATER"));
        QCOMPARE(e.values.value("GOPROXY"), QString("direct"));
        QVERIFY(!e.values.contains("EXTRA_TAGS"));
        QVERIFY2(codes(e).contains("value-too-long"), qPrintable(codes(e).join(',')));
        // The last value followed is the longest one under the limit: 2^15 * 2 characters, 64 KiB.
        const BuildrcEvaluation under = BuildrcEvaluator::evaluate(text.section('\n', 0, 15));
        QCOMPARE(under.values.value("EXTRA_TAGS").size(), qsizetype(2) << 15);
    }

    void explicitEnvironment()
    {
        BuildrcEvaluator::Options options;
        options.environment = QMap<QString, QString>{{"E", "env"}};
        const auto e = BuildrcEvaluator::evaluate("A=$E-$MISSING-${E}\nB=$PWD", options);
        QCOMPARE(e.values.value("A"), QString("env--env"));
        QVERIFY(!e.values.contains("B")); // the shell sets PWD itself
        QVERIFY(codes(e).contains("environment-unset"));
    }

    // HOME and PATH are the environment's when it is given, as /bin/sh takes them; PATH left out is the shell's
    // own default (dash's and bash's differ), and unknown.
    void homeAndPathComeFromTheGivenEnvironment_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::newRow("HOME given") << QStringList{"HOME=/h"};
        QTest::newRow("HOME and PATH given") << QStringList{"HOME=/h", "PATH=/p:/q"};
        QTest::newRow("nothing given") << QStringList{};
    }
    void homeAndPathComeFromTheGivenEnvironment()
    {
        QFETCH(QStringList, environment);
        const QByteArray text = "A=$HOME/x\nB=$PATH\n";
        QTemporaryDir dir;
        QFile file(dir.filePath("rc"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QProcess sh;
        sh.setProgram("/usr/bin/env");
        sh.setArguments(QStringList{"-i"} + environment + QStringList{"/bin/sh", "-c", ". \"$0\"; printf '%s|%s' \"$A\" \"$B\"", file.fileName()});
        sh.start();
        QVERIFY(sh.waitForFinished());
        const QStringList real = QString::fromUtf8(sh.readAllStandardOutput()).split('|');

        BuildrcEvaluator::Options options;
        QMap<QString, QString> given;
        for (const QString &kv : environment)
            given.insert(kv.section('=', 0, 0), kv.section('=', 1));
        options.environment = given;
        const auto e = BuildrcEvaluator::evaluate(QString::fromUtf8(text), options);
        QCOMPARE(e.values.value("A"), real.value(0));
        if (given.contains("PATH"))
            QCOMPARE(e.values.value("B"), real.value(1));
        else
            QVERIFY(!e.values.contains("B"));
    }

    // Text of the file quoted in a message shows its control characters: a raw CR sent the terminal's cursor back
    // over the message (`...^M' is not an assignment`).
    void quotedFileTextIsEscaped()
    {
        const QString text = QString(QChar(0xFEFF)) + "EXTRA_TAGS=proxy_wasm_version_0_2_100\r\n";
        const BuildrcEvaluation e = BuildrcEvaluator::evaluate(text);
        const auto it = std::find_if(e.diagnostics.cbegin(), e.diagnostics.cend(),
                                     [](const BuildrcDiagnostic &d) { return d.code == "not-an-assignment"; });
        QVERIFY(it != e.diagnostics.cend());
        QVERIFY2(it->message.contains("'\\ufeffEXTRA_TAGS=proxy_wasm_version_0_2_100\\r'"), qPrintable(it->message));
        for (const BuildrcDiagnostic &d : e.diagnostics)
            for (const QChar c : d.message)
                QVERIFY2(c.isPrint(), qPrintable(d.code));
    }

    void diagnosticPositions()
    {
        const auto e = BuildrcEvaluator::evaluate("# c\nA=x$(date)y\n");
        auto d = e.diagnosticsFor("A");
        d.removeIf([](const BuildrcDiagnostic &x) { return x.code != "command-substitution"; });
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 2);
        QCOMPARE(d.first().column, 3);
        QCOMPARE(d.first().length, 7);
    }

    void buildTags_data()
    {
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QStringList>("split");
        QTest::addColumn<int>("invalid");
        QTest::newRow("one") << "proxy_wasm_version_0_2_100" << QStringList{"proxy_wasm_version_0_2_100"} << 0;
        QTest::newRow("space and comma") << "a b,c  d.e" << QStringList{"a", "b", "c", "d.e"} << 0;
        QTest::newRow("bad chars") << "ok bad-tag x/y" << QStringList{"ok", "bad-tag", "x/y"} << 2;
        // A CRLF file: make's $(shell) drops the CR before the final newline, so the tag arrives whole.
        QTest::newRow("cr at the end") << "tag\r" << QStringList{"tag"} << 0;
        QTest::newRow("cr inside") << "a\rb" << QStringList{"a\rb"} << 1;
    }
    void buildTags()
    {
        QFETCH(QString, tags);
        QFETCH(QStringList, split);
        QFETCH(int, invalid);
        QCOMPARE(BuildrcKeys::splitTags(tags), split);
        const auto e = BuildrcEvaluator::evaluate("EXTRA_TAGS='" + tags + "'");
        QCOMPARE(codes(e).count("invalid-build-tag"), invalid);
    }

    void knownKeys()
    {
        for (const char *key : {"EXTRA_TAGS", "GO_VERSION", "TINYGO_VERSION", "BUILDER", "GOPROXY", "PLUGIN_VERSION",
                                "PLUGIN_NAME"})
            QVERIFY2(!BuildrcKeys::help(key).isEmpty(), key);
        const auto e = BuildrcEvaluator::evaluate("MY_KEY=1");
        QCOMPARE(e.values.value("MY_KEY"), QString("1"));
        QCOMPARE(codes(e), QStringList{"unknown-key"});
    }

    void json()
    {
        const auto e = BuildrcEvaluator::evaluate("EXTRA_TAGS=a\nB=$(x)");
        const QJsonObject o = e.toJson();
        QCOMPARE(o["values"].toObject()["EXTRA_TAGS"].toString(), QString("a"));
        const QJsonObject d = o["diagnostics"].toArray().first().toObject();
        for (const char *k : {"line", "severity", "code", "message"})
            QVERIFY(d.contains(k));
    }

    void missingFile()
    {
        const auto e = evaluateBuildrcFile("/nonexistent/.buildrc");
        QVERIFY(e.values.isEmpty());
        QVERIFY(e.diagnostics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBuildrcEvaluator)
#include "tst_buildrcevaluator.moc"
