#include "ProxyWasmSurface.h"

namespace hwb {

namespace {
const QLatin1String kAbiPrefix("proxy_abi_version_");
const QLatin1String kCallbackPrefix("proxy_on_");
}

ProxyWasmSurface ProxyWasmSurface::of(const WasmModule &module)
{
    ProxyWasmSurface s;
    bool hasInitialize = false;
    bool hasStart = false;
    for (const WasmExport &e : module.exports) {
        if (e.kind == WasmExternalKind::Memory) {
            if (s.memoryExport.isEmpty())
                s.memoryExport = e.name;
            continue;
        }
        if (e.kind != WasmExternalKind::Function)
            continue;
        if (e.name.startsWith(kAbiPrefix))
            s.abiVersions.append(e.name.mid(kAbiPrefix.size()));
        else if (e.name == QLatin1String("_initialize"))
            hasInitialize = true;
        else if (e.name == QLatin1String("_start"))
            hasStart = true;
        if (e.name == QLatin1String("proxy_on_memory_allocate")
            || (e.name == QLatin1String("malloc") && s.allocatorExport.isEmpty()))
            s.allocatorExport = e.name;
        if (e.name.startsWith(kCallbackPrefix) && e.name != QLatin1String("proxy_on_memory_allocate"))
            s.callbacks.append(e.name);
    }
    // A module with both is a reactor to the host: it runs _initialize and never calls _start.
    s.entrypoint = hasInitialize ? QStringLiteral("_initialize") : hasStart ? QStringLiteral("_start") : QString();
    for (const WasmImport &i : module.imports)
        s.importsByModule[i.module].append(i.name);
    return s;
}

int ProxyWasmSurface::compareAbi(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('_'));
    const QStringList pb = b.split(QLatin1Char('_'));
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const qlonglong x = pa.value(i).toLongLong();
        const qlonglong y = pb.value(i).toLongLong();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QString ProxyWasmSurface::newestAbi() const
{
    QString newest;
    for (const QString &v : abiVersions)
        if (newest.isEmpty() || compareAbi(v, newest) > 0)
            newest = v;
    return newest;
}

} // namespace hwb
