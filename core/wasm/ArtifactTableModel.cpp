#include "ArtifactTableModel.h"

#include "GatewayProfiles.h"

#include <QCoreApplication>

namespace hwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::ArtifactTableModel", text);
}
} // namespace

ArtifactTableModel::ArtifactTableModel(Table table, QObject *parent) : QAbstractTableModel(parent), m_table(table) {}

QString ArtifactTableModel::exportRole(const QString &name, const ArtifactReport &report)
{
    const ProxyWasmSurface &s = report.surface;
    if (name.startsWith(QLatin1String("proxy_abi_version_")))
        return tr("ABI version");
    if (name == s.entrypoint)
        return name == QLatin1String("_start") ? tr("entry point (command)") : tr("entry point (reactor)");
    if (name == s.memoryExport)
        return tr("memory");
    if (name == s.allocatorExport)
        return tr("allocator");
    if (s.callbacks.contains(name))
        return tr("proxy-wasm callback");
    return {};
}

void ArtifactTableModel::setReport(const ArtifactReport &report)
{
    beginResetModel();
    m_rows.clear();
    switch (m_table) {
    case Table::Exports:
        for (const WasmExport &e : report.module.exports)
            m_rows.append({{e.name, externalKindName(e.kind), exportRole(e.name, report)},
                           e.name == QLatin1String("_start")});
        break;
    case Table::Imports: {
        const GatewayProfiles &profiles = GatewayProfiles::builtIn();
        const GatewayProfile *profile = profiles.forVersion(report.gatewayTarget);
        for (const WasmImport &i : report.module.imports) {
            const bool missing = profile && i.kind == WasmExternalKind::Function
                && !profiles.hostProvides(*profile, i.module, i.name);
            m_rows.append({{i.module, i.name, externalKindName(i.kind)}, missing});
        }
        break;
    }
    case Table::BuildSettings:
        for (const auto &kv : report.goBuildInfo.settings)
            m_rows.append({{kv.first, kv.second}, false});
        break;
    }
    endResetModel();
}

int ArtifactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArtifactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_table == Table::BuildSettings ? 2 : 3);
}

QVariant ArtifactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QVariant ArtifactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_table) {
    case Table::Exports:
        return QStringList{tr("Name"), tr("Kind"), tr("Role at the gateway")}.value(section);
    case Table::Imports:
        return QStringList{tr("Module"), tr("Name"), tr("Kind")}.value(section);
    case Table::BuildSettings:
        return QStringList{tr("Setting"), tr("Value")}.value(section);
    }
    return {};
}

} // namespace hwb
