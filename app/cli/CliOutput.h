#pragma once

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "workspace/PluginInfo.h"
#include "workspace/WorkspaceScanner.h"

#include <functional>
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
void printError(const QString &text);          // "hwb: <text>" on stderr; remembered as the failure's words
void printWarning(const QString &text);        // "hwb: warning: <text>" on stderr; never taken for the failure

// Why a command failed, for people (message, hint) and for scripts (code: a stable id such as "unknown-plugin";
// "usage" and "failed" are the generic ones). With --json a failing command prints it on stdout as
// {"error": {code, message, hint, ...details}, ...context}, once, besides the text on stderr.
struct CliError
{
    QString code;
    QString message;
    QString hint;
    QJsonObject details; // more keys of the "error" object (the gateway's log_tail)
    QJsonObject context; // keys beside "error" (the gateway's ok, plugin, state)
    QString text;        // what stderr shows, when it is not message and hint (the gateway's log tail)
};
void reportError(const CliError &error);
// Called by main() with a command's exit code: with --json, a command that failed without printing anything on
// stdout prints the error object built from what it said on stderr. Returns exitCode.
int finishCommand(int exitCode);
// Set by main() when the command line asks for --json, before the command runs (a parse error is JSON too).
void setJsonRequested(bool json);
// For the build server, which runs one command after another in one process: flushOutput() before it gives a
// client's stdout and stderr back, startOutputAfresh() and forgetFailure() before the next command.
void flushOutput();
void forgetFailure();
void startOutputAfresh();
// A build's log lines, as they are, on stderr (`hwb build --json`, whose stdout is the summary's).
void printLog(const QString &lines);

// A command's result is complete and printed, with its exit code: what it still does is bookkeeping its user
// need not wait for (`hwb build` recording the build). The build server lets its client go here; a command in a
// process of its own goes on as before. What is printed after it still reaches the user's terminal.
void resultDelivered(int exitCode);
void setResultDeliveredHandler(std::function<void(int exitCode)> handler); // the server's, for one command

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
// The plugin named `name` in the workspace at root: its folder name, FAMILY/NAME, or a path to its folder or to
// something inside it ("." in the plugin's folder). Prints an error, with the name the user may have meant, and
// returns nothing when there is none.
std::optional<PluginInfo> findPlugin(const QString &root, const QString &name);
// The same lookup without a word: for a caller that has a use for a name no plugin has.
WorkspaceScanner::Lookup lookUpPlugin(const QString &root, const QString &name);
// The FAMILY/NAME of the plugin folder `path` is, or is inside, in the workspace at root; empty when it is none.
QString pluginAtPath(const QString &root, const QString &path);
// "Did you mean X?" for a misspelled plugin name, from the workspace's plugins; empty when none is close.
QString pluginSuggestion(const QString &root, const QString &name);

} // namespace hwb::cli
