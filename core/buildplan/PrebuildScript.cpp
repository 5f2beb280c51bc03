#include "PrebuildScript.h"

#include "common/BoundedFile.h"

#include <QRegularExpression>

namespace hwb {

QList<PrebuildScript::PackageInstall> PrebuildScript::packageInstalls(const QString &script)
{
    // A package manager at a command position (line start; after ; && || | ( then do else; after sudo), then its
    // install verb.
    static const QRegularExpression install(
        QStringLiteral(R"((?:^|[;&|(]\s*|\b(?:then|do|else)\s+|\bsudo\s+(?:-\S+\s+)*)(apt-get|apt|aptitude|apk|dnf|yum|microdnf|zypper|pacman)\s+)"
                       R"((?:-\S+\s+)*(install|add|in|-S\w*)\b)"));
    QList<PackageInstall> out;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (install.match(line).hasMatch())
            out.append({i + 1, line});
    }
    return out;
}

QStringList PrebuildScript::assignedNames(const QString &script)
{
    static const QRegularExpression assignment(QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=)"),
                                               QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = assignment.globalMatch(script); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QList<BuildWarning> PrebuildScript::checkDockerfile(const QString &script, const QString &dockerfile)
{
    const QStringList names = assignedNames(script);
    if (names.isEmpty() || dockerfile.isEmpty())
        return {};
    // RUN instructions, continuation lines joined.
    static const QRegularExpression continuation(QStringLiteral(R"(\\\r?\n)"));
    QString joined = dockerfile;
    joined.replace(continuation, QStringLiteral(" "));
    QStringList runningIt;
    for (const QString &line : joined.split(QLatin1Char('\n'))) {
        const QString instruction = line.trimmed();
        if (!instruction.startsWith(QLatin1String("RUN "), Qt::CaseInsensitive))
            continue;
        if (!instruction.contains(QLatin1String("PREBUILD")) && !instruction.contains(QLatin1String(".prebuild")))
            continue;
        // Only sourcing (`. file`, `source file`) in the step that runs cargo hands its exports on; `sh file` runs
        // it in a child shell whose exports die with it.
        static const QRegularExpression sourced(
            QStringLiteral(R"((?:^RUN|[;&|(]|\bthen|\bdo)\s*(?:\.|source)\s+\S*(?:PREBUILD|\.prebuild))"),
            QRegularExpression::CaseInsensitiveOption);
        if (instruction.contains(QLatin1String("cargo")) && sourced.match(instruction).hasMatch())
            return {};
        runningIt.append(instruction);
    }
    if (runningIt.isEmpty())
        return {};
    return {{QStringLiteral("prebuild-exports-lost"), BuildWarning::Severity::Warning,
             tr(".prebuild sets %1, but the family's Dockerfile runs it in a step of its own (%2), so the cargo build "
                "in a later step never sees it.")
                 .arg(names.join(QStringLiteral(", ")), runningIt.first()),
             tr("Put build flags where cargo reads them in every build (.cargo/config.toml, [build] rustflags), or "
                "build with cargo mode, which sources .prebuild before cargo.")}};
}

QList<BuildWarning> PrebuildScript::check(const QString &path, const QString &name)
{
    // The build's shell sources it: one it cannot read through (a FIFO, a device) would hang or flood the build.
    QString reason;
    const auto script = BoundedFile::read(path, BoundedFile::kBuildFileLimit, &reason);
    if (!script)
        return {{QStringLiteral("prebuild-missing"), BuildWarning::Severity::Error,
                 tr("PREBUILD=%1 names no readable file in the plugin folder (%2).").arg(name, reason),
                 tr("Give a script relative to the plugin folder, or --set PREBUILD= to build without one.")}};
    const QList<PackageInstall> installs = packageInstalls(QString::fromUtf8(*script));
    if (installs.isEmpty())
        return {};
    return {{QStringLiteral("prebuild-installs-packages"), BuildWarning::Severity::Warning,
             tr("%1 installs system packages (line %2: %3). Higress runs it as root in its builder container; cargo "
                "mode would run it in your shell, on this machine.")
                 .arg(name, QString::number(installs.first().line), installs.first().command),
             tr("Build with make-build, which runs it in the container, or install what it needs yourself and build "
                "with --set PREBUILD= to skip it.")}};
}

} // namespace hwb
