#include "ModuleCheck.h"

#include "wasm/ArtifactContentCache.h"
#include "wasm/GatewayProfiles.h"

#include <algorithm>

namespace hwb {

bool ModuleCheck::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const InspectionFinding &f) { return f.severity == FindingSeverity::Error; });
}

QStringList ModuleCheck::lines() const
{
    QStringList out;
    for (const InspectionFinding &f : problems)
        out.append(QStringLiteral("[%1] %2").arg(f.code, f.message));
    return out;
}

QString ModuleCheck::versionOfImage(const QString &image)
{
    // The tag follows the last ':' after the last '/' (a registry's host:port is not a tag).
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || colon < image.lastIndexOf(QLatin1Char('/')))
        return {};
    // Only a release's own form, 2.1.5 or 2.0: the "1" of some/image:1 is a build counter, not Higress 1.x, and
    // judging the module against Higress 1's imports blamed it for what that image may well provide.
    const QString tag = image.mid(colon + 1);
    return GatewayProfiles::isVersion(tag) && tag.count(QLatin1Char('.')) >= 1 ? tag : QString();
}

ModuleCheck ModuleCheck::run(const QString &artifact, const QString &pluginDir, const QString &image)
{
    ModuleCheck check;
    check.artifact = artifact;
    check.gatewayVersion = versionOfImage(image);
    ArtifactInspector::Options options;
    options.pluginDir = pluginDir;
    options.gatewayVersion = check.gatewayVersion;
    // The Verify page has usually just read the same module.
    const ArtifactReport report = ArtifactContentCache::shared().inspect(artifact, options);
    for (const InspectionFinding &f : report.findings)
        if (f.severity != FindingSeverity::Info)
            check.problems.append(f);
    std::stable_sort(check.problems.begin(), check.problems.end(), [](const InspectionFinding &a, const InspectionFinding &b) {
        return a.severity == FindingSeverity::Error && b.severity != FindingSeverity::Error;
    });
    return check;
}

} // namespace hwb
