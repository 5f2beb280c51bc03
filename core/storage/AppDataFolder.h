#pragma once

#include <QString>

namespace hwb {

// Where the workbench keeps its data (histories, profiles, templates, the demo workspace copy):
// <XDG data home>/higress-workbench, ~/.local/share/higress-workbench by default; $HWB_DATA_DIR when set (each
// test gets its own, so no test sees what another saved, and the hwb a test starts shares the test's).
//
// Qt's AppDataLocation is <data>/<organization>/<application>, and the workbench's organization and application are
// both "higress-workbench", so versions up to 0.1 kept everything one folder deeper. The first call moves what is
// there up (each entry by rename(2), none that would replace one already above), so no history is left behind.
class AppDataFolder
{
public:
    static QString path();
    static QString filePath(const QString &name) { return path() + QLatin1Char('/') + name; }

    // The move itself, for tests: returns the names it could not move (already present in `folder`).
    static QStringList moveUpNestedFolder(const QString &folder);
};

} // namespace hwb
