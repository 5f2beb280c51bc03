// The fault-injecting server as a program, for benchmarks and screenshots: prints its port, serves until killed.
#include "FaultServer.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FaultServer server;
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    if (!server.listen(port)) {
        std::fprintf(stderr, "cannot listen on port %u\n", port);
        return 1;
    }
    std::printf("%u\n", server.port());
    std::fflush(stdout);
    return app.exec();
}
