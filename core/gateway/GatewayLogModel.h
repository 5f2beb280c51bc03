#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace hwb {

// The gateway's log, line by line, as it streams from `docker logs -f`. Bytes arrive in arbitrary pieces:
// a partial last line is held until its newline comes. Bounded, so a chatty gateway cannot eat memory.
class GatewayLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5000;

    explicit GatewayLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void appendBytes(const QByteArray &bytes);
    void appendLine(const QString &line);
    void flushPartial();
    void clear();
    QStringList tail(int count) const;
    QStringList lines() const { return m_lines; }

private:
    void appendLines(QStringList lines);

    QStringList m_lines;
    QByteArray m_partial;
};

} // namespace hwb
