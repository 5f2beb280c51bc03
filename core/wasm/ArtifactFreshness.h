#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace hwb {

// Whether a plugin's sources changed after its artifact was built.
class ArtifactFreshness
{
public:
    static constexpr int kMaxEntries = 5000; // a plugin folder, not a whole checkout

    // The newest source (*.go, go.mod, go.sum, .buildrc, Cargo.toml, *.rs) modified after builtAt, if any.
    static std::optional<QString> newerSource(const QString &pluginDir, const QDateTime &builtAt);
};

} // namespace hwb
