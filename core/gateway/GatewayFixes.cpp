#include "GatewayFixes.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hwb::GatewayFixes {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::GatewayFixes", text);
}
} // namespace

QString engineMissing(FrontEnd front)
{
    return front == FrontEnd::Window ? tr("Install Docker (or Podman) or set its path in the gateway profile.")
                                     : tr("Install Docker (or Podman), or pass its path with --engine.");
}

QString portBusy(FrontEnd front, const QString &heldBy, const QString &otherWorkspace)
{
    if (!heldBy.isEmpty() && !otherWorkspace.isEmpty())
        return front == FrontEnd::Window
            ? tr("It was started from the workspace %1: stop it there, or choose another port in the gateway profile.")
                  .arg(otherWorkspace)
            : tr("Stop it with 'hwb gateway down %1 --workspace %2', or pass another port with --port or --admin-port.")
                  .arg(heldBy, otherWorkspace);
    if (!heldBy.isEmpty())
        return front == FrontEnd::Window
            ? tr("Stop the gateway of %1 first, or choose another port in the gateway profile.").arg(heldBy)
            : tr("Stop it with 'hwb gateway down %1', or pass another port with --port or --admin-port.").arg(heldBy);
    return front == FrontEnd::Window
        ? tr("Choose another port in the gateway profile, or stop the program that holds it.")
        : tr("Pass another port with --port or --admin-port, or stop the program that holds it.");
}

GatewayError imageMissing(const QString &program, const QString &image)
{
    return {GatewayError::Code::ImageMissing, tr("The gateway image %1 is not available locally.").arg(image),
            tr("Pull it first: %1 pull %2").arg(QFileInfo(program).fileName(), image)};
}

GatewayError engineFailure(const ContainerEngine::Result &result, const QString &program, const QString &image,
                           FrontEnd front, GatewayError::Code fallback, const QString &what)
{
    using Code = GatewayError::Code;
    const QString err = QString::fromUtf8(result.err);
    if (!result.started)
        return {Code::EngineMissing,
                tr("The container engine %1 could not be run: %2").arg(program, result.firstErrorLine()),
                engineMissing(front)};
    // The daemon runs, but its socket is root:docker and this user is not in that group: "not running" would send
    // them to start a daemon that is up.
    if (err.contains(QLatin1String("permission denied while trying to connect to the Docker daemon")))
        return {Code::DaemonRefusesUser,
                tr("The Docker daemon runs, but does not let this user in: %1").arg(result.firstErrorLine()),
                tr("Add yourself to the docker group (sudo usermod -aG docker $USER), then log out and in again, "
                   "or run: newgrp docker.")};
    if (err.contains(QLatin1String("Cannot connect to the Docker daemon"))
        || err.contains(QLatin1String("Is the docker daemon running"))
        || err.contains(QLatin1String("connect: no such file or directory"))
        || err.contains(QLatin1String("connection refused")))
        return {Code::DaemonDown, tr("The container engine's daemon is not running: %1").arg(result.firstErrorLine()),
                tr("Start it (for example: sudo systemctl start docker) and try again.")};
    if (err.contains(QLatin1String("port is already allocated")) || err.contains(QLatin1String("address already in use")))
        return {Code::PortBusy, tr("A gateway port is already in use: %1").arg(result.firstErrorLine()), portBusy(front)};
    if (err.contains(QLatin1String("No such image")) || err.contains(QLatin1String("Unable to find image"))
        || err.contains(QLatin1String("image not known")))
        return imageMissing(program, image);
    return {fallback, tr("%1 failed: %2").arg(what, result.firstErrorLine())};
}

} // namespace hwb::GatewayFixes
