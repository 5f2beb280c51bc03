#include "CustomSectionDecoder.h"

namespace hwb {

void CustomSectionDecoder::decode(const QString &name, ByteCursor payload, WasmModule &module)
{
    if (name == QLatin1String("name"))
        decodeNames(payload, module);
    else if (name == QLatin1String("producers"))
        decodeProducers(payload, module);
}

void CustomSectionDecoder::decodeNames(ByteCursor payload, WasmModule &module)
{
    // TinyGo leaves its runtime's own symbols in the function names; searching the raw subsection is
    // enough and cheaper than decoding thousands of names.
    if (const auto all = ByteCursor(payload).bytes(payload.remaining()))
        module.nameSectionMentionsTinyGo = all->indexOf(QByteArrayView("tinygo_")) >= 0;
    while (!payload.atEnd()) {
        const auto id = payload.u8();
        const auto size = payload.varU32();
        auto sub = size ? payload.sub(qsizetype(*size)) : std::nullopt;
        if (!id || !sub)
            return;
        if (*id == 0) { // module name subsection
            if (const auto moduleName = sub->name())
                module.moduleName = *moduleName;
            return;
        }
    }
}

void CustomSectionDecoder::decodeProducers(ByteCursor payload, WasmModule &module)
{
    const auto fieldCount = payload.varU32();
    if (!fieldCount)
        return;
    QList<WasmProducerField> fields;
    for (quint32 i = 0; i < qMin<quint32>(*fieldCount, kMaxProducerEntries); ++i) {
        WasmProducerField field;
        const auto name = payload.name();
        const auto valueCount = payload.varU32();
        if (!name || !valueCount)
            return;
        field.name = *name;
        for (quint32 v = 0; v < qMin<quint32>(*valueCount, kMaxProducerEntries); ++v) {
            const auto value = payload.name();
            const auto version = payload.name();
            if (!value || !version)
                return;
            field.values.append({*value, *version});
        }
        fields.append(field);
    }
    module.producers = fields;
}

} // namespace hwb
