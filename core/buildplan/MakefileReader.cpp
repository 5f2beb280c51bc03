#include "MakefileReader.h"

#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace hwb {

namespace {

// Joins backslash-continued lines, keeping the number of the first physical line.
QList<std::pair<int, QString>> logicalLines(const QString &text)
{
    QList<std::pair<int, QString>> out;
    const QStringList physical = text.split(QLatin1Char('\n'));
    QString pending;
    int start = 0;
    for (int i = 0; i < physical.size(); ++i) {
        QString line = physical.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (pending.isEmpty())
            start = i + 1;
        if (line.endsWith(QLatin1Char('\\'))) {
            pending += line.left(line.size() - 1) + QLatin1Char(' ');
            continue;
        }
        out.append({start, pending + line});
        pending.clear();
    }
    if (!pending.isEmpty())
        out.append({start, pending});
    return out;
}

MakefileAssignment::Kind kindOf(const QString &op)
{
    if (op == QLatin1String("?="))
        return MakefileAssignment::Kind::Default;
    if (op == QLatin1String("+="))
        return MakefileAssignment::Kind::Append;
    if (op == QLatin1String("="))
        return MakefileAssignment::Kind::Recursive;
    return MakefileAssignment::Kind::Immediate;
}

} // namespace

MakefileInfo MakefileReader::read(const QString &path)
{
    static ParsedFileCache<MakefileInfo> cache;
    return cache.get(path, [&path] {
        MakefileInfo info;
        info.path = path;
        if (!QFileInfo::exists(path))
            return info;
        const auto text = BoundedFile::read(path, BoundedFile::kBuildFileLimit, &info.unreadable);
        return text ? parse(QString::fromUtf8(*text), path) : info;
    });
}

MakefileInfo MakefileReader::parse(const QString &text, const QString &path)
{
    static const QRegularExpression assignment(
        QStringLiteral("^(?:export\\s+|override\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\?=|::=|:=|\\+=|=)\\s*(.*)$"));
    static const QRegularExpression target(QStringLiteral("^([A-Za-z0-9_./%-]+(?:\\s+[A-Za-z0-9_./%-]+)*)\\s*::?(?!=)"));
    static const QRegularExpression function(QStringLiteral("\\$[({](shell|wildcard|if|foreach|call|eval|patsubst|subst)\\b"));

    MakefileInfo info;
    info.path = path;
    info.exists = true;
    QStringList currentTargets;
    for (const auto &[lineNo, line] : logicalLines(text)) {
        if (line.startsWith(QLatin1Char('\t'))) {
            for (const QString &t : std::as_const(currentTargets))
                info.recipes[t].append(line.mid(1).trimmed());
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (const auto m = assignment.match(trimmed); m.hasMatch()) {
            MakefileAssignment a;
            a.name = m.captured(1);
            a.kind = kindOf(m.captured(2));
            a.value = m.captured(3).trimmed();
            a.line = lineNo;
            a.computed = function.match(a.value).hasMatch();
            info.assignments.append(a);
            currentTargets.clear();
            continue;
        }
        if (const auto m = target.match(trimmed); m.hasMatch()) {
            currentTargets = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // `build: prepare | order-only ; inline recipe`: the targets before the ';' run first.
            QString after = trimmed.mid(m.capturedEnd()).section(QLatin1Char(';'), 0, 0).replace(QLatin1Char('|'), QLatin1Char(' '));
            if (after.startsWith(QLatin1Char(':')))
                after.remove(0, 1);
            static const QRegularExpression blanks(QStringLiteral("\\s+"));
            const QStringList before = after.split(blanks, Qt::SkipEmptyParts);
            if (currentTargets.size() == 1 && currentTargets.first().startsWith(QLatin1Char('.')))
                currentTargets.clear(); // .PHONY and friends have no recipe we care about
            for (const QString &t : std::as_const(currentTargets)) {
                info.recipes.insert(t, info.recipes.value(t));
                info.prerequisites[t].append(before);
            }
            continue;
        }
        currentTargets.clear();
    }
    return info;
}

QList<MakefileAssignment> MakefileInfo::defaults() const
{
    QList<MakefileAssignment> out;
    for (const auto &a : assignments) {
        if (a.computed || a.kind == MakefileAssignment::Kind::Append)
            continue;
        out.erase(std::remove_if(out.begin(), out.end(), [&](const auto &o) { return o.name == a.name; }), out.end());
        out.append(a);
    }
    return out;
}

const MakefileAssignment *MakefileInfo::find(const QString &name) const
{
    for (auto it = assignments.crbegin(); it != assignments.crend(); ++it)
        if (it->name == name)
            return &*it;
    return nullptr;
}

bool MakefileInfo::mentionsBuildrc() const
{
    for (const auto &a : assignments)
        if (a.value.contains(QLatin1String(".buildrc")))
            return true;
    for (const QStringList &lines : recipes)
        for (const QString &l : lines)
            if (l.contains(QLatin1String(".buildrc")))
                return true;
    return false;
}

QSet<QString> MakefileInfo::variablesUsedBy(const QString &target) const
{
    static const QRegularExpression reference(QStringLiteral("\\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]"));
    QSet<QString> used;
    QStringList pendingText;
    QSet<QString> visitedTargets;
    QStringList targets{target};
    while (!targets.isEmpty()) {
        const QString t = targets.takeLast();
        if (visitedTargets.contains(t))
            continue;
        visitedTargets.insert(t);
        pendingText += recipes.value(t);
        targets += prerequisites.value(t);
    }
    while (!pendingText.isEmpty()) {
        auto it = reference.globalMatch(pendingText.takeLast());
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (used.contains(name))
                continue;
            used.insert(name);
            for (const MakefileAssignment &a : assignments)
                if (a.name == name)
                    pendingText.append(a.value);
        }
    }
    return used;
}

bool MakefileInfo::recipeSetsForCommand(const QString &target, const QString &name) const
{
    const QRegularExpression inline_(QStringLiteral("(?:^|[\\s;&|(])") + QRegularExpression::escape(name) + QStringLiteral("="));
    for (const QString &l : recipes.value(target))
        if (inline_.match(l).hasMatch())
            return true;
    return false;
}

bool MakefileInfo::recipeMentions(const QString &target, const QString &word) const
{
    for (const QString &l : recipes.value(target))
        if (l.contains(word))
            return true;
    return false;
}

} // namespace hwb
