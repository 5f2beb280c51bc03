#pragma once

#include <QByteArray>
#include <QList>

// A minimal wasm module builder for hand-made test inputs (real modules come from real Go builds).
namespace hwb::test::wasm {

inline QByteArray leb(quint32 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        out.append(char(b));
    } while (v);
    return out;
}
inline QByteArray name(const QByteArray &s) { return leb(quint32(s.size())) + s; }
inline QByteArray section(quint8 id, const QByteArray &payload)
{
    return QByteArray(1, char(id)) + leb(quint32(payload.size())) + payload;
}
inline QByteArray customSection(const QByteArray &sectionName, const QByteArray &payload)
{
    return section(0, name(sectionName) + payload);
}
inline const QByteArray kHeader("\0asm\x01\0\0\0", 8);

struct Import { QByteArray module, field; };
struct Export { QByteArray field; char kind; };

inline QByteArray importSection(const QList<Import> &imports)
{
    QByteArray p = leb(quint32(imports.size()));
    for (const auto &i : imports)
        p += name(i.module) + name(i.field) + '\0' + leb(0);
    return section(2, p);
}
inline QByteArray exportSection(const QList<Export> &exports)
{
    QByteArray p = leb(quint32(exports.size()));
    for (qsizetype i = 0; i < exports.size(); ++i)
        p += name(exports[i].field) + exports[i].kind + leb(quint32(i));
    return section(7, p);
}
// One active segment at address 16 holding Go's runtime.modinfo between its sentinels.
inline QByteArray goModInfoDataSection(const QByteArray &modinfo)
{
    const QByteArray start = QByteArray::fromHex("3077af0c9274080241e1c107e6d618e6");
    const QByteArray end = QByteArray::fromHex("f932433186182072008242104116d8f2");
    const QByteArray segment = "runtime" + start + modinfo + end;
    return section(11, leb(1) + '\0' + "\x41\x10\x0b" + name(segment));
}

} // namespace hwb::test::wasm
