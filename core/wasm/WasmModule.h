#pragma once

#include <QList>
#include <QString>

namespace hwb {

enum class WasmExternalKind { Function, Table, Memory, Global, Tag };
QString externalKindName(WasmExternalKind kind); // "func", "table", "memory", "global", "tag"

struct WasmImport
{
    QString module;
    QString name;
    WasmExternalKind kind = WasmExternalKind::Function;
};

struct WasmExport
{
    QString name;
    WasmExternalKind kind = WasmExternalKind::Function;
    quint32 index = 0;
};

struct WasmSection
{
    quint8 id = 0;
    QString customName; // for custom sections (id 0)
    qsizetype offset = 0; // of the payload in the file
    qsizetype size = 0;
};

// What the section reader learned from a module. Lists are in file order.
struct WasmModule
{
    quint32 version = 0;
    QList<WasmSection> sections;
    QList<WasmImport> imports;
    QList<WasmExport> exports;
    quint32 functionCount = 0; // defined functions, not imports
    quint32 typeCount = 0;

    bool hasExport(const QString &name) const
    {
        for (const auto &e : exports)
            if (e.name == name)
                return true;
        return false;
    }
};

} // namespace hwb
