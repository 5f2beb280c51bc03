#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

// What the workbench needs from a wasm-rust plugin's Cargo.toml: its version (as VERSION is a Go plugin's) and the
// name cargo gives the .wasm it builds. Line-based, enough for the manifests cargo writes (a table header on its
// own line, a key at the start of one).
struct CargoManifest
{
    QString packageName;
    QString libName;    // [lib] name, which names the artifact when set
    QString version;    // [package] version

    // The crate name in the artifact's file name: cargo writes dashes as underscores.
    QString artifactStem() const;

    static CargoManifest parse(const QByteArray &text);
    // Empty when there is no file at path, and when it cannot be read, which *unreadable then says.
    static CargoManifest fromFile(const QString &path, QString *unreadable = nullptr);
};

} // namespace hwb
