#pragma once

#include "BuildMode.h"
#include "BuildVariable.h"
#include "ExtraTags.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hwb {

// Something the user should know before building; `fix` says what to do about it.
struct BuildWarning
{
    enum class Severity { Info, Warning, Error };
    QString code; // stable: "buildrc-ignored", "buildrc-not-sourced", "tool-missing", ...
    Severity severity = Severity::Warning;
    QString message;
    QString fix;

    QJsonObject toJson() const;
};
QString severityId(BuildWarning::Severity severity);

// Everything a build will do, decided before it starts: the runner executes exactly this, and the command
// preview is this written as one shell line. `hwb plan --json` prints toJson() (BRIEF §5).
struct BuildPlan
{
    QString plugin;
    QString pluginPath;
    QString workspace;
    BuildMode mode = BuildMode::Go;
    QString program;
    QStringList args;
    QList<std::pair<QString, QString>> env; // added to the inherited environment, in this order
    QString cwd;
    QString artifact; // absolute
    QList<BuildVariable> variables;
    QList<ExtraTags::Tag> tags; // the merged EXTRA_TAGS with the layer of each tag
    QList<BuildWarning> warnings;

    const BuildVariable *variable(const QString &name) const;
    QString value(const QString &name) const;
    bool hasErrors() const;

    // `cd DIR && K=V ... program args`, every word shell-quoted: pasted into a terminal, it runs this build.
    QString commandLine() const;

    QJsonObject toJson() const;
    static BuildPlan fromJson(const QJsonObject &object);

    // This plan for what is shown in a log or written to disk (the build history): the values of variables named
    // like credentials, and the passwords of URLs, become [REDACTED] wherever they appear (PlanSecrets), in the
    // variables, the arguments (make gets them as NAME=VALUE) and the environment. The names stay: they say what
    // was set.
    BuildPlan withSecretsMasked() const;
};

} // namespace hwb
