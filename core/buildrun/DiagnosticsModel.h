#pragma once

#include "Diagnostic.h"
#include "OutputLineParser.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace hwb {

// The problems of one build, as a table (severity, location, message) for the GUI's list and the CLI's
// summary. Lines go in through addLines(); relative file names are resolved against the build's folders
// (Go prints paths relative to where it ran, which is the plugin folder even under make or Docker).
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 1, LineRole, ColumnRole, SeverityRole, FixRole };

    static constexpr int kMaxDiagnostics = 5000; // a runaway build must not grow the list without end

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setSearchFolders(const QStringList &folders);
    void clear();
    void addLines(const QStringList &lines);

    const QList<Diagnostic> &diagnostics() const { return m_items; }
    QString resolvedPath(const QString &file) const;
    int errorCount() const;
    qsizetype parsedLines() const { return m_parsedLines; } // lines the parsers looked at since clear()

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OutputParserChain m_parsers;
    QStringList m_folders;
    QList<Diagnostic> m_items;
    qsizetype m_parsedLines = 0;
};

} // namespace hwb
