#include "BuildOptions.h"

#include "CliOutput.h"

#include "buildplan/BuildPlanner.h"

#include <QCoreApplication>

namespace hwb::cli {

QString extraTagsRule()
{
    return tr("EXTRA_TAGS merges as a set across layers (makefile < environment < buildrc < profile < override): 'tag' "
              "or '+tag' adds, '-tag' removes, order of first appearance; an empty value (or '-*') clears the layers "
              "below. --set EXTRA_TAGS=-foo builds once without foo, --set EXTRA_TAGS= without any tag. A --set the "
              "mode does not use is refused.");
}

void addBuildOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("plugin"), tr("The plugin to build: its folder name, or FAMILY/NAME (wasm-go/hello-world) when several families have one of that name."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("mode"), tr("One of: %1. By default the workspace profile's, else the family's usual one.").arg(buildModeIdList()),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("set"), tr("Override a variable for this build (repeatable). ") + extraTagsRule(),
                      QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("command"), tr("The custom mode's command template, with ${VAR} placeholders."),
                      QStringLiteral("template")});
    parser.addOption({QStringLiteral("no-profile"), tr("Ignore the workspace's saved build profile.")});
}

bool planFromOptions(const QCommandLineParser &parser, BuildPlan *plan, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(tr("Name one plugin."));
        *exitCode = ExitUsage;
        return false;
    }
    const QString root = resolveWorkspace(parser);
    if (root.isEmpty()) {
        *exitCode = ExitUsage;
        return false;
    }
    const auto plugin = findPlugin(root, positional.first());
    if (!plugin) { // a name that is not there, or is in several families: the command line is wrong, not the build
        *exitCode = ExitUsage;
        return false;
    }
    BuildRequest request;
    request.workspace = root;
    request.plugin = *plugin;
    if (parser.isSet(QStringLiteral("mode"))) {
        request.mode = buildModeFromId(parser.value(QStringLiteral("mode")));
        if (!request.mode) {
            printError(tr("Unknown mode '%1'. The modes are: %2.").arg(parser.value(QStringLiteral("mode")), buildModeIdList()));
            *exitCode = ExitUsage;
            return false;
        }
    }
    request.overrides = parser.values(QStringLiteral("set"));
    // A malformed --set is a mistake in the command line (exit 2), not a plan to refuse (exit 1).
    VariableLayerValues checked;
    QString hint;
    if (const QString error = BuildPlanner::parseOverrides(request.overrides, &checked, &hint); !error.isEmpty()) {
        printError(error + QLatin1Char(' ') + (hint.isEmpty() ? tr("Write --set as NAME=VALUE.") : hint));
        *exitCode = ExitUsage;
        return false;
    }
    request.customCommand = parser.value(QStringLiteral("command"));
    if (parser.isSet(QStringLiteral("no-profile")))
        request.profile = BuildProfile{};
    *plan = BuildPlanner::plan(request);
    return true;
}

void printWarnings(const BuildPlan &plan)
{
    for (const BuildWarning &w : plan.warnings) {
        const QString label = w.severity == BuildWarning::Severity::Error     ? tr("error")
                            : w.severity == BuildWarning::Severity::Warning ? tr("warning")
                                                                            : tr("info");
        // The brackets are the translation's: Chinese text takes full-width ones.
        printError(w.fix.isEmpty() ? tr("%1: %2").arg(label, w.message) : tr("%1: %2 (%3)").arg(label, w.message, w.fix));
    }
}

} // namespace hwb::cli
