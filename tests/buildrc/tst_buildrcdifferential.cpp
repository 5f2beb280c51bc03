// Differential test: our static evaluation of a .buildrc against what real dash and bash print after
// sourcing it. For every generated file and every key, either our value equals the shell's, or the key is
// absent from our values and a warning or error explains why. Zero disagreements.
#include "BuildrcCorpus.h"
#include "TestSupport.h"

#include "buildrc/BuildrcDocument.h"
#include "buildrc/BuildrcEvaluator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {

// HWB_DIFF_FILES / HWB_DIFF_SEED explore beyond the fixed corpus by hand; CI uses the defaults.
const int kFiles = qEnvironmentVariableIsSet("HWB_DIFF_FILES") ? qEnvironmentVariableIntValue("HWB_DIFF_FILES") : 5000;
const unsigned kSeed = qEnvironmentVariableIsSet("HWB_DIFF_SEED") ? unsigned(qEnvironmentVariableIntValue("HWB_DIFF_SEED"))
                                                                  : 20241126u;
constexpr char kRecord = '\x1e';
constexpr char kField = '\x1f';

struct ShellView
{
    bool completed = false;          // the shell got through the file and printed the keys
    QHash<QString, QString> values;  // set keys only
};

// One shell process for the whole corpus: each file is sourced in its own subshell, in a temp dir, with
// stdin, stdout and stderr pointing nowhere; the keys are printed on fd 3.
QList<ShellView> sourceAll(const QString &shell, const QString &dir, int count)
{
    const QStringList keys = corpus::keys();
    QString script = "exec 3>out.bin\n";
    for (int i = 0; i < count; ++i) {
        script += QString("( exec </dev/null >/dev/null 2>&1; printf '\\036%1' >&3; . ./f%1; printf '\\037done' >&3")
                      .arg(i);
        for (const QString &k : keys)
            script += QString("; printf '\\037%s\\037%s' \"${%1+set}\" \"$%1\" >&3").arg(k);
        script += " )\n";
    }
    QFile f(QDir(dir).filePath("run.sh"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the script");
    f.write(script.toUtf8());
    f.close();
    QStringList env{"-i", "PATH=/usr/bin:/bin"};
    env += corpus::environment();
    env << shell << "run.sh";
    const auto result = hwb::test::runProcess("/usr/bin/env", env, dir);
    if (!result.finished)
        qFatal("the shell did not finish");

    QFile out(QDir(dir).filePath("out.bin"));
    if (!out.open(QIODevice::ReadOnly))
        qFatal("no output");
    const QList<QByteArray> records = out.readAll().split(kRecord);
    QList<ShellView> views(count);
    for (const QByteArray &record : records) {
        if (record.isEmpty())
            continue;
        const QList<QByteArray> fields = record.split(kField);
        const int index = fields.at(0).toInt();
        ShellView &view = views[index];
        if (fields.size() < 2 || fields.at(1) != "done")
            continue;
        view.completed = true;
        for (int k = 0; k < keys.size() && 3 + 2 * k < fields.size(); ++k)
            if (fields.at(2 + 2 * k) == "set")
                view.values.insert(keys.at(k), QString::fromUtf8(fields.at(3 + 2 * k)));
    }
    return views;
}

QMap<QString, QString> environmentMap()
{
    QMap<QString, QString> map;
    for (const QString &kv : corpus::environment())
        map.insert(kv.section('=', 0, 0), kv.section('=', 1));
    map.insert("PATH", "/usr/bin:/bin");
    return map;
}

bool explained(const BuildrcEvaluation &e, const QString &key)
{
    return std::any_of(e.diagnostics.cbegin(), e.diagnostics.cend(), [&](const BuildrcDiagnostic &d) {
        return (d.key == key || d.key.isEmpty()) && d.severity != BuildrcDiagnostic::Severity::Info;
    });
}

// A file that runs code may stop the shell (bash even execs the last command of a sourced file in a subshell);
// one that only assigns must not.
bool explainsStop(const BuildrcEvaluation &e)
{
    return std::any_of(e.diagnostics.cbegin(), e.diagnostics.cend(), [](const BuildrcDiagnostic &d) {
        return d.severity == BuildrcDiagnostic::Severity::Error || d.code == "runs-code"
            || d.code == "command-substitution";
    });
}

bool inheritedUnchanged(const BuildrcEvaluation &e, const QString &key, const QString &shellValue)
{
    const bool assigned = std::any_of(e.assignments.cbegin(), e.assignments.cend(),
                                      [&](const BuildrcAssignment &a) { return a.key == key; });
    return !assigned && !e.unknownKeys.contains(key) && environmentMap().value(key) == shellValue
        && environmentMap().contains(key);
}

QString show(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes);
    s.replace("\r", "\\r");
    return s;
}

} // namespace

class TestBuildrcDifferential : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_files;
    QList<BuildrcEvaluation> m_ours;

    void compareWith(const QString &shell)
    {
        QVERIFY2(QFileInfo(shell).isExecutable(), qPrintable(shell));
        const QList<ShellView> views = sourceAll(shell, m_dir.path(), int(m_files.size()));
        int disagreements = 0;
        int knownValues = 0;
        int completed = 0;
        QString report;
        for (int i = 0; i < m_files.size(); ++i) {
            const BuildrcEvaluation &ours = m_ours.at(i);
            const ShellView &view = views.at(i);
            QStringList problems;
            if (!view.completed) {
                if (!explainsStop(ours))
                    problems << "the shell stopped sourcing, but no error or code that runs was reported";
            } else {
                ++completed;
                for (const QString &key : corpus::keys()) {
                    const bool shellSet = view.values.contains(key);
                    const bool oursSet = ours.values.contains(key);
                    if (oursSet) {
                        ++knownValues;
                        if (!shellSet)
                            problems << key + ": we say '" + ours.values.value(key) + "', the shell has it unset";
                        else if (view.values.value(key) != ours.values.value(key))
                            problems << key + ": we say '" + ours.values.value(key) + "', the shell says '"
                                    + view.values.value(key) + "'";
                    } else if (shellSet && inheritedUnchanged(ours, key, view.values.value(key))) {
                        // Not the file's: the variable came from the environment and the file left it alone.
                    } else if (shellSet && !explained(ours, key)) {
                        problems << key + ": absent without a diagnostic; the shell says '" + view.values.value(key)
                                + "'";
                    }
                }
            }
            if (!problems.isEmpty()) {
                ++disagreements;
                if (disagreements <= 15)
                    report += QString("\n--- f%1 ---\n%2\n>>> %3").arg(i).arg(show(m_files.at(i)), problems.join("; "));
            }
        }
        qInfo("%s: %d files, %d completed, %d known values compared, %d disagreements", qPrintable(shell),
              int(m_files.size()), completed, knownValues, disagreements);
        QVERIFY2(disagreements == 0, qPrintable(report));
        // The corpus must exercise both worlds, or the test proves little.
        QVERIFY(knownValues > 5000);
        QVERIFY(completed < m_files.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("HWB_KEEP_CORPUS")) { // for debugging a disagreement by hand
            m_dir.setAutoRemove(false);
            qInfo("corpus kept in %s", qPrintable(m_dir.path()));
        }
        std::mt19937 rng(kSeed);
        BuildrcEvaluator::Options options;
        options.environment = environmentMap();
        for (int i = 0; i < kFiles; ++i) {
            QByteArray bytes = corpus::generate(rng);
            // Every fifth file goes through the editor: setValue must produce what the shell then reads.
            if (i % 5 == 0) {
                BuildrcDocument doc = BuildrcDocument::fromBytes(bytes);
                const QString key = corpus::keys().at(i / 5 % corpus::keys().size());
                doc.setValue(key, corpus::randomValue(rng));
                bytes = doc.toBytes();
            }
            m_files.append(bytes);
            m_ours.append(BuildrcEvaluator::evaluateBytes(bytes, options));
            QFile f(m_dir.filePath(QString("f%1").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
    }

    void losslessRoundTrip()
    {
        for (const QByteArray &bytes : std::as_const(m_files))
            QCOMPARE(BuildrcDocument::fromBytes(bytes).toBytes(), bytes);
    }

    void dash() { compareWith(HWB_SH); }
    void bash() { compareWith(HWB_BASH); }
};

QTEST_GUILESS_MAIN(TestBuildrcDifferential)
#include "tst_buildrcdifferential.moc"
