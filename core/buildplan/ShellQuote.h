#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

// POSIX sh quoting for the command preview: a word that needs no quotes stays bare, anything else is put in
// single quotes (with ' written as '\''), so the line pasted into sh, bash or zsh runs the same argv.
QString shellQuote(const QString &word);
QString shellJoin(const QStringList &words);

} // namespace hwb
