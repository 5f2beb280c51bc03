#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace hwb::gui {

class AppContext;

// The pages of the main window's tab bar. Each page file registers itself, so adding a page touches
// no other file. `--page <id>` selects one for screenshots.
struct PageSpec
{
    const char *id;      // stable, used by --page
    int order;           // tab position, ascending
    const char *title;   // QT_TRANSLATE_NOOP("hwb::gui::Pages", ...)
    std::function<QWidget *(AppContext &context, QWidget *parent)> create;
};

class PageRegistry
{
public:
    static void add(PageSpec spec);
    static const QList<PageSpec> &all(); // sorted by order
    static QString title(const PageSpec &spec);
    // Pages do not know each other: one that points the user at another (a hang -> Verify) finds that page among
    // the tabs it sits in, by id. False when it is not there (a build without that page).
    static bool showSibling(QWidget *page, const QString &id);
};

// A page that holds edits not saved yet implements this too, so that closing the window does not lose them.
class UnsavedWork
{
public:
    virtual ~UnsavedWork() = default;
    virtual QStringList unsavedFiles() const = 0;
    // Saves them all; false, with the page showing why and *error saying it, when one could not be saved.
    virtual bool saveUnsaved(QString *error) = 0;
};

struct PageRegistration
{
    explicit PageRegistration(PageSpec spec) { PageRegistry::add(std::move(spec)); }
};

} // namespace hwb::gui
