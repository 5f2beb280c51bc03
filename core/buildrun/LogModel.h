#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QTimer>

namespace hwb {

// The build log as a list model with bounded memory: a ring of the last maxLines lines (and at most
// maxChars characters), so 100 MB of output costs a few MB. Appends are collected and shown in one
// batch every 100 ms, like Kate's build plugin, so a chatty build never floods the view with updates.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 100;

    explicit LogModel(QObject *parent = nullptr, qsizetype maxLines = 100000, qsizetype maxChars = 8 * 1024 * 1024);

    void appendLines(const QStringList &lines); // shown at the next flush
    void flush();                               // show pending lines now
    void clear();

    qsizetype droppedLines() const { return m_dropped; } // scrolled out of the ring
    qsizetype totalLines() const { return m_total; }
    qsizetype storedChars() const { return m_chars; }
    QString text(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void flushed(); // after each batch reaches the view

private:
    void trim(qsizetype lines, qsizetype chars);

    QList<QString> m_lines;
    QStringList m_pending;
    QTimer m_timer;
    qsizetype m_maxLines;
    qsizetype m_maxChars;
    qsizetype m_chars = 0;
    qsizetype m_pendingChars = 0;
    qsizetype m_dropped = 0;
    qsizetype m_total = 0;
};

} // namespace hwb
