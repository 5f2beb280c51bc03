#include "PluginFilterModel.h"

#include "PluginListModel.h"

namespace hwb {

PluginFilterModel::PluginFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(0);
}

bool PluginFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int byName = QString::compare(left.data(PluginListModel::NameRole).toString(),
                                        right.data(PluginListModel::NameRole).toString(), Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return left.data(PluginListModel::FamilyRole).toString() < right.data(PluginListModel::FamilyRole).toString();
}

void PluginFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PluginFilterModel::setFamily(const QString &familyId)
{
    m_family = familyId;
    invalidateFilter();
}

void PluginFilterModel::setEra(const QString &eraId)
{
    m_era = eraId;
    invalidateFilter();
}

void PluginFilterModel::setBuildrcOnly(bool only)
{
    m_buildrcOnly = only;
    invalidateFilter();
}

bool PluginFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_family.isEmpty() && idx.data(PluginListModel::FamilyRole).toString() != m_family)
        return false;
    if (!m_era.isEmpty() && idx.data(PluginListModel::EraRole).toString() != m_era)
        return false;
    if (m_buildrcOnly && !idx.data(PluginListModel::HasBuildrcRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(PluginListModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || idx.data(PluginListModel::TitleRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace hwb
