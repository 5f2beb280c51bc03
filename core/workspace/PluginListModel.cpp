#include "PluginListModel.h"

#include <algorithm>

namespace hwb {

PluginListModel::PluginListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PluginListModel::setPlugins(const QList<PluginInfo> &plugins)
{
    QSet<QString> incoming;
    incoming.reserve(plugins.size());
    for (const PluginInfo &p : plugins)
        incoming.insert(p.path);
    removeVanished(incoming);
    const QSet<QString> survivors(m_rows.keyBegin(), m_rows.keyEnd());

    // Rows before i are final. Survivors keep their order in a rescan (both are sorted by family and name), so a
    // row moves only when the sort order itself changed.
    int changedFrom = -1;
    const auto flushChanged = [&](int end) {
        if (changedFrom >= 0)
            Q_EMIT dataChanged(index(changedFrom), index(end - 1));
        changedFrom = -1;
    };
    for (int i = 0; i < plugins.size();) {
        const PluginInfo &p = plugins.at(i);
        if (i < m_plugins.size() && m_plugins.at(i).path == p.path) {
            if (m_plugins.at(i) == p) {
                flushChanged(i);
            } else {
                m_plugins[i] = p;
                if (changedFrom < 0)
                    changedFrom = i;
            }
            ++i;
            continue;
        }
        flushChanged(i);
        if (!survivors.contains(p.path)) {
            int end = i + 1;
            while (end < plugins.size() && !survivors.contains(plugins.at(end).path))
                ++end;
            beginInsertRows({}, i, end - 1);
            m_plugins.insert(i, end - i, PluginInfo());
            std::copy(plugins.cbegin() + i, plugins.cbegin() + end, m_plugins.begin() + i);
            endInsertRows();
            i = end;
            continue;
        }
        int existing = i + 1;
        while (m_plugins.at(existing).path != p.path)
            ++existing;
        beginMoveRows({}, existing, existing, {}, i);
        m_plugins.move(existing, i);
        endMoveRows();
        m_plugins[i] = p;
        Q_EMIT dataChanged(index(i), index(i));
        ++i;
    }
    flushChanged(int(m_plugins.size()));
    reindex();
}

void PluginListModel::removeVanished(const QSet<QString> &incoming)
{
    // Back to front, a run of rows at a time, so earlier indexes stay valid.
    for (int last = int(m_plugins.size()) - 1; last >= 0;) {
        if (incoming.contains(m_plugins.at(last).path)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_plugins.at(first - 1).path))
            --first;
        beginRemoveRows({}, first, last);
        m_plugins.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    reindex();
}

void PluginListModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_plugins.size());
    for (int row = 0; row < m_plugins.size(); ++row)
        m_rows.insert(m_plugins.at(row).path, row);
}

int PluginListModel::rowOfPath(const QString &path) const
{
    return m_rows.value(path, -1);
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
