#include "BuildFlagMerger.h"

#include "common/ArgumentLimits.h"

#include <QRegularExpression>

#include <algorithm>

namespace hwb {

BuildFlagMerger::Result BuildFlagMerger::merge(const QList<VariableLayerValues> &layers)
{
    Result result;
    for (const VariableLayerValues &layer : layers) {
        for (const auto &entry : layer.values) {
            // Plain names, not a structured binding: clang 14 cannot capture those in the lambda below.
            const QString &name = entry.first;
            const QString &value = entry.second;
            if (name == kExtraTags) {
                result.tags.apply(value, layer.layer);
                continue;
            }
            auto it = std::find_if(result.variables.begin(), result.variables.end(),
                                   [&](const BuildVariable &v) { return v.name == name; });
            if (it == result.variables.end()) {
                result.variables.append({name, value, layer.layer, {}});
            } else {
                if (!it->overridden.contains(it->layer) && it->layer != layer.layer)
                    it->overridden.append(it->layer);
                it->value = value;
                it->layer = layer.layer;
            }
        }
    }
    for (BuildVariable &v : result.variables)
        v.value = expandReferences(v.value, result.variables, &v.leftForMake);
    result.variables.append({kExtraTags, result.tags.joined(), result.tags.layer(), {}});
    return result;
}

QString BuildFlagMerger::expandReferences(const QString &value, const QList<BuildVariable> &variables,
                                          QStringList *leftForMake)
{
    static const QRegularExpression reference(QStringLiteral("\\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]"));
    QString out = value;
    for (int round = 0; round < 8 && out.contains(QLatin1Char('$')); ++round) {
        bool changed = false;
        QString next;
        qsizetype last = 0;
        auto it = reference.globalMatch(out);
        // References that multiply (A ?= $(B)$(B)$(B), B ?= $(C)$(C)$(C) ...) would take all memory in eight rounds,
        // and a quarter of a million references to a long value in one: past what a program can be given, the
        // rest is left to make, checked at every reference.
        bool tooLong = false;
        while (it.hasNext() && !tooLong) {
            const auto m = it.next();
            const auto var = std::find_if(variables.cbegin(), variables.cend(),
                                          [&](const BuildVariable &v) { return v.name == m.captured(1); });
            next += out.mid(last, m.capturedStart() - last);
            if (var != variables.cend() && var->name != kExtraTags) {
                next += var->value;
                changed = true;
            } else {
                next += m.captured(0); // unknown: leave for make to decide
                if (leftForMake && var == variables.cend() && m.captured(1) != kExtraTags
                    && !leftForMake->contains(m.captured(1)))
                    leftForMake->append(m.captured(1));
            }
            last = m.capturedEnd();
            tooLong = next.size() > kMaxArgumentLength;
        }
        if (tooLong)
            break;
        next += out.mid(last);
        if (next.size() > kMaxArgumentLength)
            break;
        out = next;
        if (!changed)
            break;
    }
    return out;
}

} // namespace hwb
