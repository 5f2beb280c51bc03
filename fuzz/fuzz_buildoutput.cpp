// Feeds untrusted bytes to what reads a build: the output line splitter (whole and in pieces must give
// the same lines), the tool parsers and the progress parser, and the Makefile reader.
#include "buildplan/MakefileReader.h"
#include "buildrun/BuildProgress.h"
#include "buildrun/OutputLineParser.h"
#include "buildrun/OutputLineSplitter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 13;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    hwb::OutputLineSplitter whole;
    QStringList wholeLines = whole.feed(input);
    wholeLines += whole.finish();

    hwb::OutputLineSplitter pieces;
    QStringList pieceLines;
    for (qsizetype i = 0; i < input.size(); i += step)
        pieceLines += pieces.feed(input.mid(i, step));
    pieceLines += pieces.finish();
    // Lines split at byte boundaries may decode differently only inside a broken UTF-8 sequence; count agrees.
    if (wholeLines.size() != pieceLines.size())
        std::abort();

    hwb::OutputParserChain chain;
    for (const QString &line : std::as_const(wholeLines)) {
        if (const auto d = chain.parse(line); d && d->line < 0)
            std::abort();
        (void)hwb::BuildProgressParser::parse(line);
    }
    const hwb::MakefileInfo info = hwb::MakefileReader::parse(QString::fromUtf8(input));
    (void)info.defaults();
    (void)info.mentionsBuildrc();
    return 0;
}
