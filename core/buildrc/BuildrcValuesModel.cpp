#include "BuildrcValuesModel.h"

#include "BuildrcKeys.h"

#include <QCoreApplication>

namespace hwb {

BuildrcValuesModel::BuildrcValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BuildrcValuesModel::setEvaluation(const BuildrcEvaluation &evaluation)
{
    QList<Row> rows;
    auto rowOf = [&](const QString &key) -> Row & {
        for (Row &r : rows)
            if (r.key == key)
                return r;
        rows.append(Row{key, std::nullopt, 0, {}});
        return rows.last();
    };
    for (const BuildrcAssignment &a : evaluation.assignments)
        rowOf(a.key).line = a.line; // the last assignment wins, as in the shell
    for (const QString &key : evaluation.unknownKeys)
        rowOf(key);
    for (Row &r : rows) {
        const auto it = evaluation.values.constFind(r.key);
        if (it != evaluation.values.cend())
            r.value = *it;
        QString note;
        if (!r.value) {
            for (const BuildrcDiagnostic &d : evaluation.diagnostics)
                if (d.key == r.key && d.severity != BuildrcDiagnostic::Severity::Info) {
                    note = d.message;
                    break;
                }
            if (note.isEmpty() && evaluation.stopped)
                note = tr("Unknown: evaluation stopped at line %1.").arg(evaluation.stopLine);
        }
        r.note = note.isEmpty() ? BuildrcKeys::help(r.key) : note;
        if (r.note.isEmpty())
            r.note = tr("Not a key the Higress build reads.");
    }
    const bool sameKeys = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.key == b.key; });
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList BuildrcValuesModel::keys() const
{
    QStringList list;
    for (const Row &r : m_rows)
        list.append(r.key);
    return list;
}

int BuildrcValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildrcValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildrcValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return r.key;
        if (index.column() == ValueColumn)
            return r.value ? *r.value : tr("(unknown)");
        return r.note;
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return r.value.value_or(QString());
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return r.note;
    case KnownRole:
        return r.value.has_value();
    case LineRole:
        return r.line;
    case KeyRole:
        return r.key;
    default:
        return {};
    }
}

QVariant BuildrcValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags BuildrcValuesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BuildrcValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn)
        return false;
    // A delegate commits on Enter and on focus-out, edited or not. Taking that as an edit rewrote the line: a
    // value only sh can compute (shown "(unknown)", edited from "") became KEY='', which drops its tags.
    const Row &row = m_rows.at(index.row());
    if (value.toString() == row.value.value_or(QString()))
        return false;
    Q_EMIT valueEditRequested(row.key, value.toString());
    return true;
}

} // namespace hwb
