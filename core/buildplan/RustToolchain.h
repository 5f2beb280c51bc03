#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace hwb {

struct RustToolchainChoice;

// A cargo, the rustc it compiles with, and the WebAssembly targets that rustc has a standard library for.
// rustup installs targets per toolchain and Debian ships them apart (libstd-rust-dev-wasm32), so the cargo
// first on PATH can well have none; the planner then builds with one that has, and says so.
struct RustToolchain
{
    QString cargo;
    QString rustc;           // what cargo runs: $RUSTC, else the rustc beside cargo, else the one on PATH
    QString version;         // "rustc 1.63.0"; empty when rustc did not answer
    QStringList wasmTargets; // installed wasm32-* standard libraries, sorted
    // rustc links wasm with its own rust-lld: in the sysroot (rustup, Debian 12's rustc) or on PATH (Debian 13
    // ships it apart, in rust-llvm). Without it cargo fails with "linker `rust-lld` not found".
    bool hasWasmLinker = false;

    // wasm32-wasip1 where installed, else its pre-1.78 name wasm32-wasi; empty when there is neither.
    QString wasiTarget() const;
    QString describe() const; // "/usr/bin/cargo (rustc 1.63.0: wasm32-wasi)", for messages

    // Asks cargo's rustc for its sysroot and version (two short process runs).
    static RustToolchain probe(const QString &cargo);
    // The cargos worth trying, first to last: $HWB_CARGO, the setting or PATH (ToolLocator), then the
    // places Debian and rustup install one (/usr/bin, $CARGO_HOME/bin or ~/.cargo/bin). Each once, by
    // canonical path.
    static QStringList candidateCargos();

    // The first candidate with a WASI target, else the first candidate. Probed once per process.
    static const RustToolchainChoice &forWasm();
    // The next forWasm() looks again: the build server's next build may have another PATH or CARGO_HOME, and
    // `rustup target add` may have run since.
    static void forgetChoice();
};

struct RustToolchainChoice
{
    RustToolchain chosen;            // cargo empty when there is none at all
    QList<RustToolchain> passedOver; // earlier candidates without a WASI target
};

} // namespace hwb
