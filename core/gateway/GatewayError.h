#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hwb {

// Why the gateway did not come up, worded for the user, with the fix where there is one.
struct GatewayError
{
    enum class Code { None, EngineMissing, DaemonDown, DaemonRefusesUser, ImageMissing, PortBusy, ContainerExited,
                      ReadyTimeout, BadInput, RunFailed };

    Code code = Code::None;
    QString message;
    QString hint;           // e.g. the pull command
    QStringList logTail;    // the container's last log lines, when it ran
    int port = 0;           // port-busy: the port, when known
    QString heldBy;         // port-busy: the plugin whose managed gateway holds it, when it is one

    bool isError() const { return code != Code::None; }
    static QString codeId(Code code); // CLI/JSON contract, not translated
    QJsonObject toJson() const;
    QString fullText() const; // message, hint and log tail for a message bar or a terminal
};

} // namespace hwb
