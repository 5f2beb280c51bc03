#pragma once

#include "BuildPlan.h"
#include "MakefileReader.h"

namespace hwb {

// Which of a plan's variables its mode does anything with. The variables table once listed every layer's values
// whatever the mode, so `--set GOOS=linux` showed as an override while go still built for wasip1, and
// `--set PLUGIN_NAME=hello-world` built ai-proxy-lite in the go mode but hello-world with ai-proxy-lite's tags
// in make-local. A --set that silently does nothing is the worst outcome, so:
//  - Each variable the mode does not use is marked (BuildVariable::applied false, `applied: false` in JSON).
//  - A --set of one is an error ("override-not-applied"), naming what the mode does read; a profile's is said
//    (info "profile-value-unused"), since a profile serves every mode.
//  - PLUGIN_NAME names the plugin being built: a value for another plugin is an error ("plugin-name-override")
//    in every mode.
// What each mode uses:
//  - go: GO, EXTRA_TAGS, and Go's environment variables (GO*, CGO_*) set above the Makefile, which go gets in
//    its environment; GOOS=wasip1 GOARCH=wasm are the mode's own.
//  - tinygo: EXTRA_TAGS and Go's environment variables but GOOS/GOARCH (-target=wasi decides those).
//  - cargo: CARGO, RUSTC, RUST_TARGET, PREBUILD.
//  - custom: the ${NAME}s of the command, and ARTIFACT.
//  - make-build/make-local: what the target's recipe expands (MakefileInfo::variablesUsedBy); also, since make
//    puts its command-line variables in the recipe's environment, Go's environment variables for make-local
//    unless its recipe sets them itself (GOOS=wasip1), and DOCKER_*/BUILDKIT_* for make-build's docker; and DOCKER
//    for make-build, which DockerFromPath puts first on PATH when the Makefile runs a literal docker.
class ModeVariables
{
public:
    static void check(BuildPlan &plan, const QString &pluginName, const MakefileInfo &makefile,
                      const QString &customTemplate);
    // GOPROXY, GOFLAGS, CGO_ENABLED...: what the go command reads from its environment (not GO, GO_VERSION).
    static bool isGoEnvironmentVariable(const QString &name);
};

} // namespace hwb
