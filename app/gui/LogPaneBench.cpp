#include "LogPaneBench.h"

#include "AppContext.h"
#include "pages/BuildPage.h"
#include "widgets/LogView.h"

#include "buildrun/BuildRunner.h"
#include "buildrun/LogFeedBench.h"
#include "buildrun/LogModel.h"

#include <QCoreApplication>

namespace hwb::gui {

QJsonObject LogPaneBench::run(const QString &path, const QSize &windowSize)
{
    AppContext context;
    BuildPage page(context);
    page.resize(windowSize);
    page.show();
    QCoreApplication::processEvents(); // laid out and painted once, as a window that is open
    auto *view = page.findChild<LogView *>(QStringLiteral("buildLog"));
    auto *log = view ? qobject_cast<LogModel *>(view->model()) : nullptr;
    auto *problems = page.findChild<QAbstractItemView *>(QStringLiteral("problems"));
    if (!log || !problems)
        return {{QStringLiteral("error"), QStringLiteral("the Build page has no log view on a LogModel")}};
    QJsonObject result = LogFeedBench::run(
        path, [&page](const QStringList &lines) { Q_EMIT page.runner()->linesReceived(lines); },
        [log] {
            log->flush();
            QCoreApplication::processEvents(); // and painted
        });
    result.insert(QStringLiteral("view"), QString::fromLatin1(view->metaObject()->className()));
    result.insert(QStringLiteral("kept_lines"), view->model()->rowCount());
    result.insert(QStringLiteral("dropped_lines"), log->droppedLines());
    result.insert(QStringLiteral("diagnostics"), problems->model()->rowCount());
    result.insert(QStringLiteral("following"), view->isFollowing());
    return result;
}

} // namespace hwb::gui
