#include "EraClassifier.h"

#include <QCoreApplication>

namespace hwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::EraClassifier", text);
}
} // namespace

EraVerdict EraClassifier::classify(PluginFamily family, bool hasBuildrc, const GoModule *goMod)
{
    if (family != PluginFamily::WasmGo)
        return {PluginEra::Unknown, tr("Build eras apply to wasm-go plugins only.")};
    // go.mod first: a module that needs Go 1.24 is an era-2 plugin (Higress builds those with go build for wasip1),
    // whatever files lie beside it. A .buildrc there is a leftover, or one just created; the workbench still
    // applies its tags (BuildPlanner), but it does not make the plugin a TinyGo one.
    if (goMod && goMod->goAtLeast(1, 24))
        return {PluginEra::GoWasip1, tr("go.mod requires Go %1 (>= 1.24): built for wasip1 with go build.")
                                         .arg(goMod->goVersion)};
    if (hasBuildrc)
        return {PluginEra::TinyGoBuildrc, tr("Has a .buildrc, which only era-1 Makefiles source.")};
    // The SDK tells the era with or without a go directive (go.mod files of that era often lack one).
    if (goMod && goMod->find(u"github.com/tetratelabs/proxy-wasm-go-sdk"))
        return {PluginEra::TinyGoBuildrc, tr("Requires the TinyGo-era SDK tetratelabs/proxy-wasm-go-sdk.")};
    if (!goMod || goMod->goVersion.isEmpty())
        return {PluginEra::Unknown, tr("No go.mod with a go directive.")};
    return {PluginEra::TinyGoBuildrc, tr("go.mod requires Go %1 (< 1.24): built with TinyGo.").arg(goMod->goVersion)};
}

} // namespace hwb
