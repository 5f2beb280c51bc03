#include "PageRegistry.h"

#include <QCoreApplication>
#include <QTabWidget>

#include <algorithm>

namespace hwb::gui {

namespace {
QList<PageSpec> &pages()
{
    static QList<PageSpec> list;
    return list;
}
} // namespace

void PageRegistry::add(PageSpec spec)
{
    auto &list = pages();
    const auto pos = std::upper_bound(list.begin(), list.end(), spec.order,
                                      [](int order, const PageSpec &p) { return order < p.order; });
    list.insert(pos, std::move(spec));
}

const QList<PageSpec> &PageRegistry::all()
{
    return pages();
}

QString PageRegistry::title(const PageSpec &spec)
{
    return QCoreApplication::translate("hwb::gui::Pages", spec.title);
}

bool PageRegistry::showSibling(QWidget *page, const QString &id)
{
    for (QWidget *w = page->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->objectName() == id) {
                    tabs->setCurrentIndex(i);
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace hwb::gui
