#pragma once

#include <QHash>
#include <QString>

namespace hwb {

// Request bodies the user edited and has not saved as a template, one per template: they outlast choosing another
// template and closing the app. Written with keys masked (Redactor), as everything the workbench writes.
class RequestDrafts
{
public:
    static QString path();
    static QHash<QString, QString> load(); // template name -> body text
    static bool save(const QHash<QString, QString> &drafts, QString *error);
};

} // namespace hwb
