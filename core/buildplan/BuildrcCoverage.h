#pragma once

#include "BuildPlan.h"
#include "MakefileReader.h"

#include <optional>

namespace hwb {

// Decides, before anything runs, whether the chosen build path would silently drop the .buildrc: the
// failure of higress #1847, where `make build` produced a module without proxy_wasm_version_0_2_100 and
// every request through it hung. Each finding says what to change.
class BuildrcCoverage
{
public:
    struct Inputs
    {
        const BuildPlan &plan;
        bool pluginHasBuildrc = false;
        const MakefileInfo &makefile;
        QString dockerfileText; // empty when there is none
        QString customTemplate; // custom mode only, before expansion
        PluginFamily family = PluginFamily::WasmGo; // for the fix when there is no Makefile
        bool dockerfileUnread = false; // it is there but was not read (the plan says so): nothing to check in it
        // What make's own sourcing of the .buildrc gives (MakeSourcing), for a custom command that leaves EXTRA_TAGS
        // to make; nullopt when that cannot be told.
        std::optional<QString> makeSourcedTags = std::nullopt;
    };

    static QList<BuildWarning> check(const Inputs &inputs);

private:
    // The way to build a family's plugin without its Makefile.
    static QString noMakefileFix(PluginFamily family);
};

} // namespace hwb
