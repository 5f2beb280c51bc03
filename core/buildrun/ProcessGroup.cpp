#include "ProcessGroup.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <unistd.h>

namespace hwb {

void ProcessGroup::becomeLeader()
{
    ::setpgid(0, 0);
}

bool ProcessGroup::signal(pid_t group, int signalNumber)
{
    return group > 1 && ::kill(-group, signalNumber) == 0;
}

QList<pid_t> ProcessGroup::liveMembers(pid_t group)
{
    QList<pid_t> out;
    if (group <= 1)
        return out;
#ifdef Q_OS_LINUX
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses, so parse after the last ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toInt() == group)
            out.append(pid);
    }
#else
    if (::kill(-group, 0) == 0)
        out.append(group);
#endif
    return out;
}

} // namespace hwb
