#pragma once

// What the Build page tests share: the page as the user has it, and the ways the user works it.

#include "TestSupport.h"

#include "AppContext.h"
#include "pages/BuildPage.h"
#include "pages/BuildVerdictNotice.h"
#include "widgets/TagChips.h"

#include "buildplan/BuildVariablesModel.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace hwb::gui::testing {


// The bar with the last build's verdict, apart from the plan's warnings.
inline BuildVerdictNotice *verdictOf(BuildPage &page)
{
    return page.findChild<BuildVerdictNotice *>("buildVerdict");
}

// The chip of this tag in the tag editor, as the user finds it.
inline QToolButton *chipOf(BuildPage &page, const QString &tag)
{
    for (auto *b : page.findChild<TagChips *>()->findChildren<QToolButton *>())
        if (b->text().startsWith(tag))
            return b;
    return nullptr;
}

// As the user does: pick the mode in the combo box.
inline void chooseMode(BuildPage &page, const char *id)
{
    auto *mode = page.findChild<QComboBox *>();
    const int index = mode->findData(QString::fromLatin1(id));
    QVERIFY(index >= 0);
    mode->setCurrentIndex(index);
    Q_EMIT mode->activated(index);
}

// The page's push button with this label, as the user finds it.
inline QPushButton *button(BuildPage &page, const QString &text)
{
    for (auto *b : page.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// A Build page on one of the workspace's wasm-go plugins, shown, as the user has it.
struct ShownPage
{
    ShownPage(const QString &workspace, const QString &plugin)
    {
        if (!context.openWorkspace(workspace).isEmpty())
            qFatal("cannot open the test workspace");
        page.show();
        context.setCurrentPlugin(workspace + "/plugins/wasm-go/extensions/" + plugin);
    }
    AppContext context;
    BuildPage page{context};
};

// The row of the flags table that shows this variable, or -1.
inline int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, BuildVariablesModel::NameColumn).data().toString() == name)
            return r;
    return -1;
}

inline BuildVariable variableOf(const BuildPage &page, const QString &name)
{
    for (const BuildVariable &v : page.plan().variables)
        if (v.name == name)
            return v;
    return {};
}

// Right-clicks the cell and picks the menu entry with this text, as the user does.
inline void chooseFromRowMenu(QTableView *table, const QModelIndex &cell, const QString &entry)
{
    bool chosen = false;
    QObject scope; // no menu opened: the timer dies with this call instead of firing later
    QTimer::singleShot(0, &scope, [&chosen, entry] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == entry) {
                action->trigger();
                chosen = true;
            }
        }
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(table->visualRect(cell).center());
    QVERIFY2(chosen, qPrintable(entry));
}


// Go offline and on the host toolchain, profiles and history in the test folder, and a copy of the demo
// workspace to build in. Returns that copy, or an empty string.
inline QString setUpBuildPageTest(const QTemporaryDir &tmp)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    qputenv("GOTOOLCHAIN", "local");
    qputenv("HWB_PROFILE_FILE", tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", tmp.filePath("history.sqlite").toUtf8());
    return hwb::test::copyDemoWorkspace(tmp);
}

} // namespace hwb::gui::testing
