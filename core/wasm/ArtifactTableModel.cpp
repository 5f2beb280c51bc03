#include "ArtifactTableModel.h"

#include "GatewayProfiles.h"

#include <algorithm>

namespace hwb {

namespace {
// The most severe finding among `codes`, if the report has one.
std::optional<FindingSeverity> severityOf(const ArtifactReport &report, std::initializer_list<QLatin1String> codes)
{
    std::optional<FindingSeverity> worst;
    for (const InspectionFinding &f : report.findings) {
        if (std::find(codes.begin(), codes.end(), f.code) == codes.end())
            continue;
        if (!worst || int(f.severity) < int(*worst)) // Error < Warning < Info
            worst = f.severity;
    }
    return worst;
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

// The rows the findings are about: the ABI version export an abi-* finding names, the _start of a command module.
std::optional<FindingSeverity> ArtifactTableModel::exportProblem(const QString &name, const ArtifactReport &report)
{
    if (name.startsWith(QLatin1String("proxy_abi_version_")))
        return severityOf(report, {QLatin1String("abi-too-old"), QLatin1String("abi-missing")});
    if (name == QLatin1String("_start")) // a problem even where no rule ran (no gateway target)
        return severityOf(report, {QLatin1String("command-module")}).value_or(FindingSeverity::Warning);
    return std::nullopt;
}

void ArtifactTableModel::setReport(const ArtifactReport &report)
{
    beginResetModel();
    m_rows.clear();
    switch (m_table) {
    case Table::Exports:
        for (const WasmExport &e : report.module.exports)
            m_rows.append({{e.name, externalKindName(e.kind), exportRole(e.name, report)}, exportProblem(e.name, report)});
        break;
    case Table::Imports: {
        const GatewayProfiles &profiles = GatewayProfiles::builtIn();
        const GatewayProfile *profile = profiles.forVersion(report.gatewayTarget);
        const FindingSeverity unsupported =
            severityOf(report, {QLatin1String("import-unsupported")}).value_or(FindingSeverity::Error);
        for (const WasmImport &i : report.module.imports) {
            const bool missing = profile && i.kind == WasmExternalKind::Function
                && !profiles.hostProvides(*profile, i.module, i.name);
            m_rows.append({{i.module, i.name, externalKindName(i.kind)},
                           missing ? std::optional(unsupported) : std::nullopt});
        }
        break;
    }
    case Table::BuildSettings:
        for (const auto &kv : report.goBuildInfo.settings)
            m_rows.append({{kv.first, kv.second},
                           kv.first == QLatin1String("-tags") ? severityOf(report, {QLatin1String("tags-not-applied")})
                                                              : std::nullopt});
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
        return row.problem.has_value();
    case ProblemSeverityRole:
        return row.problem ? QVariant(int(*row.problem)) : QVariant();
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
