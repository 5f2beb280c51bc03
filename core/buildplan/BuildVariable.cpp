#include "BuildVariable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hwb {

namespace {
struct LayerName { VariableLayer layer; const char *id; const char *display; };
constexpr LayerName kLayers[] = {
    {VariableLayer::Default, "default", QT_TRANSLATE_NOOP("hwb::BuildVariable", "default")},
    {VariableLayer::Makefile, "makefile", QT_TRANSLATE_NOOP("hwb::BuildVariable", "Makefile")},
    {VariableLayer::Environment, "environment", QT_TRANSLATE_NOOP("hwb::BuildVariable", "environment")},
    {VariableLayer::Buildrc, "buildrc", QT_TRANSLATE_NOOP("hwb::BuildVariable", ".buildrc")},
    {VariableLayer::Profile, "profile", QT_TRANSLATE_NOOP("hwb::BuildVariable", "profile")},
    {VariableLayer::Override, "override", QT_TRANSLATE_NOOP("hwb::BuildVariable", "override")},
};
} // namespace

QString layerId(VariableLayer layer)
{
    for (const auto &l : kLayers)
        if (l.layer == layer)
            return QString::fromLatin1(l.id);
    return {};
}

std::optional<VariableLayer> layerFromId(const QString &id)
{
    for (const auto &l : kLayers)
        if (id == QLatin1String(l.id))
            return l.layer;
    return std::nullopt;
}

QString layerDisplayName(VariableLayer layer)
{
    for (const auto &l : kLayers)
        if (l.layer == layer)
            return QCoreApplication::translate("hwb::BuildVariable", l.display);
    return {};
}

QString leftForMakeNote(const QStringList &references)
{
    if (references.isEmpty())
        return {};
    return QCoreApplication::translate("hwb::BuildVariable", "make fills in %1").arg(references.join(QStringLiteral(", ")));
}

QJsonObject BuildVariable::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("value"), value},
                  {QStringLiteral("layer"), layerId(layer)}};
    if (!overridden.isEmpty()) {
        QJsonArray lower;
        for (VariableLayer l : overridden)
            lower.append(layerId(l));
        o.insert(QStringLiteral("overridden"), lower);
    }
    if (!leftForMake.isEmpty())
        o.insert(QStringLiteral("left_for_make"), QJsonArray::fromStringList(leftForMake));
    if (!applied)
        o.insert(QStringLiteral("applied"), false);
    return o;
}

void VariableLayerValues::set(const QString &name, const QString &value)
{
    for (auto &v : values) {
        if (v.first == name) {
            v.second = value;
            return;
        }
    }
    values.append({name, value});
}

std::optional<QString> VariableLayerValues::value(const QString &name) const
{
    for (const auto &v : values)
        if (v.first == name)
            return v.second;
    return std::nullopt;
}

bool VariableLayerValues::remove(const QString &name)
{
    return values.removeIf([&](const auto &v) { return v.first == name; }) > 0;
}

} // namespace hwb
