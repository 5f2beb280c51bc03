#pragma once

#include "workspace/PluginInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace hwb {

// How a plugin is built. The ids are the CLI's --mode values.
enum class BuildMode {
    MakeBuild, // `make build`: Docker with the builder image, Higress's official path
    MakeLocal, // `make local-build`: the host's Go through the Makefile
    Go,        // GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared: needs no Makefile cooperation
    TinyGo,    // the era-1 toolchain with its legacy arguments
    Cargo,     // wasm-rust: cargo for wasm32-wasip1, with .prebuild sourced first
    Custom,    // a user's command template with ${VAR} placeholders, run by sh
};

QString buildModeId(BuildMode mode);
// "make-build, make-local, go, tinygo, cargo, custom", or only the given modes', for help and error texts.
QString buildModeIdList(const QList<BuildMode> &modes = {});
std::optional<BuildMode> buildModeFromId(const QString &id);
QString buildModeDisplayName(BuildMode mode);
QList<BuildMode> buildModesFor(PluginFamily family);
// Go for Go plugins: it is the one path that applies EXTRA_TAGS whatever the Makefile does.
BuildMode defaultBuildMode(PluginFamily family);
// Whether the build reads EXTRA_TAGS. They are Go build tags: they mean something where Go compiles (the go and
// tinygo modes, and a wasm-go plugin's make and custom builds), nothing to cargo, bazel or the AssemblyScript compiler.
bool buildModeUsesTags(BuildMode mode, PluginFamily family);

} // namespace hwb
