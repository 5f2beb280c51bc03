#pragma once

#include "ContainerEngine.h"
#include "GatewayContainers.h"
#include "llm/HangExplanation.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace hwb {

// Finds out what answers at a URL, so a hang can be explained for what it is: a gateway hwb started (from its
// container's labels, and the verification of the module copy it runs) or anything else. Managed gateways
// publish on loopback only, so other hosts are not looked up.
class HangTargetProbe : public QObject
{
    Q_OBJECT
public:
    // The folder of the plugin a gateway runs, for the .buildrc side of the check; empty when unknown.
    using PluginDirOf = std::function<QString(const QString &plugin)>;

    explicit HangTargetProbe(QObject *parent = nullptr);
    ~HangTargetProbe() override;

    void setEngineProgram(const QString &program) { m_engine.setProgram(program); }
    void setPluginDirs(PluginDirOf pluginDirOf) { m_pluginDirOf = std::move(pluginDirOf); }
    // How long the engine may take to list its containers; past it the target stays unknown (lookupTimedOut).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Starts the look-up; resolved() follows, at once for a host that is not loopback.
    void start(const QUrl &url, bool streaming);
    bool isDone() const { return m_done; }
    const HangTarget &target() const { return m_target; }

    // The running gateway container (GatewayContainers' `ps` lines) whose listener is port.
    static std::optional<GatewayContainer> findListener(const QByteArray &psOutput, int port);
    static bool isLoopback(const QUrl &url);
    static QString addressOf(const QUrl &url); // "127.0.0.1:10000", the default port filled in
    // The target a managed gateway makes, its module checked.
    static HangTarget managedTarget(const GatewayContainer &running, const QString &pluginDir);

Q_SIGNALS:
    void resolved(const hwb::HangTarget &target);

private:
    void finish();

    ContainerEngine m_engine;
    PluginDirOf m_pluginDirOf;
    HangTarget m_target;
    int m_timeoutMs;
    int m_port = 0;
    bool m_done = false;
};

} // namespace hwb
