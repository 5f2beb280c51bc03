#include "SplitterMemory.h"

#include "storage/AppSettings.h"

#include <QCoreApplication>
#include <QSplitter>
#include <QTimer>

namespace hwb::gui {

void rememberSplitterSizes(QSplitter *splitter)
{
    Q_ASSERT_X(!splitter->objectName().isEmpty(), "rememberSplitterSizes", "the splitter needs an objectName");
    const QString name = splitter->objectName();
    if (const QByteArray saved = AppSettings::splitterState(name); !saved.isEmpty())
        splitter->restoreState(saved); // checks the blob before it changes anything

    auto *rest = new QTimer(splitter);
    rest->setSingleShot(true);
    rest->setInterval(400);
    const auto save = [splitter, name] { AppSettings::setSplitterState(name, splitter->saveState()); };
    QObject::connect(rest, &QTimer::timeout, splitter, save);
    QObject::connect(splitter, &QSplitter::splitterMoved, rest, qOverload<>(&QTimer::start));
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, splitter, [rest, save] {
        if (rest->isActive())
            save();
    });
}

} // namespace hwb::gui
