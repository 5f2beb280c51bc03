#pragma once

#include "GoModule.h"
#include "PluginInfo.h"

namespace hwb {

// Decides a plugin's build era. The rules, first match wins (docs/workspace.md and the README say the same):
//  1. Not a wasm-go plugin: unknown (eras describe the Go toolchains only).
//  2. go.mod's go directive is >= 1.24: go-wasip1 (wasip1 c-shared builds need Go 1.24), even with a .buildrc
//     beside it: that one is a leftover or new, and the plan still applies its tags.
//  3. A .buildrc exists: tinygo-buildrc. Upstream deleted every .buildrc in 2.1.6, so one present means
//     the plugin still expects a Makefile that sources it.
//  4. go.mod requires the TinyGo-era SDK (tetratelabs/proxy-wasm-go-sdk), or its go directive is older:
//     tinygo-buildrc.
//  5. Otherwise (no go.mod, no go directive): unknown.
struct EraVerdict
{
    PluginEra era = PluginEra::Unknown;
    QString reason;
};

class EraClassifier
{
public:
    static EraVerdict classify(PluginFamily family, bool hasBuildrc, const GoModule *goMod);
};

} // namespace hwb
