#include "BuildPlan.h"

#include "PlanSecrets.h"

#include "BuildProfile.h"
#include "ShellQuote.h"

#include "llm/Redactor.h"

#include <QJsonArray>

#include <algorithm>

namespace hwb {

QString severityId(BuildWarning::Severity severity)
{
    switch (severity) {
    case BuildWarning::Severity::Info: return QStringLiteral("info");
    case BuildWarning::Severity::Warning: return QStringLiteral("warning");
    case BuildWarning::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject BuildWarning::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("severity"), severityId(severity)},
            {QStringLiteral("message"), message}, {QStringLiteral("fix"), fix}};
}

const BuildVariable *BuildPlan::variable(const QString &name) const
{
    for (const auto &v : variables)
        if (v.name == name)
            return &v;
    return nullptr;
}

QString BuildPlan::value(const QString &name) const
{
    const BuildVariable *v = variable(name);
    return v ? v->value : QString();
}

bool BuildPlan::hasErrors() const
{
    for (const auto &w : warnings)
        if (w.severity == BuildWarning::Severity::Error)
            return true;
    return false;
}

BuildPlan BuildPlan::withSecretsMasked() const
{
    const PlanSecrets secrets(*this);
    BuildPlan masked = *this;
    const QString mask = QLatin1String(Redactor::kMask);
    QStringList names;
    for (BuildVariable &v : masked.variables) {
        if (BuildProfile::isSecret(v.name, v.value) && !v.value.isEmpty()) {
            names.append(v.name);
            v.value = mask;
        } else {
            v.value = secrets.mask(v.value);
        }
    }
    // By name where the plan says which variable a word carries (make's NAME=VALUE, the environment); elsewhere by
    // value (PlanSecrets).
    for (QString &arg : masked.args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        arg = eq > 0 && names.contains(arg.left(eq)) ? arg.left(eq + 1) + mask : secrets.mask(arg);
    }
    for (auto &entry : masked.env)
        entry.second = names.contains(entry.first) ? mask : secrets.mask(entry.second);
    masked.program = secrets.mask(program);
    return masked;
}

QString BuildPlan::commandLine() const
{
    QStringList words;
    for (const auto &[k, v] : env)
        words.append(k + QLatin1Char('=') + shellQuote(v));
    QString quotedProgram = shellQuote(program);
    if (quotedProgram == program && program.contains(QLatin1Char('=')))
        quotedProgram = QLatin1Char('\'') + program + QLatin1Char('\''); // else sh reads it as an assignment
    words.append(quotedProgram);
    for (const QString &a : args)
        words.append(shellQuote(a));
    const QString command = words.join(QLatin1Char(' '));
    return cwd.isEmpty() ? command : QStringLiteral("cd ") + shellQuote(cwd) + QStringLiteral(" && ") + command;
}

QJsonObject BuildPlan::toJson() const
{
    QJsonObject envObject;
    for (const auto &[k, v] : env)
        envObject.insert(k, v);
    QJsonArray vars;
    for (const auto &v : variables)
        vars.append(v.toJson());
    QJsonArray tagArray;
    for (const auto &t : tags)
        tagArray.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("layer"), layerId(t.layer)}});
    QJsonArray warningArray;
    for (const auto &w : warnings)
        warningArray.append(w.toJson());
    return {
        {QStringLiteral("plugin"), plugin},
        {QStringLiteral("plugin_path"), pluginPath},
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("mode"), buildModeId(mode)},
        {QStringLiteral("program"), program},
        {QStringLiteral("args"), QJsonArray::fromStringList(args)},
        {QStringLiteral("env"), envObject},
        {QStringLiteral("env_order"), QJsonArray::fromStringList([this] {
             QStringList keys;
             for (const auto &kv : env)
                 keys.append(kv.first);
             return keys;
         }())},
        {QStringLiteral("cwd"), cwd},
        {QStringLiteral("artifact"), artifact},
        {QStringLiteral("variables"), vars},
        {QStringLiteral("tags"), tagArray},
        {QStringLiteral("warnings"), warningArray},
        {QStringLiteral("command_line"), commandLine()},
    };
}

BuildPlan BuildPlan::fromJson(const QJsonObject &o)
{
    BuildPlan p;
    p.plugin = o.value(QStringLiteral("plugin")).toString();
    p.pluginPath = o.value(QStringLiteral("plugin_path")).toString();
    p.workspace = o.value(QStringLiteral("workspace")).toString();
    p.mode = buildModeFromId(o.value(QStringLiteral("mode")).toString()).value_or(BuildMode::Custom);
    p.program = o.value(QStringLiteral("program")).toString();
    for (const auto &a : o.value(QStringLiteral("args")).toArray())
        p.args.append(a.toString());
    const QJsonObject env = o.value(QStringLiteral("env")).toObject();
    QStringList order;
    for (const auto &k : o.value(QStringLiteral("env_order")).toArray())
        order.append(k.toString());
    if (order.isEmpty())
        order = env.keys();
    for (const QString &k : std::as_const(order))
        p.env.append({k, env.value(k).toString()});
    p.cwd = o.value(QStringLiteral("cwd")).toString();
    p.artifact = o.value(QStringLiteral("artifact")).toString();
    for (const auto &v : o.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject vo = v.toObject();
        p.variables.append({vo.value(QStringLiteral("name")).toString(), vo.value(QStringLiteral("value")).toString(),
                            layerFromId(vo.value(QStringLiteral("layer")).toString()).value_or(VariableLayer::Default),
                            {}});
        p.variables.last().applied = vo.value(QStringLiteral("applied")).toBool(true);
    }
    for (const auto &t : o.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject to = t.toObject();
        p.tags.append({to.value(QStringLiteral("name")).toString(),
                       layerFromId(to.value(QStringLiteral("layer")).toString()).value_or(VariableLayer::Default)});
    }
    return p;
}

} // namespace hwb
