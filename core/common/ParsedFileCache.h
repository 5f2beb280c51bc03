#pragma once

#include "FileIdentity.h"
#include "Translations.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <utility>

namespace hwb {

// What a parser made of a file, kept while the file is provably the one it was made of. For the process that asks
// again and again: the build server plans and judges the same plugin at every build, and reading and parsing its
// go.mod, README, Makefile and .buildrc (the .buildrc twice: for the plan and for the verdict) was a fifth of what
// it added to a no-op rebuild.
//
// The proof is ArtifactContentCache's: the same FileIdentity (device, inode, size, modification and change time)
// before and after the parse, and the kernel's file clock already past the change time before it began, so that
// any later write moves the change time. A file written in the clock tick it is parsed in is parsed every time
// until that tick is over; a missing file is never kept (its parse is as cheap as the look). A result may hold
// translated messages (a .buildrc's diagnostics, why a file is unreadable): it is kept for the language it was made
// in, and made again after Translations::install() (the build server follows the language setting).
//
// Thread-safe; parsers run outside the lock, and two threads asking at once may both parse.
template <typename Result>
class ParsedFileCache
{
public:
    explicit ParsedFileCache(qsizetype capacity = 256) : m_capacity(capacity) {}

    // parse() unless a result for `path` made under the same `variant` (the parser's options, for one that has
    // them) is kept and the file is still the same. keep(result) may refuse a result that depends on more than
    // the file (a .buildrc sourced with /bin/sh).
    template <typename Parse, typename Keep>
    Result get(const QString &path, const QString &variant, Parse &&parse, Keep &&keep)
    {
        return fetch(path, variant, [&](QString *) { return parse(); }, keep, nullptr);
    }

    template <typename Parse>
    Result get(const QString &path, Parse &&parse)
    {
        return get(path, QString(), std::forward<Parse>(parse), [](const Result &) { return true; });
    }

    // For a parser of a file that may be unreadable: parse(&reason) makes the result and says why the file could
    // not be read; the reason is kept with the result, and goes to *unreadable when there is one (as
    // BoundedFile::readOptional() has it).
    template <typename Parse>
    Result read(const QString &path, QString *unreadable, Parse &&parse)
    {
        return fetch(path, QString(), std::forward<Parse>(parse), [](const Result &) { return true; }, unreadable);
    }

private:
    struct Entry
    {
        FileIdentity identity;
        int language; // Translations::generation()
        Result result;
        QString unreadable;
    };

    template <typename Parse, typename Keep>
    Result fetch(const QString &path, const QString &variant, Parse &&parse, Keep &&keep, QString *unreadable)
    {
        const QString key = variant.isEmpty() ? path : path + QChar(0) + variant;
        const FileIdentity before = FileIdentity::ofPath(path);
        const int language = Translations::generation();
        if (before.exists()) {
            const QMutexLocker lock(&m_mutex);
            const auto it = m_entries.constFind(key);
            if (it != m_entries.cend() && it->identity == before && it->language == language) {
                if (unreadable && !it->unreadable.isEmpty())
                    *unreadable = it->unreadable;
                return it->result;
            }
        }
        const bool changeTimePast = before.exists() && FileIdentity::clockIsPast(before.ctimeNs);
        QString reason;
        Result result = parse(&reason);
        if (unreadable && !reason.isEmpty())
            *unreadable = reason;
        if (changeTimePast && keep(result) && FileIdentity::ofPath(path) == before) {
            const QMutexLocker lock(&m_mutex);
            if (m_entries.size() >= m_capacity && !m_entries.contains(key))
                m_entries.clear(); // a process reading this many files is not the one the cache is for
            m_entries.insert(key, Entry{before, language, result, reason});
        }
        return result;
    }

    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_capacity;
};

} // namespace hwb
