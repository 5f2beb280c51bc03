#pragma once

#include "ArtifactReport.h"
#include "GatewayProfiles.h"

namespace hwb {

// The verdict rules. Each finding says what the gateway will do with the artifact and how to fix it.
class InspectionRules
{
public:
    static QList<InspectionFinding> evaluate(const ArtifactReport &report, const GatewayProfile *profile);

    // The command that rebuilds this artifact right: the toolchain it came from, reactor build mode, tags.
    static QString rebuildCommand(const ArtifactReport &report, const QStringList &tags);
};

} // namespace hwb
