#pragma once

#include <QSortFilterProxyModel>

namespace hwb {

// Narrows the plugin list: free text over name and title, plus family, era and "has .buildrc" filters. It also
// orders it by name (then family): a list that follows the families' folders reads as unsorted, since the family
// is only in the small print (basic_auth_lite of wasm-cpp came before ai-proxy of wasm-go).
class PluginFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PluginFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setFamily(const QString &familyId);   // empty: any
    void setEra(const QString &eraId);         // empty: any
    void setBuildrcOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_family;
    QString m_era;
    bool m_buildrcOnly = false;
};

} // namespace hwb
