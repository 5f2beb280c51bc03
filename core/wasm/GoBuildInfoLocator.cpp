#include "GoBuildInfoLocator.h"

#include "ByteCursor.h"

namespace hwb {

namespace {

// cmd/go/internal/modload: infoStart / infoEnd framing of runtime.modinfo.
const QByteArrayView kInfoStart("\x30\x77\xaf\x0c\x92\x74\x08\x02\x41\xe1\xc1\x07\xe6\xd6\x18\xe6", 16);
const QByteArrayView kInfoEnd("\xf9\x32\x43\x31\x86\x18\x20\x72\x00\x82\x42\x10\x41\x16\xd8\xf2", 16);
const QByteArrayView kHeaderMagic("\xff Go buildinf:", 14);
constexpr qsizetype kHeaderSize = 32;
constexpr quint8 kFlagInlineStrings = 0x2;

QByteArrayView stripSentinels(QByteArrayView modinfo)
{
    if (modinfo.size() >= 33 && modinfo.startsWith(kInfoStart) && modinfo.endsWith(kInfoEnd))
        return modinfo.sliced(16, modinfo.size() - 32);
    return modinfo;
}

} // namespace

bool GoBuildInfoLocator::scan(QByteArrayView segment, WasmModule &module)
{
    if (module.goBuildInfoVersion.isEmpty())
        scanHeader(segment, module);
    return !module.goModInfo.isEmpty() || scanModInfoSentinels(segment, module);
}

bool GoBuildInfoLocator::scanModInfoSentinels(QByteArrayView segment, WasmModule &module)
{
    const qsizetype start = segment.indexOf(kInfoStart);
    if (start < 0)
        return false;
    const qsizetype textStart = start + kInfoStart.size();
    const QByteArrayView window = segment.sliced(textStart, qMin(segment.size() - textStart, kMaxModInfo));
    const qsizetype end = window.indexOf(kInfoEnd);
    if (end < 0)
        return false;
    module.goModInfo = window.first(end).toByteArray();
    return true;
}

void GoBuildInfoLocator::scanHeader(QByteArrayView segment, WasmModule &module)
{
    const qsizetype at = segment.indexOf(kHeaderMagic);
    if (at < 0 || segment.size() - at < kHeaderSize)
        return;
    const quint8 flags = quint8(segment[at + kHeaderMagic.size() + 1]);
    if (!(flags & kFlagInlineStrings))
        return; // pre-1.18 layout: pointers into memory we do not map
    ByteCursor c(segment.sliced(at + kHeaderSize));
    const auto versionLength = c.varU32();
    const auto version = versionLength ? c.bytes(qsizetype(*versionLength)) : std::nullopt;
    if (!version || version->size() > 64)
        return;
    module.goBuildInfoVersion = QString::fromUtf8(*version);
    const auto infoLength = c.varU32();
    if (!infoLength || qsizetype(*infoLength) > kMaxModInfo)
        return;
    if (const auto info = c.bytes(qsizetype(*infoLength)); info && module.goModInfo.isEmpty())
        module.goModInfo = stripSentinels(*info).toByteArray();
}

} // namespace hwb
