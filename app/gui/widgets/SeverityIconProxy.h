#pragma once

#include <QIdentityProxyModel>

#include <functional>

namespace hwb::gui {

// Puts the severity's icon (error, warning, information) in the first column of a diagnostics model: a list of
// mixed findings without them reads as one block of text. The models live in core, which has no icons.
class SeverityIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum class Severity { Error, Warning, Info };
    // Reads the severity from the model's own role value.
    using Classifier = std::function<Severity(const QVariant &)>;

    SeverityIconProxy(QAbstractItemModel *source, int severityRole, Classifier classify, QObject *parent = nullptr);
    // The two diagnostics models' severity roles: a .buildrc's ("error", "warning", "info") and a build output's
    // (Diagnostic::Severity as int).
    static Severity fromBuildrcSeverityId(const QVariant &id);
    static Severity fromDiagnosticSeverity(const QVariant &severity);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_severityRole;
    Classifier m_classify;
};

} // namespace hwb::gui
