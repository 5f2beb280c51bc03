#include "DockerFromPath.h"

#include "BuildPlan.h"
#include "MakefileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::DockerFromPath", text);
}

// `docker` as a command word: at the start of a shell command, after leading NAME=value assignments
// (DOCKER_BUILDKIT=1 docker build), and not as $(DOCKER) or a path's last part.
bool runsBareDocker(const QStringList &recipe)
{
    static const QRegularExpression command(
        QStringLiteral("(?:^|[;&|(])\\s*[@+-]*\\s*(?:[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+)*docker(?:\\s|$)"));
    return std::any_of(recipe.cbegin(), recipe.cend(), [](const QString &line) { return command.match(line).hasMatch(); });
}

} // namespace

void DockerFromPath::route(BuildPlan &plan, const MakefileInfo &makefile)
{
    if (plan.mode != BuildMode::MakeBuild || !runsBareDocker(makefile.recipes.value(QStringLiteral("build"))))
        return;
    const QString chosen = plan.value(QStringLiteral("DOCKER"));
    if (!QDir::isAbsolutePath(chosen))
        return; // a bare name is looked up on PATH anyway
    const QString path = qEnvironmentVariable("PATH");
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("docker"));
    const QString chosenReal = QFileInfo(chosen).canonicalFilePath();
    if (!chosenReal.isEmpty() && QFileInfo(onPath).canonicalFilePath() == chosenReal)
        return;
    const QString folder = QFileInfo(chosen).absolutePath();
    plan.env.append({QStringLiteral("PATH"), folder + QLatin1Char(':') + path});
    plan.warnings.append(
        {QStringLiteral("docker-from-path"), BuildWarning::Severity::Info,
         onPath.isEmpty()
             ? tr("The Makefile runs `docker` from PATH, not $(DOCKER), and PATH has none: this build puts %1 first "
                  "on PATH, so %2 builds.").arg(folder, chosen)
             : tr("The Makefile runs `docker` from PATH, not $(DOCKER), and PATH's is %1: this build puts %2 first "
                  "on PATH, so %3 builds, the Docker the workbench uses.").arg(onPath, folder, chosen),
         tr("Nothing to do; to build with PATH's Docker instead, --set DOCKER=%1.").arg(onPath.isEmpty() ? QStringLiteral("docker") : onPath)});
}

} // namespace hwb
