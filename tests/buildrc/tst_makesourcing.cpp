// What make gets for EXTRA_TAGS when it sources a .buildrc itself, checked against real make: a file whose last
// command fails gives make no tags, and one that prints while sourced gives make that output as tags, whatever its
// assignment says.
#include "buildrc/BuildrcEvaluator.h"
#include "common/FileIdentity.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {

using Environment = QMap<QString, QString>;

QStringList codes(const BuildrcEvaluation &e)
{
    QStringList list;
    for (const auto &d : e.diagnostics)
        list.append(d.code);
    return list;
}

// The era-1 Makefile's line, run by make in the given environment (and nothing else, as `env -i` would).
QString tagsMakeGets(const QByteArray &buildrc, const Environment &environment)
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath(".buildrc"), buildrc);
    test::writeFile(dir.filePath("Makefile"),
                    "EXTRA_TAGS := $(shell [ -f .buildrc ] && . ./.buildrc && echo $$EXTRA_TAGS)\n"
                    "print:\n\t@printf '%s\\n' '$(EXTRA_TAGS)'\n");
    QProcess make;
    QProcessEnvironment env;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert("PATH", "/usr/bin:/bin");
    make.setProcessEnvironment(env);
    make.setWorkingDirectory(dir.path());
    make.start("make", {"-s", "print"});
    if (!make.waitForFinished(30000) || make.exitCode() != 0)
        return "<make failed: " + QString::fromUtf8(make.readAllStandardError()) + ">";
    return QString::fromUtf8(make.readAllStandardOutput()).trimmed();
}

} // namespace

class TestMakeSourcing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstRealMake_data()
    {
        QTest::addColumn<QByteArray>("buildrc");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("makeTags"); // what make gets, and what the evaluation must say
        QTest::addColumn<QString>("code");     // the diagnostic, or empty
        const QByteArray goproxy = "EXTRA_TAGS=proxy_wasm_version_0_2_100\n[ -z \"$GOPROXY\" ] && export GOPROXY=https://goproxy.cn\n";
        QTest::newRow("upstream") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100") << Environment{}
                                  << "proxy_wasm_version_0_2_100" << "";
        QTest::newRow("a test at the end that fails") << goproxy << Environment{{"GOPROXY", "off"}} << "" << "make-gets-no-tags";
        QTest::newRow("a test at the end that passes here") << goproxy << Environment{} << "proxy_wasm_version_0_2_100"
                                                            << "make-tags-depend-on-status";
        QTest::newRow("trailing false") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\nfalse\n") << Environment{}
                                        << "" << "make-gets-no-tags";
        QTest::newRow("echo after &&") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100 && echo hi\n") << Environment{}
                                       << "hi proxy_wasm_version_0_2_100" << "prints-while-sourced";
        QTest::newRow("prints, then fails") << QByteArray("EXTRA_TAGS=a\necho hi\nfalse\n") << Environment{}
                                            << "hi" << "make-gets-no-tags";
        QTest::newRow("a name behind a BOM is not found, as the last command")
            << QByteArray("EXTRA_TAGS=a\n\xef\xbb\xbfX=1\n") << Environment{} << "" << "make-gets-no-tags";
        QTest::newRow("ends with a test that passes, then true") << QByteArray("[ -n x ] && echo -n\nEXTRA_TAGS='a  b'\n")
                                                                 << Environment{} << "a b" << "";
        QTest::newRow("globs and escapes are sh's") << QByteArray("EXTRA_TAGS='a\\\\tb'\n") << Environment{} << "a\\tb" << "";
        QTest::newRow("|| true keeps the status 0") << QByteArray("EXTRA_TAGS=a\n[ -z \"$GOPROXY\" ] || true\n")
                                                    << Environment{{"GOPROXY", "off"}} << "a" << "";
    }
    void againstRealMake()
    {
        QFETCH(QByteArray, buildrc);
        QFETCH(Environment, environment);
        QFETCH(QString, makeTags);
        QFETCH(QString, code);
        QCOMPARE(tagsMakeGets(buildrc, environment).split(' ', Qt::SkipEmptyParts).join(' '), makeTags);
        BuildrcEvaluator::Options options;
        options.environment = environment;
        options.checkMakeSourcing = true;
        const BuildrcEvaluation e = BuildrcEvaluator::evaluateBytes(buildrc, options);
        QVERIFY(e.makeSourcingChecked);
        QVERIFY(e.makeTags.has_value());
        QCOMPARE(*e.makeTags, makeTags);
        QCOMPARE(e.toJson().value("make_tags").toString(), makeTags);
        const QStringList got = codes(e);
        for (const char *c : {"make-gets-no-tags", "prints-while-sourced", "make-tags-depend-on-status"})
            QCOMPARE(got.contains(c), code == c);
        if (code == "make-gets-no-tags" || code == "prints-while-sourced") {
            QVERIFY(e.hasErrors());
            for (const BuildrcDiagnostic &d : e.diagnostics)
                if (d.code == code)
                    QCOMPARE(d.key, "EXTRA_TAGS");
        }
    }

    // A file that runs a program is not run to find out: the check says it was not made.
    void otherCommandsAreNotRun()
    {
        QTemporaryDir dir;
        const QString witness = dir.filePath("ran");
        BuildrcEvaluator::Options options;
        options.checkMakeSourcing = true;
        const BuildrcEvaluation e = BuildrcEvaluator::evaluate("EXTRA_TAGS=a\ntouch " + witness + "\n", options);
        QVERIFY(!QFile::exists(witness));
        QVERIFY(!e.makeTags);
        QVERIFY(codes(e).contains("make-sourcing-unchecked"));
        QVERIFY(e.toJson().value("make_tags").isNull());
    }

    // A file read from disk is remembered while it stays the same (ParsedFileCache), but not when sh sourced it:
    // what sh gives depends on the environment too, and the build server plans in each client's.
    void sourcedFileIsSourcedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(".buildrc");
        test::writeFile(path, "EXTRA_TAGS=a\n[ -z \"$GOPROXY\" ] && export GOPROXY=https://goproxy.cn\n");
        QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(path).ctimeNs + FileIdentity::kSettleNs));
        BuildrcEvaluator::Options options;
        options.checkMakeSourcing = true;
        qunsetenv("GOPROXY");
        QCOMPARE(evaluateBuildrcFile(path, options).makeTags, QString("a"));
        qputenv("GOPROXY", "off");
        const BuildrcEvaluation e = evaluateBuildrcFile(path, options);
        qunsetenv("GOPROXY");
        QCOMPARE(e.makeTags, QString());
        QVERIFY(codes(e).contains("make-gets-no-tags"));
    }

    // Without the option, the evaluation is as before: no make_tags, no shell.
    void offByDefault()
    {
        const BuildrcEvaluation e = BuildrcEvaluator::evaluate("EXTRA_TAGS=a\nfalse\n");
        QVERIFY(!e.makeSourcingChecked);
        QVERIFY(!e.toJson().contains("make_tags"));
        QVERIFY(!codes(e).contains("make-gets-no-tags"));
    }
};

QTEST_GUILESS_MAIN(TestMakeSourcing)
#include "tst_makesourcing.moc"
