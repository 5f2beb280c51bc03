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
// The proof: the same FileIdentity (device, inode, size, modification and change time) before and after the parse,
// and a change time already settled before it began (FileIdentity::changeTimeSettled(): a file system that stamps
// fine times, and the clock past them), so that any later write moves the change time. A file written just before
// it is parsed is parsed every time until its change time has settled; one on FAT, NFS or FUSE every time. A
// missing file is kept as missing while the nearest folder above it that exists stays the same. A result may hold
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
    Result get(const QString &path, const QString &variant, Parse &&parse)
    {
        return get(path, variant, std::forward<Parse>(parse), [](const Result &) { return true; });
    }

    template <typename Parse>
    Result get(const QString &path, Parse &&parse)
    {
        return get(path, QString(), std::forward<Parse>(parse));
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
        FileIdentity identity; // of the file, or of the folder that says it is missing (witnessOf())
        QString witnessPath;
        int language; // Translations::generation()
        Result result;
        QString unreadable;
    };

    // The identity that says whether `path` is as it was: its own, or while it is missing, the nearest folder above
    // it that exists (the file cannot appear without that folder changing). Empty where there is none.
    static FileIdentity witnessOf(const QString &path, QString *witnessPath)
    {
        *witnessPath = path;
        for (int depth = 0; depth < 64 && !witnessPath->isEmpty(); ++depth) {
            if (const FileIdentity identity = FileIdentity::ofPath(*witnessPath); identity.exists())
                return identity;
            const qsizetype slash = witnessPath->lastIndexOf(QLatin1Char('/'));
            if (slash < 0)
                break; // a relative path's first part: its folder is the current one, which moves per client
            *witnessPath = slash == 0 ? QStringLiteral("/") : witnessPath->left(slash);
        }
        return {};
    }

    template <typename Parse, typename Keep>
    Result fetch(const QString &path, const QString &variant, Parse &&parse, Keep &&keep, QString *unreadable)
    {
        const QString key = variant.isEmpty() ? path : path + QChar(0) + variant;
        QString witnessPath;
        const FileIdentity before = witnessOf(path, &witnessPath);
        const int language = Translations::generation();
        if (before.exists()) {
            const QMutexLocker lock(&m_mutex);
            const auto it = m_entries.constFind(key);
            if (it != m_entries.cend() && it->identity == before && it->witnessPath == witnessPath
                && it->language == language) {
                if (unreadable && !it->unreadable.isEmpty())
                    *unreadable = it->unreadable;
                return it->result;
            }
        }
        const bool settled = FileIdentity::changeTimeSettled(witnessPath, before);
        QString reason;
        Result result = parse(&reason);
        if (unreadable && !reason.isEmpty())
            *unreadable = reason;
        QString witnessAfter;
        if (settled && keep(result) && witnessOf(path, &witnessAfter) == before && witnessAfter == witnessPath
            && Translations::generation() == language) {
            const QMutexLocker lock(&m_mutex);
            if (m_entries.size() >= m_capacity && !m_entries.contains(key))
                m_entries.clear(); // a process reading this many files is not the one the cache is for
            m_entries.insert(key, Entry{before, witnessPath, language, result, reason});
        }
        return result;
    }

    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_capacity;
};

} // namespace hwb
