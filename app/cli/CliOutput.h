#pragma once

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "workspace/PluginInfo.h"

#include <optional>

namespace hwb::cli {

class TextTable;

// Translates in the one context every hwb message uses.
QString tr(const char *text);
// "%n request(s)", translated with its plural forms: "1 request", "3 requests".
QString requestCount(int n);

// Exit codes shared by every subcommand. A command's own result (a build's exit code, an inspect verdict)
// takes precedence where the contract says so.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
void printJsonLine(const QJsonObject &object); // compact, one per line, flushed (streams)
void printLine(const QString &text);
void printTable(const TextTable &table);
void printError(const QString &text);          // "hwb: <text>" on stderr

// Adds -h/--help and --json; parses args, printing errors or help. Returns false when the command should
// stop; *exitCode says with what. More than maxPositional arguments (when not -1) is a usage error, not ignored:
// `hwb mock-llm 18080` must not quietly pick another port.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &description,
                    int *exitCode, int maxPositional = -1);
QCommandLineOption jsonOption();
QCommandLineOption workspaceOption();

// The workspace to use: --workspace, $HWB_WORKSPACE, or the folder (or a parent) of the current directory.
// Prints an error and returns an empty string when none is found.
QString resolveWorkspace(const QCommandLineParser &parser);
// The plugin named `name` in the workspace at root. Prints an error and returns nothing when there is none.
std::optional<PluginInfo> findPlugin(const QString &root, const QString &name);

} // namespace hwb::cli
