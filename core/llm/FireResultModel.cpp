#include "FireResultModel.h"

namespace hwb {

FireResultModel::FireResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FireResultModel::append(const FireResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    FireResult light = result;
    light.keptBody.clear(); // the table needs timing; details stay in the run
    m_results.append(std::move(light));
    endInsertRows();
}

void FireResultModel::setResults(const QList<FireResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void FireResultModel::clear()
{
    setResults({});
}

int FireResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int FireResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FireResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FireResult &r = m_results.at(index.row());
    if (role == OutcomeIdRole)
        return OutcomeClassifier::id(r.outcome);
    if (role == Qt::TextAlignmentRole && index.column() != Error && index.column() != OutcomeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Error)
        return r.errorText();
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return OutcomeClassifier::id(r.outcome); // the id `hwb fire --json` and exports use
    if (role != Qt::DisplayRole)
        return {};
    const auto ms = [](double v) { return v < 0 ? QVariant(QStringLiteral("—")) : QVariant(QString::number(v, 'f', 1)); };
    switch (Column(index.column())) {
    case Index:
        return r.index;
    case OutcomeColumn:
        return OutcomeClassifier::title(r.outcome);
    case Status:
        return r.status > 0 ? QVariant(r.status) : QVariant(QStringLiteral("—"));
    case Ttfb:
        return ms(r.ttfbMs);
    case Ttft:
        return ms(r.ttftMs);
    case Total:
        return ms(r.totalMs);
    case Tokens:
        return r.tokensEstimated ? QStringLiteral("~%1").arg(r.outputTokens) : QString::number(r.outputTokens);
    case Bytes:
        return r.bytes;
    case Error:
        return r.errorText().section(QLatin1Char('\n'), 0, 0).left(200); // one line a row; the tooltip has it all
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FireResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Index: return tr("#");
    case OutcomeColumn: return tr("Outcome");
    case Status: return tr("Status");
    case Ttfb: return tr("TTFB ms");
    case Ttft: return tr("TTFT ms");
    case Total: return tr("Total ms");
    case Tokens: return tr("Tokens");
    case Bytes: return tr("Bytes");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hwb
