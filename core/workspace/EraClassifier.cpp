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
    if (hasBuildrc)
        return {PluginEra::TinyGoBuildrc, tr("Has a .buildrc, which only era-1 Makefiles source.")};
    if (!goMod || goMod->goVersion.isEmpty())
        return {PluginEra::Unknown, tr("No go.mod with a go directive.")};
    if (goMod->goAtLeast(1, 24))
        return {PluginEra::GoWasip1, tr("go.mod requires Go %1 (>= 1.24): built for wasip1 with go build.")
                                         .arg(goMod->goVersion)};
    if (goMod->find(u"github.com/tetratelabs/proxy-wasm-go-sdk"))
        return {PluginEra::TinyGoBuildrc, tr("Requires the TinyGo-era SDK tetratelabs/proxy-wasm-go-sdk.")};
    return {PluginEra::TinyGoBuildrc, tr("go.mod requires Go %1 (< 1.24): built with TinyGo.").arg(goMod->goVersion)};
}

} // namespace hwb
