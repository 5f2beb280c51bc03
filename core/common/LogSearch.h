#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringMatcher>
#include <QTimer>

#include <deque>

class QAbstractItemModel;

namespace hwb {

// Finds a text in a log shown as a list model (the display text of column 0, a row a line) while the log
// grows at its tail and loses its head: every occurrence is counted, one of them is the current match, and
// next()/previous() move it with wrap-around. Rows are scanned in slices of a few milliseconds on a zero
// timer, so a search of 100,000 lines never holds the event loop, and appended rows are scanned as they
// come. Matches are kept by line number since the model's last reset, not by row, so a trim of the head only
// drops the matches it took and the current match stays on its line.
class LogSearch : public QObject
{
    Q_OBJECT
public:
    struct Range
    {
        int start = -1;
        int length = 0;
        bool isValid() const { return start >= 0; }
        bool operator==(const Range &other) const = default;
    };
    static constexpr int kSliceMs = 8; // half a frame at 60 Hz: typing stays fluid during a long scan
    static constexpr int kSliceRows = 200000; // and this many rows at most, whatever the clock says

    explicit LogSearch(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    // Starts a new search. The first match at or after fromRow becomes current (the first one if none
    // follows it), and currentMoved() says so; an empty pattern finds nothing.
    void search(const QString &pattern, Qt::CaseSensitivity sensitivity, int fromRow = 0);
    QString pattern() const { return m_pattern; }
    Qt::CaseSensitivity caseSensitivity() const { return m_sensitivity; }

    bool isScanning() const { return m_scanTimer.isActive(); }
    qsizetype matchCount() const;
    qsizetype currentMatch() const; // 0-based among matchCount(); -1 without a current match
    int currentRow() const;         // -1 without a current match
    Range currentRange() const;
    QList<Range> matchesIn(int row) const; // the row's occurrences, left to right

    void next();
    void previous();

Q_SIGNALS:
    void changed();                // the count, the current match or the rows matched changed
    void currentMoved(int row);    // a search or a step chose the current match: show it

private:
    struct Hit
    {
        qint64 line;   // rows since the model's last reset, so trims of the head leave it valid
        qint64 before; // occurrences on earlier lines since the search began
        int count;     // occurrences on this line
    };

    void restart(bool showFirst);
    void keepPlaceAndRestart();
    void scanSlice();
    void chooseCurrent();
    void headRemoved(int count);
    void setCurrent(qint64 line, int occurrence, bool moved);
    bool showUnseenCurrent();
    QString rowText(int row) const;
    int countIn(const QString &text) const;
    std::deque<Hit>::const_iterator hitAt(qint64 line) const; // the first hit on or after `line`

    QPointer<QAbstractItemModel> m_model;
    QString m_pattern;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
    QStringMatcher m_matcher;
    std::deque<Hit> m_hits;
    QTimer m_scanTimer;
    qint64 m_base = 0;    // the line number of row 0
    qint64 m_scanned = 0; // the next line to scan
    qint64 m_found = 0;   // occurrences found since the search began, trimmed ones too
    qint64 m_anchor = 0;  // the line from which a search chooses its current match
    bool m_showFirst = false; // a new search still has to choose and show its current match
    qint64 m_currentLine = -1;
    int m_currentOccurrence = 0;
    bool m_currentShown = false; // currentMoved() was emitted for the current match
};

} // namespace hwb
