#include "HangTargetProbe.h"

#include "GatewayRunDir.h"
#include "workspace/WorkspaceScanner.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

namespace hwb {

namespace {
// A daemon that does not answer must not hold the explanation of a hang for long.
constexpr int kPsTimeoutMs = 5000;
} // namespace

HangTargetProbe::HangTargetProbe(QObject *parent)
    : QObject(parent)
    , m_timeoutMs(kPsTimeoutMs)
{
}

HangTargetProbe::~HangTargetProbe()
{
    m_engine.cancel(); // a look-up still running is of no use to anyone now
}

std::optional<GatewayContainer> HangTargetProbe::findListener(const QByteArray &psOutput, int port)
{
    for (const GatewayContainer &c : GatewayContainers::parse(psOutput))
        if (c.isRunning() && c.listenerPort == port)
            return c;
    return std::nullopt;
}

bool HangTargetProbe::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString HangTargetProbe::addressOf(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

HangTarget HangTargetProbe::managedTarget(const GatewayContainer &running, const QString &pluginDir)
{
    HangTarget target;
    target.kind = HangTarget::Kind::ManagedGateway;
    target.plugin = running.plugin;
    target.mockPort = running.mockPort();
    if (target.mockPort == 0)
        target.provider = running.upstream;
    // The copy the container mounts is what runs, whatever was rebuilt since.
    const QString module = GatewayRunDir::wasmPath(running.runDir);
    if (!running.runDir.isEmpty() && QFileInfo(module).isFile())
        target.check = ModuleCheck::run(module, pluginDir, running.image);
    return target;
}

void HangTargetProbe::start(const QUrl &url, bool streaming)
{
    // A look-up for the URL before must not answer for this one (its listing, this port), even when this one asks
    // no engine.
    m_engine.cancel();
    m_done = false;
    m_port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    m_target = {};
    m_target.address = addressOf(url);
    m_target.streaming = streaming;
    if (!isLoopback(url)) {
        m_target.kind = HangTarget::Kind::Server;
        finish();
        return;
    }
    m_engine.run(GatewayContainers::listArguments(false), [this](const ContainerEngine::Result &r) {
        // Killed at the time limit: a daemon too busy to answer, which says nothing about what runs.
        if (r.timedOut) {
            m_target.lookupTimedOut = true;
            return finish();
        }
        // No engine, or no daemon: then no managed gateway runs either.
        const auto running = r.ok() ? findListener(r.out, m_port) : std::nullopt;
        if (running) {
            const QString address = m_target.address;
            const bool streaming = m_target.streaming;
            // The plugin's folder gives the check its .buildrc: without it an untagged module only warns, and the
            // hang was blamed on the upstream. The window knows its plugins; hwb fire finds the folder from the
            // workspace the container was started from.
            // The container's own workspace first: a plugin of the same name in the window's may be another one.
            QString pluginDir;
            if (!running->workspace.isEmpty())
                if (const auto plugin = WorkspaceScanner::find(running->workspace, running->plugin).plugin)
                    pluginDir = plugin->path;
            if (pluginDir.isEmpty() && m_pluginDirOf)
                pluginDir = m_pluginDirOf(running->plugin);
            m_target = managedTarget(*running, pluginDir);
            m_target.address = address;
            m_target.streaming = streaming;
        } else {
            m_target.kind = HangTarget::Kind::Server;
        }
        finish();
    }, m_timeoutMs);
}

void HangTargetProbe::finish()
{
    m_done = true;
    Q_EMIT resolved(m_target);
}

} // namespace hwb
