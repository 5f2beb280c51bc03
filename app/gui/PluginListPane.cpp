#include "PluginListPane.h"

#include "AppContext.h"
#include "widgets/KeyShortcuts.h"
#include "widgets/PluginItemDelegate.h"
#include "widgets/ShrinkableCombo.h"
#include "workspace/PluginFilterModel.h"
#include "workspace/PluginListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace hwb::gui {

PluginListPane::PluginListPane(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_filter(new PluginFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_family(new ShrinkableCombo(6, this))
    , m_era(new ShrinkableCombo(6, this))
    , m_buildrcOnly(new QCheckBox(this))
    , m_view(new QListView(this))
{
    m_filter->setSourceModel(context.plugins());
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new PluginItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setObjectName(QStringLiteral("pluginList"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_family, 1);
    filters->addWidget(m_era, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_buildrcOnly);
    layout->addWidget(m_view, 1);
    retranslate();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { filter([&] { m_filter->setText(text); }); });
    connect(m_family, &QComboBox::currentIndexChanged, this,
            [this] { filter([this] { m_filter->setFamily(m_family->currentData().toString()); }); });
    connect(m_era, &QComboBox::currentIndexChanged, this,
            [this] { filter([this] { m_filter->setEra(m_era->currentData().toString()); }); });
    connect(m_buildrcOnly, &QCheckBox::toggled, this, [this](bool only) { filter([&] { m_filter->setBuildrcOnly(only); }); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PluginListPane::onCurrentChanged);
    // The list follows a selection made elsewhere (a page that shows the plugin whose edits it could not save),
    // and keeps it through a rescan, which resets the model.
    // Following is not choosing: without the guard the list echoed the choice back to the context, which then
    // announced a "refresh" in the middle of its "changed", and every page loaded the plugin twice.
    const auto follow = [this] {
        if (const auto &plugin = m_context.currentPlugin(); plugin && m_view->currentIndex().data(PluginListModel::PathRole) != plugin->path) {
            const QScopedValueRollback following(m_following, true);
            selectPlugin(plugin->path);
        }
    };
    connect(&context, &AppContext::currentPluginChanged, this, follow);
    connect(&context, &AppContext::currentPluginRefreshed, this, follow);
}

// Filtering only narrows what the list shows. When it hides the selected plugin, the view would make a neighbour
// current, and that is not the user's choice: the selection stays, shown again when the filter lets it through.
void PluginListPane::filter(const std::function<void()> &apply)
{
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        apply();
        const auto &plugin = m_context.currentPlugin();
        const int row = plugin ? m_context.plugins()->rowOfPath(plugin->path) : -1;
        const QModelIndex shown = row >= 0 ? m_filter->mapFromSource(m_context.plugins()->index(row)) : QModelIndex();
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
    }
    m_view->viewport()->update(); // the selection model changed without telling the view
}

void PluginListPane::retranslate()
{
    m_search->setPlaceholderText(KeyShortcuts::withKeys(tr("Search plugins by name or title"), KeyShortcuts::findPlugin()));
    m_buildrcOnly->setText(tr("Only plugins with a .buildrc"));
    const QSignalBlocker blockFamily(m_family);
    const QSignalBlocker blockEra(m_era);
    const int family = std::max(0, m_family->currentIndex());
    const int era = std::max(0, m_era->currentIndex());
    m_family->clear();
    m_family->addItem(tr("All families"), QString());
    for (const char *id : {"wasm-go", "wasm-rust", "wasm-cpp", "wasm-assemblyscript"})
        m_family->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_era->clear();
    m_era->addItem(tr("All eras"), QString());
    m_era->addItem(tr("Era 1: TinyGo + .buildrc"), QStringLiteral("tinygo-buildrc"));
    m_era->addItem(tr("Era 2: Go wasip1"), QStringLiteral("go-wasip1"));
    m_era->addItem(tr("Unknown era"), QStringLiteral("unknown"));
    m_family->setCurrentIndex(family);
    m_era->setCurrentIndex(era);    // No labels beside them: these are what a screen reader says.
    m_search->setAccessibleName(tr("Search plugins by name or title"));
    m_family->setAccessibleName(tr("Plugin family"));
    m_era->setAccessibleName(tr("Build era"));
    m_view->setAccessibleName(tr("Plugins"));
}

void PluginListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PluginListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PluginListPane::selectPlugin(const QString &path)
{
    const int row = m_context.plugins()->rowOfPath(path);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_context.plugins()->index(row));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void PluginListPane::onCurrentChanged()
{
    if (m_following)
        return;
    const QModelIndex index = m_view->currentIndex();
    m_context.setCurrentPlugin(index.isValid() ? index.data(PluginListModel::PathRole).toString() : QString());
}

} // namespace hwb::gui
