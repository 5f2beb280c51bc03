#pragma once

#include "WasmModule.h"

#include <QMap>
#include <QStringList>

namespace hwb {

// What a proxy-wasm host looks at when it loads a module: the ABI version export, the entry point it
// calls first, the memory and allocator it writes into, and the proxy_on_* callbacks it may call.
struct ProxyWasmSurface
{
    QStringList abiVersions;    // "0_2_100", from proxy_abi_version_0_2_100, in export order
    QString entrypoint;         // "_initialize" (reactor), "_start" (command) or empty
    QString memoryExport;       // usually "memory"
    QString allocatorExport;    // proxy_on_memory_allocate or malloc
    QStringList callbacks;      // proxy_on_* exports
    QMap<QString, QStringList> importsByModule;

    // The newest ABI the module speaks, by proxy-wasm version order; empty without any.
    QString newestAbi() const;

    static ProxyWasmSurface of(const WasmModule &module);
    // Orders "0_2_1" < "0_2_100" numerically, part by part.
    static int compareAbi(const QString &a, const QString &b);
};

} // namespace hwb
