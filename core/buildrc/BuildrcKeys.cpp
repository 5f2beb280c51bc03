#include "BuildrcKeys.h"

#include "BuildrcEvaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hwb {

namespace {

struct KnownKey
{
    const char *name;
    const char *help;
};

// The upstream era-1 Makefile takes only EXTRA_TAGS from .buildrc; the others are the Makefile's own knobs,
// which authors also keep in .buildrc so that Workbench's build plan (and their own scripts) pick them up.
constexpr KnownKey kKnownKeys[] = {
    {"EXTRA_TAGS", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                     "Go build tags added to the build (-tags). The era-1 Makefile reads it with "
                                     "`. .buildrc && echo $EXTRA_TAGS`. proxy_wasm_version_0_2_100 makes the old SDK "
                                     "export the 0.2.100 ABI; without it LLM requests can hang in the gateway.")},
    {"GO_VERSION", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                     "The Go version of the builder image, e.g. 1.24.4. Era-2 plugins need Go >= "
                                     "1.24 for GOOS=wasip1 -buildmode=c-shared.")},
    {"TINYGO_VERSION", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                         "The TinyGo version of the era-1 builder image, e.g. 0.28.1.")},
    {"BUILDER", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                  "The builder image `make build` uses, e.g. "
                                  "higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0.")},
    {"BUILDER_REGISTRY", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "The registry prefix of the builder image.")},
    {"GOPROXY", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                  "The Go module proxy for the build, e.g. https://proxy.golang.org,direct or "
                                  "https://goproxy.cn,direct.")},
    {"PLUGIN_VERSION", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                         "The version tag of the plugin image (defaults to the VERSION file).")},
    {"PLUGIN_NAME", QT_TRANSLATE_NOOP("hwb::BuildrcKeys",
                                      "The plugin folder name under extensions/. The Makefile sets it before it "
                                      "sources .buildrc, so setting it here is rarely useful.")},
    {"REGISTRY", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "The registry prefix the plugin image is tagged with.")},
    {"IMG", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "The full name of the plugin image.")},
    {"GOFLAGS", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "Extra flags for every go command, e.g. -mod=mod.")},
    {"GO", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "The go executable `make local-build` runs.")},
    {"ORAS_VERSION", QT_TRANSLATE_NOOP("hwb::BuildrcKeys", "The oras version inside the builder image.")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::BuildrcKeys", text);
}

} // namespace

QStringList BuildrcKeys::knownKeys()
{
    QStringList keys;
    for (const KnownKey &k : kKnownKeys)
        keys.append(QString::fromLatin1(k.name));
    return keys;
}

bool BuildrcKeys::isKnown(const QString &key)
{
    return !help(key).isEmpty();
}

QString BuildrcKeys::help(const QString &key)
{
    for (const KnownKey &k : kKnownKeys)
        if (key == QLatin1String(k.name))
            return tr(k.help);
    return {};
}

QStringList BuildrcKeys::splitTags(const QString &value)
{
    // What make gets from `$(shell . .buildrc && echo $$EXTRA_TAGS)`: sh keeps the CR of a CRLF line in the value,
    // echo ends it with "\r\n", and make drops that pair. A CR anywhere else reaches the build.
    static const QRegularExpression separators(QStringLiteral("[ \t\n,]+"));
    return (value.endsWith(u'\r') ? value.chopped(1) : value).split(separators, Qt::SkipEmptyParts);
}

bool BuildrcKeys::isValidBuildTag(const QString &tag)
{
    if (tag.isEmpty())
        return false;
    for (QChar c : tag) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

void checkBuildrcKeys(BuildrcEvaluation &evaluation)
{
    QSet<QString> noted;
    for (const BuildrcAssignment &a : std::as_const(evaluation.assignments)) {
        if (BuildrcKeys::isKnown(a.key) || noted.contains(a.key))
            continue;
        noted.insert(a.key);
        BuildrcDiagnostic d;
        d.line = a.line;
        d.severity = BuildrcDiagnostic::Severity::Info;
        d.code = QStringLiteral("unknown-key");
        d.key = a.key;
        d.message = QCoreApplication::translate("hwb::BuildrcKeys", "%1 is not one of the keys the Higress build reads. It is kept, and later lines may use it.")
                        .arg(a.key);
        evaluation.diagnostics.append(d);
    }
    const auto tags = evaluation.values.constFind(QStringLiteral("EXTRA_TAGS"));
    if (tags == evaluation.values.cend())
        return;
    int line = 0;
    for (const BuildrcAssignment &a : std::as_const(evaluation.assignments))
        if (a.key == QLatin1String("EXTRA_TAGS"))
            line = a.line;
    const QStringList list = BuildrcKeys::splitTags(*tags);
    for (const QString &tag : list) {
        if (BuildrcKeys::isValidBuildTag(tag))
            continue;
        BuildrcDiagnostic d;
        d.line = line;
        d.severity = BuildrcDiagnostic::Severity::Error;
        d.code = QStringLiteral("invalid-build-tag");
        d.key = QStringLiteral("EXTRA_TAGS");
        QString shown = tag;
        shown.replace(u'\r', QLatin1String("\\r"));
        d.message = QCoreApplication::translate("hwb::BuildrcKeys", "'%1' is not a valid Go build tag (only letters, digits, '_' and '.').").arg(shown);
        evaluation.diagnostics.append(d);
    }
}

} // namespace hwb
