#include "DiagnosticsModel.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace hwb {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setSearchFolders(const QStringList &folders)
{
    m_folders = folders;
}

void DiagnosticsModel::clear()
{
    m_parsedLines = 0;
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void DiagnosticsModel::addLines(const QStringList &lines)
{
    // The parsers' regular expressions cost more than the rest of the log pane together: once the list is full,
    // a runaway build's further lines are not looked at, and a batch is parsed only until it fills the list.
    const int room = kMaxDiagnostics - int(m_items.size());
    if (room <= 0)
        return;
    QList<Diagnostic> found;
    for (const QString &line : lines) {
        ++m_parsedLines;
        if (auto d = m_parsers.parse(line)) {
            found.append(*d);
            if (found.size() == room)
                break;
        }
    }
    if (found.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + found.size() - 1));
    m_items.append(found);
    endInsertRows();
}

QString DiagnosticsModel::resolvedPath(const QString &file) const
{
    if (file.isEmpty() || (QDir::isAbsolutePath(file) && QFileInfo::exists(file)))
        return file;
    QString relative = file;
    // Inside the builder image the family folder (make's folder) is /workspace.
    if (relative.startsWith(QLatin1String("/workspace/")))
        relative = relative.mid(11);
    for (const QString &folder : m_folders) {
        const QString candidate = QDir::cleanPath(QDir(folder).filePath(relative));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return file;
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: // the id is for JSON; a person reads the word in their language
            switch (d.severity) {
            case Diagnostic::Severity::Error: return tr("error");
            case Diagnostic::Severity::Warning: return tr("warning");
            case Diagnostic::Severity::Note: break;
            }
            return tr("note");
        case LocationColumn:
            if (d.file.isEmpty())
                return d.tool;
            return d.column > 0 ? QStringLiteral("%1:%2:%3").arg(d.file).arg(d.line).arg(d.column)
                                : QStringLiteral("%1:%2").arg(d.file).arg(d.line);
        case MessageColumn: return d.fix.isEmpty() ? d.message : d.message + QLatin1Char(' ') + d.fix;
        }
        return {};
    case Qt::ToolTipRole: return d.fix.isEmpty() ? d.message : d.message + QLatin1Char('\n') + d.fix;
    case FilePathRole: return resolvedPath(d.file);
    case LineRole: return d.line;
    case ColumnRole: return d.column;
    case SeverityRole: return int(d.severity);
    case FixRole: return d.fix;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case LocationColumn: return tr("Location");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace hwb
