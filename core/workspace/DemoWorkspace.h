#pragma once

#include <QString>

namespace hwb {

// The demo workspace ships read-only with the app; users work on a writable copy of it.
class DemoWorkspace
{
public:
    // The bundled tree: $HWB_DEMO_WORKSPACE, then the installed copy, then the source tree.
    static QString bundledPath();
    // Copies the bundled tree to target (default: <app data>/demo-workspace) unless a copy is already
    // there; reset replaces an existing copy. Returns the copy's path, or an empty string and error.
    static QString ensureWritableCopy(QString *error, bool reset = false, QString target = {});
};

} // namespace hwb
