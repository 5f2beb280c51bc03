#include "ToolchainDetector.h"

namespace hwb {

namespace {

// The first (name, version) of a producers field whose name contains needle.
const QPair<QString, QString> *producer(const WasmModule &module, QLatin1String field, QLatin1String needle)
{
    for (const auto &f : module.producers) {
        if (f.name != field)
            continue;
        for (const auto &value : f.values)
            if (value.first.contains(needle, Qt::CaseInsensitive))
                return &value;
    }
    return nullptr;
}

} // namespace

Toolchain ToolchainDetector::detect(const WasmModule &module)
{
    const QLatin1String language("language");
    const QLatin1String processedBy("processed-by");
    if (const auto *p = producer(module, processedBy, QLatin1String("tinygo")))
        return {QStringLiteral("tinygo"), p->second, QStringLiteral("Go")};
    if (module.nameSectionMentionsTinyGo)
        return {QStringLiteral("tinygo"), {}, QStringLiteral("Go")};

    const auto *goLanguage = producer(module, language, QLatin1String("Go"));
    if (goLanguage || !module.goModInfo.isEmpty() || module.hasCustomSection(QStringLiteral("go:buildid"))) {
        const QString version = goLanguage ? goLanguage->second : module.goBuildInfoVersion;
        return {QStringLiteral("go"), version, QStringLiteral("Go")};
    }

    const auto *firstLanguage = producer(module, language, QLatin1String(""));
    const QString languageName = firstLanguage ? firstLanguage->first : QString();
    if (const auto *p = producer(module, processedBy, QLatin1String("rustc")))
        return {QStringLiteral("rust"), p->second, languageName};
    if (producer(module, language, QLatin1String("Rust")))
        return {QStringLiteral("rust"), {}, languageName};
    if (const auto *p = producer(module, processedBy, QLatin1String("clang")))
        return {QStringLiteral("clang"), p->second, languageName};
    return {QStringLiteral("unknown"), {}, languageName};
}

} // namespace hwb
