#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hwb {

struct GoModuleVersion
{
    QString path;
    QString version;
    QString sum;
    QString replacePath;    // from a "=>" line; a local directory for replace ... => ../../sdk
    QString replaceVersion;
};

// The text of runtime.modinfo, as `go version -m` prints it:
//   path <main package>, mod <main module>, dep <module> <version> [<sum>], "=>" replacements,
//   build <key>=<value> (-buildmode, -compiler, -tags, -ldflags, DefaultGODEBUG, CGO_ENABLED, GOARCH, GOOS, ...).
struct GoBuildInfo
{
    QString path;
    GoModuleVersion main;
    QList<GoModuleVersion> deps;
    QList<QPair<QString, QString>> settings; // in file order

    bool isEmpty() const { return path.isEmpty() && main.path.isEmpty() && settings.isEmpty(); }
    QString setting(const QString &key) const;
    QStringList tags() const; // -tags split on commas (Go normalises spaces to commas)
    // The dependency that provides proxy-wasm (…/proxy-wasm-go-sdk), if any.
    const GoModuleVersion *proxyWasmSdk() const;
    QJsonObject settingsJson() const;

    static GoBuildInfo parse(QByteArrayView modinfo);
};

} // namespace hwb
