#include "ArtifactContent.h"

#include <QDataStream>
#include <QIODevice>

namespace hwb {

namespace {

// Bumped whenever WasmModule or this layout changes: an older row is then inspected again, not misread.
constexpr quint32 kFormat = 1;

template<typename Item, typename Write>
void writeList(QDataStream &out, const QList<Item> &items, Write write)
{
    out << quint32(items.size());
    for (const Item &item : items)
        write(item);
}

template<typename Item, typename Read>
bool readList(QDataStream &in, QList<Item> &items, Read read)
{
    quint32 count = 0;
    in >> count;
    // A damaged count must not make us allocate gigabytes: each item takes at least one byte.
    if (in.status() != QDataStream::Ok || count > quint32(in.device()->bytesAvailable()))
        return false;
    items.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        items.append(read());
    return in.status() == QDataStream::Ok;
}

quint8 kindByte(WasmExternalKind kind)
{
    return quint8(kind);
}

// Damage shows as values no writer gives, which are refused rather than read as something else.
void readKind(QDataStream &in, WasmExternalKind &kind)
{
    quint8 byte = 0;
    in >> byte;
    if (byte > quint8(WasmExternalKind::Tag))
        in.setStatus(QDataStream::ReadCorruptData);
    kind = WasmExternalKind(byte);
}

void readFlag(QDataStream &in, bool &flag)
{
    quint8 byte = 0;
    in >> byte;
    if (byte > 1)
        in.setStatus(QDataStream::ReadCorruptData);
    flag = byte == 1;
}

} // namespace

QByteArray ArtifactContent::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kFormat << identity.device << identity.inode << identity.size << identity.mtimeNs << identity.ctimeNs << sha256;
    const WasmModule &m = module;
    out << m.version << m.functionCount << m.typeCount << m.data.activeSegments << m.data.passiveSegments << m.data.bytes
        << m.moduleName << m.nameSectionMentionsTinyGo << m.goModInfo << m.goBuildInfoVersion;
    writeList(out, m.sections, [&](const WasmSection &s) { out << s.id << s.customName << qint64(s.offset) << qint64(s.size); });
    writeList(out, m.imports, [&](const WasmImport &i) { out << i.module << i.name << kindByte(i.kind); });
    writeList(out, m.exports, [&](const WasmExport &e) { out << e.name << kindByte(e.kind) << e.index; });
    writeList(out, m.producers, [&](const WasmProducerField &f) {
        out << f.name;
        writeList(out, f.values, [&](const QPair<QString, QString> &v) { out << v.first << v.second; });
    });
    return bytes;
}

std::optional<ArtifactContent> ArtifactContent::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    in >> format;
    if (format != kFormat)
        return std::nullopt;
    ArtifactContent c;
    in >> c.identity.device >> c.identity.inode >> c.identity.size >> c.identity.mtimeNs >> c.identity.ctimeNs >> c.sha256;
    WasmModule &m = c.module;
    in >> m.version >> m.functionCount >> m.typeCount >> m.data.activeSegments >> m.data.passiveSegments >> m.data.bytes
        >> m.moduleName;
    readFlag(in, m.nameSectionMentionsTinyGo);
    in >> m.goModInfo >> m.goBuildInfoVersion;
    const bool ok = readList(in, m.sections, [&] {
        WasmSection s;
        qint64 offset = 0, size = 0;
        in >> s.id >> s.customName >> offset >> size;
        s.offset = qsizetype(offset);
        s.size = qsizetype(size);
        return s;
    }) && readList(in, m.imports, [&] {
        WasmImport i;
        in >> i.module >> i.name;
        readKind(in, i.kind);
        return i;
    }) && readList(in, m.exports, [&] {
        WasmExport e;
        in >> e.name;
        readKind(in, e.kind);
        in >> e.index;
        return e;
    }) && readList(in, m.producers, [&] {
        WasmProducerField f;
        in >> f.name;
        readList(in, f.values, [&] {
            QPair<QString, QString> v;
            in >> v.first >> v.second;
            return v;
        });
        return f;
    });
    if (!ok || in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return c;
}

} // namespace hwb
