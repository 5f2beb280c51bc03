#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hwb {

// One managed gateway container as the engine lists it.
struct GatewayContainer
{
    QString id;
    QString name;
    QString state;     // the engine's word: running, exited, created, ...
    QString status;    // "Up 3 minutes"
    QString image;
    QString plugin;
    QString workspace; // the workspace root it was started from; empty for a bare --artifact
    QString runDir;
    int listenerPort = 0;
    int adminPort = 0;
    QString upstream;  // the upstream label: "mock:PORT" or the provider; empty for a container older than the label

    bool isRunning() const { return state == QLatin1String("running"); }
    // The host port of the mock LLM the gateway forwards to; 0 when its upstream is not the mock, or not known.
    int mockPort() const;
};

// The workbench's gateway containers: how they are named and labelled, and the one `ps` that lists them, shared by
// start, stop, `hwb gateway status|logs` and the Gateway page's watch.
//
// A container belongs to a namespace (the owner label's value: "1", or $HWB_GATEWAY_NAMESPACE), so a test suite
// sees and removes only the containers it made, never a developer's. Within it a gateway is one plugin of one
// workspace: two checkouts with a plugin of the same name each get their own container (its name carries a short
// hash of the workspace), the way two plugins do.
namespace GatewayContainers {

QString ownerValue();
QString containerName(const QString &pluginName, const QString &workspace = {});
// The canonical form of a workspace root, as the label stores it and the name hashes it.
QString workspaceKey(const QString &root);
// The labels `create` gives a container.
QStringList labelArguments(const QString &pluginName, const QString &workspace, const QString &runDir,
                           int listenerPort, int adminPort, const QString &upstream = {});
// The upstream label's value for a gateway's upstream ("mock" or a URL) and mock port.
QString upstreamLabel(const QString &upstream, int mockPort);
// `ps` over this namespace's containers; `all` includes stopped ones.
QStringList listArguments(bool all = true);
QList<GatewayContainer> parse(const QByteArray &psOutput);
// A plugin's gateway in a workspace (nullopt: in any). One started from a bare module belongs to no workspace, and
// every scope takes it.
bool belongsTo(const GatewayContainer &container, const QString &pluginName, const std::optional<QString> &workspace);
// The first of `containers` that belongs to the plugin, running ones first; nullopt when none does.
std::optional<GatewayContainer> find(const QList<GatewayContainer> &containers, const QString &pluginName,
                                     const std::optional<QString> &workspace);

} // namespace GatewayContainers
} // namespace hwb
