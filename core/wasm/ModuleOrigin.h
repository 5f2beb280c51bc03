#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

struct GoBuildInfo;

// The plugin folder a Go module was built from, found in a workspace by the package path Go records in the module
// (…/plugins/wasm-go/extensions/ai-proxy-lite). A module copied away from its plugin has no .buildrc beside it; the
// plugin's .buildrc still says which tags it needs, and so whether its old ABI will hang requests.
class ModuleOrigin
{
public:
    // The first workspace that holds the plugin, whose go.mod declares the module Go recorded; empty when none does.
    static QString pluginDir(const GoBuildInfo &info, const QStringList &workspaces);
};

} // namespace hwb
