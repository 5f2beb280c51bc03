#pragma once

#include "FireResult.h"

#include <QAbstractTableModel>

namespace hwb {

// The requests of a run as a table (one row per request, in arrival order), appended to live.
class FireResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, OutcomeColumn, Status, Ttfb, Ttft, Total, Tokens, Bytes, Error, ColumnCount };
    enum Role { OutcomeIdRole = Qt::UserRole + 1 };

    explicit FireResultModel(QObject *parent = nullptr);

    void append(const FireResult &result);
    void setResults(const QList<FireResult> &results);
    void clear();
    const QList<FireResult> &results() const { return m_results; }
    const FireResult &at(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FireResult> m_results;
};

} // namespace hwb
