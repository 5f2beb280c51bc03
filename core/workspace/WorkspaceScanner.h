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
    // One plugin by folder name, reading only that plugin's files: what a command naming one plugin needs,
    // without the whole checkout's READMEs (a real one has ~100). The first family in name order wins, as in scan().
    static std::optional<PluginInfo> find(const QString &root, const QString &name,
                                          QLocale::Language language = QLocale::system().language());
    static PluginInfo readPlugin(const QString &dir, PluginFamily family, QLocale::Language language);
    // True when dir looks like a workspace (has plugins/wasm-*/extensions).
    static bool isWorkspace(const QString &dir);
};

} // namespace hwb
