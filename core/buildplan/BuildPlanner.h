#pragma once

#include "BuildPlan.h"
#include "BuildProfile.h"

#include "workspace/PluginInfo.h"

#include <optional>

namespace hwb {

// What the user asked for: a plugin, maybe a mode, one-off overrides. The planner turns it into a BuildPlan.
struct BuildRequest
{
    PluginInfo plugin;
    QString workspace;
    std::optional<BuildMode> mode;       // else the profile's, else the family's default
    QStringList overrides;               // "K=V", one build only
    std::optional<BuildProfile> profile; // else BuildProfile::load(workspace)
    QString customCommand;               // else the profile's
};

class BuildPlanner
{
public:
    static BuildPlan plan(const BuildRequest &request);

    // Parses "K=V" overrides; returns an error text for the first bad one. EXTRA_TAGS values accumulate
    // (ExtraTags::combine), and a malformed tag edit (`-`, `--x`) is refused with *hint saying how to write one.
    static QString parseOverrides(const QStringList &overrides, VariableLayerValues *out, QString *hint = nullptr);
    // ${NAME} placeholders replaced by the shell-quoted value; unknown names are left for sh, and listed in *unknown.
    static QString expandTemplate(const QString &text, const QList<BuildVariable> &variables, QStringList *unknown = nullptr);

private:
    static void planCargo(BuildPlan &plan);
    static void checkProgram(BuildPlan &plan);
    static QString whereSet(const BuildPlan &plan);
};

} // namespace hwb
