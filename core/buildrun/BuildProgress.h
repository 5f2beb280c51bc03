#pragma once

#include <QString>

#include <optional>

namespace hwb {

// Progress as far as the tool tells it. total == 0 means "busy, no count known".
struct BuildProgress
{
    int current = 0;
    int total = 0;
    QString text;
};

// Recognises the lines that say how far a build is: Docker BuildKit's plain steps (`#8 [builder 5/6] RUN ...`)
// Go's package lines (`go build -v`, and the `# pkg` headers before a package's errors) and cargo's per-crate
// status lines (`   Compiling say-hello v0.1.0 (/path)`).
class BuildProgressParser
{
public:
    static std::optional<BuildProgress> parse(const QString &line);
};

} // namespace hwb
