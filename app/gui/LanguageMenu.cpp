#include "LanguageMenu.h"

#include "common/Translations.h"
#include "storage/AppSettings.h"

#include <QActionGroup>
#include <QEvent>

namespace hwb::gui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_system(addAction(QString()))
    , m_english(addAction(QString()))
    , m_chinese(addAction(QString()))
{
    m_system->setData(QStringLiteral("system"));
    m_english->setData(QStringLiteral("en"));
    // The language's own name, so a user can find it whatever the current language is.
    m_chinese->setData(QStringLiteral("zh_CN"));
    for (QAction *a : {m_system, m_english, m_chinese}) {
        a->setCheckable(true);
        m_group->addAction(a);
        a->setChecked(a->data().toString() == AppSettings::language());
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        const QString language = action->data().toString();
        AppSettings::setLanguage(language);
        Translations::install(Translations::localeFor(language));
    });
    retranslate();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System Default"));
    m_english->setText(QStringLiteral("English"));
    m_chinese->setText(QStringLiteral("简体中文"));
}

} // namespace hwb::gui
