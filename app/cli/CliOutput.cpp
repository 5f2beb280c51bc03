#include "CliOutput.h"

#include "TextTable.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace hwb::cli {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}
QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
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
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJsonLine(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

void printLine(const QString &text)
{
    out() << text << '\n';
    out().flush();
}

void printTable(const TextTable &table)
{
    for (const QString &line : table.lines())
        out() << line << '\n';
    out().flush();
}

void printError(const QString &text)
{
    err() << "hwb: " << text << '\n';
    err().flush();
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
            printError(tr("%1 is not a Higress workspace (no plugins/wasm-*/extensions).").arg(dir));
            return {};
        }
        return QDir(dir).absolutePath();
    }
    if (const QString found = WorkspaceScanner::workspaceContaining(QDir::currentPath()); !found.isEmpty())
        return found;
    printError(tr("No workspace found here. Pass --workspace DIR or set HWB_WORKSPACE."));
    return {};
}

std::optional<PluginInfo> findPlugin(const QString &root, const QString &name)
{
    const WorkspaceScanner::Lookup found = WorkspaceScanner::find(root, name);
    if (!found.plugin)
        printError(found.problem(name, root));
    return found.plugin;
}

} // namespace hwb::cli
