#include "CliOutput.h"

#include "common/Suggestions.h"
#include "TextTable.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace hwb::cli {

namespace {
// Made anew for each command the build server runs (forgetFailure()): a stream whose reader went away
// (`hwb build | head -1`) stays failed for good, and would keep what it could not write for the next client.
std::unique_ptr<QTextStream> &outStream()
{
    static std::unique_ptr<QTextStream> stream = std::make_unique<QTextStream>(stdout);
    return stream;
}
std::unique_ptr<QTextStream> &errStream()
{
    static std::unique_ptr<QTextStream> stream = std::make_unique<QTextStream>(stderr);
    return stream;
}
QTextStream &out()
{
    return *outStream();
}
QTextStream &err()
{
    return *errStream();
}

// What a failing command has said so far, so that with --json it can be said once more as JSON.
struct FailureState
{
    bool json = false;
    bool printedOutput = false; // the command printed its result: a failure is in it, not beside it
    bool errorPrinted = false;
    QStringList said;           // printError()'s texts, the first being the cause
};
FailureState &failure()
{
    static FailureState state;
    return state;
}

void printErrorJson(const CliError &error)
{
    QJsonObject object = error.details;
    object.insert(QStringLiteral("code"), error.code);
    object.insert(QStringLiteral("message"), error.message);
    object.insert(QStringLiteral("hint"), error.hint);
    QJsonObject top = error.context;
    top.insert(QStringLiteral("error"), object);
    printJson(top);
    failure().errorPrinted = true;
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::cli", text);
}

QString requestCount(int n)
{
    return QCoreApplication::translate("hwb::cli", "%n request(s)", nullptr, n);
}

void printJson(const QJsonObject &object)
{
    failure().printedOutput = true;
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJson(const QJsonArray &array)
{
    failure().printedOutput = true;
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJsonLine(const QJsonObject &object)
{
    failure().printedOutput = true;
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

void printLine(const QString &text)
{
    failure().printedOutput = true;
    out() << text << '\n';
    out().flush();
}

void printTable(const TextTable &table)
{
    failure().printedOutput = true;
    for (const QString &line : table.lines())
        out() << line << '\n';
    out().flush();
}

void printError(const QString &text)
{
    failure().said.append(text);
    err() << "hwb: " << text << '\n';
    err().flush();
}

void printWarning(const QString &text)
{
    err() << "hwb: " << tr("warning: %1").arg(text) << '\n';
    err().flush();
}

void reportError(const CliError &error)
{
    const QString text = !error.text.isEmpty() ? error.text
                         : error.hint.isEmpty() ? error.message
                                                : error.message + QLatin1Char('\n') + error.hint;
    err() << "hwb: " << text << '\n';
    err().flush();
    if (failure().json && !failure().errorPrinted)
        printErrorJson(error);
}

void setJsonRequested(bool json)
{
    failure().json = json;
}

void flushOutput()
{
    out().flush();
    err().flush();
    std::fflush(nullptr);
}

void forgetFailure()
{
    failure() = FailureState();
}

void startOutputAfresh()
{
    // The old streams write what they still hold to where they wrote before (a closed pipe, likely), and go.
    outStream() = std::make_unique<QTextStream>(stdout);
    errStream() = std::make_unique<QTextStream>(stderr);
    std::fflush(nullptr);
    std::clearerr(stdout);
    std::clearerr(stderr);
}

void printLog(const QString &lines)
{
    err() << lines << '\n';
    err().flush();
}

namespace {
std::function<void(int)> &resultDeliveredHandler()
{
    static std::function<void(int)> handler;
    return handler;
}
} // namespace

void resultDelivered(int exitCode)
{
    if (resultDeliveredHandler())
        resultDeliveredHandler()(exitCode);
}

void setResultDeliveredHandler(std::function<void(int exitCode)> handler)
{
    resultDeliveredHandler() = std::move(handler);
}

int finishCommand(int exitCode)
{
    const FailureState &state = failure();
    if (!state.json || exitCode == ExitOk || state.errorPrinted || state.printedOutput)
        return exitCode;
    CliError error;
    error.code = exitCode == ExitUsage ? QStringLiteral("usage") : QStringLiteral("failed");
    error.message = state.said.isEmpty() ? tr("The command failed with exit code %1.").arg(exitCode) : state.said.first();
    error.hint = state.said.mid(1).join(QLatin1Char('\n'));
    printErrorJson(error);
    return exitCode;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              tr("The Higress checkout (default: $HWB_WORKSPACE or the current folder)."),
                              tr("dir"));
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &description,
                    int *exitCode, int maxPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the binary's path in the usage line; users typed "hwb <command>". Only that line: the
        // descriptions may name "hwb" themselves, which is the binary's path when it runs from the PATH.
        QString help = parser.helpText();
        const qsizetype usageEnd = help.indexOf(QLatin1Char('\n'));
        const QString binary = QCoreApplication::arguments().constFirst();
        const qsizetype at = help.indexOf(binary);
        if (at >= 0 && (usageEnd < 0 || at < usageEnd))
            help.replace(at, binary.size(), args.constFirst());
        out() << help;
        out().flush();
        *exitCode = ExitOk;
        return false;
    }
    if (maxPositional >= 0 && parser.positionalArguments().size() > maxPositional) {
        printError(tr("Unexpected argument '%1'. See %2 --help.").arg(parser.positionalArguments().at(maxPositional), args.constFirst()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

QString resolveWorkspace(const QCommandLineParser &parser)
{
    QString dir = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                              : qEnvironmentVariable("HWB_WORKSPACE");
    if (!dir.isEmpty()) {
        if (!WorkspaceScanner::isWorkspace(dir)) {
            reportError({QStringLiteral("not-a-workspace"),
                         tr("%1 is not a Higress workspace (no plugins/wasm-*/extensions).").arg(dir)});
            return {};
        }
        return QDir(dir).absolutePath();
    }
    if (const QString found = WorkspaceScanner::workspaceContaining(QDir::currentPath()); !found.isEmpty())
        return found;
    reportError({QStringLiteral("no-workspace"), tr("No workspace found here."),
                 tr("Pass --workspace DIR, set HWB_WORKSPACE, or run hwb inside a Higress checkout.")});
    return {};
}

// "." in plugins/wasm-go/extensions/hello-world, or that folder's path with a trailing slash, as a shell completes it.
QString pluginAtPath(const QString &root, const QString &path)
{
    const QFileInfo typed(path);
    if (!typed.exists())
        return {};
    const QString canonical = typed.canonicalFilePath();
    const QString rootPath = QFileInfo(root).canonicalFilePath();
    if (rootPath.isEmpty() || !canonical.startsWith(rootPath + QLatin1Char('/')))
        return {};
    // plugins/FAMILY/extensions/NAME[/...]
    const QStringList parts = canonical.mid(rootPath.size() + 1).split(QLatin1Char('/'));
    if (parts.size() < 4 || parts.at(0) != QLatin1String("plugins") || parts.at(2) != QLatin1String("extensions"))
        return {};
    return parts.at(1) + QLatin1Char('/') + parts.at(3);
}

QString pluginSuggestion(const QString &root, const QString &name)
{
    const auto scanned = WorkspaceScanner::scan(root);
    QStringList candidates;
    for (const PluginInfo &p : scanned.plugins)
        candidates.append(name.contains(QLatin1Char('/')) ? familyId(p.family) + QLatin1Char('/') + p.name : p.name);
    candidates.removeDuplicates();
    const QString match = closestMatch(name, candidates);
    return match.isEmpty() ? QString() : tr("Did you mean %1?").arg(match);
}

WorkspaceScanner::Lookup lookUpPlugin(const QString &root, const QString &name)
{
    WorkspaceScanner::Lookup found = WorkspaceScanner::find(root, name);
    if (!found.plugin && found.families.isEmpty()) {
        if (const QString atPath = pluginAtPath(root, name); !atPath.isEmpty())
            found = WorkspaceScanner::find(root, atPath);
    }
    return found;
}

std::optional<PluginInfo> findPlugin(const QString &root, const QString &name)
{
    const WorkspaceScanner::Lookup found = lookUpPlugin(root, name);
    if (found.families.size() > 1) {
        reportError({QStringLiteral("ambiguous-plugin"), found.problem(name, root)});
    } else if (!found.plugin) {
        const QString suggestion = pluginSuggestion(root, name);
        reportError({QStringLiteral("unknown-plugin"), found.problem(name, root),
                     suggestion.isEmpty() ? tr("hwb plugins lists them.")
                                          : suggestion + QLatin1Char(' ') + tr("hwb plugins lists them.")});
    }
    return found.plugin;
}

} // namespace hwb::cli
