#include "PluginListModel.h"

#include <QSet>

namespace hwb {

PluginListModel::PluginListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PluginListModel::setPlugins(const QList<PluginInfo> &plugins)
{
    QSet<QString> incoming;
    for (const PluginInfo &p : plugins)
        incoming.insert(p.path);

    // Remove vanished rows back to front so earlier indexes stay valid.
    for (int row = int(m_plugins.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_plugins.at(row).path)) {
            beginRemoveRows({}, row, row);
            m_plugins.removeAt(row);
            endRemoveRows();
        }
    }
    // Update survivors and insert newcomers at their position in the sorted input.
    for (int i = 0; i < plugins.size(); ++i) {
        const PluginInfo &p = plugins.at(i);
        const int existing = rowOfPath(p.path);
        if (existing == i) {
            m_plugins[i] = p;
            Q_EMIT dataChanged(index(i), index(i));
        } else if (existing < 0) {
            beginInsertRows({}, i, i);
            m_plugins.insert(i, p);
            endInsertRows();
        } else {
            beginMoveRows({}, existing, existing, {}, i);
            m_plugins.move(existing, i);
            endMoveRows();
            m_plugins[i] = p;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int PluginListModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_plugins.size(); ++i)
        if (m_plugins.at(i).path == path)
            return i;
    return -1;
}

int PluginListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plugins.size());
}

QVariant PluginListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PluginInfo &p = m_plugins.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case Qt::ToolTipRole: {
        QStringList lines = p.title.isEmpty() ? QStringList{p.path} : QStringList{p.title, p.description};
        lines += p.notes; // what could not be read shows where the plugin is picked
        return lines.join(QLatin1Char('\n'));
    }
    case FamilyRole:
        return familyId(p.family);
    case EraRole:
        return eraId(p.era);
    case TitleRole:
        return p.title;
    case HasBuildrcRole:
        return p.hasBuildrc;
    case PathRole:
        return p.path;
    case PluginRole:
        return QVariant::fromValue(p);
    default:
        return {};
    }
}

QHash<int, QByteArray> PluginListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"}, {FamilyRole, "family"}, {EraRole, "era"}, {TitleRole, "title"},
                  {HasBuildrcRole, "hasBuildrc"}, {PathRole, "path"}, {PluginRole, "plugin"}});
    return names;
}

} // namespace hwb
