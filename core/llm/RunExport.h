#pragma once

#include "FireResult.h"
#include "RunSummary.h"

#include <QJsonObject>
#include <QString>

namespace hwb {

// What a run was: enough to tell two runs apart when comparing them (e.g. a build with the tag vs one
// without). Headers here are already redacted.
struct RunInfo
{
    QString url;
    QString templateName;
    QString label;
    int count = 0;
    int concurrency = 1;
    double rate = 0;
    qint64 startedAtMsEpoch = 0;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;

    QString title() const { return label.isEmpty() ? templateName : label; } // how lists name the run

    QJsonObject toJson() const;
    static RunInfo fromJson(const QJsonObject &o);
};

// Every way results leave the process goes through here, so every output is redacted.
class RunExport
{
public:
    static FireResult redacted(FireResult result);
    static QByteArray toJson(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary);
    static QByteArray toCsv(const QList<FireResult> &results);
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    // Whether writeFile could write path now, found the way it writes (a temporary file beside it, then
    // discarded), so a run is not fired only to find at the end that its export has nowhere to go.
    static bool canWrite(const QString &path, QString *error);
};

} // namespace hwb
