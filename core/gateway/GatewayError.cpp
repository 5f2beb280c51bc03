#include "GatewayError.h"

#include <QJsonArray>

namespace hwb {

QString GatewayError::codeId(Code code)
{
    switch (code) {
    case Code::None: return QStringLiteral("none");
    case Code::EngineMissing: return QStringLiteral("engine-missing");
    case Code::DaemonDown: return QStringLiteral("daemon-down");
    case Code::DaemonRefusesUser: return QStringLiteral("daemon-refuses-user");
    case Code::ImageMissing: return QStringLiteral("image-missing");
    case Code::PortBusy: return QStringLiteral("port-busy");
    case Code::ContainerExited: return QStringLiteral("container-exited");
    case Code::ReadyTimeout: return QStringLiteral("ready-timeout");
    case Code::BadInput: return QStringLiteral("bad-input");
    case Code::RunFailed: return QStringLiteral("run-failed");
    }
    return QStringLiteral("none");
}

QJsonObject GatewayError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), codeId(code)},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("hint"), hint},
                  {QStringLiteral("log_tail"), QJsonArray::fromStringList(logTail)}};
    if (port > 0)
        o.insert(QStringLiteral("port"), port);
    if (!heldBy.isEmpty())
        o.insert(QStringLiteral("held_by"), heldBy);
    return o;
}

QString GatewayError::fullText() const
{
    QString text = message;
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + hint;
    if (!logTail.isEmpty())
        text += QLatin1Char('\n') + logTail.join(QLatin1Char('\n'));
    return text;
}

} // namespace hwb
