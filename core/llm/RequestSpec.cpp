#include "RequestSpec.h"

#include "hwb_config.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hwb {

QByteArray RequestSpec::toWire(bool keepAlive) const
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    bool hasHost = false, hasType = false;
    for (const auto &h : headers) {
        hasHost = hasHost || h.first.compare("host", Qt::CaseInsensitive) == 0;
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    if (!hasHost) {
        const int port = url.port(-1);
        out += "Host: " + url.host(QUrl::FullyEncoded).toLatin1();
        if (port > 0)
            out += ':' + QByteArray::number(port);
        out += "\r\n";
    }
    for (const auto &h : headers) {
        // Framing is ours: the engine sends exactly one body and closes the connection after the response.
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0
            || h.first.compare("connection", Qt::CaseInsensitive) == 0
            || h.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "User-Agent: hwb/" HWB_VERSION_STRING "\r\n";
    if (!hasType && !body.isEmpty())
        out += "Content-Type: application/json\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}

bool RequestSpec::asksForStream() const
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("stream")).toBool();
}

} // namespace hwb
