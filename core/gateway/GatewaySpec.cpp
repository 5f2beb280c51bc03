#include "GatewaySpec.h"

namespace hwb {

QString GatewaySpec::defaultImage(const QString &version)
{
    return QStringLiteral("higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/gateway:") + version;
}

} // namespace hwb
