#pragma once

namespace hwb {

struct BuildPlan;
struct MakefileInfo;

// Higress's own wasm-go Makefile runs a literal `docker build`, not $(DOCKER): whatever `docker` comes first on
// PATH builds, and DOCKER=... on make's command line changes nothing. When that is not the Docker the plan
// chose (HWB_DOCKER, the settings, --set DOCKER=...), the plan puts the chosen one's folder first on PATH for
// the build, and says so.
class DockerFromPath
{
public:
    static void route(BuildPlan &plan, const MakefileInfo &makefile);
};

} // namespace hwb
