#pragma once

#include "BuildPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hwb {

// A wasm-rust plugin's .prebuild, seen before cargo mode sources it. Higress runs the script as root inside its
// builder image (plugins/wasm-rust/Dockerfile: `RUN if [ -f $PREBUILD ]; then sh $PREBUILD; fi`), where installing
// packages is routine; cargo mode sources it in the user's shell, where the same lines change (as root) or fail to
// change (as a user) the machine. The real ai-data-masking's .prebuild is `apt-get install gcc gcc-multilib llvm clang`.
class PrebuildScript
{
    Q_DECLARE_TR_FUNCTIONS(hwb::PrebuildScript)
public:
    struct PackageInstall
    {
        int line = 0;    // 1-based
        QString command; // the line, trimmed
    };
    // Lines that run a system package manager's install (apt-get, apt, apk, dnf, yum, microdnf, zypper, pacman).
    static QList<PackageInstall> packageInstalls(const QString &script);
    // Names the script assigns (`export RUSTFLAGS=...`, `NAME=value`), in order: what it hands to cargo when sourced.
    static QStringList assignedNames(const QString &script);
    // The plan's warnings about the script at path, shown as name, for cargo mode (which sources it).
    static QList<BuildWarning> check(const QString &path, const QString &name);
    // For make-build: the family Dockerfile runs the script in a RUN step of its own (Higress's does:
    // `RUN if [ -f $PREBUILD ]; then sh $PREBUILD; fi`, then `RUN cargo build`), so what it exports never reaches
    // cargo. Warns when the script exports something and no RUN step runs both it and cargo.
    static QList<BuildWarning> checkDockerfile(const QString &script, const QString &dockerfile);
};

} // namespace hwb
