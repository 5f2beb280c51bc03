#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
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

// One field of the `producers` custom section, e.g. "language" -> [("Go", "go1.24.4")].
struct WasmProducerField
{
    QString name;
    QList<QPair<QString, QString>> values; // (name, version)
};

// Data segments are only counted; their bytes are searched for Go's build info while reading.
struct WasmDataStats
{
    quint32 activeSegments = 0;
    quint32 passiveSegments = 0;
    qint64 bytes = 0;
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
    WasmDataStats data;
    QString moduleName;                  // from the `name` section, often empty
    QList<WasmProducerField> producers;  // from the `producers` section
    bool nameSectionMentionsTinyGo = false; // TinyGo runtime symbols such as tinygo_unwind
    QByteArray goModInfo;                // Go's runtime.modinfo text, sentinels stripped; empty if none
    QString goBuildInfoVersion;          // from a "\xff Go buildinf:" header, when a linker wrote one

    bool hasCustomSection(const QString &name) const
    {
        for (const auto &s : sections)
            if (s.id == 0 && s.customName == name)
                return true;
        return false;
    }

    bool hasExport(const QString &name) const
    {
        for (const auto &e : exports)
            if (e.name == name)
                return true;
        return false;
    }
};

} // namespace hwb
