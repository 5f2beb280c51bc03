#pragma once

#include <QString>

namespace hwb::test {

// The offline gateway image: fake-envoy (Go, static) plus busybox-static in a rootfs, `docker import`ed
// with the real image's entrypoint. Tagged by content hash, so it is built once per change.
class FakeGatewayImage
{
public:
    static constexpr const char *kRepository = "hwb-test/fake-gateway";
    // Returns the image tag, or an empty string with *error.
    static QString ensure(const QString &docker, QString *error);
    // The docker bridge's gateway address, where host-gateway points; empty when unknown.
    static QString bridgeGateway(const QString &docker);
};

} // namespace hwb::test
