#include "WorkspaceScanner.h"

#include "EraClassifier.h"
#include "FrontMatter.h"
#include "GoModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace hwb {

namespace {

QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

// [package] version = "x" of a Cargo.toml: a Rust plugin's version, as VERSION is a Go plugin's. Line-based, enough
// for the manifests cargo writes (a table header on its own line, the key at the start of one).
QString cargoPackageVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression version(QStringLiteral("^version\\s*=\\s*\"([^\"]*)\""));
    bool inPackage = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inPackage = line == QLatin1String("[package]");
        else if (inPackage)
            if (const auto m = version.match(line); m.hasMatch())
                return m.captured(1);
    }
    return {};
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

// The known families' extensions folders under root, in name order (the order both scan() and find() keep).
QList<FamilyFolder> familyFolders(const QString &root)
{
    const QDir plugins(QDir(root).filePath(QStringLiteral("plugins")));
    QList<FamilyFolder> out;
    for (const QString &dir : plugins.entryList({QStringLiteral("wasm-*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (const auto family = familyFromId(dir))
            out.append({*family, QDir(plugins.filePath(dir + QStringLiteral("/extensions")))});
    return out;
}

} // namespace

bool WorkspaceScanner::isWorkspace(const QString &dir)
{
    const QDir plugins(QDir(dir).filePath(QStringLiteral("plugins")));
    const QStringList families = plugins.entryList({QStringLiteral("wasm-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
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
    info.hasBuildrc = QFileInfo::exists(d.filePath(QStringLiteral(".buildrc")));
    info.hasOptionYaml = QFileInfo::exists(d.filePath(QStringLiteral("option.yaml")));
    info.version = readTrimmed(d.filePath(QStringLiteral("VERSION")));
    if (info.version.isEmpty() && family == PluginFamily::WasmRust)
        info.version = cargoPackageVersion(d.filePath(QStringLiteral("Cargo.toml")));

    QString readme = d.filePath(QStringLiteral("README.md"));
    // The C locale of a bare shell reads as English too.
    const bool english = language == QLocale::English || language == QLocale::C;
    if (english && QFileInfo::exists(d.filePath(QStringLiteral("README_EN.md"))))
        readme = d.filePath(QStringLiteral("README_EN.md"));
    const FrontMatter fm = FrontMatter::fromFile(readme);
    info.title = fm.title;
    info.description = fm.description;
    info.keywords = fm.keywords;

    std::optional<GoModule> goMod;
    if (QFileInfo::exists(d.filePath(QStringLiteral("go.mod")))) {
        goMod = GoModule::fromFile(d.filePath(QStringLiteral("go.mod")));
        info.goVersion = goMod->goVersion;
        info.sdkModule = sdkOf(*goMod);
    }
    const EraVerdict verdict = EraClassifier::classify(family, info.hasBuildrc, goMod ? &*goMod : nullptr);
    info.era = verdict.era;
    info.eraReason = verdict.reason;
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
    for (const FamilyFolder &f : familyFolders(root))
        for (const QString &name : f.extensions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            result.plugins.append(readPlugin(f.extensions.filePath(name), f.family, language));
    return result;
}

} // namespace hwb
