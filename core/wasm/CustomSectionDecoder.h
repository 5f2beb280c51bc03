#pragma once

#include "ByteCursor.h"
#include "WasmModule.h"

namespace hwb {

// Decodes the custom sections the inspector uses. Custom sections are optional metadata: a damaged
// one is ignored rather than failing the whole module, as engines do.
class CustomSectionDecoder
{
public:
    static constexpr int kMaxProducerEntries = 32;

    static void decode(const QString &name, ByteCursor payload, WasmModule &module);

private:
    static void decodeNames(ByteCursor payload, WasmModule &module);
    static void decodeProducers(ByteCursor payload, WasmModule &module);
};

} // namespace hwb
