#include "GatewayLogModel.h"

#include "llm/Redactor.h"

namespace hwb {

GatewayLogModel::GatewayLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int GatewayLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant GatewayLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_lines.at(index.row());
    return {};
}

void GatewayLogModel::appendBytes(const QByteArray &bytes)
{
    m_partial += bytes;
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        QByteArray line = m_partial.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        m_partial.remove(0, newline + 1);
        appendLine(QString::fromUtf8(line));
    }
}

void GatewayLogModel::flushPartial()
{
    if (!m_partial.isEmpty())
        appendLine(QString::fromUtf8(m_partial));
    m_partial.clear();
}

void GatewayLogModel::appendLine(const QString &line)
{
    if (m_lines.size() >= kMaxLines) {
        const int drop = kMaxLines / 10; // drop in batches: one removal signal per 500 lines, not per line
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    // A plugin may log its configuration, and ai-proxy's holds the provider's key: the log shows it masked.
    m_lines.append(Redactor::global().redact(line));
    endInsertRows();
}

void GatewayLogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_partial.clear();
    endResetModel();
}

QStringList GatewayLogModel::tail(int count) const
{
    return m_lines.mid(qMax<qsizetype>(0, m_lines.size() - count));
}

} // namespace hwb
