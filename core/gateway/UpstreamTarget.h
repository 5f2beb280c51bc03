#pragma once

#include <QString>
#include <QUrl>

namespace hwb {

// Where the gateway sends the plugin's traffic: the built-in mock on the host (reached from the container
// via host-gateway) or a provider domain over TLS.
struct UpstreamTarget
{
    QString host;
    int port = 0;
    bool tls = false;

    static constexpr const char *kDockerHostName = "host.docker.internal";

    // "mock" (with the mock's port) or an http(s) URL. Returns false with *error for anything else.
    static bool parse(const QString &spec, int mockPort, UpstreamTarget *target, QString *error);
    static UpstreamTarget mockOnHost(int mockPort);
    bool isMock() const { return host == QLatin1String(kDockerHostName); }
    QString display() const; // e.g. "https://api.openai.com:443"
};

} // namespace hwb
