#include "CliOutput.h"
#include "CommandRegistry.h"
#include "UserInput.h"

#include "buildrc/BuildrcDocument.h"
#include "buildrc/BuildrcEvaluator.h"
#include "buildrc/ShellLexer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace hwb::cli {

namespace {

// A plugin by name (any family), or a folder path.
QString pluginFolder(const QCommandLineParser &parser, const QString &plugin)
{
    if (plugin.contains(u'/') && QFileInfo(plugin).isDir())
        return QDir(plugin).absolutePath();
    const QString root = resolveWorkspace(parser);
    const auto found = root.isEmpty() ? std::nullopt : findPlugin(root, plugin);
    return found ? found->path : QString();
}

void printDiagnostics(const BuildrcEvaluation &e, const QString &file)
{
    for (const BuildrcDiagnostic &d : e.diagnostics)
        printError(QStringLiteral("%1:%2: %3: %4 [%5]")
                       .arg(file, QString::number(d.line), BuildrcDiagnostic::severityId(d.severity), d.message, d.code));
}

// After an edit, sh must give the value (a CRLF line adds its \r, which is said), and eval must not call it an
// error. Otherwise nothing is saved: the value is wrong (ExitUsage), or the file's other lines decide (a later
// assignment, control flow, a syntax error: ExitFailure).
int confirmSet(const BuildrcDocument &doc, const QString &key, const QString &value, const QString &file)
{
    const BuildrcEvaluation e = doc.evaluate();
    // What eval would then call an error (an invalid build tag) is not saved either.
    for (const BuildrcDiagnostic &d : e.diagnosticsFor(key)) {
        if (d.severity == BuildrcDiagnostic::Severity::Error) {
            printError(tr("Not saved: %1").arg(d.message));
            return ExitUsage;
        }
    }
    const auto it = e.values.constFind(key);
    if (it != e.values.cend() && *it == value)
        return ExitOk;
    if (it != e.values.cend() && *it == value + u'\r') {
        printError(tr("%1 uses CRLF line endings, so sh reads %2 with a trailing carriage return.").arg(file, key));
        return ExitOk;
    }
    printError(tr("Not saved: after this edit sh would still not give %1 that value.").arg(key));
    // The line to mend first: where sh stops reading the file, or what makes the key unknown.
    const auto blocking = std::find_if(e.diagnostics.cbegin(), e.diagnostics.cend(), [&](const BuildrcDiagnostic &d) {
        return e.stopped ? d.line == e.stopLine && d.severity == BuildrcDiagnostic::Severity::Error : d.key == key;
    });
    if (blocking != e.diagnostics.cend() && blocking->line > 0)
        printError(tr("Fix line %1 of %2 first (%3), then set %4 again.")
                       .arg(QString::number(blocking->line), file, blocking->code, key));
    printDiagnostics(e, file);
    return ExitFailure;
}

int evalFile(const QCommandLineParser &parser, const QString &file)
{
    if (!readableFile(file, BoundedFile::kBuildrcLimit))
        return ExitUsage;
    BuildrcEvaluator::Options options;
    const QStringList env = parser.values(QStringLiteral("env"));
    if (!env.isEmpty() || parser.isSet(QStringLiteral("empty-env"))) {
        QMap<QString, QString> map;
        for (const QString &kv : env) {
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0) {
                printError(tr("--env takes NAME=VALUE, not %1.").arg(kv));
                return ExitUsage;
            }
            map.insert(kv.left(eq), kv.mid(eq + 1));
        }
        options.environment = map;
    }
    // What a plain `make build` gets too: make sources the file from the family folder (plugins/wasm-go), two up.
    options.checkMakeSourcing = true;
    const QDir pluginDir = QFileInfo(file).absoluteDir();
    options.workingDirectory = QDir::cleanPath(pluginDir.absoluteFilePath(QStringLiteral("../..")));
    const BuildrcEvaluation e = evaluateBuildrcFile(file, options);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(e.toJson());
    } else {
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
            printLine(it.key() + u'=' + BuildrcDocument::quoteForShell(it.value()));
        printDiagnostics(e, file);
    }
    return e.hasErrors() ? ExitFailure : ExitOk;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("env"),
                      tr("eval: the exact environment make runs in, one NAME=VALUE each (names not given expand "
                         "to nothing). Without it, names from the environment are unknown."),
                      tr("NAME=VALUE")});
    parser.addOption({QStringLiteral("empty-env"), tr("eval: assume an empty environment.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | "
                                                              "unset PLUGIN KEY"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Evaluate and edit a plugin's .buildrc the way sh reads it.\n"
                                         "Example: hwb buildrc set ai-proxy EXTRA_TAGS proxy_wasm_version_0_2_100"),
                        &exitCode))
        return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usage = tr("Usage: hwb buildrc eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY");
    const auto arity = [&](int n) {
        if (pos.size() == n)
            return true;
        printError(usage);
        return false;
    };
    if (action == QLatin1String("eval"))
        return arity(2) ? evalFile(parser, pos.at(1)) : int(ExitUsage);
    const bool get = action == QLatin1String("get");
    const bool set = action == QLatin1String("set");
    const bool unset = action == QLatin1String("unset");
    if (!(get || set || unset)) {
        printError(action.isEmpty() ? usage : tr("Unknown action '%1'. %2").arg(action, usage));
        return ExitUsage;
    }
    if (!arity(set ? 4 : 3))
        return ExitUsage;
    const QString folder = pluginFolder(parser, pos.at(1));
    if (folder.isEmpty())
        return ExitUsage;
    const QString file = QDir(folder).filePath(QStringLiteral(".buildrc"));
    const QString key = pos.at(2);
    if ((set || unset) && !ShellLexer::isName(key)) {
        printError(tr("'%1' is not a valid variable name: sh names are letters, digits and '_', not starting with a digit.")
                       .arg(key));
        return ExitUsage;
    }
    QString error;
    bool exists = false;
    auto doc = BuildrcDocument::load(file, &error, &exists);
    if (!doc) {
        printError(tr("Cannot read %1: %2").arg(file, error));
        return ExitFailure;
    }
    if (get) {
        const BuildrcEvaluation e = doc->evaluate();
        const auto it = e.values.constFind(key);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("known"), it != e.values.cend()}};
            if (it != e.values.cend())
                o.insert(QStringLiteral("value"), *it);
            printJson(o);
        } else if (it != e.values.cend()) {
            printLine(*it);
        }
        if (it == e.values.cend()) {
            const auto diagnostics = e.diagnosticsFor(key);
            for (const BuildrcDiagnostic &d : diagnostics)
                printError(QStringLiteral("%1:%2: %3").arg(file).arg(d.line).arg(d.message));
            if (diagnostics.isEmpty() && !exists)
                printError(tr("%1 has no .buildrc (%2 does not exist); 'hwb buildrc set %1 %3 VALUE' creates it.")
                               .arg(pos.at(1), file, key));
            else if (diagnostics.isEmpty())
                printError(tr("%1 is not set in %2.").arg(key, file));
            return ExitFailure;
        }
        return ExitOk;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // What a script needs to know after an edit: the file, and the value sh now gives the key (absent: unset).
    const auto printResult = [&](bool saved) {
        if (!json)
            return;
        QJsonObject o{{QStringLiteral("action"), action}, {QStringLiteral("file"), file},
                      {QStringLiteral("key"), key}, {QStringLiteral("saved"), saved}};
        if (const auto value = doc->value(key))
            o.insert(QStringLiteral("value"), *value);
        printJson(o);
    };
    if (unset && !exists) {
        printResult(false);
        return ExitOk; // nothing to remove, and no empty file to create
    }
    if (set) {
        doc->setValue(key, pos.at(3));
        if (const int refused = confirmSet(*doc, key, pos.at(3), file); refused != ExitOk)
            return refused;
    } else if (!doc->removeKey(key)) {
        printError(tr("Some assignments of %1 are part of larger statements and were left alone.").arg(key));
    }
    if (!doc->save(file, &error)) {
        printError(tr("Cannot save %1: %2").arg(file, error));
        return ExitFailure;
    }
    printResult(true);
    return ExitOk;
}

const CommandRegistration registration{
    {"buildrc", QT_TRANSLATE_NOOP("hwb::cli", "Evaluate or edit a .buildrc (eval, get, set, unset)"), &run}};

} // namespace
} // namespace hwb::cli
