#pragma once

#include "WasmModule.h"

#include <QByteArrayView>

namespace hwb {

// Finds Go's build information in the bytes of one data segment.
//
// Go >= 1.18 keeps two copies of it. runtime.modinfo is a string framed by two fixed 16-byte sentinels;
// that is what Go's wasm linker emits (verified with go1.24 and go1.26: there is no buildinfo header in
// wasm output). Native linkers also write a 32-byte header, "\xff Go buildinf:", pointer size, flags
// (bit 1 = strings inline), padding, then uvarint-prefixed version and modinfo strings. Both are
// recognised; neither is trusted beyond the bytes of the segment.
class GoBuildInfoLocator
{
public:
    static constexpr qsizetype kMaxModInfo = 1 << 20; // far above any real go.sum-sized dependency list

    // Fills module.goModInfo / goBuildInfoVersion when found; true once modinfo is known.
    static bool scan(QByteArrayView segment, WasmModule &module);

private:
    static bool scanModInfoSentinels(QByteArrayView segment, WasmModule &module);
    static void scanHeader(QByteArrayView segment, WasmModule &module);
};

} // namespace hwb
