#pragma once

#include "buildplan/BuildPlan.h"
#include "buildplan/BuildProfile.h"
#include "llm/FireResult.h"
#include "workspace/PluginInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace hwb::test {

QString sourceDir();
QString binaryDir();
QString hwbExecutable();
QString hwbCliExecutable(); // what hwb runs: the Qt program with every command (hwb itself is a launcher)
// Makes `path` a folder only this user may enter (0700), as the build server's runtime folder must be.
bool makePrivateFolder(const QString &path);
QString demoWorkspaceSource();

// A file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);
// Writes bytes to path, creating its folder; fails the running test when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);

// A container engine (docker, podman) that is a /bin/sh script in folder: it appends each command line to
// folder/asked and answers `ps`, after answerAfter seconds (a busy daemon), with one running gateway container of
// plugin whose listener is port, as a GatewayContainers ps line; with none for an empty plugin. For what asks the
// engine which gateway listens where.
QString writeFakeEngine(const QString &folder, const QString &plugin, int port, const QString &answerAfter = QStringLiteral("0"));

// A private, writable copy of the demo workspace inside dir; fails the test when it cannot.
QString copyDemoWorkspace(const QTemporaryDir &dir);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    bool finished = false;
};
ProcessResult runProcess(const QString &program, const QStringList &args, const QString &workingDir = {},
                         const QStringList &extraEnv = {}, int timeoutMs = 300000);
// The same, while this thread's event loop keeps running: for a child that talks to a server the test runs in
// process (a MockLlmServer), which would not answer while the thread blocks in runProcess.
ProcessResult runProcessServing(const QString &program, const QStringList &args, const QString &workingDir = {},
                                const QStringList &extraEnv = {}, int timeoutMs = 300000);

// BuildPlanner::plan for the plugin in pluginDir as a test needs it: the given profile instead of the workspace's
// saved one, English texts.
BuildPlan planFor(const QString &workspace, const QString &pluginDir, PluginFamily family, BuildMode mode,
                  const QStringList &overrides = {}, const QString &customCommand = {},
                  const BuildProfile &profile = {});

// The plugin of that name in a workspace (the first family's), and the plan for it as planFor makes it.
PluginInfo pluginNamed(const QString &workspace, const QString &name);
BuildPlan planNamed(const QString &workspace, const QString &name, BuildMode mode, const QStringList &overrides = {},
                    const QString &customCommand = {});

// The Go toolchain the tests build with; a missing Go fails the test (CI installs it).
QString goExecutable();
// GOOS=wasip1 GOARCH=wasm go build in pluginDir, with a private cache under cacheRoot.
ProcessResult goBuildWasm(const QString &pluginDir, const QString &output, const QStringList &tags,
                          bool cShared = true);

// The tags Go recorded in a wasm module's build info (its "build\t-tags=..." line); empty without one.
QString wasmBuildTags(const QString &path);

// Distinct TCP ports, free now, for servers another process will bind later (a container's published ports).
// They come from below the kernel's ephemeral range, so no bind(0) or outgoing connection of a test running
// in parallel can take one in between, as it can take a port found by binding 0 and closing.
QList<quint16> freePorts(int count);

// A load test's requests as `hwb fire -n N` reports them: streams of three tokens that went well, one started every
// 2.5 ms, request i taking 100 + i % 50 ms.
QList<FireResult> loadTestResults(int n);

} // namespace hwb::test
