#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;

namespace hwb {
class PluginFilterModel;
}

namespace hwb::gui {

class AppContext;

// The left side of the window: search and filters over the workspace's plugins.
class PluginListPane : public QWidget
{
    Q_OBJECT
public:
    explicit PluginListPane(AppContext &context, QWidget *parent = nullptr);

    void selectPlugin(const QString &path);
    void focusSearch(); // and select what is typed there, so typing replaces it
    QListView *view() const { return m_view; }
    PluginFilterModel *filterModel() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void filter(const std::function<void()> &apply);

    AppContext &m_context;
    PluginFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_family;
    QComboBox *m_era;
    QCheckBox *m_buildrcOnly;
    QListView *m_view;
    bool m_following = false; // the list moves to the context's plugin; it is not a choice to pass back
};

} // namespace hwb::gui
