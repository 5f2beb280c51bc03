#include "BuildProgress.h"

#include <QRegularExpression>

namespace hwb {

std::optional<BuildProgress> BuildProgressParser::parse(const QString &line)
{
    static const QRegularExpression buildkitStep(QStringLiteral("^#\\d+ \\[(?:[\\w.-]+ )?(\\d+)/(\\d+)\\] (.*)$"));
    // A Go import path: at least one '/', no spaces (so `ok foo/bar 0.1s` and file paths with ':' do not match).
    static const QRegularExpression goPackage(QStringLiteral("^(?:# )?([a-z0-9][\\w.-]*(?:/[\\w.~-]+)+)$"));
    if (const auto m = buildkitStep.match(line); m.hasMatch())
        return BuildProgress{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3)};
    if (const auto m = goPackage.match(line); m.hasMatch())
        return BuildProgress{0, 0, m.captured(1)};
    // cargo, one line per crate: `   Compiling say-hello v0.1.0 (/path)`; cargo prints no total.
    static const QRegularExpression cargoStep(QStringLiteral("^\\s+(Compiling|Checking|Downloaded|Finished) (.+?)(?: \\(.*\\))?$"));
    if (line.startsWith(QLatin1String("   ")))
        if (const auto m = cargoStep.match(line); m.hasMatch())
            return BuildProgress{0, 0, m.captured(1) + QLatin1Char(' ') + m.captured(2)};
    return std::nullopt;
}

} // namespace hwb
