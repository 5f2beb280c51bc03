#pragma once

#include "BuildPlan.h"
#include "BuildVariable.h"

#include <optional>

namespace hwb {

// The .buildrc layer of a plan, read by core/buildrc's evaluator (never by a parser of our own).
// Values only a shell could compute are left out by the evaluator; its diagnostics become plan warnings.
struct BuildrcLayer
{
    VariableLayerValues values{VariableLayer::Buildrc, {}};
    QList<BuildWarning> warnings;
    QStringList unknownKeys; // assigned by the file, to values only a shell could compute
    // Why EXTRA_TAGS is unknown, as ".buildrc:LINE: message" of the evaluator's diagnostic that says so; empty when
    // it is known or not set.
    QString tagsUnknownBecause;
    // What make's own `. .buildrc && echo $EXTRA_TAGS` gives (MakeSourcing); nullopt when that cannot be told.
    std::optional<QString> makeTags;

    // familyDir is where make sources the file from.
    static BuildrcLayer read(const QString &buildrcPath, const QString &familyDir = {});
};

} // namespace hwb
