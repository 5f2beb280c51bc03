#include "WorkspaceScanner.h"

#include "CargoManifest.h"
#include "EraClassifier.h"
#include "FrontMatter.h"
#include "GoModule.h"

#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::WorkspaceScanner", text);
}

// A metadata file that is there but could not be read (a FIFO would hang the scan, a device fill the memory) leaves
// its field empty, and a note says why, so an empty version or an unknown era is not taken for the plugin's own.
// Returns the note, or empty when the reader gave no reason; clears the reason for the next reader.
QString noteUnread(QStringList *notes, const QString &name, QString *reason)
{
    if (reason->isEmpty())
        return {};
    notes->append(QCoreApplication::translate("hwb::WorkspaceScanner", "%1 was not read: %2.").arg(name, *reason));
    reason->clear();
    return notes->constLast();
}


// Why the plugin's folder cannot be looked into, with the user's own permissions (a folder of mode 000 lists as a
// name in its parent, and every file in it then reads as absent); empty when it can.
QString folderRefusal(const QString &dir)
{
    if (::faccessat(AT_FDCWD, QFile::encodeName(dir).constData(), R_OK | X_OK, AT_EACCESS) == 0)
        return {};
    return qt_error_string(errno);
}

QString sdkOf(const GoModule &mod)
{
    // The newest SDK first: era-2 plugins require both wasm-go and proxy-wasm-go-sdk.
    static const char16_t *const sdks[] = {
        u"github.com/higress-group/wasm-go",
        u"github.com/higress-group/proxy-wasm-go-sdk",
        u"github.com/tetratelabs/proxy-wasm-go-sdk",
        u"github.com/alibaba/higress/plugins/wasm-go",
    };
    for (const char16_t *sdk : sdks)
        if (const auto *r = mod.find(QStringView(sdk)))
            return r->path + QLatin1Char('@') + r->version;
    return {};
}

struct FamilyFolder
{
    PluginFamily family;
    QDir extensions; // <root>/plugins/wasm-<family>/extensions
};

// The wasm-* folders of plugins/, in name order. The prefix is checked here rather than by a "wasm-*" name
// filter, which QDir compiles to an expression on every call: this runs before every build, and for every
// folder up from where hwb is started.
QStringList wasmFolderNames(const QDir &plugins)
{
    // A folder's identity changes with every entry added, removed or renamed in it; looking up a plugin for a build
    // lists this folder twice (isWorkspace() and familyFolders()).
    // A linked wasm-* folder is listed only while its target is a folder, which this one's identity does not say:
    // a listing is not kept while any wasm-* entry is a link, broken ones included (its target may appear).
    struct Listing
    {
        QStringList names;
        bool throughLinks = false;
    };
    static ParsedFileCache<Listing> cache;
    const auto list = [&plugins](QDir::Filters filters) {
        QStringList names = plugins.entryList(filters | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        names.removeIf([](const QString &name) { return !name.startsWith(QLatin1String("wasm-")); });
        return names;
    };
    return cache
        .get(plugins.path(), QString(),
             [&] {
                 Listing listing{list({}), false};
                 const QStringList everything = list(QDir::Files | QDir::System | QDir::Hidden);
                 listing.throughLinks = std::any_of(everything.cbegin(), everything.cend(), [&](const QString &name) {
                     return QFileInfo(plugins.filePath(name)).isSymLink();
                 });
                 return listing;
             },
             [](const Listing &listing) { return !listing.throughLinks; })
        .names;
}

// The known families' extensions folders under root, in name order (the order both scan() and find() keep).
QList<FamilyFolder> familyFolders(const QString &root)
{
    const QDir plugins(QDir(root).filePath(QStringLiteral("plugins")));
    QList<FamilyFolder> out;
    for (const QString &dir : wasmFolderNames(plugins))
        if (const auto family = familyFromId(dir))
            out.append({*family, QDir(plugins.filePath(dir + QStringLiteral("/extensions")))});
    return out;
}

QString versionIn(const QString &path, QString *unread)
{
    static ParsedFileCache<QString> cache;
    return cache.read(path, unread, [&path](QString *reason) {
        return QString::fromUtf8(BoundedFile::readOptional(path, BoundedFile::kVersionLimit, reason)).trimmed();
    });
}

} // namespace

bool WorkspaceScanner::isWorkspace(const QString &dir)
{
    const QDir plugins(QDir(dir).filePath(QStringLiteral("plugins")));
    const QStringList families = wasmFolderNames(plugins);
    return std::any_of(families.cbegin(), families.cend(), [&](const QString &f) {
        return QFileInfo(plugins.filePath(f + QStringLiteral("/extensions"))).isDir();
    });
}

QString WorkspaceScanner::workspaceContaining(const QString &dir)
{
    for (QDir d(dir);;) {
        if (isWorkspace(d.absolutePath()))
            return d.absolutePath();
        if (!d.cdUp())
            return {};
    }
}

PluginInfo WorkspaceScanner::readPlugin(const QString &dir, PluginFamily family, QLocale::Language language)
{
    const QDir d(dir);
    PluginInfo info;
    info.name = d.dirName();
    info.family = family;
    info.path = d.absolutePath();
    if (const QString refusal = folderRefusal(info.path); !refusal.isEmpty()) {
        info.notes.append(tr("The plugin's folder could not be read (%1): its era, version and title are unknown.")
                              .arg(refusal));
        info.eraReason = info.notes.constLast();
        return info;
    }
    info.hasBuildrc = QFileInfo::exists(d.filePath(QStringLiteral(".buildrc")));
    // A .buildrc that is a folder or a pipe is there but never read (the plan says so and stops): listed without a
    // word, it looked like any other plugin with a .buildrc.
    QString buildrcRefusal = info.hasBuildrc ? BoundedFile::refusal(d.filePath(QStringLiteral(".buildrc"))) : QString();
    noteUnread(&info.notes, QStringLiteral(".buildrc"), &buildrcRefusal);
    info.hasOptionYaml = QFileInfo::exists(d.filePath(QStringLiteral("option.yaml")));
    QString unread;
    info.version = versionIn(d.filePath(QStringLiteral("VERSION")), &unread);
    noteUnread(&info.notes, QStringLiteral("VERSION"), &unread);
    if (info.version.isEmpty() && family == PluginFamily::WasmRust) {
        info.version = CargoManifest::fromFile(d.filePath(QStringLiteral("Cargo.toml")), &unread).version;
        noteUnread(&info.notes, QStringLiteral("Cargo.toml"), &unread);
    }

    QString readme = QStringLiteral("README.md");
    // The C locale of a bare shell reads as English too.
    const bool english = language == QLocale::English || language == QLocale::C;
    if (english && QFileInfo::exists(d.filePath(QStringLiteral("README_EN.md"))))
        readme = QStringLiteral("README_EN.md");
    const FrontMatter fm = FrontMatter::fromFile(d.filePath(readme), &unread);
    noteUnread(&info.notes, readme, &unread);
    info.title = fm.title;
    info.description = fm.description;
    info.keywords = fm.keywords;

    std::optional<GoModule> goMod;
    QString goModNote;
    if (QFileInfo::exists(d.filePath(QStringLiteral("go.mod")))) {
        goMod = GoModule::fromFile(d.filePath(QStringLiteral("go.mod")), &unread);
        goModNote = noteUnread(&info.notes, QStringLiteral("go.mod"), &unread);
        info.goVersion = goMod->goVersion;
        info.sdkModule = sdkOf(*goMod);
    }
    const EraVerdict verdict = EraClassifier::classify(family, info.hasBuildrc, goMod ? &*goMod : nullptr);
    info.era = verdict.era;
    // The go.mod decides the era before anything else does: without it the verdict is a guess, and says so.
    info.eraReason = goModNote.isEmpty() ? verdict.reason : goModNote + QLatin1Char(' ') + verdict.reason;
    return info;
}

WorkspaceScanner::Lookup WorkspaceScanner::find(const QString &root, const QString &name, QLocale::Language language)
{
    Lookup lookup;
    QString folder = name;
    std::optional<PluginFamily> only;
    if (const qsizetype slash = name.indexOf(u'/'); slash > 0) {
        only = familyFromId(name.left(slash));
        if (!only)
            return lookup;
        folder = name.mid(slash + 1);
    }
    if (folder.isEmpty() || folder.contains(u'/') || folder == QLatin1String("..") || folder == QLatin1String("."))
        return lookup;
    QString path;
    for (const FamilyFolder &f : familyFolders(root)) {
        if ((!only || f.family == *only) && QFileInfo(f.extensions.filePath(folder)).isDir()) {
            lookup.families.append(f.family);
            path = f.extensions.filePath(folder);
        }
    }
    if (lookup.families.size() == 1)
        lookup.plugin = readPlugin(path, lookup.families.first(), language);
    return lookup;
}

QString WorkspaceScanner::Lookup::problem(const QString &name, const QString &root) const
{
    if (families.size() > 1) {
        QStringList qualified;
        for (PluginFamily family : families)
            qualified.append(familyId(family) + QLatin1Char('/') + name);
        return QCoreApplication::translate("hwb::WorkspaceScanner", "%1 names a plugin in several families. Name one: %2.")
            .arg(name, qualified.join(QStringLiteral(", ")));
    }
    if (!plugin)
        return QCoreApplication::translate("hwb::WorkspaceScanner", "No plugin named %1 in %2.")
            .arg(name, QDir::toNativeSeparators(root));
    return {};
}

WorkspaceScanner::Result WorkspaceScanner::scan(const QString &root, QLocale::Language language)
{
    return update(root, {}, {}, language);
}

WorkspaceScanner::Result WorkspaceScanner::update(const QString &root, const QList<PluginInfo> &previous,
                                                  const QStringList &changedDirs, QLocale::Language language)
{
    Result result;
    result.root = QDir(root).absolutePath();
    if (!QFileInfo(root).isDir()) {
        result.error = QCoreApplication::translate("hwb::WorkspaceScanner", "%1 is not a folder.").arg(root);
        return result;
    }
    if (!isWorkspace(root)) {
        result.error = QCoreApplication::translate("hwb::WorkspaceScanner",
                                                   "%1 has no plugins/wasm-*/extensions folder. Open the root of a "
                                                   "Higress checkout.")
                           .arg(QDir::toNativeSeparators(result.root));
        return result;
    }
    QHash<QString, const PluginInfo *> unchanged;
    unchanged.reserve(previous.size());
    for (const PluginInfo &p : previous)
        unchanged.insert(p.path, &p);
    for (const QString &dir : changedDirs)
        unchanged.remove(QDir(dir).absolutePath());
    for (const FamilyFolder &f : familyFolders(root)) {
        for (const QString &name : f.extensions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString dir = f.extensions.filePath(name);
            const PluginInfo *known = unchanged.value(QDir(dir).absolutePath());
            result.plugins.append(known && known->family == f.family ? *known : readPlugin(dir, f.family, language));
        }
    }
    return result;
}

} // namespace hwb
