#pragma once

#include "buildplan/BuildPlan.h"

#include <QCommandLineParser>

namespace hwb::cli {

// The flags `hwb plan` and `hwb build` share: PLUGIN [--mode M] [--set K=V]... [--command T] [--workspace DIR].
void addBuildOptions(QCommandLineParser &parser);
// Resolves the workspace and plugin and plans the build; prints the error and returns false when it cannot.
bool planFromOptions(const QCommandLineParser &parser, BuildPlan *plan, int *exitCode);
QString extraTagsRule(); // the EXTRA_TAGS merge rule, for --help
void printWarnings(const BuildPlan &plan);

} // namespace hwb::cli
