#include "SeverityIconProxy.h"

#include "buildrun/Diagnostic.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace hwb::gui {

SeverityIconProxy::SeverityIconProxy(QAbstractItemModel *source, int severityRole, Classifier classify, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_severityRole(severityRole)
    , m_classify(std::move(classify))
{
    setSourceModel(source);
}

SeverityIconProxy::Severity SeverityIconProxy::fromBuildrcSeverityId(const QVariant &id)
{
    const QString text = id.toString();
    if (text == QLatin1String("error"))
        return Severity::Error;
    return text == QLatin1String("warning") ? Severity::Warning : Severity::Info;
}

SeverityIconProxy::Severity SeverityIconProxy::fromDiagnosticSeverity(const QVariant &severity)
{
    switch (Diagnostic::Severity(severity.toInt())) {
    case Diagnostic::Severity::Error: return Severity::Error;
    case Diagnostic::Severity::Warning: return Severity::Warning;
    case Diagnostic::Severity::Note: break;
    }
    return Severity::Info;
}

QVariant SeverityIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_classify(QIdentityProxyModel::data(index, m_severityRole))) {
    case Severity::Error: pixmap = QStyle::SP_MessageBoxCritical; break;
    case Severity::Warning: pixmap = QStyle::SP_MessageBoxWarning; break;
    case Severity::Info: break;
    }
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace hwb::gui
