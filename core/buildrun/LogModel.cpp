#include "LogModel.h"

namespace hwb {

LogModel::LogModel(QObject *parent, qsizetype maxLines, qsizetype maxChars)
    : QAbstractListModel(parent)
    , m_maxLines(maxLines)
    , m_maxChars(maxChars)
{
    m_timer.setInterval(kFlushIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::appendLines(const QStringList &lines)
{
    for (const QString &line : lines) {
        m_pending.append(line);
        m_pendingChars += line.size();
    }
    m_total += lines.size();
    // Pending lines beyond what the ring keeps would be dropped at the flush anyway: drop them now, so memory
    // stays bounded even if the event loop is starved between flushes.
    while (m_pending.size() > m_maxLines || (m_pendingChars > m_maxChars && m_pending.size() > 1)) {
        m_pendingChars -= m_pending.first().size();
        m_pending.removeFirst();
        ++m_dropped;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void LogModel::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_lines.append(m_pending);
    m_chars += m_pendingChars;
    endInsertRows();
    m_pending.clear();
    m_pendingChars = 0;
    trim();
    Q_EMIT flushed();
}

void LogModel::trim()
{
    qsizetype excess = 0;
    qsizetype chars = m_chars;
    while (m_lines.size() - excess > m_maxLines || (chars > m_maxChars && m_lines.size() - excess > 1)) {
        chars -= m_lines.at(excess).size();
        ++excess;
    }
    if (excess == 0)
        return;
    beginRemoveRows({}, 0, int(excess) - 1);
    m_lines.remove(0, excess);
    m_chars = chars;
    m_dropped += excess;
    endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_chars = m_pendingChars = m_dropped = m_total = 0;
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_lines.at(index.row());
}

} // namespace hwb
