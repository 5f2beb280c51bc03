#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace hwb {

// Where a build variable's value came from. The order is the precedence: a later layer wins.
// `Default` holds what the workbench itself knows (the selected plugin, the located tools, GOOS/GOARCH);
// see BuildFlagMerger for why some defaults beat the Makefile. `Environment` is a Makefile `?=` default that the
// environment the build runs in already sets: make takes the environment's value then, and so does the plan.
enum class VariableLayer { Default, Makefile, Environment, Buildrc, Profile, Override };

QString layerId(VariableLayer layer); // "default", "makefile", "environment", "buildrc", "profile", "override"
std::optional<VariableLayer> layerFromId(const QString &id);
QString layerDisplayName(VariableLayer layer); // translated
// "make fills in IMAGE_TAG", translated, for BuildVariable::leftForMake; empty when there is nothing to fill in.
QString leftForMakeNote(const QStringList &references);

struct BuildVariable
{
    QString name;
    QString value;
    VariableLayer layer = VariableLayer::Default;
    QList<VariableLayer> overridden; // lower layers that also set it, lowest first
    // References no layer defines, left as written for make to expand when it runs: mostly variables the Makefile
    // computes (IMAGE_TAG from $(shell date) and git), which the workbench does not run make to learn.
    QStringList leftForMake;
    // False when the plan's mode does nothing with it (the go mode and the Makefile's BUILDER, a custom command that
    // never says ${NAME}); BuildPlanner says so, and refuses a --set that would do nothing.
    bool applied = true;

    QJsonObject toJson() const; // {name, value, layer, overridden?, left_for_make?, applied? (only when false)}
};

// A named list of values from one layer, in the order the layer gave them.
struct VariableLayerValues
{
    VariableLayer layer = VariableLayer::Default;
    QList<std::pair<QString, QString>> values;

    void set(const QString &name, const QString &value);
    std::optional<QString> value(const QString &name) const;
    bool remove(const QString &name); // false when it was not there
};

} // namespace hwb
