#include "ArtifactReport.h"

#include "ArtifactVerdict.h"

#include <QJsonArray>

namespace hwb {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject moduleJson(const GoModuleVersion &m)
{
    QJsonObject o{{QStringLiteral("path"), m.path}, {QStringLiteral("version"), m.version}};
    if (!m.replacePath.isEmpty())
        o.insert(QStringLiteral("replace"), QString(m.replacePath + QLatin1Char(' ') + m.replaceVersion).trimmed());
    return o;
}

QJsonObject producersJson(const QList<WasmProducerField> &fields)
{
    QJsonObject o;
    for (const auto &f : fields) {
        QJsonArray values;
        for (const auto &v : f.values)
            values.append(QString(v.first + QLatin1Char(' ') + v.second).trimmed());
        o.insert(f.name, values);
    }
    return o;
}

} // namespace

bool ArtifactReport::passed() const
{
    for (const auto &f : findings)
        if (f.severity == FindingSeverity::Error)
            return false;
    return true;
}

QString ArtifactReport::goVersion() const
{
    return toolchain.id == QLatin1String("go") ? toolchain.version : QString();
}

QJsonObject ArtifactReport::toJson() const
{
    QJsonArray imports, exports, findingArray, deps;
    for (const auto &i : module.imports)
        imports.append(QJsonObject{{QStringLiteral("module"), i.module}, {QStringLiteral("name"), i.name},
                                   {QStringLiteral("kind"), externalKindName(i.kind)}});
    for (const auto &e : module.exports)
        exports.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("kind"), externalKindName(e.kind)}});
    for (const auto &f : findings)
        findingArray.append(f.toJson());
    for (const auto &d : goBuildInfo.deps)
        deps.append(moduleJson(d));
    QJsonObject byModule;
    for (auto it = surface.importsByModule.begin(); it != surface.importsByModule.end(); ++it)
        byModule.insert(it.key(), QJsonArray::fromStringList(it.value()));
    const GoModuleVersion *sdk = goBuildInfo.proxyWasmSdk();
    const ArtifactVerdict verdict = ArtifactVerdict::of(*this);

    return {
        {QStringLiteral("file"), path},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("abi_versions"), QJsonArray::fromStringList(surface.abiVersions)},
        {QStringLiteral("entrypoint"), stringOrNull(surface.entrypoint)},
        {QStringLiteral("toolchain"), toolchain.id},
        {QStringLiteral("toolchain_version"), stringOrNull(toolchain.version)},
        {QStringLiteral("go_version"), stringOrNull(goVersion())},
        {QStringLiteral("go_path"), stringOrNull(goBuildInfo.path)},
        {QStringLiteral("build_settings"), goBuildInfo.settingsJson()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(goBuildInfo.tags())},
        {QStringLiteral("deps"), deps},
        {QStringLiteral("proxy_wasm_sdk"), sdk ? QJsonValue(moduleJson(*sdk)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("memory_export"), stringOrNull(surface.memoryExport)},
        {QStringLiteral("allocator"), stringOrNull(surface.allocatorExport)},
        {QStringLiteral("callbacks"), QJsonArray::fromStringList(surface.callbacks)},
        {QStringLiteral("imports"), imports},
        {QStringLiteral("imports_by_module"), byModule},
        {QStringLiteral("exports"), exports},
        {QStringLiteral("module_name"), stringOrNull(module.moduleName)},
        {QStringLiteral("producers"), producersJson(module.producers)},
        {QStringLiteral("data_segments"), QJsonObject{{QStringLiteral("active"), qint64(module.data.activeSegments)},
                                                      {QStringLiteral("passive"), qint64(module.data.passiveSegments)},
                                                      {QStringLiteral("bytes"), module.data.bytes}}},
        {QStringLiteral("gateway"), QJsonObject{{QStringLiteral("target"), stringOrNull(gatewayTarget)},
                                                {QStringLiteral("profile"), stringOrNull(gatewayProfile)}}},
        {QStringLiteral("expected_tags"), QJsonArray::fromStringList(expectedTags)},
        {QStringLiteral("plugin_dir"), stringOrNull(pluginDir)},
        {QStringLiteral("plugin_dir_inferred"), pluginDirInferred},
        {QStringLiteral("verdict"), passed() ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("verdict_kind"), ArtifactVerdict::kindId(verdict.kind)},
        {QStringLiteral("verdict_headline"), verdict.headline},
        {QStringLiteral("findings"), findingArray},
    };
}

} // namespace hwb
