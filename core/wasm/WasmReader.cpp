#include "WasmReader.h"

#include "ByteCursor.h"
#include "CustomSectionDecoder.h"
#include "GoBuildInfoLocator.h"

#include "common/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>

namespace hwb {

QString externalKindName(WasmExternalKind kind)
{
    switch (kind) {
    case WasmExternalKind::Function: return QStringLiteral("func");
    case WasmExternalKind::Table: return QStringLiteral("table");
    case WasmExternalKind::Memory: return QStringLiteral("memory");
    case WasmExternalKind::Global: return QStringLiteral("global");
    case WasmExternalKind::Tag: return QStringLiteral("tag");
    }
    return {};
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::WasmReader", text);
}

constexpr quint8 kCustomSection = 0;
constexpr quint8 kTypeSection = 1;
constexpr quint8 kImportSection = 2;
constexpr quint8 kFunctionSection = 3;
constexpr quint8 kExportSection = 7;
constexpr quint8 kDataSection = 11;
constexpr int kMaxConstExprOps = 16; // real offsets are one instruction; extended-const allows a few

class SectionParser
{
public:
    explicit SectionParser(WasmReader::Result &result) : m_result(result) {}

    bool parseImports(ByteCursor c)
    {
        const auto count = c.varU32();
        if (!count)
            return false;
        for (quint32 i = 0; i < *count; ++i) {
            WasmImport imp;
            const auto module = c.name();
            const auto name = c.name();
            const auto kind = c.u8();
            if (!module || !name || !kind || !skipImportDescriptor(c, *kind))
                return false;
            imp.module = *module;
            imp.name = *name;
            imp.kind = WasmExternalKind(*kind);
            m_result.module.imports.append(imp);
        }
        return true;
    }

    bool parseExports(ByteCursor c)
    {
        const auto count = c.varU32();
        if (!count)
            return false;
        for (quint32 i = 0; i < *count; ++i) {
            const auto name = c.name();
            const auto kind = c.u8();
            const auto index = c.varU32();
            if (!name || !kind || !index || *kind > 4)
                return false;
            m_result.module.exports.append({*name, WasmExternalKind(*kind), *index});
        }
        return true;
    }

    // Active segments (flags 0 and 2) carry an offset expression; passive ones (flag 1) do not.
    bool parseData(ByteCursor c)
    {
        const auto count = c.varU32();
        if (!count)
            return false;
        WasmModule &module = m_result.module;
        bool haveGoInfo = false;
        for (quint32 i = 0; i < *count; ++i) {
            const auto flags = c.varU32();
            if (!flags || *flags > 2)
                return false;
            if (*flags == 2 && !c.varU32())
                return false;
            if (*flags != 1 && !skipConstExpr(c))
                return false;
            const auto size = c.varU32();
            const auto bytes = size ? c.bytes(qsizetype(*size)) : std::nullopt;
            if (!bytes)
                return false;
            (*flags == 1 ? module.data.passiveSegments : module.data.activeSegments)++;
            module.data.bytes += bytes->size();
            if (!haveGoInfo)
                haveGoInfo = GoBuildInfoLocator::scan(*bytes, module);
        }
        return true;
    }

private:
    static bool skipConstExpr(ByteCursor &c)
    {
        for (int i = 0; i < kMaxConstExprOps; ++i) {
            const auto op = c.u8();
            if (!op)
                return false;
            switch (*op) {
            case 0x0b: return true;                                  // end
            case 0x41: case 0x42: if (!c.varS64()) return false; break; // i32/i64.const
            case 0x23: if (!c.varU32()) return false; break;          // global.get
            case 0x6a: case 0x6b: case 0x6c: case 0x7c: case 0x7d: case 0x7e: break; // extended const
            default: return false;
            }
        }
        return false;
    }

    static bool skipLimits(ByteCursor &c)
    {
        const auto flags = c.u8();
        if (!flags || !c.varU32())
            return false;
        return !(*flags & 1) || c.varU32().has_value();
    }

    static bool skipImportDescriptor(ByteCursor &c, quint8 kind)
    {
        switch (kind) {
        case 0: return c.varU32().has_value();               // function: type index
        case 1: return c.u8().has_value() && skipLimits(c);  // table: reftype + limits
        case 2: return skipLimits(c);                        // memory
        case 3: return c.u8().has_value() && c.u8().has_value(); // global: valtype + mutability
        case 4: return c.u8().has_value() && c.varU32().has_value(); // tag
        default: return false;
        }
    }

    WasmReader::Result &m_result;
};

} // namespace

WasmReader::Result WasmReader::read(QByteArrayView bytes)
{
    Result result;
    ByteCursor c(bytes);
    const auto magic = c.u32le();
    if (!magic || *magic != 0x6d736100u) { // "\0asm"
        result.error = {ErrorCode::NotWasm, tr("Not a WebAssembly module: the file does not start with \\0asm."), 0};
        return result;
    }
    const auto version = c.u32le();
    if (!version) {
        result.error = {ErrorCode::Truncated, tr("The file ends inside the wasm header."), c.offset()};
        return result;
    }
    result.module.version = *version;
    if (*version != 1) {
        result.error = {ErrorCode::NotWasm, tr("Unsupported wasm binary version %1.").arg(*version), 4};
        return result;
    }

    SectionParser parser(result);
    while (!c.atEnd()) {
        const qsizetype sectionStart = c.offset();
        const auto id = c.u8();
        const auto size = c.varU32();
        if (!id || !size) {
            // Running out of bytes is truncation; a LEB128 longer than five bytes is a corrupt header.
            result.error = c.atEnd()
                ? Error{ErrorCode::Truncated, tr("The file ends inside a section header."), sectionStart}
                : Error{ErrorCode::Malformed, tr("Corrupt section header at offset %1.").arg(sectionStart),
                        sectionStart};
            return result;
        }
        if (qsizetype(*size) > c.remaining()) {
            result.error = {ErrorCode::Truncated,
                            tr("Section %1 at offset %2 claims %3 bytes but only %4 remain: the file is truncated.")
                                .arg(*id).arg(sectionStart).arg(*size).arg(c.remaining()),
                            sectionStart};
            return result;
        }
        WasmSection section{*id, {}, c.offset(), qsizetype(*size)};
        ByteCursor payload = *c.sub(qsizetype(*size));
        bool ok = true;
        switch (*id) {
        case kCustomSection:
            if (const auto name = payload.name()) {
                section.customName = *name;
                CustomSectionDecoder::decode(*name, payload, result.module);
            } else
                ok = false;
            break;
        case kTypeSection:
            if (const auto n = payload.varU32())
                result.module.typeCount = *n;
            else
                ok = false;
            break;
        case kImportSection:
            ok = parser.parseImports(payload);
            break;
        case kFunctionSection:
            if (const auto n = payload.varU32())
                result.module.functionCount = *n;
            else
                ok = false;
            break;
        case kExportSection:
            ok = parser.parseExports(payload);
            break;
        case kDataSection:
            ok = parser.parseData(payload);
            break;
        default:
            break;
        }
        result.module.sections.append(section);
        if (!ok) {
            result.error = {ErrorCode::Malformed,
                            tr("Section %1 at offset %2 is malformed.").arg(*id).arg(sectionStart), sectionStart};
            return result;
        }
    }
    return result;
}

WasmReader::Result WasmReader::readFile(const QString &path)
{
    QFile file(path);
    if (const QString refusal = BoundedFile::open(file, BoundedFile::kModuleLimit); !refusal.isEmpty()) {
        Result r;
        r.error = {ErrorCode::Unreadable, tr("Cannot open %1: %2").arg(path, refusal), 0};
        return r;
    }
    // Mapping avoids a copy of large modules; the reader never writes.
    const qint64 size = file.size();
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr)
        return read(QByteArrayView(reinterpret_cast<const char *>(mapped), size));
    return read(file.readAll());
}

} // namespace hwb
