// libFuzzer target over the wasm reader and the artifact rules: any bytes must give a report, never a crash,
// an out-of-bounds read or undefined behaviour.
#include "wasm/ArtifactInspector.h"
#include "wasm/GoBuildInfo.h"

#include <QByteArrayView>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    hwb::ArtifactInspector::Options options;
    options.expectTags = {QStringLiteral("proxy_wasm_version_0_2_100")};
    options.gatewayVersion = QStringLiteral("2.0.4");
    const hwb::ArtifactReport report = hwb::ArtifactInspector::inspectBytes(bytes, options);
    (void)report.toJson();
    // The modinfo text parser also sees raw input directly, so line-level fuzzing does not need a valid module.
    (void)hwb::GoBuildInfo::parse(bytes).settingsJson();
    return 0;
}
