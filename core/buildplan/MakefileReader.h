#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hwb {

// One variable assignment of a Makefile, as written.
struct MakefileAssignment
{
    enum class Kind { Default /* ?= */, Immediate /* := or ::= */, Recursive /* = */, Append /* += */ };
    QString name;
    QString value;
    Kind kind = Kind::Default;
    int line = 0;
    bool computed = false; // uses $(shell ...) or another function: only make can know the value
};

// What the workbench needs from a plugin family's Makefile: its `VAR ?= value` defaults, the variables it
// computes, and the recipes of its targets. Not a make implementation: it never expands anything.
struct MakefileInfo
{
    QString path;
    bool exists = false;   // read and parsed
    QString unreadable;    // why a file that is there was not read (a FIFO, a device, too large); then exists is false
    QList<MakefileAssignment> assignments;
    QMap<QString, QStringList> recipes; // target -> recipe lines (tabs stripped)
    QMap<QString, QStringList> prerequisites; // target -> the targets it depends on

    // `?=` and plain `=`/`:=` assignments whose value needs no make function, in file order.
    QList<MakefileAssignment> defaults() const;
    const MakefileAssignment *find(const QString &name) const; // the last assignment of name
    bool mentionsBuildrc() const;                               // sources .buildrc somewhere
    bool recipeMentions(const QString &target, const QString &word) const;
    bool hasTarget(const QString &target) const { return recipes.contains(target); }
    // The variables `make target` expands: those its recipe (and its prerequisites' recipes) refers to as $(NAME) or
    // ${NAME}, and those their values refer to, and so on. A variable given on make's command line that is not among
    // them changes nothing in what the recipe runs (make still puts it in the recipe's environment).
    QSet<QString> variablesUsedBy(const QString &target) const;
    // Whether a recipe line of target sets NAME for its command itself (`GOOS=wasip1 go build`), over the environment.
    bool recipeSetsForCommand(const QString &target, const QString &name) const;
};

class MakefileReader
{
public:
    // Absent is no Makefile; one that cannot be read is said in MakefileInfo::unreadable.
    static MakefileInfo read(const QString &path);
    static MakefileInfo parse(const QString &text, const QString &path = {});
};

} // namespace hwb
