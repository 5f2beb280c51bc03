#pragma once

#include <QList>
#include <QString>

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
};

struct PageRegistration
{
    explicit PageRegistration(PageSpec spec) { PageRegistry::add(std::move(spec)); }
};

} // namespace hwb::gui
