// Fuzzes the .buildrc document and evaluator: no crash, no sanitizer report, and the round trip stays
// lossless (bytes -> document -> bytes is the identity), also after an edit re-parses the result.
#include "buildrc/BuildrcDocument.h"
#include "buildrc/BuildrcEvaluator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    hwb::BuildrcDocument doc = hwb::BuildrcDocument::fromBytes(bytes);
    if (doc.toBytes() != bytes)
        abort();
    const hwb::BuildrcEvaluation e = doc.evaluate();
    for (const hwb::BuildrcDiagnostic &d : e.diagnostics)
        if (d.line < 0 || d.column < -1 || d.length < 0)
            abort();
    for (const QString &key : e.unknownKeys)
        if (e.values.contains(key))
            abort();
    // Half the inputs check an edit, the other half removal and the editor round trip (keeps exec/s up).
    if (size % 2) {
        doc.removeKey(QStringLiteral("EXTRA_TAGS"));
        const QByteArray removed = doc.toBytes();
        if (hwb::BuildrcDocument::fromBytes(removed).toBytes() != removed)
            abort();
        if (QString::fromUtf8(bytes).toUtf8() == bytes) { // an editor shows valid UTF-8 only
            hwb::BuildrcDocument fresh = hwb::BuildrcDocument::fromBytes(bytes);
            fresh.setEditorText(fresh.editorText());
            if (fresh.toBytes() != bytes)
                abort(); // an unedited round trip through the editor must be lossless too
        }
        return 0;
    }
    // An edit must leave a document that still round-trips, and a set key reads back unless evaluation stopped.
    doc.setValue(QStringLiteral("EXTRA_TAGS"), QStringLiteral("a 'b' $c"));
    const QByteArray edited = doc.toBytes();
    if (hwb::BuildrcDocument::fromBytes(edited).toBytes() != edited)
        abort();
    // (In a CRLF file sh reads the appended line's \r too. A file the shell cannot get through, e.g. one that
    // ends inside a quote, can change meaning when a line is appended: the CLI refuses such edits.)
    if (e.stopped)
        return 0;
    const hwb::BuildrcEvaluation after = doc.evaluate();
    const QString target = QStringLiteral("a 'b' $c");
    const auto it = after.values.constFind(QStringLiteral("EXTRA_TAGS"));
    if (it != after.values.cend() && *it != target && *it != target + u'\r')
        abort();
    return 0;
}
