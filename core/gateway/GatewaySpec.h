#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hwb {

class MockLlmServer;

// Everything needed to start the managed gateway container for one plugin.
struct GatewaySpec
{
    QString pluginName;
    QString workspace;           // the workspace root the plugin is in; empty for a bare module (GatewayContainers)
    QString artifactPath;        // the built module on the host; copied, then mounted read-only
    QByteArray pluginConfigJson; // the plugin's JSON configuration
    QString image = defaultImage();
    QString engine;              // docker or podman executable; empty: ToolLocator's Docker
    QStringList engineEnvironment; // extra KEY=VALUE for the engine (DOCKER_HOST, ...)
    int listenerPort = 10000;    // published on 127.0.0.1
    int adminPort = 9901;        // published on 127.0.0.1
    QString upstream = QStringLiteral("mock"); // "mock" or an http(s) URL
    int mockPort = 18080;
    MockLlmServer *mockServer = nullptr; // when set, it is also bound where containers reach it
    int readyTimeoutMs = 60000;
    bool followLogs = true;

    static constexpr const char *kDefaultVersion = "2.1.6";
    static QString defaultImage(const QString &version = QLatin1String(kDefaultVersion));
};

} // namespace hwb
