#include "BuildVariablesModel.h"

#include "BuildFlagMerger.h"

namespace hwb {

BuildVariablesModel::BuildVariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BuildVariablesModel::setVariables(const QList<BuildVariable> &variables)
{
    beginResetModel();
    m_variables = variables;
    endResetModel();
}

int BuildVariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int BuildVariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildVariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildVariable &v = m_variables.at(index.row());
    if (role == LayerIdRole)
        return layerId(v.layer);
    if (role == LeftForMakeRole)
        return v.leftForMake;
    if (role == AppliedRole)
        return v.applied;
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!v.overridden.isEmpty()) {
            QStringList lower;
            for (VariableLayer l : v.overridden)
                lower.append(layerDisplayName(l));
            lines.append(tr("Overrides: %1").arg(lower.join(QStringLiteral(", "))));
        }
        if (!v.leftForMake.isEmpty())
            lines.append(tr("make works out %1 when it runs (the Makefile computes it), so the value is shown as written.")
                             .arg(v.leftForMake.join(QStringLiteral(", "))));
        if (!v.applied)
            lines.append(tr("This build's mode does not use it: the value is shown, not applied."));
        if (v.layer == VariableLayer::Environment)
            lines.append(tr("The Makefile's default gives way to the environment the build runs in, as make's ?= does."));
        if (index.column() == ValueColumn && isEditable(v))
            lines.append(v.layer == VariableLayer::Override
                             ? tr("Set for the builds on this page only. Right-click to go back to the value below it.")
                             : tr("Double-click to change it for the builds on this page only."));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role == Qt::EditRole && index.column() == ValueColumn)
        return v.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return v.name;
    case ValueColumn: return v.value;
    case LayerColumn: return v.applied ? layerDisplayName(v.layer) : tr("%1 (not used)").arg(layerDisplayName(v.layer));
    }
    return {};
}

QVariant BuildVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Variable");
    case ValueColumn: return tr("Value");
    case LayerColumn: return tr("From");
    }
    return {};
}

Qt::ItemFlags BuildVariablesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && isEditable(m_variables.at(index.row())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BuildVariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const BuildVariable &v = m_variables.at(index.row());
    const QString text = value.toString();
    if (text == v.value)
        return false; // opening the editor and leaving it is not an override
    Q_EMIT overrideRequested(v.name, text);
    return true;
}

const BuildVariable *BuildVariablesModel::variableAt(int row) const
{
    return row >= 0 && row < m_variables.size() ? &m_variables.at(row) : nullptr;
}

bool BuildVariablesModel::isEditable(const BuildVariable &variable)
{
    // PLUGIN_NAME names the plugin the page builds: another plugin is selected in the list, not typed here. A value
    // the mode does not use is no use to change, unless it is this page's override, to take back.
    if (variable.layer == VariableLayer::Override)
        return variable.name != BuildFlagMerger::kExtraTags;
    return variable.name != BuildFlagMerger::kExtraTags && variable.name != QLatin1String("PLUGIN_NAME") && variable.applied;
}

} // namespace hwb
