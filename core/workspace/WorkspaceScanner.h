#pragma once

#include "PluginInfo.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace hwb {

// Finds the plugins of a Higress checkout: every folder plugins/wasm-*/extensions/<name>/.
// Reads only small metadata files, so a real checkout (~100 plugins) lists in milliseconds.
class WorkspaceScanner
{
public:
    struct Result
    {
        QString root;
        QList<PluginInfo> plugins; // sorted by family, then name
        QString error;             // set when root is not a workspace
    };

    // language picks README_EN.md over README.md when it is English and the English file exists.
    static Result scan(const QString &root, QLocale::Language language = QLocale::system().language());
    // The plugins of root after files changed on disk, as scan() would find them: the plugin folders are listed
    // again (so a new one is read and a removed one dropped), and of the plugins in `previous` only those whose
    // folder is in changedDirs are read again. A checkout of ~300 plugins then updates in a millisecond or two.
    static Result update(const QString &root, const QList<PluginInfo> &previous, const QStringList &changedDirs,
                         QLocale::Language language = QLocale::system().language());
    // One plugin by name, reading only that plugin's files: what a command naming one plugin needs, without the
    // whole checkout's READMEs (a real one has ~100). A name is a folder name, or FAMILY/NAME
    // (wasm-go/hello-world) when several families have a plugin of that name, as Higress does (hello-world,
    // custom-response, request-block, ai-intent): then a bare name finds nothing and `families` lists them.
    struct Lookup
    {
        std::optional<PluginInfo> plugin;
        QList<PluginFamily> families; // more than one when the bare name is ambiguous
        // Why name found no plugin in root, for the user: not there, or which FAMILY/NAME to write; "" when found.
        QString problem(const QString &name, const QString &root) const;
    };
    static Lookup find(const QString &root, const QString &name,
                       QLocale::Language language = QLocale::system().language());
    static PluginInfo readPlugin(const QString &dir, PluginFamily family, QLocale::Language language);
    // True when dir looks like a workspace (has plugins/wasm-*/extensions).
    static bool isWorkspace(const QString &dir);
    // The workspace dir is in: dir itself or its nearest parent that is one (as git finds its repository); empty
    // when there is none.
    static QString workspaceContaining(const QString &dir);
};

} // namespace hwb
