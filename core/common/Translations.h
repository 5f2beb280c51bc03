#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace hwb {

// Loads the workbench's and Qt's own translations for a locale; the GUI and the CLI share this.
class Translations
{
public:
    // Installs translators on the application for locale (replacing earlier ones). Returns true when a
    // workbench translation for the locale exists (English needs none).
    static bool install(const QLocale &locale);
    // "system", "en" or "zh_CN", as stored in settings.
    static QLocale localeFor(const QString &setting);
    // The locale last passed to install() (the system locale before that): the UI language, e.g. for
    // picking README_EN.md.
    static QLocale currentLocale();
    // Counts install() calls: what was kept with translated messages in it is stale once this moves.
    static int generation();
    static QStringList availableLanguages(); // without "system"
};

} // namespace hwb
