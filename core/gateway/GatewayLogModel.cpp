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
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype newline; (newline = m_partial.indexOf('\n', start)) >= 0; start = newline + 1) {
        QByteArrayView line(m_partial.constData() + start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    m_partial.remove(0, start);
    appendLines(lines);
}

void GatewayLogModel::flushPartial()
{
    if (!m_partial.isEmpty())
        appendLine(QString::fromUtf8(m_partial));
    m_partial.clear();
}

void GatewayLogModel::appendLine(const QString &line)
{
    appendLines({line});
}

// A chunk of `docker logs -f` holds hundreds of lines: one insertion for all of them, because a view lays out
// its rows again for every insertion, and a row each made a burst quadratic (2,000 lines froze the window for
// minutes).
void GatewayLogModel::appendLines(QStringList lines)
{
    if (lines.isEmpty())
        return;
    if (lines.size() > kMaxLines)
        lines.remove(0, lines.size() - kMaxLines);
    if (const qsizetype over = m_lines.size() + lines.size() - kMaxLines; over > 0) {
        // Drop at least a tenth at once: one removal per 500 lines, not per line.
        const int drop = int(qMin(m_lines.size(), qMax<qsizetype>(over, kMaxLines / 10)));
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        endRemoveRows();
    }
    // A plugin may log its configuration, and ai-proxy's holds the provider's key: the log shows it masked.
    for (QString &line : lines)
        line = Redactor::global().redact(line);
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + lines.size() - 1));
    m_lines.append(lines);
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
