#include "GoBuildInfo.h"

namespace hwb {

namespace {

constexpr int kMaxLines = 10000;

// Go quotes a build setting with strconv.Quote when it contains spaces, tabs, quotes or '='.
QString unquote(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(QLatin1Char('"')) || !value.endsWith(QLatin1Char('"')))
        return value;
    QString out;
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size() - 1)
            ++i;
        out.append(value.at(i));
    }
    return out;
}

GoModuleVersion moduleFrom(const QStringList &fields)
{
    return {fields.value(1), fields.value(2), fields.value(3), {}, {}};
}

} // namespace

QString GoBuildInfo::setting(const QString &key) const
{
    for (const auto &kv : settings)
        if (kv.first == key)
            return kv.second;
    return {};
}

QStringList GoBuildInfo::tags() const
{
    return setting(QStringLiteral("-tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

const GoModuleVersion *GoBuildInfo::proxyWasmSdk() const
{
    for (const auto &dep : deps)
        if (dep.path.endsWith(QLatin1String("/proxy-wasm-go-sdk")))
            return &dep;
    return nullptr;
}

QJsonObject GoBuildInfo::settingsJson() const
{
    QJsonObject object;
    for (const auto &kv : settings)
        object.insert(kv.first, kv.second);
    return object;
}

GoBuildInfo GoBuildInfo::parse(QByteArrayView modinfo)
{
    GoBuildInfo info;
    const QStringList lines = QString::fromUtf8(modinfo).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    qsizetype lastDep = -2; // -1: the main module; "=>" lines replace the module just before them
    for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), kMaxLines); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        const QString &kind = fields.first();
        if (kind == QLatin1String("path")) {
            info.path = fields.value(1);
        } else if (kind == QLatin1String("mod")) {
            info.main = moduleFrom(fields);
            lastDep = -1;
        } else if (kind == QLatin1String("dep")) {
            info.deps.append(moduleFrom(fields));
            lastDep = info.deps.size() - 1;
        } else if (kind == QLatin1String("=>") && lastDep >= -1) {
            GoModuleVersion &replaced = lastDep == -1 ? info.main : info.deps[lastDep];
            replaced.replacePath = fields.value(1);
            replaced.replaceVersion = fields.value(2);
        } else if (kind == QLatin1String("build") && fields.size() >= 2) {
            const QString setting = fields.mid(1).join(QLatin1Char('\t'));
            const qsizetype eq = setting.indexOf(QLatin1Char('='));
            if (eq > 0)
                info.settings.append({unquote(setting.left(eq)), unquote(setting.mid(eq + 1))});
        }
    }
    return info;
}

} // namespace hwb
