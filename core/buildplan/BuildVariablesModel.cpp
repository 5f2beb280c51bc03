#include "BuildVariablesModel.h"

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
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return v.name;
    case ValueColumn: return v.value;
    case LayerColumn: return layerDisplayName(v.layer);
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

} // namespace hwb
