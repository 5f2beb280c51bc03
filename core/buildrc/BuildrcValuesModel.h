#pragma once

#include "BuildrcEvaluator.h"

#include <QAbstractTableModel>

namespace hwb {

// The keys of a .buildrc as a table: key, value (or "unknown"), and help or the reason it is unknown.
// Editing a value does not change the model: it asks for the edit (valueEditRequested), the owner applies it
// to the BuildrcDocument and feeds the new evaluation back, so text and table never disagree.
class BuildrcValuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role { KnownRole = Qt::UserRole + 1, LineRole, KeyRole };

    explicit BuildrcValuesModel(QObject *parent = nullptr);

    void setEvaluation(const BuildrcEvaluation &evaluation);
    QStringList keys() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void valueEditRequested(const QString &key, const QString &value);

private:
    struct Row
    {
        QString key;
        std::optional<QString> value;
        int line = 0;
        QString note;
    };
    QList<Row> m_rows;
};

} // namespace hwb
