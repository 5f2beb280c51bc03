#include "UpstreamTarget.h"

#include <QCoreApplication>

namespace hwb {

UpstreamTarget UpstreamTarget::mockOnHost(int mockPort)
{
    return {QLatin1String(kDockerHostName), mockPort, false};
}

bool UpstreamTarget::parse(const QString &spec, int mockPort, UpstreamTarget *target, QString *error)
{
    if (spec.isEmpty() || spec == QLatin1String("mock")) {
        *target = mockOnHost(mockPort);
        return true;
    }
    const QUrl url(spec, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = QCoreApplication::translate("hwb::UpstreamTarget",
                                             "The upstream must be \"mock\" or an http(s) URL such as "
                                             "https://api.openai.com, not \"%1\".")
                     .arg(spec);
        return false;
    }
    target->tls = scheme == QLatin1String("https");
    target->host = url.host();
    target->port = url.port(target->tls ? 443 : 80);
    // From inside the container, the host's loopback is host.docker.internal.
    if (target->host == QLatin1String("localhost") || target->host == QLatin1String("127.0.0.1"))
        target->host = QLatin1String(kDockerHostName);
    return true;
}

QString UpstreamTarget::display() const
{
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port);
}

} // namespace hwb
