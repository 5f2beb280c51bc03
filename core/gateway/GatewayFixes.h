#pragma once

#include "ContainerEngine.h"
#include "GatewayError.h"
#include "common/FrontEnd.h"

#include <QString>

namespace hwb {

// The fixes of gateway failures, in the words of the front end that shows them: the window's gateway profile, or
// hwb's options. GatewayController and `hwb gateway status|logs` word the failures themselves through here, once.
namespace GatewayFixes {

QString engineMissing(FrontEnd front);
// heldBy: the plugin whose managed gateway holds the port; empty when another program does. otherWorkspace: that
// gateway's workspace when it is not the one being started from (a `down` here would not reach it).
QString portBusy(FrontEnd front, const QString &heldBy = {}, const QString &otherWorkspace = {});

GatewayError imageMissing(const QString &program, const QString &image);

// What a failed container-engine command means: the engine cannot run, its daemon is down, a port is taken, the
// image is missing; otherwise `fallback` with "<what> failed: <the engine's first error line>".
GatewayError engineFailure(const ContainerEngine::Result &result, const QString &program, const QString &image,
                           FrontEnd front, GatewayError::Code fallback, const QString &what);

} // namespace GatewayFixes
} // namespace hwb
