#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <atomic>
#include <memory>

namespace hwb {

namespace {
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
QLocale &installedLocale()
{
    static QLocale locale = QLocale::system();
    return locale;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::atomic<int> installs = 0;
} // namespace

QLocale Translations::currentLocale()
{
    return installedLocale();
}

int Translations::generation()
{
    return installs.load(std::memory_order_acquire);
}

bool Translations::install(const QLocale &locale)
{
    // Counted once the translators are in place, on every way out: what was made meanwhile, with the old ones or
    // none, carries the old count and is not kept for the new one.
    struct CountWhenDone
    {
        ~CountWhenDone() { installs.fetch_add(1, std::memory_order_release); }
    } countWhenDone;
    installedLocale() = locale;
    // Dates and numbers formatted with QLocale() follow the chosen language too, not only the texts.
    QLocale::setDefault(locale);
    for (auto *slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    // The .qm files are compiled into the binary by qt_add_translations under :/i18n. The C locale of a bare shell
    // or a container reads English, with the English plural forms ("1 problem", "2 problems"), not the source's "(s)".
    const QLocale ownLocale = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(ownLocale, QStringLiteral("higress-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return locale.language() == QLocale::English;
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    return true;
}

QLocale Translations::localeFor(const QString &setting)
{
    if (setting.isEmpty() || setting == QLatin1String("system"))
        return QLocale::system();
    return QLocale(setting);
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

} // namespace hwb
