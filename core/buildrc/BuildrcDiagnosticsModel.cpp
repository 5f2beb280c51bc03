#include "BuildrcDiagnosticsModel.h"


namespace hwb {

BuildrcDiagnosticsModel::BuildrcDiagnosticsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BuildrcDiagnosticsModel::setDiagnostics(const QList<BuildrcDiagnostic> &diagnostics)
{
    if (diagnostics == m_diagnostics)
        return;
    if (diagnostics.size() == m_diagnostics.size()) {
        // Same shape while typing: update in place so the view keeps its scroll position and selection.
        m_diagnostics = diagnostics;
        if (!m_diagnostics.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_diagnostics.size()) - 1));
        return;
    }
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int BuildrcDiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

QVariant BuildrcDiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildrcDiagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString severity = d.severity == BuildrcDiagnostic::Severity::Error ? tr("error")
            : d.severity == BuildrcDiagnostic::Severity::Warning                ? tr("warning")
                                                                                : tr("note");
        return d.line > 0 ? tr("Line %1, %2: %3").arg(d.line).arg(severity, d.message)
                          : tr("%1: %2").arg(severity, d.message);
    }
    case Qt::ToolTipRole:
        return QString(d.message + QStringLiteral(" [") + d.code + u']');
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case LengthRole:
        return d.length;
    case SeverityRole:
        return BuildrcDiagnostic::severityId(d.severity);
    case CodeRole:
        return d.code;
    case KeyRole:
        return d.key;
    case MessageRole:
        return d.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> BuildrcDiagnosticsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(LengthRole, "length");
    names.insert(SeverityRole, "severity");
    names.insert(CodeRole, "code");
    names.insert(KeyRole, "key");
    names.insert(MessageRole, "message");
    return names;
}

} // namespace hwb
