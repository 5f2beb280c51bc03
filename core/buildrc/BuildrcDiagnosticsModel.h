#pragma once

#include "BuildrcDiagnostic.h"

#include <QAbstractListModel>

namespace hwb {

// The diagnostics of one .buildrc evaluation, in line order, for the list beside the editor.
class BuildrcDiagnosticsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LineRole = Qt::UserRole + 1, // 1-based, 0 = whole file
        ColumnRole,                  // 0-based, -1 = whole line
        LengthRole,
        SeverityRole,                // "error" | "warning" | "info"
        CodeRole,
        KeyRole,
        MessageRole,
    };

    explicit BuildrcDiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<BuildrcDiagnostic> &diagnostics);
    const QList<BuildrcDiagnostic> &diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<BuildrcDiagnostic> m_diagnostics;
};

} // namespace hwb
