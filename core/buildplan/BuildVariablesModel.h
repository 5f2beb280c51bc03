#pragma once

#include "BuildPlan.h"

#include <QAbstractTableModel>

namespace hwb {

// The flags table of the Build page: every variable of a plan with the layer it came from.
class BuildVariablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, LayerColumn, ColumnCount };
    enum Role {
        LayerIdRole = Qt::UserRole + 1,
        LeftForMakeRole, // QStringList: the references in the value that only make works out (BuildVariable::leftForMake)
    };

    explicit BuildVariablesModel(QObject *parent = nullptr);
    void setVariables(const QList<BuildVariable> &variables);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BuildVariable> m_variables;
};

} // namespace hwb
