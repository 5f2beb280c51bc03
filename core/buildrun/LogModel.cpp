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
    // Room first, then the batch: a view lays itself out once for both.
    trim(m_pending.size(), m_pendingChars);
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_lines.append(m_pending);
    m_chars += m_pendingChars;
    endInsertRows();
    m_pending.clear();
    m_pendingChars = 0;
    Q_EMIT flushed();
}

// Drops the oldest lines, in one block, so that `lines` more of `chars` characters fit.
void LogModel::trim(qsizetype lines, qsizetype chars)
{
    qsizetype excess = 0;
    qsizetype kept = m_chars + chars;
    const auto over = [&] {
        const qsizetype count = m_lines.size() - excess + lines;
        return count > m_maxLines || (kept > m_maxChars && count > 1);
    };
    while (excess < m_lines.size() && over()) {
        kept -= m_lines.at(excess).size();
        ++excess;
    }
    if (excess == 0)
        return;
    beginRemoveRows({}, 0, int(excess) - 1);
    m_lines.remove(0, excess);
    m_chars = kept - chars;
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
