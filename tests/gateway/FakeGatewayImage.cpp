#include "FakeGatewayImage.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace hwb::test {

namespace {
QString describe(const ProcessResult &r)
{
    return QString::fromUtf8(r.stdErr + r.stdOut).trimmed();
}
} // namespace

QString FakeGatewayImage::ensure(const QString &docker, QString *error)
{
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/hwb-fake-gateway-XXXXXX"));
    const QString rootfs = work.filePath(QStringLiteral("rootfs"));
    for (const char *dir : {"usr/local/bin", "bin", "etc/envoy", "tmp"})
        QDir().mkpath(rootfs + QLatin1Char('/') + QLatin1String(dir));
    const QString envoy = rootfs + QStringLiteral("/usr/local/bin/envoy");
    const auto build = runProcess(goExecutable(),
                                  {QStringLiteral("build"), QStringLiteral("-trimpath"), QStringLiteral("-ldflags=-s -w"),
                                   QStringLiteral("-o"), envoy, QStringLiteral(".")},
                                  sourceDir() + QStringLiteral("/tests/gateway/fake-envoy"),
                                  {QStringLiteral("CGO_ENABLED=0"), QStringLiteral("GOOS=linux"),
                                   QStringLiteral("GOFLAGS=-mod=mod -buildvcs=false"), QStringLiteral("GOPROXY=off"),
                                   QStringLiteral("GOTOOLCHAIN=local")});
    if (build.exitCode != 0) {
        *error = QStringLiteral("building fake-envoy failed: ") + describe(build);
        return {};
    }
    const QString busybox = QStringLiteral("/bin/busybox");
    if (!QFile::copy(busybox, rootfs + QStringLiteral("/bin/busybox"))) {
        *error = QStringLiteral("cannot copy %1 (install busybox-static)").arg(busybox);
        return {};
    }
    for (const char *applet : {"sh", "sha256sum", "cat", "ls"})
        QFile::link(QStringLiteral("busybox"), rootfs + QStringLiteral("/bin/") + QLatin1String(applet));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {envoy, busybox}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
    }
    const QString tag = QStringLiteral("%1:%2").arg(QLatin1String(kRepository),
                                                    QString::fromLatin1(hash.result().toHex().left(16)));
    if (runProcess(docker, {QStringLiteral("image"), QStringLiteral("inspect"), tag}).exitCode == 0)
        return tag;

    const QString tar = work.filePath(QStringLiteral("rootfs.tar"));
    const auto pack = runProcess(QStringLiteral("tar"), {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"), tar, QStringLiteral(".")});
    if (pack.exitCode != 0) {
        *error = QStringLiteral("tar failed: ") + describe(pack);
        return {};
    }
    const auto import = runProcess(docker, {QStringLiteral("import"),
                                            QStringLiteral("--change"), QStringLiteral(R"(ENTRYPOINT ["/usr/local/bin/envoy"])"),
                                            QStringLiteral("--change"), QStringLiteral("LABEL io.higress.workbench.test=1"),
                                            tar, tag});
    if (import.exitCode != 0) {
        *error = QStringLiteral("docker import failed: ") + describe(import);
        return {};
    }
    return tag;
}

QString FakeGatewayImage::bridgeGateway(const QString &docker)
{
    const auto r = runProcess(docker, {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("bridge"),
                                       QStringLiteral("--format"), QStringLiteral("{{range .IPAM.Config}}{{.Gateway}} {{end}}")});
    return QString::fromUtf8(r.stdOut.simplified()).section(QLatin1Char(' '), 0, 0);
}

} // namespace hwb::test
