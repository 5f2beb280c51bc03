#pragma once

#include "PluginInfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace hwb {

// The plugins of one workspace, one row each. Lives in core so the CLI tests and the GUI share it.
class PluginListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        FamilyRole,   // family id, e.g. "wasm-go"
        EraRole,      // era id, e.g. "tinygo-buildrc"
        TitleRole,
        HasBuildrcRole,
        PathRole,
        PluginRole,   // the whole PluginInfo
    };

    explicit PluginListModel(QObject *parent = nullptr);

    // Updates rows in place where a plugin of the same path exists, so views keep their selection. Signals only
    // what changed, in runs of rows: a rescan of a 300-plugin checkout that changed one plugin is one dataChanged().
    void setPlugins(const QList<PluginInfo> &plugins);
    const QList<PluginInfo> &plugins() const { return m_plugins; }
    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void removeVanished(const QSet<QString> &incoming);
    void reindex();

    QList<PluginInfo> m_plugins;
    QHash<QString, int> m_rows; // path -> row
};

} // namespace hwb
