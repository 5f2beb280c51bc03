#pragma once

#include "BuildPlan.h"

#include <QAbstractTableModel>

namespace hwb {

// The flags table of the Build page: every variable of a plan with the layer it came from. Editing a value asks for
// a one-off override (overrideRequested); the page replans with it, and the row then shows the override layer.
// EXTRA_TAGS is not edited here: it merges as a set, and the page's tag editor adds or removes single tags.
class BuildVariablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, LayerColumn, ColumnCount };
    enum Role {
        LayerIdRole = Qt::UserRole + 1,
        LeftForMakeRole, // QStringList: the references in the value that only make works out (BuildVariable::leftForMake)
        AppliedRole,     // bool: the mode uses the value (BuildVariable::applied)
    };

    explicit BuildVariablesModel(QObject *parent = nullptr);
    void setVariables(const QList<BuildVariable> &variables);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const BuildVariable *variableAt(int row) const;

Q_SIGNALS:
    void overrideRequested(const QString &name, const QString &value);

private:
    static bool isEditable(const BuildVariable &variable);

    QList<BuildVariable> m_variables;
};

} // namespace hwb
