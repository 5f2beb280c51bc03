#pragma once

#include "buildrun/BuildSummary.h"
#include "widgets/MessageBar.h"

#include <QWidget>

namespace hwb::gui {

// The Build page's verdict on the module the last build wrote: red when it fails verification (the build succeeded
// and the module will hang requests all the same), with a way to the Verify page; green when it passed, saying
// what the pass rests on. It is its own bar, apart from the plan's warnings, because writing the module rescans the
// plugin and replans: a verdict sharing their bar was replaced by them a moment after the build.
// It stays until the next build, or until the plan would write another artifact, about which it says nothing.
class BuildVerdictNotice : public QWidget
{
    Q_OBJECT
public:
    explicit BuildVerdictNotice(QWidget *parent = nullptr);

    void showVerdict(const BuildSummary &summary, const ArtifactInspector::Options &options);
    void clear();
    void keepFor(const QString &artifact); // clears the verdict when it is about another artifact
    QString text() const; // what the notice says, empty when it is hidden
    MessageBar::Kind kind() const;

Q_SIGNALS:
    void verifyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult();

    MessageBar *m_bar;
    BuildSummary m_summary;
    ArtifactInspector::Options m_options; // for wording the verdict again in another language
};

} // namespace hwb::gui
