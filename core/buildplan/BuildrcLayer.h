#pragma once

#include "BuildPlan.h"
#include "BuildVariable.h"

namespace hwb {

// The .buildrc layer of a plan, read by core/buildrc's evaluator (never by a parser of our own).
// Values only a shell could compute are left out by the evaluator; its diagnostics become plan warnings.
struct BuildrcLayer
{
    VariableLayerValues values{VariableLayer::Buildrc, {}};
    QList<BuildWarning> warnings;
    QStringList unknownKeys; // assigned by the file, to values only a shell could compute

    static BuildrcLayer read(const QString &buildrcPath);
};

} // namespace hwb
