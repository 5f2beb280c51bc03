// libFuzzer target over the history's remembered artifact content (ArtifactContent::fromBytes): the history file
// is the user's and may be damaged. Any bytes must be refused or give a content that judges without a crash and
// writes back to the same bytes.
#include "wasm/ArtifactContent.h"
#include "wasm/ArtifactInspector.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto content = hwb::ArtifactContent::fromBytes(bytes);
    if (!content)
        return 0;
    if (content->toBytes() != bytes)
        std::abort();
    hwb::ArtifactInspector::Options options;
    options.expectTags = {QStringLiteral("proxy_wasm_version_0_2_100")};
    (void)hwb::ArtifactInspector::inspectKnown(*content, QStringLiteral("/nonexistent/main.wasm"), options).toJson();
    return 0;
}
