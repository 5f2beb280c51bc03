<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hwb::ArtifactInspector</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::ArtifactTableModel</name>
    <message>
        <source>ABI version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point (command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point (reactor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-wasm callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::ArtifactVerdict</name>
    <message>
        <source>exports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports %1, built by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports %1, built without -tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports %1, built with -tags=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module FAILS verification: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module FAILS verification: %1 (the first of %2 problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module LOADS, but requests will hang: it exports proxy_abi_version_%1, not 0_2_100, and no .buildrc or expected tags say the plugin can do without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module verified, with a warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module verified, with warnings: %1 (the first of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BoundedFile</name>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, more than the %2 this reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildMode</name>
    <message>
        <source>make build (Docker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make local-build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go build (wasip1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TinyGo (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cargo (WASI target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildPlanner</name>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 mode is not meant for %2 plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write overrides as NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom mode needs a command template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one, e.g. make build PLUGIN_NAME=${PLUGIN_NAME} EXTRA_TAGS=${EXTRA_TAGS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cargo found on PATH or in the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Rust (Debian: apt install rustc cargo libstd-rust-dev-wasm32; or rustup) or set HWB_CARGO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rust toolchain has no standard library for %1, so cargo would fail with &quot;can&apos;t find crate for core&quot;. Looked at: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rustup target add wasm32-wasip1 (rustup), or apt install libstd-rust-dev-wasm32 (Debian&apos;s /usr/bin/cargo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no WASI target; building with %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rust-lld, the linker rustc uses for wasm targets, so cargo would fail with &quot;linker `rust-lld` not found&quot; unless a cargo config names another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARGO=%1 is not a program that can run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a cargo executable, or drop the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the modes for %1 plugins: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 mode has no program to run: its tool&apos;s variable is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it, e.g. --set GO=/usr/local/go/bin/go, or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command template is only run by the custom mode, and this is a %1 build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the custom mode (--mode custom) to run it, or leave the command out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1 (this build&apos;s override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the workspace&apos;s build profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the plugin&apos;s .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the family&apos;s Makefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed by: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build leaves out tags the .buildrc asks for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the plugin is to work at the gateway, drop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build goes without the workspace profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend the file, or build with --no-profile to say you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 goes into the Makefile&apos;s shell commands unquoted: its spaces, quotes or &apos;$&apos; break the command there, or run part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build it with the go mode, which passes the name to no shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value without them, or build with the go mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is not a valid Go build tag (only letters, digits, &apos;_&apos; and &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, so the build would write its module into it, not as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or rename that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or unset %1, which names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct its path in the settings, which name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it, or give its path in the settings or in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: %2. The plan goes without %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a regular file of a few kilobytes, as in a Higress checkout, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crate&apos;s name, so the artifact&apos;s is a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its defaults and the checks of its recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checks of its build steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking that what it exports reaches cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt install lld-14 on Debian 12 (its /usr/bin/rust-lld points there), rust-llvm on Debian 13; rustup toolchains bring their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To build with the first one, add the target to it (rustup target add wasm32-wasip1), or set CARGO to its path for the build (CARGO=PATH in the Build page&apos;s overrides, --set CARGO=PATH to hwb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .buildrc says why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .buildrc&apos;s EXTRA_TAGS cannot be known: it is set to a value only a shell can compute, on a line sh does not read as a plain assignment, or after a line sh stops at. Building now would leave its tags out: the silent skip behind requests that hang at the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a plain line such as EXTRA_TAGS=proxy_wasm_version_0_2_100 (hwb buildrc set PLUGIN EXTRA_TAGS TAGS rewrites it), or give the tags for this build: --set EXTRA_TAGS=&lt;tags&gt; (on the Build page, add them as tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} in the command is none of the build&apos;s variables, so sh would expand it from the environment, to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean ${%1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} in the command is none of the build&apos;s variables, and the environment does not set it: sh expands it to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command can use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s -%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes nothing: no lower layer sets the tag %2 (the tags were: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tag&apos;s spelling, or drop the -%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean -%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tag or +tag to add a tag, -tag to remove one, and EXTRA_TAGS= (or -*) for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is no tag edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the environment, which the Makefile&apos;s %1 ?= gives way to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildProfile</name>
    <message>
        <source>The build profiles in %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a secret; profiles are plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it in the shell that runs hwb build (builds inherit its environment), or pass it to one build with --set %1=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a URL with a password; profiles are plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the login in ~/.netrc (Go and git read it there) and the URL without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pass it to one build with --set %1=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 looks like an API key; profiles are plain files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildRunner</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some processes of the build did not stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ended by signal %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildSummary</name>
    <message>
        <source>the build wrote no new artifact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable wasm module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy_abi_version export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abi 0_2_100 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abi %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build wrote no new module at %1: there is nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build was killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildVariable</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make fills in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildVariablesModel</name>
    <message>
        <source>Overrides: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make works out %1 when it runs (the Makefile computes it), so the value is shown as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for the builds on this page only. Right-click to go back to the value below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change it for the builds on this page only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build&apos;s mode does not use it: the value is shown, not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Makefile&apos;s default gives way to the environment the build runs in, as make&apos;s ?= does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcCoverage</name>
    <message>
        <source>There is no Makefile at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Makefile has no &apos;%1&apos; target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Makefile&apos;s &apos;%1&apos; recipe never uses EXTRA_TAGS, so the tags &apos;%2&apos; will not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the go mode, or pass -tags &quot;$(EXTRA_TAGS)&quot; in the &apos;%1&apos; recipe of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile never uses EXTRA_TAGS, so the tags &apos;%1&apos; will not reach the compiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ARG EXTRA_TAGS and -tags &quot;$EXTRA_TAGS&quot; to the Dockerfile&apos;s build step, or use the go mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Makefile does not read .buildrc. The workbench passes EXTRA_TAGS on the make command line, but &apos;make %1&apos; typed by hand would build without &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command preview, or make the Makefile source extensions/$(PLUGIN_NAME)/.buildrc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom command never uses ${EXTRA_TAGS}%1, so the tags &apos;%2&apos; will not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the Makefile does not read .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add EXTRA_TAGS=${EXTRA_TAGS} (make) or -tags=${EXTRA_TAGS} (go) to the command, or use the make-build or go mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the go mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cargo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the custom mode with the command npm run asbuild:release and --set ARTIFACT=build/release.wasm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the custom mode with the family&apos;s own build command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom command leaves EXTRA_TAGS to make, which sources the .buildrc itself and gets &apos;%1&apos;, not this build&apos;s tags &apos;%2&apos; (the .buildrc&apos;s diagnostics say why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add EXTRA_TAGS=&quot;${EXTRA_TAGS}&quot; to the make command, or use the make-build or go mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcDiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcEvaluator</name>
    <message>
        <source>The file is not valid UTF-8; values are shown with replacement characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark. sh does not skip it, so the first line is read as a command, not as an assignment. Save the file without a BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 From here on only a shell can tell what this file sets, so every key is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error: sh stops sourcing the file here and make gets no values at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parentheses start a subshell or a function definition; this runs code when make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A here-document feeds lines to a command; this runs code when make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case statement runs code when make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sh (dash) stops with &quot;Bad substitution&quot; here: this ${...} form is not POSIX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${NAME?message} stops the shell when NAME is unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line continuation inside a $ expansion is read differently by the shells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This syntax means different things to bash and to sh (dash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This construct runs code when make sources the file, and its extent cannot be followed statically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is command substitution: it RUNS CODE when make sources the file, and only the command&apos;s output would give the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a special parameter of the sourcing shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quotes mean different things to bash and to sh (dash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backslash at the very end of the file is read differently by the shells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an expansion this editor does not evaluate (only $NAME and ${NAME} are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1, whose value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the shell or the environment of make, not by this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set earlier in this file, so its value comes from the environment make runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in the given environment, so it expands to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unquoted ~ can expand to a home directory. Quote it: &apos;~&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a carriage return (CRLF line endings). sh keeps it as part of the value; save the file with LF line endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is unknown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned in a pipeline or background job, which runs in a subshell: the assignment does not reach make. Its value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned only if the command before &amp;&amp; or || succeeds or fails. Its value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can assign variables while make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirection RUNS CODE when make sources the file (it opens files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts control flow, which RUNS CODE when make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command name is computed, so this line RUNS CODE that cannot be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; RUNS CODE that can change variables or stop the sourcing shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an assignment (a name has only letters, digits and underscores), so sh RUNS it as a command when make sources the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash reads this as an assignment to %1 but sh does not, so %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line RUNS CODE when make sources the file: it executes &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set only for the command that follows it on this line (and sh and bash disagree for some commands), so its value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export %1&apos; is not a plain NAME or NAME=value; sh stops with an error or RUNS CODE here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is unknown: after export, unquoted {, }, ~, *, ? and [ are expanded differently by bash and sh. Quote the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .buildrc is not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value grows past %1 KiB here: no program can be given a string that long, and it is not followed further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unknown: sh does not read line %2 as an assignment to it, so make would not get the value written there. Write it as %1=value at the start of the line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcKeys</name>
    <message>
        <source>Go build tags added to the build (-tags). The era-1 Makefile reads it with `. .buildrc &amp;&amp; echo $EXTRA_TAGS`. proxy_wasm_version_0_2_100 makes the old SDK export the 0.2.100 ABI; without it LLM requests can hang in the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go version of the builder image, e.g. 1.24.4. Era-2 plugins need Go &gt;= 1.24 for GOOS=wasip1 -buildmode=c-shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TinyGo version of the era-1 builder image, e.g. 0.28.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder image `make build` uses, e.g. higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry prefix of the builder image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go module proxy for the build, e.g. https://proxy.golang.org,direct or https://goproxy.cn,direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version tag of the plugin image (defaults to the VERSION file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin folder name under extensions/. The Makefile sets it before it sources .buildrc, so setting it here is rarely useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry prefix the plugin image is tagged with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of the plugin image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra flags for every go command, e.g. -mod=mod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The go executable `make local-build` runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oras version inside the builder image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the keys the Higress build reads. It is kept, and later lines may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Go build tag (only letters, digits, &apos;_&apos; and &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcLayer</name>
    <message>
        <source>This build passes the .buildrc&apos;s tags itself; a plain make build, or hgctl, would not get them. Mend the .buildrc as it says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcValuesModel</name>
    <message>
        <source>Unknown: evaluation stopped at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key the Higress build reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::DemoWorkspace</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled demo workspace was not found. Set HWB_DEMO_WORKSPACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old copy at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::DockerFromPath</name>
    <message>
        <source>The Makefile runs `docker` from PATH, not $(DOCKER), and PATH has none: this build puts %1 first on PATH, so %2 builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Makefile runs `docker` from PATH, not $(DOCKER), and PATH&apos;s is %1: this build puts %2 first on PATH, so %3 builds, the Docker the workbench uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; to build with PATH&apos;s Docker instead, --set DOCKER=%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::EraClassifier</name>
    <message>
        <source>Build eras apply to wasm-go plugins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a .buildrc, which only era-1 Makefiles source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No go.mod with a go directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go.mod requires Go %1 (&gt;= 1.24): built for wasip1 with go build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the TinyGo-era SDK tetratelabs/proxy-wasm-go-sdk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go.mod requires Go %1 (&lt; 1.24): built with TinyGo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::FireRequest</name>
    <message>
        <source>This build has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of host %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was still running when the total timeout of %1 s expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response started but its headers never finished (no data for %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers arrived (HTTP %1) but the body never started: no data for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream stopped: no data for %1 s after %2 events and %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP response: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSE line exceeded the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSE event exceeded the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream event is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed while connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without sending any response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the response was complete (after %1 body bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there. Is the gateway running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended without [DONE] or message_stop after %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body ends inside a UTF-8 sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but the TLS handshake did not finish within %2 s. If this port speaks plain HTTP, use http:// instead of https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine could not open another connection (%1): too many at once for its open-file limit (ulimit -n). The server never saw this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::FireResultModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::GatewayController</name>
    <message>
        <source>No built module for %1 (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plugin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin configuration is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener and admin ports must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container engine found (looked for &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the container engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the previous gateway container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the image %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting the container reach the mock LLM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workbench: the mock LLM cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the gateway container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gateway to be ready (admin /ready)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not become ready within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway container exited with code %1 before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines of container %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is held by the managed gateway of %2 (container %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying envoy.yaml into the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the running gateway container %1; asking whether it is ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a previous gateway container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which container holds port %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::GatewayFixes</name>
    <message>
        <source>Install Docker (or Podman) or set its path in the gateway profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker (or Podman), or pass its path with --engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the gateway of %1 first, or choose another port in the gateway profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it with &apos;hwb gateway down %1&apos;, or pass another port with --port or --admin-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port in the gateway profile, or stop the program that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass another port with --port or --admin-port, or stop the program that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway image %1 is not available locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull it first: %1 pull %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container engine %1 could not be run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon runs, but does not let this user in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER), then log out and in again, or run: newgrp docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container engine&apos;s daemon is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it (for example: sudo systemctl start docker) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway port is already in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was started from the workspace %1: stop it there, or choose another port in the gateway profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it with &apos;hwb gateway down %1 --workspace %2&apos;, or pass another port with --port or --admin-port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunDir</name>
    <message>
        <source>Cannot create a folder for the gateway&apos;s files in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the module %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunProfile</name>
    <message>
        <source>Managed container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock LLM only (plugin NOT in the request path)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunProfileStore</name>
    <message>
        <source>The gateway profiles in %1 could not be read (%2): the defaults are used. The file is kept as it is, and moved to %1.unreadable when a profile is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway profiles were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::HangExplanation</name>
    <message>
        <source>The request does not stream, so nothing comes until the whole reply is ready: a slow upstream may need a first-byte timeout longer than %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response byte in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first byte yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a first byte (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s module %1 failed its check (%2): such a module loads and then holds every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s module passed its check: look at the upstream, it may be slow or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway module built without its .buildrc tags behaves like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the mock LLM, with no gateway in the path: it was told to hang, or it is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a proxy-wasm plugin is in the path, this is how a module built without its .buildrc tags behaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first byte after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is named a hang at %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: the server accepted the connection but sent no byte in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1 accepted the connection but sent no byte in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests hung: no response byte in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway and no plugin are in the path: %1 is the built-in mock LLM, and it holds a request unanswered when told to (the x-mock-fault: hang header, or mock-llm --fault hang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway started by %1 listens on %2, so %1 cannot check the module there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot tell what runs on that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container engine did not answer in time, so %1 cannot tell what listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still asking the container engine what listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after the first request: it hung, so %1 held back the remaining %2. The rest would most likely hang the same way, %3 s each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after the first %1 requests: every one hung, so %2 held back the remaining %3. The rest would most likely hang the same way, %4 s a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module %2, and that module failed its check:
%3
That is the cause: the gateway loads such a module and then holds every request. Rebuild it with its .buildrc tags and restart the gateway (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Verify page lists the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`hwb inspect %1` lists the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module %2, which passed its check: its ABI and build tags are right, so the build is not the cause. The upstream behind the gateway did not answer within %3 s: check that it runs and that the gateway reaches it, and read the gateway&apos;s log (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Gateway page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module, but %2 could not read it to check it. With a proxy-wasm plugin, a hang like this is the classic sign of a build that skipped its .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100): verify the artifact %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a proxy-wasm plugin is in the path, a module built without its .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100) hangs every request like this: verify the artifact %1. Otherwise the server itself did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Verify page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with `hwb inspect FILE.wasm` (or on the Verify page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 s since the response started: the upstream, or a plugin that holds the body, stopped sending. The request is named stalled at %2 s without data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::InspectionRules</name>
    <message>
        <source>The gateway cannot compile a partial module and rejects the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or build the artifact again and check the copy finished (sizes and sha256 match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway only loads WebAssembly binaries and rejects this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the gateway at the .wasm the build produced (main.wasm or plugin.wasm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module exports no proxy_abi_version_* function, so the gateway does not recognise it as a proxy-wasm plugin and refuses to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a plugin that uses a proxy-wasm SDK (its main package must import and register it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module speaks proxy-wasm ABI %1, which gateway %2 does not know; it refuses to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an SDK version that targets ABI %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its build asks for the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a Go 1.24 (wasip1) plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .buildrc or expected tags were given, so this is only a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module exports proxy_abi_version_%1, older than 0_2_100 (%2). The gateway loads it, but requests will hang: under the old ABI a HeaderStopIteration returned by the header callback is turned into StopAllIterationAndWatermark, so the body callbacks never run and the request never completes (higress #1847).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild with the tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact was built without the tags %1 that %2 asks for; its build settings say %3. The build succeeded anyway: Go silently compiles the untagged files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no -tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild with the tags applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module is a WASI command (_start, no _initialize). TinyGo builds of the Higress 1.x era load this way, but newer TinyGo releases exit from _start and the gateway then fails with &quot;restricted_callback&quot; (higress #3268).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build with the TinyGo of the plugin&apos;s builder image, or build a reactor (TinyGo -buildmode=c-shared, or Go &gt;= 1.24 with -buildmode=c-shared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module is a WASI command: it exports _start instead of _initialize. The gateway runs _start at load, Go&apos;s main then exits inside the VM, and loading fails with &quot;Function: _start failed: Uncaught Error: restricted_callback&quot; (higress #3268).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a reactor with -buildmode=c-shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 does not provide %2. It fails the module at load (&quot;missing import&quot;), and the whole listener carrying the plugin is rejected (higress #4233).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &gt;= 1.24 wasip1 builds always import sched_yield: run gateway 2.1.5 or newer, or build this plugin with TinyGo for the older gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the code that needs these imports, or target a gateway that provides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after the artifact was built, so the artifact may not contain your latest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags it asks for were not checked: the artifact may lack them and hang requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the .buildrc a regular file, or name its tags with --expect-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short, so the gateway cannot compile it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a WebAssembly module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exports no proxy_abi_version_*, so the gateway will not start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 does not know its ABI %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exports proxy_abi_version_%1, not 0_2_100, so requests will hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its .buildrc could not be read, so its tags were not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was built without -tags=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a WASI command (_start), which newer TinyGo releases cannot load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a WASI command (_start), so loading fails with restricted_callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 lacks %2, so its listener is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was built</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::JsonParseError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::JsonStoreFile</name>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, and could not be kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::MakeSourcing</name>
    <message>
        <source>Line %1 runs &apos;%2&apos; while make sources the file, so the workbench does not run the file to check what make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives: what it prints becomes tags too, and if the file&apos;s last command fails, make gets none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last command (%1) exits with status %2, so make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` stops before the echo: make gets no tags, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last command (%1) exits with status %2, so make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` stops before the echo: make gets only what the file printed, %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plain EXTRA_TAGS=… line the file&apos;s last line (hwb&apos;s own make modes pass EXTRA_TAGS themselves; a plain make build does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file prints %1 while make sources it, and make takes that output as tags: make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives %2, not %3. Remove the command that prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends with %1, whose exit status decides whether make gets any tags: here it exits 0, but where it fails, make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives none. Make a plain EXTRA_TAGS=… line the file&apos;s last line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::MockLlmDialect</name>
    <message>
        <source>The request body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock serves %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::MockUpstreamStatus</name>
    <message>
        <source>The mock LLM answers on host port %1, also at %2, where the gateway container reaches the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock LLM answers on 127.0.0.1:%1. Whether the gateway container reaches it could not be told: if it does not, run the mock with --bind 0.0.0.0 (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock LLM answers on 127.0.0.1:%1 only, and the gateway container reaches the host at %2: restart it as &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port %1 is held by something that is not the mock LLM: stop it, or run the mock on a free port (&apos;hwb mock-llm --port N --bind 0.0.0.0&apos;) and start the gateway with --mock-port N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on host port %1, where the gateway expects the mock LLM: start it with &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its upstream is the mock LLM on host port %1: run &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is up but cannot reach its upstream from its container. If that is hwb mock-llm on this machine, run it with --bind 0.0.0.0: it listens on 127.0.0.1 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s upstream is the mock LLM on host port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers at %1, where the container reaches the host, so the connection between them was refused: a firewall that drops traffic from the docker bridge (ufw, firewalld) is the usual cause, or the mock started after the request. Fire again to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is up but cannot reach its upstream %1 from its container: check that the container resolves and reaches that address (DNS, an HTTP proxy the host needs, a firewall), and that the provider is up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::ModeVariables</name>
    <message>
        <source>the go mode reads GO, EXTRA_TAGS and Go&apos;s environment variables (GOPROXY, GOFLAGS, CGO_ENABLED…), and builds for GOOS=wasip1 GOARCH=wasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tinygo mode reads EXTRA_TAGS and Go&apos;s environment variables, and -target=wasi sets GOOS and GOARCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cargo mode reads CARGO, RUSTC, RUST_TARGET and PREBUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom command uses only the ${NAME}s it contains (and ARTIFACT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make gets it, but the Makefile&apos;s &apos;%1&apos; target never uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set PLUGIN_NAME=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLUGIN_NAME=%1 in the workspace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLUGIN_NAME=%1 in the .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names another plugin, but this plan is %2&apos;s: its folder, its .buildrc tags and its artifact. The build would mix the two (make-local compiles %3 with %2&apos;s tags; go builds %2 all the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 by selecting it (hwb plan %1), and drop PLUGIN_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop --set %1, or choose a mode that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop --set %1: a Higress plugin is a %1=%2 module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1 may do nothing in this build: %2; make still passes it to the environment of the commands it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1 would do nothing in this build: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace profile&apos;s %1 is not used by this build: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::OutcomeClassifier</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response (hang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::OutputLineParser</name>
    <message>
        <source>Target &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the target name, or choose a build mode whose target this Makefile has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe lines must start with a tab, not spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Docker client cannot do BuildKit builds: its buildx component is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Docker path to /usr/bin/docker (Debian&apos;s docker.io builds with BuildKit natively) in the settings, HWB_DOCKER or --set DOCKER=/usr/bin/docker; or install the buildx plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Docker daemon, or point DOCKER_HOST at a running one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder image is not on this machine and cannot be pulled: build or load it, or set BUILDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rust toolchain has no standard library for the wasm target: rustup target add wasm32-wasip1, or apt install libstd-rust-dev-wasm32 and build with /usr/bin/cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module is not in the Go module cache, and GOPROXY=off forbids downloading it: allow a proxy (--set GOPROXY=https://proxy.golang.org,direct) or fill the cache first (go mod download).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go.sum lacks the module&apos;s checksum: run go mod tidy in the plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the linker rustc names. For rust-lld: apt install lld-14 on Debian 12, rust-llvm on Debian 13.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::PluginConfigFile</name>
    <message>
        <source>The configuration has an API key written out (%1). Keys are not saved in clear text: write ${API_KEY} in its place, and the key is taken from the keychain (hwb: $HWB_API_KEY) when the gateway starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the configuration to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::PluginInfo</name>
    <message>
        <source>Era 1 (TinyGo, .buildrc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era 2 (Go wasip1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown era</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::PrebuildScript</name>
    <message>
        <source>.prebuild sets %1, but the family&apos;s Dockerfile runs it in a step of its own (%2), so the cargo build in a later step never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put build flags where cargo reads them in every build (.cargo/config.toml, [build] rustflags), or build with cargo mode, which sources .prebuild before cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a script relative to the plugin folder, or --set PREBUILD= to build without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs system packages (line %2: %3). Higress runs it as root in its builder container; cargo mode would run it in your shell, on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build with make-build, which runs it in the container, or install what it needs yourself and build with --set PREBUILD= to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREBUILD=%1 names no readable file in the plugin folder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::ResponseCheck</name>
    <message>
        <source>not a chat completion: no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an embedding response: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a completion: no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Content-Type, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response says JSON but is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 carrying an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for a stream (stream:true) but got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::RunComparison</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung (no first byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fired (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::RustToolchain</name>
    <message>
        <source>no wasm32 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rustc did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::SecretStore</name>
    <message>
        <source>this build has no QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: API keys are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::TemplateLibrary</name>
    <message>
        <source>A template name may only use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named %1 is saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::UpstreamTarget</name>
    <message>
        <source>The upstream must be &quot;mock&quot; or an http(s) URL such as https://api.openai.com, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::WasmReader</name>
    <message>
        <source>Not a WebAssembly module: the file does not start with \0asm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside the wasm header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported wasm binary version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a section header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt section header at offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 at offset %2 claims %3 bytes but only %4 remain: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 at offset %2 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::WorkspaceScanner</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plugins/wasm-*/extensions folder. Open the root of a Higress checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a plugin in several families. Name one: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s folder could not be read (%1): its era, version and title are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::cli</name>
    <message>
        <source>%1 uses CRLF line endings, so sh reads %2 with a trailing carriage return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: after this edit sh would still not give %1 that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: the exact environment make runs in, one NAME=VALUE each (names not given expand to nothing). Without it, names from the environment are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: assume an empty environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hwb buildrc eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some assignments of %1 are part of larger statements and were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate or edit a .buildrc (eval, get, set, unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Higress checkout (default: $HWB_WORKSPACE or the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Higress workspace (no plugins/wasm-*/extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s, %2 tokens/s over %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled or saved request template (default openai-chat-stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header &apos;K: V&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at most R requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to connect (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the first response byte (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data once the response started (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds for the whole request (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept any TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse connections between requests (TTFB then excludes connecting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the request templates and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the run in the run history (compare runs in the workbench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for the stored run, e.g. &apos;with tag&apos; (implies --save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the run to FILE (.json or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire needs exactly one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header is &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire sample LLM requests and measure them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway for %1 is ready at %2 (container %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n gateway container(s) of %1.</source>
        <translation>
            <numerusform>Removed %n gateway container of %1.</numerusform>
            <numerusform>Removed %n gateway containers of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>up, down, status or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway image (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker or podman executable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port on 127.0.0.1 (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin port on 127.0.0.1 (default 9901).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mock&quot; (the mock LLM on the host) or a provider URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port of the mock LLM (default 18080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module to mount (default: the plugin&apos;s newest main.wasm/plugin.wasm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s JSON configuration (default: saved or config.sample.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for readiness (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: lines to show (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: keep following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hwb gateway up|down|status|logs PLUGIN [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use up, down, status or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plugin in a local gateway container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS  %1: the gateway will load this plugin and requests will flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL  %1: this artifact will not work at the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 bytes, sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toolchain      %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABI versions   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory         %1, allocator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports        %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-wasm SDK %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway        profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build tags the artifact must carry (comma separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target gateway version (default: the newest known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin folder for .buildrc tags, era and staleness (default: the artifact&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .wasm artifact to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect takes exactly one .wasm file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a plugin artifact (.wasm) before it reaches the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one; default 18080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1; 0.0.0.0 lets containers reach it via host-gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before the first token (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay between tokens (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per reply (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault for every request: %1. Requests can pick one with the x-mock-fault header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock LLM upstream listening on %1 (bound to %2). Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the built-in mock LLM upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: add each plugin&apos;s evaluated .buildrc as &quot;buildrc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the plugins of a Higress workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the plugins of a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record this build in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the build in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a plugin with its merged flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a variable for this build (repeatable). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom mode&apos;s command template, with ${VAR} placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the workspace&apos;s saved build profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N builds (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List successful builds with their artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a build&apos;s merged flags and exact command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing needs two stored runs; the history has %1. Store runs with hwb fire --save or --label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run %1 in the history; hwb runs lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two runs, A and B, or none for the newest two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare run A with run B (ids from the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored request runs (hwb fire --save or --label, and the Requests page), newest first, or compare two of them metric by metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument %1; use hwb runs or hwb runs compare [A B].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List stored request runs, or compare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored runs yet: hwb fire --save or --label keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. By default the workspace profile&apos;s, else the family&apos;s usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &apos;%1&apos;. The modes are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no built module (main.wasm, plugin.wasm, or cargo&apos;s target/*/release/*.wasm); build it or pass --artifact FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin to build: its folder name, or FAMILY/NAME (wasm-go/hello-world) when several families have one of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: sh names are letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway needs a gateway version such as %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plugin needs the plugin&apos;s folder; %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a positive number of seconds, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hwb &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;hwb &lt;command&gt; --help&apos; for a command&apos;s options. &apos;hwb --version&apos; prints the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged since the last build: nothing was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: nothing rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build          %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  ttfb %4  ttft %5  total %6  itl p50 %7  tokens %8%9  bytes %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4, %5 ok, %6 hung  TTFB p50 %7 ms  %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ok (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --set as NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration uses ${%1}, which has no value: export HWB_%1=... (an API key is never saved with the configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no build profile: its builds take the Makefile&apos;s and .buildrc&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build profile of %1 (in %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the mode builds take when none is given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the custom mode&apos;s command template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show (default), set K=V…, unset K…, or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the workspace&apos;s build profile: the layer between the plugin&apos;s .buildrc and one build&apos;s --set. hwb build and the Build page use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set: give NAME=VALUE, --mode or --command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to unset: give names, &apos;mode&apos; or &apos;command&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use show, set, unset or clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the workspace&apos;s build profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved template &apos;%1&apos; cannot be read: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend the file, or move it away to start afresh; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a plugin with its merged flags. The exit code is the build&apos;s; with --json the log goes to stderr and stdout ends with a summary object.
Example: hwb build ai-proxy --mode make-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate and edit a plugin&apos;s .buildrc the way sh reads it.
Example: hwb buildrc set ai-proxy EXTRA_TAGS proxy_wasm_version_0_2_100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no .buildrc (%2 does not exist); &apos;hwb buildrc set %1 %3 VALUE&apos; creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace found here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --workspace DIR, set HWB_WORKSPACE, or run hwb inside a Higress checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hwb plugins lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds of %1 recorded, and no workspace here has a plugin of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds of %1 recorded, and %2 has no plugin of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hwb history lists every plugin&apos;s builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this plugin&apos;s builds: a name, FAMILY/NAME, or its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List successful builds, newest first, with the artifact digest and the plan.
Example: hwb history ai-proxy --limit 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLUGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARTIFACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS with warnings  %1: the gateway will load this plugin; read the warnings below before trusting requests to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a plugin artifact and say whether the gateway will load it and requests will flow.
Example: hwb inspect plugins/wasm-go/extensions/ai-proxy/main.wasm --expect-tags proxy_wasm_version_0_2_100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a build would run, with every variable and the layer it came from.
Example: hwb plan ai-proxy --set EXTRA_TAGS=+debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode: %1 (--mode picks another: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;hwb --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? Run &apos;hwb --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL: a base (http://127.0.0.1:10000, or one ending in /v1) gets the template&apos;s endpoint; any other path is sent as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire sample LLM requests and measure status, TTFB, TTFT and ITL.
The API key for ${API_KEY} comes from $HWB_API_KEY.
Example: hwb fire http://127.0.0.1:10000 --template openai-chat-stream -n 20 -c 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed, it cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hwb fire --list-templates lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not set (export HWB_API_KEY=...); sending it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails verification; the gateway will start it all the same, but:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification warns about %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the container engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gateway container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one with &apos;hwb gateway up %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the local gateway container of a plugin.
Example: hwb mock-llm --bind 0.0.0.0 &amp; hwb gateway up ai-proxy &amp;&amp; hwb fire http://127.0.0.1:10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the built-in OpenAI/Anthropic-compatible mock LLM upstream until stopped.
Per-request headers: x-mock-ttft-ms, x-mock-itl-ms, x-mock-tokens, x-mock-fault.
Example, for a gateway container to reach it: hwb mock-llm --bind 0.0.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass another port with --port, or --port 0 to take a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: hwb fire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway container cannot reach %1: for &apos;hwb gateway up&apos;, run the mock with --bind 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOADS, but requests will hang  %1: it exports proxy_abi_version_%2, not 0_2_100. Nothing says this plugin can do without the new ABI: pass --plugin DIR (its .buildrc) or --expect-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin         %1 (named by the module&apos;s Go build info; its .buildrc judges the tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a terminal, say after S seconds without a first byte that a request may hang (default 5, at most half the first-byte timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module check: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module check: the running module fails verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module check: verification warns about the running module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped early, %2 not fired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire all N requests even when every request of the first round (the first C) hangs; by default the rest are then not fired, since they would hang the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --no-early-stop to fire all %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker or podman executable, asked which gateway container listens at the URL (default: $HWB_DOCKER, else the workbench&apos;s setting, else docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this file as the body, in place of the template&apos;s (&apos;-&apos; for stdin); the template still gives the endpoint and the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-c %1 needs about %2 open files, and this process may open %3 (ulimit -n): requests past that fail here, before they reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail needs &apos;all&apos; or a number of lines, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1, which serves &apos;hwb %2&apos;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the installation complete? Link hwb rather than copy it: it finds its helpers in libexec/ beside its own bin/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRA_TAGS merges as a set across layers (makefile &lt; environment &lt; buildrc &lt; profile &lt; override): &apos;tag&apos; or &apos;+tag&apos; adds, &apos;-tag&apos; removes, order of first appearance; an empty value (or &apos;-*&apos;) clears the layers below. --set EXTRA_TAGS=-foo builds once without foo, --set EXTRA_TAGS= without any tag. A --set the mode does not use is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix line %1 of %2 first (%3), then set %4 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: NAME=VALUE pairs, as --set takes them (EXTRA_TAGS &apos;+tag&apos; adds, &apos;-tag&apos; removes, each set adding to the profile&apos;s; EXTRA_TAGS= for none); unset: names, or &apos;mode&apos; and &apos;command&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB   %1  (%2 with a first byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT   %1  (%2 ok with content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total  %1  (%2 not cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build server runs for this hwb. The next build starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The build server (pid %1) is running a build, started %2; %n build(s) served before it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The build server (pid %1) is idle: %n build(s) served, the last %2 s ago. It ends after %3 s without a build.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status (the default), or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident build server that hwb build hands its builds to, so that a rebuild pays no start-up: the first build starts it, it serves one build at a time (a second one builds by itself), and it ends after 15 minutes without a build, or when hwb is rebuilt or reinstalled. HWB_BUILD_SERVER=0 builds without it.
Example: hwb build-server stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private folder for the build server&apos;s socket here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$XDG_RUNTIME_DIR/higress-workbench, or /tmp/higress-workbench-UID without XDG_RUNTIME_DIR, must be a folder of yours that nobody else may enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is status or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build server was running for this hwb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build server (pid %1) stops once the build it is running ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped the build server (pid %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build server did not answer the stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or stop the resident build server of hwb build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build server stopped before the build ended: whether it built, and what, is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the build again. HWB_BUILD_SERVER=0 builds without the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n build server(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With stop: every build server of yours, for any hwb and environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::cli::BuildServer</name>
    <message>
        <source>Another build server holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::AppContext</name>
    <message>
        <source>The workspace could not be read again, so the list shows it as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildPage</name>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plugin to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled; no process of it is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build failed with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors shown below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 for these builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the value from %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set NAME=VALUE for these builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off override, as hwb build --set takes it. Press Enter to add it to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE: a name of letters, digits and &apos;_&apos;, then &apos;=&apos; and the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRA_TAGS merges as a set: add or remove single tags with the tag editor beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged: nothing rebuilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the build and every process it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build with these flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build&apos;s output appears here, as it runs. Press Build to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to see its line in the source here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems. The errors and warnings of Go, TinyGo, cargo, make and Docker are listed here as the build reports them; click one to open its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds of this plugin recorded yet. Each successful build is kept here with its artifact&apos;s sha256 and verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command: pasted into a terminal it runs the same build, with the keys the preview shows masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the workspace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every build of this workspace gets it from now on, hwb build too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the workspace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this mode in the workspace profile: builds of this workspace use it unless another is picked, hwb build too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by /bin/sh in the plugin&apos;s folder; ${NAME} gives a variable&apos;s value, shell-quoted. Workspace default keeps it with the mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend the file first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;XTRA_TAGS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 s, but the module FAILS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildVerdictNotice</name>
    <message>
        <source>Up to date, nothing rebuilt: %1 (sha256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1 (sha256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildrcPage</name>
    <message>
        <source>The file changed on disk and was reloaded (you had no unsaved edits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the version on disk and drop your unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits; the next save replaces the version on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read .buildrc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .buildrc. Era-2 (Go wasip1) builds do not read one; era-1 Makefiles take EXTRA_TAGS from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .buildrc. The era-1 Makefile sources it with /bin/sh and takes EXTRA_TAGS from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plugin to edit its .buildrc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .buildrc changed on disk while you were editing it. Nothing was overwritten: reload the disk&apos;s version, keep yours (the next save replaces it), or look at the diff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your version; save to replace the one on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- on disk
+++ yours
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .buildrc: wasm-rust builds do not read one. They source .prebuild before cargo runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .buildrc: only wasm-go builds read one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the .buildrc (atomically: a crash leaves the old or the new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits to the .buildrc of %1 are kept: select the plugin again to save or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;make gets when it sources this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.buildrc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits against the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: sh reads every line as the table above shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .buildrc cannot be read, so it is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .buildrc yet: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::ChartAxes</name>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::FindingCard</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command, to paste into a terminal in one piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayModuleNotice</name>
    <message>
        <source>This module fails verification. The gateway will start it all the same, but:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification warns about this module:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayPage</name>
    <message>
        <source>The mock LLM could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin was rebuilt: restarting the gateway with the new module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s of %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mock LLM: %1 (%n request(s) served)</source>
        <translation>
            <numerusform>Mock LLM: %1 (%n request served)</numerusform>
            <numerusform>Mock LLM: %1 (%n requests served)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock LLM: not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart after a rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to %1, through the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plugin on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1 (built %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gateway to be ready (admin /ready)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway container exited with code 1 before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines of container %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: not built yet (main.wasm, plugin.wasm, or cargo&apos;s target/*/release/*.wasm). Build it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config file: the plugin gets {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: config.sample.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: your saved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plugin first: there is no module to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to %1, straight to the mock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s log appears here once it starts, with the plugin&apos;s own lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request the mock LLM answers is listed here, with its path and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: requests to http://127.0.0.1:%1 pass through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the gateway again with the selected plugin&apos;s module and configuration. It replaces the gateway that runs, whichever plugin that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits to the configuration of %1 are kept: select the plugin again to save or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the key to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n different keys written out, and ${API_KEY} holds one: replace them with placeholders by hand.</source>
        <translation>
            <numerusform>The configuration has %n different keys written out, and ${API_KEY} holds one: replace them with placeholders by hand.</numerusform>
            <numerusform>The configuration has %n different keys written out, and ${API_KEY} holds one: replace them with placeholders by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is in the keychain now, and the saved configuration says ${API_KEY}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept for this session only (%1), and the saved configuration says ${API_KEY}: enter the key on the Requests page when you start the workbench again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the API key the Requests page had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Requests page has another API key as ${API_KEY}. This key would take its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration uses ${API_KEY}, which has no value: enter the API key on the Requests page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration uses ${%1}, which the workbench cannot fill: it keeps one key, ${API_KEY}. Write that instead, or start the gateway with hwb gateway up and $HWB_%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway l&amp;og (wasm at debug level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the m&amp;ock LLM served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Container %1, started outside the workbench.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway of %1 was stopped outside the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another mock LLM (hwb mock-llm?) already answers on port %1, so this one took port %2. The gateway started here forwards to port %2; one started with &apos;hwb gateway up&apos; forwards to port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is held by another program, so the mock took port %2; the gateway started here forwards to port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 was busy, so the mock took port %2; the gateway started here forwards to port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs the image %1; Restart uses the profile&apos;s image, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayProfileForm</name>
    <message>
        <source>Listener port, published on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy admin port (GET /ready), published on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mock&quot; sends the plugin&apos;s traffic to the built-in mock LLM; or a provider URL over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go straight to the built-in mock LLM. The plugin is NOT in the request path: use this for demos of the request tools, not to test the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway you run yourself. The workbench sends requests to it and does not manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench runs the gateway container with the plugin&apos;s latest build and configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listener / admin port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upstream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy admin port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::HangBanner</name>
    <message>
        <source>Open the Verify page to check the plugin artifact →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::JsonConfigEditor</name>
    <message>
        <source>Valid JSON configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::LatencyHistogram</name>
    <message>
        <source>No request finished with a value to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::LatencyOverTimeChart</name>
    <message>
        <source>TTFT and total over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a batch to see latency over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::LogFindBar</name>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::MainWindow</name>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higress Plugin Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Higress Plugin Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Higress checkout (the folder that contains plugins/wasm-go) to list its plugins.
Run with --demo to try the bundled demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1 — %n plugin(s)</source>
        <translation>
            <numerusform>Workspace: %1 — %n plugin</numerusform>
            <numerusform>Workspace: %1 — %n plugins</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Higress Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF6 SyntaxHighlighting: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF6 SyntaxHighlighting: not available (plain-text editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Higress Plugin Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Higress Plugin Workbench %1&lt;/h3&gt;&lt;p&gt;Build, verify and exercise Higress WebAssembly plugins.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save your edits to %n file(s) before closing?</source>
        <translation>
            <numerusform>Save your edits to %n file before closing?</numerusform>
            <numerusform>Save your edits to %n files before closing?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hwb::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::OverviewPage</name>
    <message>
        <source>No plugin selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a plugin on the left to see its metadata, its .buildrc and its builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plugin has a .buildrc (%1). Every build must apply it: a build that skips its tags can load in the gateway and then hang every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rust plugin: cargo builds it for wasm32-wasip1, after sourcing its .prebuild if it has one. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A C++ plugin: Higress builds it with bazel, through make build in Docker. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AssemblyScript plugin: npm builds it. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.prebuild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built module %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Verify page →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Build page builds it with go build (wasip1) by default, which needs no TinyGo and passes the .buildrc&apos;s tags; TinyGo (legacy) is one of its modes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::Pages</name>
    <message>
        <source>.buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::PluginItemDelegate</name>
    <message>
        <source>era 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>era 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::PluginListPane</name>
    <message>
        <source>Search plugins by name or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plugins with a .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era 1: TinyGo + .buildrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era 2: Go wasip1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestTimelineChart</name>
    <message>
        <source>Stream timeline (one tick per event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-request timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request&apos;s bar appears here: waiting, first token, streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first byte · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsBatchView</name>
    <message>
        <source>Total latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · %2 req/s · %3 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a proxy-wasm plugin in the path, the classic cause is a build that did not apply the .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests stalled: the response stopped coming in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a batch to list every request here, with its outcome and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not fired: the first round hung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not fired: the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsCompareView</name>
    <message>
        <source>Run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B vs A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped early: its first requests hung (%2 fired), so the workbench held back the remaining %3. Its figures cover the %2 fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored runs cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored runs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsPage</name>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces ${API_KEY}; never written to logs, exports or history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte ≤ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request without any response byte after this long is reported as a hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse connections between the requests of a batch, as hey and oha do; TTFB then excludes connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a request template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: the request is sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be stored in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 (%2) from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the artifact with `hwb inspect plugin.wasm`: the Verify page is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at most this many requests per second (0, no rate limit: as fast as the concurrency allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request and show its timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the batch: this many requests, this many at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the requests that are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved template %1 is not listed: it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited request bodies could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is as you left it, not as the template has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without a response byte before a request is a hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire the rest anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run could not be read from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the last run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host (and a port up to 65535, if it has one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsSingleView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL p50 / p90 / max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body or assembled stream text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet: pick a template and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated from events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… clipped for display: %1 bytes received in total]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streamed response&apos;s events, with the time each arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::ScreenshotRenderer</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::TagChips</name>
    <message>
        <source>Add a tag for this build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed for this build; click to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1; click to leave it out of this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRA_TAGS %1, left out of this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRA_TAGS %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::TagListWidget</name>
    <message>
        <source>EXTRA_TAGS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (only a shell could tell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid Go build tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Go build tag: only letters, digits, &apos;_&apos; and &apos;.&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file assigns %1; see the diagnostics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::VerifyPage</name>
    <message>
        <source>Open a plugin artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebAssembly modules (*.wasm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Higress gateway version the artifact must work with. Type any version; the compatibility data of the newest release not after it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .wasm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plugin, or open or drop a .wasm file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Should work: the gateway will load this plugin, but check %n warning(s) below.</source>
        <translation>
            <numerusform>Should work: the gateway will load this plugin, but check %n warning below.</numerusform>
            <numerusform>Should work: the gateway will load this plugin, but check %n warnings below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: the gateway will load this plugin and requests will flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go (gc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TinyGo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C/C++ (clang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolchain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABI version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-wasm SDK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proxy_on_* export(s)</source>
        <translation>
            <numerusform>%n proxy_on_* export</numerusform>
            <numerusform>%n proxy_on_* exports</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory / allocator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size / SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will not work at the gateway: %n problem(s), see the fixes below.</source>
        <translation>
            <numerusform>Will not work at the gateway: %n problem, see the fixes below.</numerusform>
            <numerusform>Will not work at the gateway: %n problems, see the fixes below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target &amp;gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cargo&apos;s target/*/release/*.wasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.wasm or plugin.wasm in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no built module yet (%2). Build it, or open or drop any .wasm file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild above fixes this too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwb::gui::main</name>
    <message>
        <source>Open a writable copy of the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: start again from a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI language: system, en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for screenshots, WxH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Higress checkout to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mock LLM could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page %1; pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin to select: its folder name, or FAMILY/NAME (wasm-rust/ai-intent) when several families have one of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Higress checkout to open (as the workspace argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, like 1280x800, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two workspaces given, %1 and %2; give one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
