#pragma once

#include "ArtifactReport.h"

#include <QAbstractTableModel>

#include <optional>

namespace hwb {

// One of the tables the Verify page shows for an artifact: its exports (with the role the gateway gives
// each), its imports (marking those the target gateway lacks) or its Go build settings.
class ArtifactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table { Exports, Imports, BuildSettings };
    // Roles beyond Qt's: whether a row is a problem at the gateway (bool), and how bad (an int FindingSeverity: the
    // severity of the finding about it), for highlighting; ProblemSeverityRole is null on other rows.
    enum Roles { ProblemRole = Qt::UserRole + 1, ProblemSeverityRole };

    explicit ArtifactTableModel(Table table, QObject *parent = nullptr);

    void setReport(const ArtifactReport &report);
    Table table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QStringList cells;
        std::optional<FindingSeverity> problem;
    };
    static QString exportRole(const QString &name, const ArtifactReport &report);
    static std::optional<FindingSeverity> exportProblem(const QString &name, const ArtifactReport &report);

    Table m_table;
    QList<Row> m_rows;
};

} // namespace hwb
