#include "BuildSummary.h"

#include "wasm/WasmReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace hwb {

QJsonObject BuildSummary::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("state"), buildStateId(result.state)},
            {QStringLiteral("exit_code"), result.exitCode},
            {QStringLiteral("duration_ms"), result.durationMs},
            {QStringLiteral("artifact"), artifact},
            {QStringLiteral("size"), artifactSize},
            {QStringLiteral("sha256"), sha256.isEmpty() ? QJsonValue() : QJsonValue(sha256)},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("error"), result.error}};
}

QString BuildSummary::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString BuildSummary::abiVerdict(const QString &path, bool *ok)
{
    const auto read = WasmReader::readFile(path);
    *ok = false;
    if (!read.ok())
        return QStringLiteral("not a readable wasm module: ") + read.error.message;
    QStringList abis;
    for (const auto &e : read.module.exports)
        if (e.name.startsWith(QLatin1String("proxy_abi_version_")))
            abis.append(e.name.mid(18));
    if (abis.isEmpty())
        return QStringLiteral("no proxy_abi_version export");
    *ok = abis.contains(QLatin1String("0_2_100"));
    QString verdict = *ok ? QStringLiteral("abi 0_2_100 present")
                          : QStringLiteral("abi %1 only: requests that stop in headers will hang").arg(abis.join(QLatin1Char(',')));
    if (read.module.hasExport(QStringLiteral("_start"))) {
        *ok = false;
        verdict += QStringLiteral("; command module (_start): build with -buildmode=c-shared");
    }
    return verdict;
}

BuildSummary BuildSummary::of(const BuildPlan &plan, const BuildResult &result, qint64 startedAtMs)
{
    BuildSummary s;
    s.result = result;
    s.artifact = plan.artifact;
    if (result.state != BuildState::Succeeded)
        return s;
    const QFileInfo info(plan.artifact);
    if (!info.exists() || info.lastModified().toMSecsSinceEpoch() + 2000 < startedAtMs) {
        s.verdict = QCoreApplication::translate("hwb::BuildSummary", "the build wrote no new artifact at %1").arg(plan.artifact);
        return s;
    }
    s.artifactSize = info.size();
    s.sha256 = fileSha256(plan.artifact);
    s.verdict = abiVerdict(plan.artifact, &s.verdictOk);
    return s;
}

} // namespace hwb
