<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hwb::ArtifactInspector</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
</context>
<context>
    <name>hwb::ArtifactTableModel</name>
    <message>
        <source>ABI version</source>
        <translation>ABI 版本</translation>
    </message>
    <message>
        <source>entry point (command)</source>
        <translation>入口点（command）</translation>
    </message>
    <message>
        <source>entry point (reactor)</source>
        <translation>入口点（reactor）</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>allocator</source>
        <translation>分配器</translation>
    </message>
    <message>
        <source>proxy-wasm callback</source>
        <translation>proxy-wasm 回调</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role at the gateway</source>
        <translation>在网关中的作用</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>hwb::ArtifactVerdict</name>
    <message>
        <source>exports %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>exports %1, built by %2</source>
        <translation>导出 %1，由 %2 构建</translation>
    </message>
    <message>
        <source>exports %1, built without -tags</source>
        <translation>导出 %1，构建时未使用 -tags</translation>
    </message>
    <message>
        <source>exports %1, built with -tags=%2</source>
        <translation>导出 %1，构建时使用 -tags=%2</translation>
    </message>
    <message>
        <source>The module FAILS verification: %1.</source>
        <translation>模块未通过校验：%1。</translation>
    </message>
    <message>
        <source>The module FAILS verification: %1 (the first of %2 problems).</source>
        <translation>模块未通过校验：%1（共 %2 个问题中的第一个）。</translation>
    </message>
    <message>
        <source>The module LOADS, but requests will hang: it exports proxy_abi_version_%1, not 0_2_100, and no .buildrc or expected tags say the plugin can do without it.</source>
        <translation>模块可以加载，但请求会挂起：它导出 proxy_abi_version_%1，而不是 0_2_100，且没有任何 .buildrc 或期望的标签表明该插件可以不用它。</translation>
    </message>
    <message>
        <source>Module verified, with a warning: %1.</source>
        <translation>模块已通过校验，有一条警告：%1。</translation>
    </message>
    <message>
        <source>Module verified, with warnings: %1 (the first of %2).</source>
        <translation>模块已通过校验，有多条警告：%1（共 %2 条中的第一条）。</translation>
    </message>
    <message>
        <source>Module verified: %1.</source>
        <translation>模块已通过校验：%1。</translation>
    </message>
</context>
<context>
    <name>hwb::BoundedFile</name>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>它不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>it is %1, more than the %2 this reads</source>
        <translation>它有 %1，超过了这里读取的上限 %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
</context>
<context>
    <name>hwb::BuildMode</name>
    <message>
        <source>make build (Docker)</source>
        <translation>make build（Docker）</translation>
    </message>
    <message>
        <source>make local-build</source>
        <translation>make local-build</translation>
    </message>
    <message>
        <source>go build (wasip1)</source>
        <translation>go build（wasip1）</translation>
    </message>
    <message>
        <source>TinyGo (legacy)</source>
        <translation>TinyGo（旧版）</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>自定义命令</translation>
    </message>
    <message>
        <source>cargo (WASI target)</source>
        <translation>cargo（WASI 目标）</translation>
    </message>
</context>
<context>
    <name>hwb::BuildPlanner</name>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE.</source>
        <translation>&apos;%1&apos; 不是 NAME=VALUE 形式。</translation>
    </message>
    <message>
        <source>The %1 mode is not meant for %2 plugins.</source>
        <translation>%1 模式不适用于 %2 插件。</translation>
    </message>
    <message>
        <source>Write overrides as NAME=VALUE.</source>
        <translation>请以 NAME=VALUE 形式编写覆盖项。</translation>
    </message>
    <message>
        <source>The custom mode needs a command template.</source>
        <translation>自定义模式需要一个命令模板。</translation>
    </message>
    <message>
        <source>Give one, e.g. make build PLUGIN_NAME=${PLUGIN_NAME} EXTRA_TAGS=${EXTRA_TAGS}.</source>
        <translation>请提供一个，例如 make build PLUGIN_NAME=${PLUGIN_NAME} EXTRA_TAGS=${EXTRA_TAGS}。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not found.</source>
        <translation>未找到 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>No cargo found on PATH or in the usual places.</source>
        <translation>在 PATH 和常见位置都没有找到 cargo。</translation>
    </message>
    <message>
        <source>Install Rust (Debian: apt install rustc cargo libstd-rust-dev-wasm32; or rustup) or set HWB_CARGO.</source>
        <translation>请安装 Rust（Debian：apt install rustc cargo libstd-rust-dev-wasm32；或使用 rustup），或设置 HWB_CARGO。</translation>
    </message>
    <message>
        <source>The Rust toolchain has no standard library for %1, so cargo would fail with &quot;can&apos;t find crate for core&quot;. Looked at: %2.</source>
        <translation>该 Rust 工具链没有 %1 的标准库，cargo 会报错 &quot;can&apos;t find crate for core&quot;。已检查：%2。</translation>
    </message>
    <message>
        <source>rustup target add wasm32-wasip1 (rustup), or apt install libstd-rust-dev-wasm32 (Debian&apos;s /usr/bin/cargo).</source>
        <translation>rustup target add wasm32-wasip1（rustup），或 apt install libstd-rust-dev-wasm32（Debian 的 /usr/bin/cargo）。</translation>
    </message>
    <message>
        <source>%1 has no WASI target; building with %2 instead.</source>
        <translation>%1 没有 WASI 目标；改用 %2 构建。</translation>
    </message>
    <message>
        <source>%1 has no rust-lld, the linker rustc uses for wasm targets, so cargo would fail with &quot;linker `rust-lld` not found&quot; unless a cargo config names another.</source>
        <translation>%1 没有 rust-lld（rustc 链接 wasm 目标所用的链接器），除非 cargo 配置指定了其他链接器，否则 cargo 会报错 &quot;linker `rust-lld` not found&quot;。</translation>
    </message>
    <message>
        <source>CARGO=%1 is not a program that can run here.</source>
        <translation>CARGO=%1 不是可以在此运行的程序。</translation>
    </message>
    <message>
        <source>Give the path of a cargo executable, or drop the override.</source>
        <translation>请给出 cargo 可执行文件的路径，或去掉该覆盖项。</translation>
    </message>
    <message>
        <source>Choose one of the modes for %1 plugins: %2.</source>
        <translation>请从 %1 插件系列可用的模式中选择一个：%2。</translation>
    </message>
    <message>
        <source>The %1 mode has no program to run: its tool&apos;s variable is empty.</source>
        <translation>%1 模式没有可运行的程序：它的工具变量为空。</translation>
    </message>
    <message>
        <source>Set it, e.g. --set GO=/usr/local/go/bin/go, or in the settings.</source>
        <translation>请设置它，例如 --set GO=/usr/local/go/bin/go，或在设置中指定。</translation>
    </message>
    <message>
        <source>A command template is only run by the custom mode, and this is a %1 build.</source>
        <translation>命令模板只在自定义模式下运行，而这是一次 %1 构建。</translation>
    </message>
    <message>
        <source>Choose the custom mode (--mode custom) to run it, or leave the command out.</source>
        <translation>选择自定义模式（--mode custom）来运行它，或去掉该命令。</translation>
    </message>
    <message>
        <source>--set %1 (this build&apos;s override)</source>
        <translation>--set %1（本次构建的覆盖值）</translation>
    </message>
    <message>
        <source>%1 in the workspace&apos;s build profile</source>
        <translation>工作区构建配置中的 %1</translation>
    </message>
    <message>
        <source>%1 in the plugin&apos;s .buildrc</source>
        <translation>插件 .buildrc 中的 %1</translation>
    </message>
    <message>
        <source>%1 in the family&apos;s Makefile</source>
        <translation>该系列 Makefile 中的 %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 不是可执行程序。</translation>
    </message>
    <message>
        <source>Correct or remove %1.</source>
        <translation>请更正或删除%1。</translation>
    </message>
    <message>
        <source>%1 (removed by: %2)</source>
        <translation>%1（由%2层移除）</translation>
    </message>
    <message>
        <source>This build leaves out tags the .buildrc asks for: %1.</source>
        <translation>这次构建漏掉了 .buildrc 要求的标签：%1。</translation>
    </message>
    <message>
        <source>If the plugin is to work at the gateway, drop %1.</source>
        <translation>如果插件要在网关上正常工作，请去掉 %1。</translation>
    </message>
    <message>
        <source>This build goes without the workspace profile.</source>
        <translation>本次构建不使用工作区配置档。</translation>
    </message>
    <message>
        <source>Mend the file, or build with --no-profile to say you mean it.</source>
        <translation>请修复该文件，或用 --no-profile 构建以表明这是有意为之。</translation>
    </message>
    <message>
        <source>%1=%2 goes into the Makefile&apos;s shell commands unquoted: its spaces, quotes or &apos;$&apos; break the command there, or run part of it.</source>
        <translation>%1=%2 会不加引号地进入 Makefile 的 shell 命令：其中的空格、引号或 &apos;$&apos; 会在那里破坏命令，或把一部分当作代码执行。</translation>
    </message>
    <message>
        <source>Build it with the go mode, which passes the name to no shell.</source>
        <translation>请用 go 模式构建，它不会把名称交给任何 shell。</translation>
    </message>
    <message>
        <source>Give a value without them, or build with the go mode.</source>
        <translation>请给出不含这些字符的值，或用 go 模式构建。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is not a valid Go build tag (only letters, digits, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>&apos;%1&apos;（%2）不是有效的 Go 构建标签（只能包含字母、数字、&apos;_&apos; 和 &apos;.&apos;）。</translation>
    </message>
    <message>
        <source>Correct or remove it.</source>
        <translation>请更正或删除它。</translation>
    </message>
    <message>
        <source>%1 is a folder, so the build would write its module into it, not as it.</source>
        <translation>%1 是一个文件夹，构建会把模块写进它里面，而不是写成它。</translation>
    </message>
    <message>
        <source>Remove or rename that folder.</source>
        <translation>请删除或重命名该文件夹。</translation>
    </message>
    <message>
        <source>Correct or unset %1, which names it.</source>
        <translation>请更正或取消设置指定它的 %1。</translation>
    </message>
    <message>
        <source>Correct its path in the settings, which name it.</source>
        <translation>请在设置中更正它的路径（设置指定了它）。</translation>
    </message>
    <message>
        <source>Install it, or give its path in the settings or in %1.</source>
        <translation>请安装它，或在设置或 %1 中给出其路径。</translation>
    </message>
    <message>
        <source>%1 was not read: %2. The plan goes without %3.</source>
        <translation>未读取 %1：%2。本次计划不使用%3。</translation>
    </message>
    <message>
        <source>Make it a regular file of a few kilobytes, as in a Higress checkout, or remove it.</source>
        <translation>请把它改成几 KB 大小的普通文件（如 Higress 检出目录中那样），或删除它。</translation>
    </message>
    <message>
        <source>the crate&apos;s name, so the artifact&apos;s is a guess</source>
        <translation>crate 的名称，因此产物名称只是推测</translation>
    </message>
    <message>
        <source>its defaults and the checks of its recipes</source>
        <translation>它的默认值以及对其配方的检查</translation>
    </message>
    <message>
        <source>the checks of its build steps</source>
        <translation>对其构建步骤的检查</translation>
    </message>
    <message>
        <source>checking that what it exports reaches cargo</source>
        <translation>对其导出的变量能否到达 cargo 的检查</translation>
    </message>
    <message>
        <source>apt install lld-14 on Debian 12 (its /usr/bin/rust-lld points there), rust-llvm on Debian 13; rustup toolchains bring their own.</source>
        <translation>Debian 12 上 apt install lld-14（它的 /usr/bin/rust-lld 指向该包），Debian 13 上 apt install rust-llvm；rustup 工具链自带 rust-lld。</translation>
    </message>
    <message>
        <source>To build with the first one, add the target to it (rustup target add wasm32-wasip1), or set CARGO to its path for the build (CARGO=PATH in the Build page&apos;s overrides, --set CARGO=PATH to hwb).</source>
        <translation>要用第一个构建，请为它添加该目标（rustup target add wasm32-wasip1），或在构建时把 CARGO 设为它的路径（在“构建”页的覆盖项中填 CARGO=路径，或给 hwb 传 --set CARGO=路径）。</translation>
    </message>
    <message>
        <source>The .buildrc says why: %1</source>
        <translation>原因见 .buildrc：%1</translation>
    </message>
    <message>
        <source>The .buildrc&apos;s EXTRA_TAGS cannot be known: it is set to a value only a shell can compute, on a line sh does not read as a plain assignment, or after a line sh stops at. Building now would leave its tags out: the silent skip behind requests that hang at the gateway.</source>
        <translation>无法得知 .buildrc 的 EXTRA_TAGS：它的值只有 shell 才能算出，或写在 sh 不当作普通赋值读取的行上，或在 sh 停止读取的行之后。现在构建会漏掉这些标签：正是网关请求挂起背后那种无声的遗漏。</translation>
    </message>
    <message>
        <source>Make it a plain line such as EXTRA_TAGS=proxy_wasm_version_0_2_100 (hwb buildrc set PLUGIN EXTRA_TAGS TAGS rewrites it), or give the tags for this build: --set EXTRA_TAGS=&lt;tags&gt; (on the Build page, add them as tags).</source>
        <translation>把它改成普通的一行，如 EXTRA_TAGS=proxy_wasm_version_0_2_100（hwb buildrc set PLUGIN EXTRA_TAGS TAGS 会重写该行），或为这次构建给出标签：--set EXTRA_TAGS=&lt;标签&gt;（在“构建”页中把它们添加为标签）。</translation>
    </message>
    <message>
        <source>${%1} in the command is none of the build&apos;s variables, so sh would expand it from the environment, to nothing.</source>
        <translation>命令中的 ${%1} 不是本次构建的任何变量，sh 会从环境中展开它，结果为空。</translation>
    </message>
    <message>
        <source>Did you mean ${%1}?</source>
        <translation>你是指 ${%1} 吗？</translation>
    </message>
    <message>
        <source>${%1} in the command is none of the build&apos;s variables, and the environment does not set it: sh expands it to nothing.</source>
        <translation>命令中的 ${%1} 不是本次构建的任何变量，环境中也没有设置它：sh 会把它展开为空。</translation>
    </message>
    <message>
        <source>The command can use: %1.</source>
        <translation>命令可以使用：%1。</translation>
    </message>
    <message>
        <source>the profile&apos;s -%1</source>
        <translation>配置档中的 -%1</translation>
    </message>
    <message>
        <source>%1 removes nothing: no lower layer sets the tag %2 (the tags were: %3).</source>
        <translation>%1 没有移除任何东西：没有哪个更低的层设置了标签 %2（当时的标签为：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Check the tag&apos;s spelling, or drop the -%1.</source>
        <translation>检查标签的拼写，或去掉 -%1。</translation>
    </message>
    <message>
        <source>Did you mean -%1?</source>
        <translation>你是指 -%1 吗？</translation>
    </message>
    <message>
        <source>Write tag or +tag to add a tag, -tag to remove one, and EXTRA_TAGS= (or -*) for none.</source>
        <translation>用 tag 或 +tag 添加标签，用 -tag 移除标签，用 EXTRA_TAGS=（或 -*）表示不要任何标签。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is no tag edit.</source>
        <translation>%2 中的“%1”不是有效的标签修改。</translation>
    </message>
    <message>
        <source>%1 in the environment, which the Makefile&apos;s %1 ?= gives way to</source>
        <translation>环境中的 %1（Makefile 的 %1 ?= 会让位于它）</translation>
    </message>
</context>
<context>
    <name>hwb::BuildProfile</name>
    <message>
        <source>The build profiles in %1 could not be read (%2).</source>
        <translation>无法读取 %1 中的构建配置档（%2）。</translation>
    </message>
    <message>
        <source>%1 looks like a secret; profiles are plain files.</source>
        <translation>%1 看起来像密钥；配置档是明文文件。</translation>
    </message>
    <message>
        <source>Keep secrets in the keychain.</source>
        <translation>请把密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Export it in the shell that runs hwb build (builds inherit its environment), or pass it to one build with --set %1=….</source>
        <translation>请在运行 hwb build 的 shell 中导出它（构建会继承其环境），或用 --set %1=… 只传给一次构建。</translation>
    </message>
    <message>
        <source>%1 holds a URL with a password; profiles are plain files.</source>
        <translation>%1 含有带密码的 URL；配置档是明文文件。</translation>
    </message>
    <message>
        <source>Put the login in ~/.netrc (Go and git read it there) and the URL without it.</source>
        <translation>请把登录信息写进 ~/.netrc（Go 和 git 会从那里读取），URL 中不要带它。</translation>
    </message>
    <message>
        <source>Or pass it to one build with --set %1=….</source>
        <translation>或用 --set %1=… 只传给一次构建。</translation>
    </message>
    <message>
        <source>The value of %1 looks like an API key; profiles are plain files.</source>
        <translation>%1 的值看起来像 API 密钥；配置档是明文文件。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildRunner</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Some processes of the build did not stop: %1</source>
        <translation>构建的部分进程未能停止：%1</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 was ended by signal %2 (%3).</source>
        <translation>%1 被信号 %2（%3）终止。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildSummary</name>
    <message>
        <source>the build wrote no new artifact at %1</source>
        <translation>构建未在 %1 生成新的构建产物</translation>
    </message>
    <message>
        <source>the build plan</source>
        <translation>构建计划</translation>
    </message>
    <message>
        <source>not a readable wasm module</source>
        <translation>不是可读的 wasm 模块</translation>
    </message>
    <message>
        <source>no proxy_abi_version export</source>
        <translation>没有 proxy_abi_version 导出</translation>
    </message>
    <message>
        <source>abi 0_2_100 present</source>
        <translation>含 abi 0_2_100</translation>
    </message>
    <message>
        <source>abi %1 only</source>
        <translation>只有 abi %1</translation>
    </message>
    <message>
        <source>The build wrote no new module at %1: there is nothing to verify.</source>
        <translation>此次构建没有在 %1 写出新模块：没有可校验的内容。</translation>
    </message>
    <message>
        <source>the build exited with status %1</source>
        <translation>构建以状态 %1 退出</translation>
    </message>
    <message>
        <source>the build was killed by a signal</source>
        <translation>构建被信号终止</translation>
    </message>
</context>
<context>
    <name>hwb::BuildVariable</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Makefile</source>
        <translation>Makefile</translation>
    </message>
    <message>
        <source>.buildrc</source>
        <translation>.buildrc</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置档</translation>
    </message>
    <message>
        <source>override</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>make fills in %1</source>
        <translation>由 make 填入 %1</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>hwb::BuildVariablesModel</name>
    <message>
        <source>Overrides: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>make works out %1 when it runs (the Makefile computes it), so the value is shown as written.</source>
        <translation>%1 由 make 在运行时计算（Makefile 中计算得出），因此这里按原样显示该值。</translation>
    </message>
    <message>
        <source>Set for the builds on this page only. Right-click to go back to the value below it.</source>
        <translation>仅对本页的构建生效。右键单击可改回下层的值。</translation>
    </message>
    <message>
        <source>Double-click to change it for the builds on this page only.</source>
        <translation>双击可仅为本页的构建修改它。</translation>
    </message>
    <message>
        <source>This build&apos;s mode does not use it: the value is shown, not applied.</source>
        <translation>本次构建的模式不使用它：只显示该值，不会应用。</translation>
    </message>
    <message>
        <source>The Makefile&apos;s default gives way to the environment the build runs in, as make&apos;s ?= does.</source>
        <translation>Makefile 的默认值让位于构建所在的环境，与 make 的 ?= 一致。</translation>
    </message>
    <message>
        <source>%1 (not used)</source>
        <translation>%1（未使用）</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcCoverage</name>
    <message>
        <source>There is no Makefile at %1.</source>
        <translation>%1 中没有 Makefile。</translation>
    </message>
    <message>
        <source>The Makefile has no &apos;%1&apos; target.</source>
        <translation>Makefile 中没有 &apos;%1&apos; 目标。</translation>
    </message>
    <message>
        <source>Choose another mode.</source>
        <translation>请选择其他模式。</translation>
    </message>
    <message>
        <source>The Makefile&apos;s &apos;%1&apos; recipe never uses EXTRA_TAGS, so the tags &apos;%2&apos; will not be applied.</source>
        <translation>Makefile 中 &apos;%1&apos; 目标的命令从未使用 EXTRA_TAGS，因此标签 &apos;%2&apos; 不会被应用。</translation>
    </message>
    <message>
        <source>Use the go mode, or pass -tags &quot;$(EXTRA_TAGS)&quot; in the &apos;%1&apos; recipe of %2.</source>
        <translation>请使用 go 模式，或在 %2 中 &apos;%1&apos; 目标的命令里传入 -tags &quot;$(EXTRA_TAGS)&quot;。</translation>
    </message>
    <message>
        <source>The Dockerfile never uses EXTRA_TAGS, so the tags &apos;%1&apos; will not reach the compiler.</source>
        <translation>Dockerfile 从未使用 EXTRA_TAGS，因此标签 &apos;%1&apos; 不会传递给编译器。</translation>
    </message>
    <message>
        <source>Add ARG EXTRA_TAGS and -tags &quot;$EXTRA_TAGS&quot; to the Dockerfile&apos;s build step, or use the go mode.</source>
        <translation>请在 Dockerfile 的构建步骤中添加 ARG EXTRA_TAGS 和 -tags &quot;$EXTRA_TAGS&quot;，或使用 go 模式。</translation>
    </message>
    <message>
        <source>The Makefile does not read .buildrc. The workbench passes EXTRA_TAGS on the make command line, but &apos;make %1&apos; typed by hand would build without &apos;%2&apos;.</source>
        <translation>Makefile 不读取 .buildrc。工作台会在 make 命令行中传入 EXTRA_TAGS，但手动输入 &apos;make %1&apos; 构建时将不带 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Copy the command preview, or make the Makefile source extensions/$(PLUGIN_NAME)/.buildrc.</source>
        <translation>请复制命令预览，或让 Makefile 加载 extensions/$(PLUGIN_NAME)/.buildrc。</translation>
    </message>
    <message>
        <source>The custom command never uses ${EXTRA_TAGS}%1, so the tags &apos;%2&apos; will not be applied.</source>
        <translation>自定义命令从未使用 ${EXTRA_TAGS}%1，因此标签 &apos;%2&apos; 不会被应用。</translation>
    </message>
    <message>
        <source> and the Makefile does not read .buildrc</source>
        <translation>，且 Makefile 不读取 .buildrc</translation>
    </message>
    <message>
        <source>Add EXTRA_TAGS=${EXTRA_TAGS} (make) or -tags=${EXTRA_TAGS} (go) to the command, or use the make-build or go mode.</source>
        <translation>请在命令中添加 EXTRA_TAGS=${EXTRA_TAGS}（make）或 -tags=${EXTRA_TAGS}（go），或使用 make-build 或 go 模式。</translation>
    </message>
    <message>
        <source>Choose the go mode.</source>
        <translation>请选择 go 模式。</translation>
    </message>
    <message>
        <source>Choose the cargo mode.</source>
        <translation>请选择 cargo 模式。</translation>
    </message>
    <message>
        <source>Choose the custom mode with the command npm run asbuild:release and --set ARTIFACT=build/release.wasm.</source>
        <translation>请选择自定义模式，命令为 npm run asbuild:release，并使用 --set ARTIFACT=build/release.wasm。</translation>
    </message>
    <message>
        <source>Choose the custom mode with the family&apos;s own build command.</source>
        <translation>请选择自定义模式，并使用该插件系列自己的构建命令。</translation>
    </message>
    <message>
        <source>The custom command leaves EXTRA_TAGS to make, which sources the .buildrc itself and gets &apos;%1&apos;, not this build&apos;s tags &apos;%2&apos; (the .buildrc&apos;s diagnostics say why).</source>
        <translation>自定义命令把 EXTRA_TAGS 交给 make，make 自己 source .buildrc 得到的是“%1”，而不是本次构建的标签“%2”（原因见 .buildrc 的诊断）。</translation>
    </message>
    <message>
        <source>Add EXTRA_TAGS=&quot;${EXTRA_TAGS}&quot; to the make command, or use the make-build or go mode.</source>
        <translation>在 make 命令中加上 EXTRA_TAGS=&quot;${EXTRA_TAGS}&quot;，或使用 make-build 或 go 模式。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcDiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcEvaluator</name>
    <message>
        <source>The file is not valid UTF-8; values are shown with replacement characters.</source>
        <translation>该文件不是有效的 UTF-8；显示的值中包含替换字符。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark. sh does not skip it, so the first line is read as a command, not as an assignment. Save the file without a BOM.</source>
        <translation>该文件以 UTF-8 字节顺序标记（BOM）开头。sh 不会跳过它，因此第一行会被当作命令而不是赋值来读取。请将文件保存为不带 BOM 的格式。</translation>
    </message>
    <message>
        <source>%1 From here on only a shell can tell what this file sets, so every key is unknown.</source>
        <translation>%1从这里开始，只有 shell 才能确定此文件设置了什么，因此所有键的值均未知。</translation>
    </message>
    <message>
        <source>Syntax error: sh stops sourcing the file here and make gets no values at all.</source>
        <translation>语法错误：sh 会在此处停止加载该文件，make 将得不到任何值。</translation>
    </message>
    <message>
        <source>Parentheses start a subshell or a function definition; this runs code when make sources the file.</source>
        <translation>圆括号会启动子 shell 或定义函数；make 加载该文件时会执行代码。</translation>
    </message>
    <message>
        <source>A here-document feeds lines to a command; this runs code when make sources the file.</source>
        <translation>here-document 会向命令输入多行内容；make 加载该文件时会执行代码。</translation>
    </message>
    <message>
        <source>A case statement runs code when make sources the file.</source>
        <translation>case 语句会在 make 加载该文件时执行代码。</translation>
    </message>
    <message>
        <source>sh (dash) stops with &quot;Bad substitution&quot; here: this ${...} form is not POSIX.</source>
        <translation>sh（dash）会在此处以 &quot;Bad substitution&quot; 报错停止：这种 ${...} 形式不符合 POSIX。</translation>
    </message>
    <message>
        <source>${NAME?message} stops the shell when NAME is unset.</source>
        <translation>当 NAME 未设置时，${NAME?message} 会使 shell 停止。</translation>
    </message>
    <message>
        <source>A line continuation inside a $ expansion is read differently by the shells.</source>
        <translation>$ 展开中的续行符在不同 shell 中的解释不同。</translation>
    </message>
    <message>
        <source>This syntax means different things to bash and to sh (dash).</source>
        <translation>这种语法在 bash 和 sh（dash）中含义不同。</translation>
    </message>
    <message>
        <source>This construct runs code when make sources the file, and its extent cannot be followed statically.</source>
        <translation>此结构会在 make 加载该文件时执行代码，且无法静态确定其范围。</translation>
    </message>
    <message>
        <source>%1 is command substitution: it RUNS CODE when make sources the file, and only the command&apos;s output would give the value.</source>
        <translation>%1 是命令替换：make 加载该文件时它会执行代码，只有该命令的输出才能给出值。</translation>
    </message>
    <message>
        <source>%1 is a special parameter of the sourcing shell.</source>
        <translation>%1 是加载该文件的 shell 的特殊参数。</translation>
    </message>
    <message>
        <source>%1 quotes mean different things to bash and to sh (dash).</source>
        <translation>%1 引号在 bash 和 sh（dash）中含义不同。</translation>
    </message>
    <message>
        <source>A backslash at the very end of the file is read differently by the shells.</source>
        <translation>文件末尾的反斜杠在不同 shell 中的解释不同。</translation>
    </message>
    <message>
        <source>%1 is an expansion this editor does not evaluate (only $NAME and ${NAME} are).</source>
        <translation>%1 是本编辑器不会求值的展开（只会求值 $NAME 和 ${NAME}）。</translation>
    </message>
    <message>
        <source>It uses %1, whose value is unknown.</source>
        <translation>它使用了 %1，而其值未知。</translation>
    </message>
    <message>
        <source>%1 is set by the shell or the environment of make, not by this file.</source>
        <translation>%1 由 shell 或 make 的环境设置，而不是由此文件设置。</translation>
    </message>
    <message>
        <source>%1 is not set earlier in this file, so its value comes from the environment make runs in.</source>
        <translation>%1 未在此文件前面设置，因此其值来自 make 运行时的环境。</translation>
    </message>
    <message>
        <source>%1 is not set in the given environment, so it expands to nothing.</source>
        <translation>%1 未在给定的环境中设置，因此展开为空。</translation>
    </message>
    <message>
        <source>An unquoted ~ can expand to a home directory. Quote it: &apos;~&apos;.</source>
        <translation>未加引号的 ~ 可能会展开为主目录。请给它加上引号：&apos;~&apos;。</translation>
    </message>
    <message>
        <source>The value of %1 contains a carriage return (CRLF line endings). sh keeps it as part of the value; save the file with LF line endings.</source>
        <translation>%1 的值包含回车符（CRLF 换行）。sh 会把它保留为值的一部分；请以 LF 换行保存该文件。</translation>
    </message>
    <message>
        <source>The value of %1 is unknown. %2</source>
        <translation>%1 的值未知。%2</translation>
    </message>
    <message>
        <source>%1 is assigned in a pipeline or background job, which runs in a subshell: the assignment does not reach make. Its value is unknown.</source>
        <translation>%1 在管道或后台任务中赋值，它们运行在子 shell 中：该赋值不会传递给 make。其值未知。</translation>
    </message>
    <message>
        <source>%1 is assigned only if the command before &amp;&amp; or || succeeds or fails. Its value is unknown.</source>
        <translation>%1 仅在 &amp;&amp; 或 || 之前的命令成功或失败时才会被赋值。其值未知。</translation>
    </message>
    <message>
        <source>%1 can assign variables while make sources the file.</source>
        <translation>make 加载该文件时，%1 可能会给变量赋值。</translation>
    </message>
    <message>
        <source>A redirection RUNS CODE when make sources the file (it opens files).</source>
        <translation>重定向会在 make 加载该文件时执行代码（它会打开文件）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts control flow, which RUNS CODE when make sources the file.</source>
        <translation>&apos;%1&apos; 开始一段控制流，make 加载该文件时会执行代码。</translation>
    </message>
    <message>
        <source>The command name is computed, so this line RUNS CODE that cannot be known.</source>
        <translation>命令名是计算得出的，因此这一行会执行无法预知的代码。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; RUNS CODE that can change variables or stop the sourcing shell.</source>
        <translation>&apos;%1&apos; 会执行代码，可能修改变量或使加载文件的 shell 停止。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an assignment (a name has only letters, digits and underscores), so sh RUNS it as a command when make sources the file.</source>
        <translation>&apos;%1&apos; 不是赋值（名称只能包含字母、数字和下划线），因此 make 加载该文件时 sh 会把它当作命令执行。</translation>
    </message>
    <message>
        <source>bash reads this as an assignment to %1 but sh does not, so %1 is unknown.</source>
        <translation>bash 将此处视为对 %1 的赋值，但 sh 不会，因此 %1 的值未知。</translation>
    </message>
    <message>
        <source>This line RUNS CODE when make sources the file: it executes &apos;%1&apos;.</source>
        <translation>make 加载该文件时，这一行会执行代码：它会运行 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>%1 is set only for the command that follows it on this line (and sh and bash disagree for some commands), so its value is unknown.</source>
        <translation>%1 只对本行紧随其后的命令生效（且对某些命令 sh 与 bash 的行为不一致），因此其值未知。</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; is not a plain NAME or NAME=value; sh stops with an error or RUNS CODE here.</source>
        <translation>&apos;export %1&apos; 不是单纯的 NAME 或 NAME=value；sh 会在此处报错停止或执行代码。</translation>
    </message>
    <message>
        <source>The value of %1 is unknown: after export, unquoted {, }, ~, *, ? and [ are expanded differently by bash and sh. Quote the value.</source>
        <translation>%1 的值未知：在 export 之后，未加引号的 {、}、~、*、? 和 [ 在 bash 与 sh 中的展开方式不同。请给值加上引号。</translation>
    </message>
    <message>
        <source>The .buildrc is not read: %1.</source>
        <translation>未读取 .buildrc：%1。</translation>
    </message>
    <message>
        <source>The value grows past %1 KiB here: no program can be given a string that long, and it is not followed further.</source>
        <translation>值在这里超过了 %1 KiB：任何程序都无法接收这么长的字符串，因此不再继续跟踪。</translation>
    </message>
    <message>
        <source>%1 is unknown: sh does not read line %2 as an assignment to it, so make would not get the value written there. Write it as %1=value at the start of the line.</source>
        <translation>%1 未知：sh 不把第 %2 行当作对它的赋值，make 得不到那里写的值。请在行首写成 %1=value。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcKeys</name>
    <message>
        <source>Go build tags added to the build (-tags). The era-1 Makefile reads it with `. .buildrc &amp;&amp; echo $EXTRA_TAGS`. proxy_wasm_version_0_2_100 makes the old SDK export the 0.2.100 ABI; without it LLM requests can hang in the gateway.</source>
        <translation>添加到构建中的 Go 构建标签（-tags）。第一代 Makefile 通过 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 读取它。proxy_wasm_version_0_2_100 会让旧版 SDK 导出 0.2.100 ABI；缺少它时，LLM 请求可能会在网关中挂起。</translation>
    </message>
    <message>
        <source>The Go version of the builder image, e.g. 1.24.4. Era-2 plugins need Go &gt;= 1.24 for GOOS=wasip1 -buildmode=c-shared.</source>
        <translation>构建镜像中的 Go 版本，例如 1.24.4。第二代插件需要 Go &gt;= 1.24 才能使用 GOOS=wasip1 -buildmode=c-shared。</translation>
    </message>
    <message>
        <source>The TinyGo version of the era-1 builder image, e.g. 0.28.1.</source>
        <translation>第一代构建镜像中的 TinyGo 版本，例如 0.28.1。</translation>
    </message>
    <message>
        <source>The builder image `make build` uses, e.g. higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0.</source>
        <translation>`make build` 使用的构建镜像，例如 higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/wasm-go-builder:go1.24.4-oras1.0.0。</translation>
    </message>
    <message>
        <source>The registry prefix of the builder image.</source>
        <translation>构建镜像的镜像仓库前缀。</translation>
    </message>
    <message>
        <source>The Go module proxy for the build, e.g. https://proxy.golang.org,direct or https://goproxy.cn,direct.</source>
        <translation>构建使用的 Go 模块代理，例如 https://proxy.golang.org,direct 或 https://goproxy.cn,direct。</translation>
    </message>
    <message>
        <source>The version tag of the plugin image (defaults to the VERSION file).</source>
        <translation>插件镜像的版本标签（默认取自 VERSION 文件）。</translation>
    </message>
    <message>
        <source>The plugin folder name under extensions/. The Makefile sets it before it sources .buildrc, so setting it here is rarely useful.</source>
        <translation>extensions/ 下的插件目录名。Makefile 会在加载 .buildrc 之前设置它，因此在这里设置通常没有用。</translation>
    </message>
    <message>
        <source>The registry prefix the plugin image is tagged with.</source>
        <translation>插件镜像标签所用的镜像仓库前缀。</translation>
    </message>
    <message>
        <source>The full name of the plugin image.</source>
        <translation>插件镜像的完整名称。</translation>
    </message>
    <message>
        <source>Extra flags for every go command, e.g. -mod=mod.</source>
        <translation>传给每条 go 命令的额外参数，例如 -mod=mod。</translation>
    </message>
    <message>
        <source>The go executable `make local-build` runs.</source>
        <translation>`make local-build` 运行的 go 可执行文件。</translation>
    </message>
    <message>
        <source>The oras version inside the builder image.</source>
        <translation>构建镜像中的 oras 版本。</translation>
    </message>
    <message>
        <source>%1 is not one of the keys the Higress build reads. It is kept, and later lines may use it.</source>
        <translation>%1 不是 Higress 构建会读取的键。它会被保留，后续行可能会用到它。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Go build tag (only letters, digits, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>&apos;%1&apos; 不是有效的 Go 构建标签（只能包含字母、数字、&apos;_&apos; 和 &apos;.&apos;）。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcLayer</name>
    <message>
        <source>This build passes the .buildrc&apos;s tags itself; a plain make build, or hgctl, would not get them. Mend the .buildrc as it says.</source>
        <translation>本次构建会自己传入 .buildrc 的标签；直接运行 make build 或 hgctl 则得不到它们。请按提示修正 .buildrc。</translation>
    </message>
</context>
<context>
    <name>hwb::BuildrcValuesModel</name>
    <message>
        <source>Unknown: evaluation stopped at line %1.</source>
        <translation>未知：求值在第 %1 行停止。</translation>
    </message>
    <message>
        <source>Not a key the Higress build reads.</source>
        <translation>不是 Higress 构建会读取的键。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>hwb::DemoWorkspace</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The bundled demo workspace was not found. Set HWB_DEMO_WORKSPACE.</source>
        <translation>未找到内置的演示工作区。请设置 HWB_DEMO_WORKSPACE。</translation>
    </message>
    <message>
        <source>Cannot remove the old copy at %1.</source>
        <translation>无法删除 %1 处的旧副本。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
</context>
<context>
    <name>hwb::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>hwb::DockerFromPath</name>
    <message>
        <source>The Makefile runs `docker` from PATH, not $(DOCKER), and PATH has none: this build puts %1 first on PATH, so %2 builds.</source>
        <translation>该 Makefile 从 PATH 运行 `docker`，而不是 $(DOCKER)，且 PATH 中没有 docker：此次构建会把 %1 放到 PATH 最前面，由 %2 执行构建。</translation>
    </message>
    <message>
        <source>The Makefile runs `docker` from PATH, not $(DOCKER), and PATH&apos;s is %1: this build puts %2 first on PATH, so %3 builds, the Docker the workbench uses.</source>
        <translation>该 Makefile 从 PATH 运行 `docker`，而不是 $(DOCKER)，PATH 中的是 %1：此次构建会把 %2 放到 PATH 最前面，由 %3（工作台使用的 Docker）执行构建。</translation>
    </message>
    <message>
        <source>Nothing to do; to build with PATH&apos;s Docker instead, --set DOCKER=%1.</source>
        <translation>无需操作；若要改用 PATH 中的 Docker 构建，请使用 --set DOCKER=%1。</translation>
    </message>
</context>
<context>
    <name>hwb::EraClassifier</name>
    <message>
        <source>Build eras apply to wasm-go plugins only.</source>
        <translation>构建时代仅适用于 wasm-go 插件。</translation>
    </message>
    <message>
        <source>Has a .buildrc, which only era-1 Makefiles source.</source>
        <translation>存在 .buildrc，只有第一代 Makefile 才会加载它。</translation>
    </message>
    <message>
        <source>No go.mod with a go directive.</source>
        <translation>没有包含 go 指令的 go.mod。</translation>
    </message>
    <message>
        <source>go.mod requires Go %1 (&gt;= 1.24): built for wasip1 with go build.</source>
        <translation>go.mod 要求 Go %1（&gt;= 1.24）：使用 go build 构建为 wasip1。</translation>
    </message>
    <message>
        <source>Requires the TinyGo-era SDK tetratelabs/proxy-wasm-go-sdk.</source>
        <translation>依赖 TinyGo 时代的 SDK tetratelabs/proxy-wasm-go-sdk。</translation>
    </message>
    <message>
        <source>go.mod requires Go %1 (&lt; 1.24): built with TinyGo.</source>
        <translation>go.mod 要求 Go %1（&lt; 1.24）：使用 TinyGo 构建。</translation>
    </message>
</context>
<context>
    <name>hwb::FireRequest</name>
    <message>
        <source>This build has no TLS support.</source>
        <translation>此版本不支持 TLS。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The lookup of host %1 did not finish within %2 s.</source>
        <translation>主机 %1 的域名解析未在 %2 秒内完成。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>The response was still running when the total timeout of %1 s expired.</source>
        <translation>总超时 %1 秒已到，响应仍未结束。</translation>
    </message>
    <message>
        <source>The response started but its headers never finished (no data for %1 s).</source>
        <translation>响应已开始，但响应头始终未接收完整（%1 秒内无数据）。</translation>
    </message>
    <message>
        <source>Response headers arrived (HTTP %1) but the body never started: no data for %2 s.</source>
        <translation>已收到响应头（HTTP %1），但响应体始终未开始：%2 秒内无数据。</translation>
    </message>
    <message>
        <source>The stream stopped: no data for %1 s after %2 events and %3 bytes.</source>
        <translation>流已停止：在收到 %2 个事件、%3 字节后，%1 秒内再无数据。</translation>
    </message>
    <message>
        <source>Invalid HTTP response: %1.</source>
        <translation>无效的 HTTP 响应：%1。</translation>
    </message>
    <message>
        <source>The response body is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>响应体不是有效的 UTF-8（第一个无效字节位于偏移 %1）。</translation>
    </message>
    <message>
        <source>An SSE line exceeded the size limit.</source>
        <translation>SSE 行超出了大小限制。</translation>
    </message>
    <message>
        <source>An SSE event exceeded the size limit.</source>
        <translation>SSE 事件超出了大小限制。</translation>
    </message>
    <message>
        <source>The stream reported an error: %1</source>
        <translation>流报告了错误：%1</translation>
    </message>
    <message>
        <source>A stream event is not JSON: %1</source>
        <translation>流事件不是 JSON：%1</translation>
    </message>
    <message>
        <source>The connection closed while connecting.</source>
        <translation>连接在建立过程中被关闭。</translation>
    </message>
    <message>
        <source>The server closed the connection without sending any response.</source>
        <translation>服务器未发送任何响应就关闭了连接。</translation>
    </message>
    <message>
        <source>The connection closed before the response was complete (after %1 body bytes).</source>
        <translation>响应尚未完整时连接就已关闭（已收到 %1 字节响应体）。</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there. Is the gateway running?</source>
        <translation>%1 拒绝连接：该地址没有程序在监听。网关是否在运行？</translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation>未找到主机 %1：%2</translation>
    </message>
    <message>
        <source>The stream ended without [DONE] or message_stop after %1 events.</source>
        <translation>流在 %1 个事件后结束，但未收到 [DONE] 或 message_stop。</translation>
    </message>
    <message>
        <source>The response body ends inside a UTF-8 sequence.</source>
        <translation>响应体在一个 UTF-8 序列中间结束。</translation>
    </message>
    <message>
        <source>Connected to %1, but the TLS handshake did not finish within %2 s. If this port speaks plain HTTP, use http:// instead of https://.</source>
        <translation>已连接到 %1，但 TLS 握手在 %2 秒内没有完成。如果这个端口使用普通 HTTP，请用 http:// 而不是 https://。</translation>
    </message>
    <message>
        <source>This machine could not open another connection (%1): too many at once for its open-file limit (ulimit -n). The server never saw this request.</source>
        <translation>本机无法再打开新连接（%1）：同时打开的连接超出了打开文件数上限（ulimit -n）。服务器从未收到这个请求。</translation>
    </message>
</context>
<context>
    <name>hwb::FireResultModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TTFB ms</source>
        <translation>TTFB（毫秒）</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>总耗时（毫秒）</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>hwb::GatewayController</name>
    <message>
        <source>No built module for %1 (looked for %2).</source>
        <translation>%1 没有已构建的模块（查找了 %2）。</translation>
    </message>
    <message>
        <source>Build the plugin first.</source>
        <translation>请先构建插件。</translation>
    </message>
    <message>
        <source>The plugin configuration is not valid JSON: %1 at offset %2</source>
        <translation>插件配置不是有效的 JSON：%1，位于偏移 %2</translation>
    </message>
    <message>
        <source>The listener and admin ports must differ.</source>
        <translation>监听端口与管理端口必须不同。</translation>
    </message>
    <message>
        <source>No container engine found (looked for &quot;%1&quot;).</source>
        <translation>未找到容器引擎（查找了 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>Checking the container engine…</source>
        <translation>正在检查容器引擎…</translation>
    </message>
    <message>
        <source>Checking the engine</source>
        <translation>检查引擎</translation>
    </message>
    <message>
        <source>Removing the previous gateway container…</source>
        <translation>正在删除之前的网关容器…</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>列出容器</translation>
    </message>
    <message>
        <source>Removing the old container</source>
        <translation>删除旧容器</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use.</source>
        <translation>127.0.0.1 上的端口 %1 已被占用。</translation>
    </message>
    <message>
        <source>Checking the image %1…</source>
        <translation>正在检查镜像 %1…</translation>
    </message>
    <message>
        <source>Letting the container reach the mock LLM…</source>
        <translation>正在让容器能够访问模拟 LLM…</translation>
    </message>
    <message>
        <source>workbench: the mock LLM cannot listen on %1: %2</source>
        <translation>工作台：模拟 LLM 无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>Starting the gateway container…</source>
        <translation>正在启动网关容器…</translation>
    </message>
    <message>
        <source>Starting the container</source>
        <translation>启动容器</translation>
    </message>
    <message>
        <source>Waiting for the gateway to be ready (admin /ready)…</source>
        <translation>正在等待网关就绪（admin /ready）…</translation>
    </message>
    <message>
        <source>The gateway did not become ready within %1 s.</source>
        <translation>网关未在 %1 秒内就绪。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>The gateway container exited with code %1 before it was ready.</source>
        <translation>网关容器在就绪前退出，退出码为 %1。</translation>
    </message>
    <message>
        <source>Last log lines of container %1:</source>
        <translation>容器 %1 的最后几行日志：</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is held by the managed gateway of %2 (container %3).</source>
        <translation>127.0.0.1 上的端口 %1 被 %2 的托管网关占用（容器 %3）。</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>创建容器</translation>
    </message>
    <message>
        <source>Copying envoy.yaml into the container</source>
        <translation>将 envoy.yaml 复制到容器中</translation>
    </message>
    <message>
        <source>Found the running gateway container %1; asking whether it is ready…</source>
        <translation>找到正在运行的网关容器 %1；正在询问它是否就绪…</translation>
    </message>
    <message>
        <source>Looking for a previous gateway container…</source>
        <translation>正在查找之前的网关容器…</translation>
    </message>
    <message>
        <source>Checking which container holds port %1…</source>
        <translation>正在检查哪个容器占用了端口 %1…</translation>
    </message>
</context>
<context>
    <name>hwb::GatewayFixes</name>
    <message>
        <source>Install Docker (or Podman) or set its path in the gateway profile.</source>
        <translation>请安装 Docker（或 Podman），或在网关配置档中设置其路径。</translation>
    </message>
    <message>
        <source>Install Docker (or Podman), or pass its path with --engine.</source>
        <translation>请安装 Docker（或 Podman），或用 --engine 给出其路径。</translation>
    </message>
    <message>
        <source>Stop the gateway of %1 first, or choose another port in the gateway profile.</source>
        <translation>请先停止 %1 的网关，或在网关配置档中选择其他端口。</translation>
    </message>
    <message>
        <source>Stop it with &apos;hwb gateway down %1&apos;, or pass another port with --port or --admin-port.</source>
        <translation>请用 &apos;hwb gateway down %1&apos; 停止它，或用 --port 或 --admin-port 指定其他端口。</translation>
    </message>
    <message>
        <source>Choose another port in the gateway profile, or stop the program that holds it.</source>
        <translation>请在网关配置档中选择其他端口，或停止占用该端口的程序。</translation>
    </message>
    <message>
        <source>Pass another port with --port or --admin-port, or stop the program that holds it.</source>
        <translation>请用 --port 或 --admin-port 指定其他端口，或停止占用该端口的程序。</translation>
    </message>
    <message>
        <source>The gateway image %1 is not available locally.</source>
        <translation>本地没有网关镜像 %1。</translation>
    </message>
    <message>
        <source>Pull it first: %1 pull %2</source>
        <translation>请先拉取：%1 pull %2</translation>
    </message>
    <message>
        <source>The container engine %1 could not be run: %2</source>
        <translation>无法运行容器引擎 %1：%2</translation>
    </message>
    <message>
        <source>The Docker daemon runs, but does not let this user in: %1</source>
        <translation>Docker 守护进程正在运行，但不允许此用户访问：%1</translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER), then log out and in again, or run: newgrp docker.</source>
        <translation>请把自己加入 docker 组（sudo usermod -aG docker $USER），然后注销并重新登录，或运行：newgrp docker。</translation>
    </message>
    <message>
        <source>The container engine&apos;s daemon is not running: %1</source>
        <translation>容器引擎的守护进程未运行：%1</translation>
    </message>
    <message>
        <source>Start it (for example: sudo systemctl start docker) and try again.</source>
        <translation>请启动它（例如：sudo systemctl start docker）后重试。</translation>
    </message>
    <message>
        <source>A gateway port is already in use: %1</source>
        <translation>网关端口已被占用：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>It was started from the workspace %1: stop it there, or choose another port in the gateway profile.</source>
        <translation>它是从工作区 %1 启动的：请在那里停止它，或在网关配置档中选择其他端口。</translation>
    </message>
    <message>
        <source>Stop it with &apos;hwb gateway down %1 --workspace %2&apos;, or pass another port with --port or --admin-port.</source>
        <translation>使用 &apos;hwb gateway down %1 --workspace %2&apos; 停止它，或通过 --port 或 --admin-port 指定其他端口。</translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunDir</name>
    <message>
        <source>Cannot create a folder for the gateway&apos;s files in %1: %2</source>
        <translation>无法在 %1 中为网关文件创建目录：%2</translation>
    </message>
    <message>
        <source>Cannot copy the module %1 into %2.</source>
        <translation>无法将模块 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunProfile</name>
    <message>
        <source>Managed container</source>
        <translation>托管容器</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>外部 URL</translation>
    </message>
    <message>
        <source>Mock LLM only (plugin NOT in the request path)</source>
        <translation>仅模拟 LLM（插件不在请求路径中）</translation>
    </message>
</context>
<context>
    <name>hwb::GatewayRunProfileStore</name>
    <message>
        <source>The gateway profiles in %1 could not be read (%2): the defaults are used. The file is kept as it is, and moved to %1.unreadable when a profile is changed.</source>
        <translation>无法读取 %1 中的网关配置档（%2）：现使用默认配置档。该文件保持原样，修改配置档时会被移到 %1.unreadable。</translation>
    </message>
    <message>
        <source>The gateway profiles were not saved: %1</source>
        <translation>网关配置档未保存：%1</translation>
    </message>
</context>
<context>
    <name>hwb::HangExplanation</name>
    <message>
        <source>The request does not stream, so nothing comes until the whole reply is ready: a slow upstream may need a first-byte timeout longer than %1 s.</source>
        <translation>该请求不是流式的，因此在完整回复就绪之前不会收到任何内容：较慢的上游可能需要比 %1 秒更长的首字节超时。</translation>
    </message>
    <message>
        <source>No response byte in %1 s.</source>
        <translation>%1 秒内没有收到任何响应字节。</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 个进行中</translation>
    </message>
    <message>
        <source>no first byte yet</source>
        <translation>尚无首字节</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>接收中</translation>
    </message>
    <message>
        <source>%1 without a first byte (%2 s)</source>
        <translation>%1 个没有首字节（%2 秒）</translation>
    </message>
    <message>
        <source>%1 receiving</source>
        <translation>%1 个接收中</translation>
    </message>
    <message>
        <source>The gateway&apos;s module %1 failed its check (%2): such a module loads and then holds every request.</source>
        <translation>网关的模块 %1 未通过检查（%2）：这样的模块能加载，随后会挂住每个请求。</translation>
    </message>
    <message>
        <source>The gateway&apos;s module passed its check: look at the upstream, it may be slow or unreachable.</source>
        <translation>网关的模块已通过检查：请查看上游，它可能很慢或无法访问。</translation>
    </message>
    <message>
        <source>A gateway module built without its .buildrc tags behaves like this.</source>
        <translation>未带 .buildrc 标签构建的网关模块就会这样。</translation>
    </message>
    <message>
        <source>%1 is the mock LLM, with no gateway in the path: it was told to hang, or it is busy.</source>
        <translation>%1 是模拟 LLM，路径中没有网关：它被要求挂起，或者正忙。</translation>
    </message>
    <message>
        <source>If a proxy-wasm plugin is in the path, this is how a module built without its .buildrc tags behaves.</source>
        <translation>如果路径中有 proxy-wasm 插件，未带 .buildrc 标签构建的模块就会这样。</translation>
    </message>
    <message>
        <source>No first byte after %1 s.</source>
        <translation>%1 秒后仍无首字节。</translation>
    </message>
    <message>
        <source>The request is named a hang at %1 s.</source>
        <translation>请求在 %1 秒时判定为挂起。</translation>
    </message>
    <message>
        <source>No response: the server accepted the connection but sent no byte in %1 s.</source>
        <translation>无响应：服务器接受了连接，但 %1 秒内没有发送任何字节。</translation>
    </message>
    <message>
        <source>No response: %1 accepted the connection but sent no byte in %2 s.</source>
        <translation>无响应：%1 接受了连接，但 %2 秒内没有发送任何字节。</translation>
    </message>
    <message>
        <source>%1 of %2 requests hung: no response byte in %3 s.</source>
        <translation>%2 个请求中有 %1 个挂起：%3 秒内没有响应字节。</translation>
    </message>
    <message>
        <source>the plugin</source>
        <translation>该插件</translation>
    </message>
    <message>
        <source>No gateway and no plugin are in the path: %1 is the built-in mock LLM, and it holds a request unanswered when told to (the x-mock-fault: hang header, or mock-llm --fault hang).</source>
        <translation>路径中没有网关也没有插件：%1 是内置的模拟 LLM，按要求（x-mock-fault: hang 请求头，或 mock-llm --fault hang）时它会让请求一直得不到回应。</translation>
    </message>
    <message>
        <source>No gateway started by %1 listens on %2, so %1 cannot check the module there.</source>
        <translation>%2 上没有 %1 启动的网关在监听，因此 %1 无法检查那里的模块。</translation>
    </message>
    <message>
        <source>%1 cannot tell what runs on that address.</source>
        <translation>%1 无法判断该地址上运行的是什么。</translation>
    </message>
    <message>
        <source>The container engine did not answer in time, so %1 cannot tell what listens on %2.</source>
        <translation>容器引擎没有及时应答，因此 %1 无法判断是什么在 %2 上监听。</translation>
    </message>
    <message>
        <source>%1 is still asking the container engine what listens on %2.</source>
        <translation>%1 仍在询问容器引擎：是什么在 %2 上监听。</translation>
    </message>
    <message>
        <source>Stopped after the first request: it hung, so %1 held back the remaining %2. The rest would most likely hang the same way, %3 s each.</source>
        <translation>已在第一个请求后停止：它挂起了，因此 %1 暂不发出其余 %2 个。其余请求很可能同样挂起，每个 %3 秒。</translation>
    </message>
    <message>
        <source>Stopped after the first %1 requests: every one hung, so %2 held back the remaining %3. The rest would most likely hang the same way, %4 s a round.</source>
        <translation>已在前 %1 个请求后停止：它们全部挂起，因此 %2 暂不发出其余 %3 个。其余请求很可能同样挂起，每轮 %4 秒。</translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module %2, and that module failed its check:
%3
That is the cause: the gateway loads such a module and then holds every request. Rebuild it with its .buildrc tags and restart the gateway (%4).</source>
        <translation>网关运行的是 %1 的模块 %2，该模块未通过检查：
%3
这就是原因：网关会加载这样的模块，然后挂住每个请求。请带上 .buildrc 中的标签重新构建并重启网关（%4）。</translation>
    </message>
    <message>
        <source>the Verify page lists the findings</source>
        <translation>“验证”页会列出问题</translation>
    </message>
    <message>
        <source>`hwb inspect %1` lists the findings</source>
        <translation>`hwb inspect %1` 会列出问题</translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module %2, which passed its check: its ABI and build tags are right, so the build is not the cause. The upstream behind the gateway did not answer within %3 s: check that it runs and that the gateway reaches it, and read the gateway&apos;s log (%4).</source>
        <translation>网关运行的是 %1 的模块 %2，它已通过检查：ABI 和构建标签都正确，所以原因不在构建。网关后面的上游在 %3 秒内没有响应：请确认它在运行、网关能访问到它，并查看网关日志（%4）。</translation>
    </message>
    <message>
        <source>on the Gateway page</source>
        <translation>在“网关”页上</translation>
    </message>
    <message>
        <source>The gateway runs %1&apos;s module, but %2 could not read it to check it. With a proxy-wasm plugin, a hang like this is the classic sign of a build that skipped its .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100): verify the artifact %3.</source>
        <translation>网关运行的是 %1 的模块，但 %2 无法读取它来检查。对于 proxy-wasm 插件，这样的挂起是构建跳过 .buildrc 标签（EXTRA_TAGS=proxy_wasm_version_0_2_100）的典型迹象：请%3校验构建产物。</translation>
    </message>
    <message>
        <source>If a proxy-wasm plugin is in the path, a module built without its .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100) hangs every request like this: verify the artifact %1. Otherwise the server itself did not answer in time.</source>
        <translation>如果路径中有 proxy-wasm 插件，未带 .buildrc 标签（EXTRA_TAGS=proxy_wasm_version_0_2_100）构建的模块会像这样挂住每个请求：请%1校验构建产物。否则就是服务器本身没有及时响应。</translation>
    </message>
    <message>
        <source>The workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>the workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>on the Verify page</source>
        <translation>在“验证”页上</translation>
    </message>
    <message>
        <source>with `hwb inspect FILE.wasm` (or on the Verify page)</source>
        <translation>用 `hwb inspect FILE.wasm`（或在“验证”页上）</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>已 %1 秒没有数据</translation>
    </message>
    <message>
        <source>No data for %1 s since the response started: the upstream, or a plugin that holds the body, stopped sending. The request is named stalled at %2 s without data.</source>
        <translation>响应开始后已 %1 秒没有数据：上游，或一个扣住请求体的插件，停止了发送。无数据满 %2 秒时该请求记为停滞（stalled）。</translation>
    </message>
</context>
<context>
    <name>hwb::InspectionRules</name>
    <message>
        <source>The gateway cannot compile a partial module and rejects the plugin.</source>
        <translation>网关无法编译不完整的模块，会拒绝该插件。</translation>
    </message>
    <message>
        <source>Copy or build the artifact again and check the copy finished (sizes and sha256 match).</source>
        <translation>请重新复制或构建该构建产物，并确认复制已完成（大小和 sha256 一致）。</translation>
    </message>
    <message>
        <source>The gateway only loads WebAssembly binaries and rejects this file.</source>
        <translation>网关只加载 WebAssembly 二进制文件，会拒绝此文件。</translation>
    </message>
    <message>
        <source>Point the gateway at the .wasm the build produced (main.wasm or plugin.wasm).</source>
        <translation>请让网关使用构建生成的 .wasm（main.wasm 或 plugin.wasm）。</translation>
    </message>
    <message>
        <source>The module exports no proxy_abi_version_* function, so the gateway does not recognise it as a proxy-wasm plugin and refuses to start it.</source>
        <translation>该模块未导出任何 proxy_abi_version_* 函数，因此网关不会将其识别为 proxy-wasm 插件，并拒绝启动它。</translation>
    </message>
    <message>
        <source>Build a plugin that uses a proxy-wasm SDK (its main package must import and register it): %1</source>
        <translation>请构建使用 proxy-wasm SDK 的插件（其 main 包必须导入并注册该 SDK）：%1</translation>
    </message>
    <message>
        <source>The module speaks proxy-wasm ABI %1, which gateway %2 does not know; it refuses to start it.</source>
        <translation>该模块使用 proxy-wasm ABI %1，网关 %2 不认识该 ABI，会拒绝启动它。</translation>
    </message>
    <message>
        <source>Use an SDK version that targets ABI %1.</source>
        <translation>请使用面向 ABI %1 的 SDK 版本。</translation>
    </message>
    <message>
        <source>its build asks for the tag %1</source>
        <translation>其构建要求使用标签 %1</translation>
    </message>
    <message>
        <source>it is a Go 1.24 (wasip1) plugin</source>
        <translation>它是 Go 1.24（wasip1）插件</translation>
    </message>
    <message>
        <source>no .buildrc or expected tags were given, so this is only a warning</source>
        <translation>未提供 .buildrc 或预期标签，因此这只是一条警告</translation>
    </message>
    <message>
        <source>The module exports proxy_abi_version_%1, older than 0_2_100 (%2). The gateway loads it, but requests will hang: under the old ABI a HeaderStopIteration returned by the header callback is turned into StopAllIterationAndWatermark, so the body callbacks never run and the request never completes (higress #1847).</source>
        <translation>该模块导出 proxy_abi_version_%1，早于 0_2_100（%2）。网关会加载它，但请求会挂起：在旧 ABI 下，头部回调返回的 HeaderStopIteration 会被转换为 StopAllIterationAndWatermark，因此请求体回调永远不会运行，请求也永远无法完成（higress #1847）。</translation>
    </message>
    <message>
        <source>Rebuild with the tag %1: %2</source>
        <translation>请使用标签 %1 重新构建：%2</translation>
    </message>
    <message>
        <source>The artifact was built without the tags %1 that %2 asks for; its build settings say %3. The build succeeded anyway: Go silently compiles the untagged files instead.</source>
        <translation>该构建产物在构建时未带上 %2 要求的标签 %1；其构建设置显示：%3。但构建仍然成功了：Go 会静默地改为编译不带这些标签的文件。</translation>
    </message>
    <message>
        <source>no -tags</source>
        <translation>未使用 -tags</translation>
    </message>
    <message>
        <source>Rebuild with the tags applied: %1</source>
        <translation>请在应用标签后重新构建：%1</translation>
    </message>
    <message>
        <source>The module is a WASI command (_start, no _initialize). TinyGo builds of the Higress 1.x era load this way, but newer TinyGo releases exit from _start and the gateway then fails with &quot;restricted_callback&quot; (higress #3268).</source>
        <translation>该模块是 WASI command（有 _start，没有 _initialize）。Higress 1.x 时代的 TinyGo 构建以这种方式加载，但较新的 TinyGo 版本会从 _start 退出，随后网关报错 &quot;restricted_callback&quot;（higress #3268）。</translation>
    </message>
    <message>
        <source>Build with the TinyGo of the plugin&apos;s builder image, or build a reactor (TinyGo -buildmode=c-shared, or Go &gt;= 1.24 with -buildmode=c-shared).</source>
        <translation>请使用插件构建镜像中的 TinyGo 构建，或构建 reactor（TinyGo -buildmode=c-shared，或 Go &gt;= 1.24 搭配 -buildmode=c-shared）。</translation>
    </message>
    <message>
        <source>The module is a WASI command: it exports _start instead of _initialize. The gateway runs _start at load, Go&apos;s main then exits inside the VM, and loading fails with &quot;Function: _start failed: Uncaught Error: restricted_callback&quot; (higress #3268).</source>
        <translation>该模块是 WASI command：它导出的是 _start 而不是 _initialize。网关在加载时运行 _start，随后 Go 的 main 在虚拟机内退出，加载失败并报错 &quot;Function: _start failed: Uncaught Error: restricted_callback&quot;（higress #3268）。</translation>
    </message>
    <message>
        <source>Build a reactor with -buildmode=c-shared: %1</source>
        <translation>请使用 -buildmode=c-shared 构建 reactor：%1</translation>
    </message>
    <message>
        <source>Gateway %1 does not provide %2. It fails the module at load (&quot;missing import&quot;), and the whole listener carrying the plugin is rejected (higress #4233).</source>
        <translation>网关 %1 不提供 %2。它会在加载时判定该模块失败（&quot;missing import&quot;），承载该插件的整个监听器都会被拒绝（higress #4233）。</translation>
    </message>
    <message>
        <source>Go &gt;= 1.24 wasip1 builds always import sched_yield: run gateway 2.1.5 or newer, or build this plugin with TinyGo for the older gateway.</source>
        <translation>Go &gt;= 1.24 的 wasip1 构建总会导入 sched_yield：请运行 2.1.5 或更高版本的网关，或为旧版网关使用 TinyGo 构建此插件。</translation>
    </message>
    <message>
        <source>Remove the code that needs these imports, or target a gateway that provides them.</source>
        <translation>请移除需要这些导入的代码，或以提供这些导入的网关为目标。</translation>
    </message>
    <message>
        <source>%1 changed after the artifact was built, so the artifact may not contain your latest changes.</source>
        <translation>%1 在构建产物生成后发生了更改，因此构建产物可能不包含你的最新更改。</translation>
    </message>
    <message>
        <source>Rebuild: %1</source>
        <translation>请重新构建：%1</translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1（以及 %2）</translation>
    </message>
    <message>
        <source>The tags it asks for were not checked: the artifact may lack them and hang requests.</source>
        <translation>它要求的标签未被检查：产物可能缺少这些标签，从而导致请求挂起。</translation>
    </message>
    <message>
        <source>Make the .buildrc a regular file, or name its tags with --expect-tags.</source>
        <translation>请把 .buildrc 改成普通文件，或用 --expect-tags 指定其标签。</translation>
    </message>
    <message>
        <source>the file is cut short, so the gateway cannot compile it</source>
        <translation>文件被截断，网关无法编译它</translation>
    </message>
    <message>
        <source>the file is not a WebAssembly module</source>
        <translation>该文件不是 WebAssembly 模块</translation>
    </message>
    <message>
        <source>it exports no proxy_abi_version_*, so the gateway will not start it</source>
        <translation>它没有导出 proxy_abi_version_*，网关不会启动它</translation>
    </message>
    <message>
        <source>gateway %1 does not know its ABI %2</source>
        <translation>网关 %1 不认识它的 ABI %2</translation>
    </message>
    <message>
        <source>it exports proxy_abi_version_%1, not 0_2_100, so requests will hang</source>
        <translation>它导出 proxy_abi_version_%1，而不是 0_2_100，所以请求会挂起</translation>
    </message>
    <message>
        <source>its .buildrc could not be read, so its tags were not checked</source>
        <translation>无法读取它的 .buildrc，因此未检查其标签</translation>
    </message>
    <message>
        <source>it was built without -tags=%1</source>
        <translation>它在构建时未使用 -tags=%1</translation>
    </message>
    <message>
        <source>it is a WASI command (_start), which newer TinyGo releases cannot load</source>
        <translation>它是 WASI 命令（_start），较新的 TinyGo 版本无法加载</translation>
    </message>
    <message>
        <source>it is a WASI command (_start), so loading fails with restricted_callback</source>
        <translation>它是 WASI 命令（_start），加载会以 restricted_callback 失败</translation>
    </message>
    <message>
        <source>gateway %1 lacks %2, so its listener is rejected</source>
        <translation>网关 %1 缺少 %2，因此其监听器会被拒绝</translation>
    </message>
    <message>
        <source>%1 changed after it was built</source>
        <translation>%1 在构建之后被修改过</translation>
    </message>
</context>
<context>
    <name>hwb::JsonParseError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>hwb::JsonStoreFile</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 could not be read, and could not be kept as %2.</source>
        <translation>%1 无法读取，也无法另存为 %2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
</context>
<context>
    <name>hwb::MakeSourcing</name>
    <message>
        <source>Line %1 runs &apos;%2&apos; while make sources the file, so the workbench does not run the file to check what make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives: what it prints becomes tags too, and if the file&apos;s last command fails, make gets none.</source>
        <translation>第 %1 行在 make source 该文件时会运行“%2”，因此工作台不运行该文件来核对 make 的 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 得到什么：它打印的内容也会成为标签，而文件最后一条命令失败时，make 得不到任何标签。</translation>
    </message>
    <message>
        <source>The last command (%1) exits with status %2, so make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` stops before the echo: make gets no tags, not %3.</source>
        <translation>最后一条命令（%1）以状态 %2 退出，所以 make 的 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 在 echo 之前就停止了：make 得不到任何标签，而不是 %3。</translation>
    </message>
    <message>
        <source>The last command (%1) exits with status %2, so make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` stops before the echo: make gets only what the file printed, %3, not %4.</source>
        <translation>最后一条命令（%1）以状态 %2 退出，所以 make 的 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 在 echo 之前就停止了：make 只得到文件打印的内容 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>Make a plain EXTRA_TAGS=… line the file&apos;s last line (hwb&apos;s own make modes pass EXTRA_TAGS themselves; a plain make build does not).</source>
        <translation>让一行普通的 EXTRA_TAGS=… 成为文件的最后一行（hwb 自己的 make 模式会自行传入 EXTRA_TAGS；直接运行 make build 则不会）。</translation>
    </message>
    <message>
        <source>The file prints %1 while make sources it, and make takes that output as tags: make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives %2, not %3. Remove the command that prints.</source>
        <translation>make source 该文件时，它会打印 %1，而 make 把这些输出当作标签：make 的 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 得到 %2，而不是 %3。请删掉打印输出的命令。</translation>
    </message>
    <message>
        <source>The file ends with %1, whose exit status decides whether make gets any tags: here it exits 0, but where it fails, make&apos;s `. .buildrc &amp;&amp; echo $EXTRA_TAGS` gives none. Make a plain EXTRA_TAGS=… line the file&apos;s last line.</source>
        <translation>文件以 %1 结尾，它的退出状态决定 make 能否得到标签：在这里它以 0 退出，但在它失败的地方，make 的 `. .buildrc &amp;&amp; echo $EXTRA_TAGS` 得不到任何标签。请让一行普通的 EXTRA_TAGS=… 成为文件的最后一行。</translation>
    </message>
</context>
<context>
    <name>hwb::MockLlmDialect</name>
    <message>
        <source>The request body is not a JSON object: %1</source>
        <translation>请求体不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The mock serves %1.</source>
        <translation>模拟服务提供 %1。</translation>
    </message>
</context>
<context>
    <name>hwb::MockUpstreamStatus</name>
    <message>
        <source>The mock LLM answers on host port %1, also at %2, where the gateway container reaches the host.</source>
        <translation>模拟 LLM 在主机端口 %1 上应答，在 %2 上也应答，网关容器正是从这个地址访问主机。</translation>
    </message>
    <message>
        <source>The mock LLM answers on 127.0.0.1:%1. Whether the gateway container reaches it could not be told: if it does not, run the mock with --bind 0.0.0.0 (&apos;%2&apos;).</source>
        <translation>模拟 LLM 在 127.0.0.1:%1 上应答。无法判断网关容器能否访问到它：如果不能，请用 --bind 0.0.0.0 运行模拟服务（&apos;%2&apos;）。</translation>
    </message>
    <message>
        <source>The mock LLM answers on 127.0.0.1:%1 only, and the gateway container reaches the host at %2: restart it as &apos;%3&apos;.</source>
        <translation>模拟 LLM 只在 127.0.0.1:%1 上应答，而网关容器从 %2 访问主机：请以 &apos;%3&apos; 重新启动它。</translation>
    </message>
    <message>
        <source>Host port %1 is held by something that is not the mock LLM: stop it, or run the mock on a free port (&apos;hwb mock-llm --port N --bind 0.0.0.0&apos;) and start the gateway with --mock-port N.</source>
        <translation>主机端口 %1 被一个不是模拟 LLM 的程序占用：请停止它，或在空闲端口上运行模拟服务（&apos;hwb mock-llm --port N --bind 0.0.0.0&apos;），并用 --mock-port N 启动网关。</translation>
    </message>
    <message>
        <source>Nothing answers on host port %1, where the gateway expects the mock LLM: start it with &apos;%2&apos;.</source>
        <translation>网关期望模拟 LLM 所在的主机端口 %1 上没有任何应答：请用 &apos;%2&apos; 启动它。</translation>
    </message>
    <message>
        <source>Its upstream is the mock LLM on host port %1: run &apos;%2&apos;.</source>
        <translation>它的上游是主机端口 %1 上的模拟 LLM：请运行 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The gateway is up but cannot reach its upstream from its container. If that is hwb mock-llm on this machine, run it with --bind 0.0.0.0: it listens on 127.0.0.1 by default.</source>
        <translation>网关已启动，但从容器内无法访问其上游。如果上游是本机的 hwb mock-llm，请用 --bind 0.0.0.0 运行它：它默认只监听 127.0.0.1。</translation>
    </message>
    <message>
        <source>The gateway&apos;s upstream is the mock LLM on host port %1.</source>
        <translation>网关的上游是主机端口 %1 上的模拟 LLM。</translation>
    </message>
    <message>
        <source>It answers at %1, where the container reaches the host, so the connection between them was refused: a firewall that drops traffic from the docker bridge (ufw, firewalld) is the usual cause, or the mock started after the request. Fire again to tell.</source>
        <translation>它在 %1（容器访问主机的地址）上应答，所以是两者之间的连接被拒绝了：常见原因是防火墙（ufw、firewalld）丢弃了来自 docker 网桥的流量，或模拟服务在请求之后才启动。再发送一次即可判断。</translation>
    </message>
    <message>
        <source>The gateway is up but cannot reach its upstream %1 from its container: check that the container resolves and reaches that address (DNS, an HTTP proxy the host needs, a firewall), and that the provider is up.</source>
        <translation>网关已启动，但从容器内无法访问其上游 %1：请检查容器能否解析并访问该地址（DNS、主机所需的 HTTP 代理、防火墙），以及该提供商是否可用。</translation>
    </message>
</context>
<context>
    <name>hwb::ModeVariables</name>
    <message>
        <source>the go mode reads GO, EXTRA_TAGS and Go&apos;s environment variables (GOPROXY, GOFLAGS, CGO_ENABLED…), and builds for GOOS=wasip1 GOARCH=wasm</source>
        <translation>go 模式读取 GO、EXTRA_TAGS 和 Go 的环境变量（GOPROXY、GOFLAGS、CGO_ENABLED…），并为 GOOS=wasip1 GOARCH=wasm 构建</translation>
    </message>
    <message>
        <source>the tinygo mode reads EXTRA_TAGS and Go&apos;s environment variables, and -target=wasi sets GOOS and GOARCH</source>
        <translation>tinygo 模式读取 EXTRA_TAGS 和 Go 的环境变量，GOOS 和 GOARCH 由 -target=wasi 决定</translation>
    </message>
    <message>
        <source>the cargo mode reads CARGO, RUSTC, RUST_TARGET and PREBUILD</source>
        <translation>cargo 模式读取 CARGO、RUSTC、RUST_TARGET 和 PREBUILD</translation>
    </message>
    <message>
        <source>the custom command uses only the ${NAME}s it contains (and ARTIFACT)</source>
        <translation>自定义命令只使用其中出现的 ${NAME}（以及 ARTIFACT）</translation>
    </message>
    <message>
        <source>make gets it, but the Makefile&apos;s &apos;%1&apos; target never uses it</source>
        <translation>make 会收到它，但 Makefile 的“%1”目标从不使用它</translation>
    </message>
    <message>
        <source>--set PLUGIN_NAME=%1</source>
        <translation>--set PLUGIN_NAME=%1</translation>
    </message>
    <message>
        <source>PLUGIN_NAME=%1 in the workspace profile</source>
        <translation>工作区配置档中的 PLUGIN_NAME=%1</translation>
    </message>
    <message>
        <source>PLUGIN_NAME=%1 in the .buildrc</source>
        <translation>.buildrc 中的 PLUGIN_NAME=%1</translation>
    </message>
    <message>
        <source>%1 names another plugin, but this plan is %2&apos;s: its folder, its .buildrc tags and its artifact. The build would mix the two (make-local compiles %3 with %2&apos;s tags; go builds %2 all the same).</source>
        <translation>%1 指向另一个插件，但这个计划属于 %2：它的目录、它的 .buildrc 标签和它的产物。构建会把两者混在一起（make-local 用 %2 的标签编译 %3；go 仍然构建 %2）。</translation>
    </message>
    <message>
        <source>Build %1 by selecting it (hwb plan %1), and drop PLUGIN_NAME.</source>
        <translation>要构建 %1，请选中它（hwb plan %1），并去掉 PLUGIN_NAME。</translation>
    </message>
    <message>
        <source>Drop --set %1, or choose a mode that uses it.</source>
        <translation>去掉 --set %1，或选择使用它的模式。</translation>
    </message>
    <message>
        <source>Drop --set %1: a Higress plugin is a %1=%2 module.</source>
        <translation>去掉 --set %1：Higress 插件是 %1=%2 的模块。</translation>
    </message>
    <message>
        <source>--set %1 may do nothing in this build: %2; make still passes it to the environment of the commands it runs.</source>
        <translation>--set %1 在本次构建中可能不起作用：%2；不过 make 仍会把它传入所运行命令的环境。</translation>
    </message>
    <message>
        <source>--set %1 would do nothing in this build: %2.</source>
        <translation>--set %1 在本次构建中不起作用：%2。</translation>
    </message>
    <message>
        <source>The workspace profile&apos;s %1 is not used by this build: %2.</source>
        <translation>工作区配置档中的 %1 不被本次构建使用：%2。</translation>
    </message>
</context>
<context>
    <name>hwb::OutcomeClassifier</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>未找到主机</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>No response (hang)</source>
        <translation>无响应（挂起）</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>hwb::OutputLineParser</name>
    <message>
        <source>Target &apos;%1&apos; failed: %2</source>
        <translation>目标 &apos;%1&apos; 失败：%2</translation>
    </message>
    <message>
        <source>Check the target name, or choose a build mode whose target this Makefile has.</source>
        <translation>请检查目标名称，或选择此 Makefile 中存在对应目标的构建模式。</translation>
    </message>
    <message>
        <source>Recipe lines must start with a tab, not spaces.</source>
        <translation>规则中的命令行必须以 Tab 开头，不能用空格。</translation>
    </message>
    <message>
        <source>This Docker client cannot do BuildKit builds: its buildx component is missing.</source>
        <translation>此 Docker 客户端无法执行 BuildKit 构建：缺少 buildx 组件。</translation>
    </message>
    <message>
        <source>Set the Docker path to /usr/bin/docker (Debian&apos;s docker.io builds with BuildKit natively) in the settings, HWB_DOCKER or --set DOCKER=/usr/bin/docker; or install the buildx plugin.</source>
        <translation>请在设置、HWB_DOCKER 或 --set DOCKER=/usr/bin/docker 中将 Docker 路径设为 /usr/bin/docker（Debian 的 docker.io 原生支持 BuildKit 构建）；或安装 buildx 插件。</translation>
    </message>
    <message>
        <source>Start the Docker daemon, or point DOCKER_HOST at a running one.</source>
        <translation>请启动 Docker 守护进程，或将 DOCKER_HOST 指向正在运行的守护进程。</translation>
    </message>
    <message>
        <source>The builder image is not on this machine and cannot be pulled: build or load it, or set BUILDER.</source>
        <translation>构建镜像不在本机上且无法拉取：请构建或加载该镜像，或设置 BUILDER。</translation>
    </message>
    <message>
        <source>The Rust toolchain has no standard library for the wasm target: rustup target add wasm32-wasip1, or apt install libstd-rust-dev-wasm32 and build with /usr/bin/cargo.</source>
        <translation>该 Rust 工具链没有 wasm 目标的标准库：rustup target add wasm32-wasip1，或 apt install libstd-rust-dev-wasm32 并用 /usr/bin/cargo 构建。</translation>
    </message>
    <message>
        <source>The module is not in the Go module cache, and GOPROXY=off forbids downloading it: allow a proxy (--set GOPROXY=https://proxy.golang.org,direct) or fill the cache first (go mod download).</source>
        <translation>该模块不在 Go 模块缓存中，而 GOPROXY=off 禁止下载它：允许使用代理（--set GOPROXY=https://proxy.golang.org,direct），或先填充缓存（go mod download）。</translation>
    </message>
    <message>
        <source>go.sum lacks the module&apos;s checksum: run go mod tidy in the plugin folder.</source>
        <translation>go.sum 缺少该模块的校验和：在插件文件夹中运行 go mod tidy。</translation>
    </message>
    <message>
        <source>Install the linker rustc names. For rust-lld: apt install lld-14 on Debian 12, rust-llvm on Debian 13.</source>
        <translation>请安装 rustc 指定的链接器。rust-lld 的安装方法：Debian 12 上 apt install lld-14，Debian 13 上 apt install rust-llvm。</translation>
    </message>
</context>
<context>
    <name>hwb::PluginConfigFile</name>
    <message>
        <source>The configuration has an API key written out (%1). Keys are not saved in clear text: write ${API_KEY} in its place, and the key is taken from the keychain (hwb: $HWB_API_KEY) when the gateway starts.</source>
        <translation>配置中明文写有 API 密钥（%1）。密钥不会以明文保存：请在该处写 ${API_KEY}，网关启动时会从钥匙串（hwb：$HWB_API_KEY）取得密钥。</translation>
    </message>
    <message>
        <source>Could not save the configuration to %1: %2.</source>
        <translation>无法将配置保存到 %1：%2。</translation>
    </message>
</context>
<context>
    <name>hwb::PluginInfo</name>
    <message>
        <source>Era 1 (TinyGo, .buildrc)</source>
        <translation>第一代（TinyGo，.buildrc）</translation>
    </message>
    <message>
        <source>Era 2 (Go wasip1)</source>
        <translation>第二代（Go wasip1）</translation>
    </message>
    <message>
        <source>Unknown era</source>
        <translation>未知时代</translation>
    </message>
</context>
<context>
    <name>hwb::PrebuildScript</name>
    <message>
        <source>.prebuild sets %1, but the family&apos;s Dockerfile runs it in a step of its own (%2), so the cargo build in a later step never sees it.</source>
        <translation>.prebuild 设置了 %1，但该插件系列的 Dockerfile 在单独的一步中运行它（%2），之后一步中的 cargo 构建看不到这些设置。</translation>
    </message>
    <message>
        <source>Put build flags where cargo reads them in every build (.cargo/config.toml, [build] rustflags), or build with cargo mode, which sources .prebuild before cargo.</source>
        <translation>把构建参数放到每次构建 cargo 都会读取的位置（.cargo/config.toml 的 [build] rustflags），或者改用 cargo 模式，它会在 cargo 之前 source .prebuild。</translation>
    </message>
    <message>
        <source>Give a script relative to the plugin folder, or --set PREBUILD= to build without one.</source>
        <translation>请给出相对于插件目录的脚本，或使用 --set PREBUILD= 不运行它直接构建。</translation>
    </message>
    <message>
        <source>%1 installs system packages (line %2: %3). Higress runs it as root in its builder container; cargo mode would run it in your shell, on this machine.</source>
        <translation>%1 会安装系统软件包（第 %2 行：%3）。Higress 在构建容器中以 root 运行它；cargo 模式则会在你的 shell 中、在这台机器上运行它。</translation>
    </message>
    <message>
        <source>Build with make-build, which runs it in the container, or install what it needs yourself and build with --set PREBUILD= to skip it.</source>
        <translation>请改用 make-build，它在容器中运行该脚本；或者自行安装所需的软件包，再用 --set PREBUILD= 跳过它进行构建。</translation>
    </message>
    <message>
        <source>PREBUILD=%1 names no readable file in the plugin folder (%2).</source>
        <translation>PREBUILD=%1 在插件文件夹中没有指向可读的文件（%2）。</translation>
    </message>
</context>
<context>
    <name>hwb::ResponseCheck</name>
    <message>
        <source>not a chat completion: no choices</source>
        <translation>不是聊天补全响应：没有 choices</translation>
    </message>
    <message>
        <source>not an embedding response: no data</source>
        <translation>不是嵌入（embedding）响应：没有 data</translation>
    </message>
    <message>
        <source>not a completion: no choices</source>
        <translation>不是补全响应：没有 choices</translation>
    </message>
    <message>
        <source>no Content-Type, not JSON</source>
        <translation>没有 Content-Type，不是 JSON</translation>
    </message>
    <message>
        <source>%1, not JSON</source>
        <translation>%1，不是 JSON</translation>
    </message>
    <message>
        <source>The response says JSON but is not valid JSON.</source>
        <translation>响应声明为 JSON，但不是有效的 JSON。</translation>
    </message>
    <message>
        <source>HTTP %1 carrying an error: %2</source>
        <translation>HTTP %1 携带了错误：%2</translation>
    </message>
    <message>
        <source>asked for a stream (stream:true) but got %1</source>
        <translation>请求了流式响应（stream:true），却收到 %1</translation>
    </message>
</context>
<context>
    <name>hwb::RunComparison</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Hung (no first byte)</source>
        <translation>挂起（无首字节）</translation>
    </message>
    <message>
        <source>TTFB p50 ms</source>
        <translation>TTFB p50（毫秒）</translation>
    </message>
    <message>
        <source>TTFB p90 ms</source>
        <translation>TTFB p90（毫秒）</translation>
    </message>
    <message>
        <source>TTFT p50 ms</source>
        <translation>TTFT p50（毫秒）</translation>
    </message>
    <message>
        <source>TTFT p90 ms</source>
        <translation>TTFT p90（毫秒）</translation>
    </message>
    <message>
        <source>Total p50 ms</source>
        <translation>总耗时 p50（毫秒）</translation>
    </message>
    <message>
        <source>Total p99 ms</source>
        <translation>总耗时 p99（毫秒）</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/秒</translation>
    </message>
    <message>
        <source>Not fired (stopped early)</source>
        <translation>未发出（提前停止）</translation>
    </message>
</context>
<context>
    <name>hwb::RustToolchain</name>
    <message>
        <source>no wasm32 target</source>
        <translation>没有 wasm32 目标</translation>
    </message>
    <message>
        <source>rustc did not answer</source>
        <translation>rustc 无响应</translation>
    </message>
</context>
<context>
    <name>hwb::SecretStore</name>
    <message>
        <source>this build has no QtKeychain</source>
        <translation>此版本不含 QtKeychain</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API 密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>API keys are kept in memory for this session only.</source>
        <translation>API 密钥仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>正在询问系统钥匙串…</translation>
    </message>
    <message>
        <source>No keychain available: API keys are kept in memory for this session only.</source>
        <translation>没有可用的钥匙串：API 密钥只在本次会话的内存中保存。</translation>
    </message>
</context>
<context>
    <name>hwb::TemplateLibrary</name>
    <message>
        <source>A template name may only use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>模板名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>其中没有 JSON 对象</translation>
    </message>
    <message>
        <source>A template named %1 is saved already.</source>
        <translation>已有名为 %1 的模板。</translation>
    </message>
    <message>
        <source>The template was not saved to %1: %2</source>
        <translation>模板未能保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>hwb::UpstreamTarget</name>
    <message>
        <source>The upstream must be &quot;mock&quot; or an http(s) URL such as https://api.openai.com, not &quot;%1&quot;.</source>
        <translation>上游必须是 &quot;mock&quot; 或 http(s) URL（例如 https://api.openai.com），而不是 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>hwb::WasmReader</name>
    <message>
        <source>Not a WebAssembly module: the file does not start with \0asm.</source>
        <translation>不是 WebAssembly 模块：文件不是以 \0asm 开头。</translation>
    </message>
    <message>
        <source>The file ends inside the wasm header.</source>
        <translation>文件在 wasm 头部中间结束。</translation>
    </message>
    <message>
        <source>Unsupported wasm binary version %1.</source>
        <translation>不支持的 wasm 二进制版本 %1。</translation>
    </message>
    <message>
        <source>The file ends inside a section header.</source>
        <translation>文件在段头中间结束。</translation>
    </message>
    <message>
        <source>Corrupt section header at offset %1.</source>
        <translation>偏移 %1 处的段头已损坏。</translation>
    </message>
    <message>
        <source>Section %1 at offset %2 claims %3 bytes but only %4 remain: the file is truncated.</source>
        <translation>偏移 %2 处的段 %1 声明有 %3 字节，但只剩 %4 字节：文件已被截断。</translation>
    </message>
    <message>
        <source>Section %1 at offset %2 is malformed.</source>
        <translation>偏移 %2 处的段 %1 格式错误。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>hwb::WorkspaceScanner</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是目录。</translation>
    </message>
    <message>
        <source>%1 has no plugins/wasm-*/extensions folder. Open the root of a Higress checkout.</source>
        <translation>%1 中没有 plugins/wasm-*/extensions 目录。请打开 Higress 代码仓库的根目录。</translation>
    </message>
    <message>
        <source>%1 names a plugin in several families. Name one: %2.</source>
        <translation>%1 在多个系列中都有同名插件。请指明其一：%2。</translation>
    </message>
    <message>
        <source>No plugin named %1 in %2.</source>
        <translation>%2 中没有名为 %1 的插件。</translation>
    </message>
    <message>
        <source>%1 was not read: %2.</source>
        <translation>未读取 %1：%2。</translation>
    </message>
    <message>
        <source>The plugin&apos;s folder could not be read (%1): its era, version and title are unknown.</source>
        <translation>无法读取插件的文件夹（%1）：其构建时代、版本和标题未知。</translation>
    </message>
</context>
<context>
    <name>hwb::cli</name>
    <message>
        <source>%1 uses CRLF line endings, so sh reads %2 with a trailing carriage return.</source>
        <translation>%1 使用 CRLF 换行，因此 sh 读取的 %2 末尾会带有回车符。</translation>
    </message>
    <message>
        <source>Not saved: after this edit sh would still not give %1 that value.</source>
        <translation>未保存：即使做了此编辑，sh 仍不会给 %1 赋予该值。</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE, not %1.</source>
        <translation>--env 需要 NAME=VALUE 形式，而不是 %1。</translation>
    </message>
    <message>
        <source>eval: the exact environment make runs in, one NAME=VALUE each (names not given expand to nothing). Without it, names from the environment are unknown.</source>
        <translation>eval：make 运行时的确切环境，每项一个 NAME=VALUE（未给出的名称展开为空）。不指定时，来自环境的名称的值未知。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>eval: assume an empty environment.</source>
        <translation>eval：假定环境为空。</translation>
    </message>
    <message>
        <source>eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</source>
        <translation>eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</translation>
    </message>
    <message>
        <source>Usage: hwb buildrc eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</source>
        <translation>用法：hwb buildrc eval FILE | get PLUGIN KEY | set PLUGIN KEY VALUE | unset PLUGIN KEY</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not set in %2.</source>
        <translation>%1 未在 %2 中设置。</translation>
    </message>
    <message>
        <source>Some assignments of %1 are part of larger statements and were left alone.</source>
        <translation>%1 的部分赋值属于更大的语句，已保持不变。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Evaluate or edit a .buildrc (eval, get, set, unset)</source>
        <translation>对 .buildrc 求值或进行编辑（eval、get、set、unset）</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>The Higress checkout (default: $HWB_WORKSPACE or the current folder).</source>
        <translation>Higress 代码仓库目录（默认：$HWB_WORKSPACE 或当前目录）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1 is not a Higress workspace (no plugins/wasm-*/extensions).</source>
        <translation>%1 不是 Higress 工作区（没有 plugins/wasm-*/extensions）。</translation>
    </message>
    <message>
        <source>%1 req/s, %2 tokens/s over %3 s</source>
        <translation>%1 请求/秒，%2 token/秒，历时 %3 秒</translation>
    </message>
    <message>
        <source>Bundled or saved request template (default openai-chat-stream).</source>
        <translation>内置或已保存的请求模板（默认 openai-chat-stream）。</translation>
    </message>
    <message>
        <source>Extra header &apos;K: V&apos; (repeatable).</source>
        <translation>额外的请求头 &apos;K: V&apos;（可重复）。</translation>
    </message>
    <message>
        <source>Start at most R requests per second.</source>
        <translation>每秒最多发起 R 个请求。</translation>
    </message>
    <message>
        <source>Seconds to connect (default 10).</source>
        <translation>连接超时秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the first response byte (default 30).</source>
        <translation>等待响应首字节的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Seconds without data once the response started (default 30).</source>
        <translation>响应开始后允许无数据的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Seconds for the whole request (default 300).</source>
        <translation>整个请求的超时秒数（默认 300）。</translation>
    </message>
    <message>
        <source>Accept any TLS certificate.</source>
        <translation>接受任何 TLS 证书。</translation>
    </message>
    <message>
        <source>Reuse connections between requests (TTFB then excludes connecting).</source>
        <translation>在请求之间复用连接（此时 TTFB 不包含建立连接的时间）。</translation>
    </message>
    <message>
        <source>List the request templates and exit.</source>
        <translation>列出请求模板后退出。</translation>
    </message>
    <message>
        <source>Store the run in the run history (compare runs in the workbench).</source>
        <translation>将本次运行保存到运行历史中（可在工作台中比较各次运行）。</translation>
    </message>
    <message>
        <source>Label for the stored run, e.g. &apos;with tag&apos; (implies --save).</source>
        <translation>保存的运行的标签，例如 &apos;with tag&apos;（隐含 --save）。</translation>
    </message>
    <message>
        <source>Also write the run to FILE (.json or .csv).</source>
        <translation>同时将本次运行写入 FILE（.json 或 .csv）。</translation>
    </message>
    <message>
        <source>fire needs exactly one URL</source>
        <translation>fire 只接受一个 URL</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>不是 http(s) URL：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a header is &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>请求头格式应为 &apos;Name: value&apos;，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rate needs a positive number</source>
        <translation>--rate 需要一个正数</translation>
    </message>
    <message>
        <source>could not store the run: %1</source>
        <translation>无法保存本次运行：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Fire sample LLM requests and measure them</source>
        <translation>发送 LLM 示例请求并进行测量</translation>
    </message>
    <message>
        <source>Gateway for %1 is ready at %2 (container %3).</source>
        <translation>%1 的网关已就绪，地址为 %2（容器 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n gateway container(s) of %1.</source>
        <translation>
            <numerusform>已删除 %1 的 %n 个网关容器。</numerusform>
        </translation>
    </message>
    <message>
        <source>up, down, status or logs</source>
        <translation>up、down、status 或 logs</translation>
    </message>
    <message>
        <source>The plugin&apos;s name</source>
        <translation>插件名称</translation>
    </message>
    <message>
        <source>Gateway image (default %1).</source>
        <translation>网关镜像（默认 %1）。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>docker or podman executable.</source>
        <translation>docker 或 podman 可执行文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Listener port on 127.0.0.1 (default 10000).</source>
        <translation>127.0.0.1 上的监听端口（默认 10000）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Admin port on 127.0.0.1 (default 9901).</source>
        <translation>127.0.0.1 上的管理端口（默认 9901）。</translation>
    </message>
    <message>
        <source>&quot;mock&quot; (the mock LLM on the host) or a provider URL.</source>
        <translation>&quot;mock&quot;（主机上的模拟 LLM）或提供商 URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host port of the mock LLM (default 18080).</source>
        <translation>模拟 LLM 的主机端口（默认 18080）。</translation>
    </message>
    <message>
        <source>The module to mount (default: the plugin&apos;s newest main.wasm/plugin.wasm).</source>
        <translation>要挂载的模块（默认：插件最新的 main.wasm/plugin.wasm）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The plugin&apos;s JSON configuration (default: saved or config.sample.json).</source>
        <translation>插件的 JSON 配置（默认：已保存的配置或 config.sample.json）。</translation>
    </message>
    <message>
        <source>Seconds to wait for readiness (default 60).</source>
        <translation>等待就绪的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>logs: lines to show (default all).</source>
        <translation>logs：要显示的行数（默认全部）。</translation>
    </message>
    <message>
        <source>logs: keep following.</source>
        <translation>logs：持续跟踪输出。</translation>
    </message>
    <message>
        <source>usage: hwb gateway up|down|status|logs PLUGIN [options]</source>
        <translation>用法：hwb gateway up|down|status|logs PLUGIN [options]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use up, down, status or logs</source>
        <translation>未知操作 &apos;%1&apos;：请使用 up、down、status 或 logs</translation>
    </message>
    <message>
        <source>Run the plugin in a local gateway container</source>
        <translation>在本地网关容器中运行插件</translation>
    </message>
    <message>
        <source>PASS  %1: the gateway will load this plugin and requests will flow.</source>
        <translation>通过  %1：网关会加载此插件，请求可正常流转。</translation>
    </message>
    <message>
        <source>FAIL  %1: this artifact will not work at the gateway.</source>
        <translation>失败  %1：此构建产物无法在网关中工作。</translation>
    </message>
    <message>
        <source>size %1 bytes, sha256 %2</source>
        <translation>大小 %1 字节，sha256 %2</translation>
    </message>
    <message>
        <source>toolchain      %1 %2</source>
        <translation>工具链         %1 %2</translation>
    </message>
    <message>
        <source>ABI versions   %1</source>
        <translation>ABI 版本       %1</translation>
    </message>
    <message>
        <source>entry point    %1</source>
        <translation>入口点         %1</translation>
    </message>
    <message>
        <source>memory         %1, allocator %2</source>
        <translation>内存           %1，分配器 %2</translation>
    </message>
    <message>
        <source>callbacks      %1</source>
        <translation>回调           %1</translation>
    </message>
    <message>
        <source>imports        %1: %2</source>
        <translation>导入           %1: %2</translation>
    </message>
    <message>
        <source>proxy-wasm SDK %1 %2 %3</source>
        <translation>proxy-wasm SDK %1 %2 %3</translation>
    </message>
    <message>
        <source>gateway        profile %1</source>
        <translation>网关           配置档 %1</translation>
    </message>
    <message>
        <source>  fix: %1</source>
        <translation>  修复：%1</translation>
    </message>
    <message>
        <source>Build tags the artifact must carry (comma separated).</source>
        <translation>构建产物必须带有的构建标签（以逗号分隔）。</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Target gateway version (default: the newest known).</source>
        <translation>目标网关版本（默认：已知的最新版本）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Plugin folder for .buildrc tags, era and staleness (default: the artifact&apos;s folder).</source>
        <translation>用于读取 .buildrc 标签、时代和过期状态的插件目录（默认：构建产物所在目录）。</translation>
    </message>
    <message>
        <source>The .wasm artifact to inspect.</source>
        <translation>要检查的 .wasm 构建产物。</translation>
    </message>
    <message>
        <source>inspect takes exactly one .wasm file.</source>
        <translation>inspect 只接受一个 .wasm 文件。</translation>
    </message>
    <message>
        <source>Verify a plugin artifact (.wasm) before it reaches the gateway</source>
        <translation>在插件构建产物（.wasm）进入网关之前对其进行验证</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one; default 18080).</source>
        <translation>监听端口（0 表示自动选择空闲端口；默认 18080）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1; 0.0.0.0 lets containers reach it via host-gateway).</source>
        <translation>绑定地址（默认 127.0.0.1；0.0.0.0 可让容器通过 host-gateway 访问）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Delay before the first token (default 200).</source>
        <translation>首个 token 之前的延迟（默认 200）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay between tokens (default 25).</source>
        <translation>token 之间的延迟（默认 25）。</translation>
    </message>
    <message>
        <source>Tokens per reply (default 20).</source>
        <translation>每个回复的 token 数（默认 20）。</translation>
    </message>
    <message>
        <source>Fault for every request: %1. Requests can pick one with the x-mock-fault header.</source>
        <translation>对每个请求注入的故障：%1。单个请求可通过 x-mock-fault 请求头选择故障。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;; one of: %2</source>
        <translation>未知故障 &apos;%1&apos;；可选值：%2</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation>--bind 需要一个 IP 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>Mock LLM upstream listening on %1 (bound to %2). Stop with Ctrl+C.</source>
        <translation>模拟 LLM 上游正在 %1 上监听（绑定到 %2）。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Serve the built-in mock LLM upstream</source>
        <translation>运行内置的模拟 LLM 上游</translation>
    </message>
    <message>
        <source>With --json: add each plugin&apos;s evaluated .buildrc as &quot;buildrc&quot;.</source>
        <translation>与 --json 一起使用时：将每个插件求值后的 .buildrc 作为 &quot;buildrc&quot; 加入输出。</translation>
    </message>
    <message>
        <source>List the plugins of a Higress workspace.</source>
        <translation>列出 Higress 工作区中的插件。</translation>
    </message>
    <message>
        <source>List the plugins of a workspace</source>
        <translation>列出工作区中的插件</translation>
    </message>
    <message>
        <source>Do not record this build in the history.</source>
        <translation>不把这次构建记入历史。</translation>
    </message>
    <message>
        <source>Could not record the build in the history: %1</source>
        <translation>无法把这次构建记入历史：%1</translation>
    </message>
    <message>
        <source>Build a plugin with its merged flags</source>
        <translation>用合并后的参数构建插件</translation>
    </message>
    <message>
        <source>Override a variable for this build (repeatable). </source>
        <translation>为这次构建覆盖一个变量（可重复）。</translation>
    </message>
    <message>
        <source>The custom mode&apos;s command template, with ${VAR} placeholders.</source>
        <translation>custom 模式的命令模板，可使用 ${VAR} 占位符。</translation>
    </message>
    <message>
        <source>Ignore the workspace&apos;s saved build profile.</source>
        <translation>忽略工作区保存的构建配置档。</translation>
    </message>
    <message>
        <source>Name one plugin.</source>
        <translation>请指定一个插件。</translation>
    </message>
    <message>
        <source>At most N builds (default 50).</source>
        <translation>最多 N 次构建（默认 50）。</translation>
    </message>
    <message>
        <source>List successful builds with their artifacts</source>
        <translation>列出成功的构建及其构建产物</translation>
    </message>
    <message>
        <source>Show a build&apos;s merged flags and exact command</source>
        <translation>显示构建合并后的参数和确切命令</translation>
    </message>
    <message>
        <source>Comparing needs two stored runs; the history has %1. Store runs with hwb fire --save or --label.</source>
        <translation>比较需要两次已保存的运行；历史中只有 %1 次。请用 hwb fire --save 或 --label 保存运行。</translation>
    </message>
    <message>
        <source>No run %1 in the history; hwb runs lists them.</source>
        <translation>历史中没有运行 %1；hwb runs 会列出所有运行。</translation>
    </message>
    <message>
        <source>Name two runs, A and B, or none for the newest two.</source>
        <translation>请指定两次运行 A 和 B，或不指定以比较最新的两次。</translation>
    </message>
    <message>
        <source>A: #%1 %2</source>
        <translation>A：#%1 %2</translation>
    </message>
    <message>
        <source>B: #%1 %2</source>
        <translation>B：#%1 %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>更好</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>更差</translation>
    </message>
    <message>
        <source>Compare run A with run B (ids from the list).</source>
        <translation>比较运行 A 与运行 B（编号见列表）。</translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation>最多 N 次运行（默认 50）。</translation>
    </message>
    <message>
        <source>List the stored request runs (hwb fire --save or --label, and the Requests page), newest first, or compare two of them metric by metric.</source>
        <translation>列出已保存的请求运行（来自 hwb fire --save 或 --label，以及请求页面），最新的在前；或逐项比较其中两次。</translation>
    </message>
    <message>
        <source>Unknown argument %1; use hwb runs or hwb runs compare [A B].</source>
        <translation>未知参数 %1；请使用 hwb runs 或 hwb runs compare [A B]。</translation>
    </message>
    <message>
        <source>List stored request runs, or compare two</source>
        <translation>列出已保存的请求运行，或比较其中两次</translation>
    </message>
    <message>
        <source>No stored runs yet: hwb fire --save or --label keeps one.</source>
        <translation>还没有已保存的运行：hwb fire --save 或 --label 会保存一次运行。</translation>
    </message>
    <message>
        <source>One of: %1. By default the workspace profile&apos;s, else the family&apos;s usual one.</source>
        <translation>可选值：%1。默认使用工作区配置中的模式，否则使用该插件系列的常用模式。</translation>
    </message>
    <message>
        <source>Unknown mode &apos;%1&apos;. The modes are: %2.</source>
        <translation>未知模式“%1”。可用的模式有：%2。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. %2</source>
        <translation>未知操作“%1”。%2</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See %2 --help.</source>
        <translation>多余的参数“%1”。请查看 %2 --help。</translation>
    </message>
    <message>
        <source>No builds recorded yet.</source>
        <translation>尚未记录任何构建。</translation>
    </message>
    <message>
        <source>No builds of %1 recorded.</source>
        <translation>没有 %1 的构建记录。</translation>
    </message>
    <message>
        <source>%1 has no built module (main.wasm, plugin.wasm, or cargo&apos;s target/*/release/*.wasm); build it or pass --artifact FILE.</source>
        <translation>%1 没有已构建的模块（main.wasm、plugin.wasm 或 cargo 的 target/*/release/*.wasm）；请先构建，或传入 --artifact FILE。</translation>
    </message>
    <message>
        <source>The plugin to build: its folder name, or FAMILY/NAME (wasm-go/hello-world) when several families have one of that name.</source>
        <translation>要构建的插件：其文件夹名；若多个系列中有同名插件，则写 系列/名称（如 wasm-go/hello-world）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: sh names are letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>&apos;%1&apos; 不是有效的变量名：sh 变量名由字母、数字和 &apos;_&apos; 组成，且不能以数字开头。</translation>
    </message>
    <message>
        <source>--gateway needs a gateway version such as %1, not &apos;%2&apos;.</source>
        <translation>--gateway 需要一个网关版本号，例如 %1，而不是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--plugin needs the plugin&apos;s folder; %1 is not a folder.</source>
        <translation>--plugin 需要插件所在的文件夹；%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是 &apos;%4&apos;。</translation>
    </message>
    <message>
        <source>%1 needs a positive number of seconds, not &apos;%2&apos;.</source>
        <translation>%1 需要一个正的秒数，而不是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Usage: hwb &lt;command&gt; [options]</source>
        <translation>用法：hwb &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;hwb &lt;command&gt; --help&apos; for a command&apos;s options. &apos;hwb --version&apos; prints the version.</source>
        <translation>运行 &apos;hwb &lt;命令&gt; --help&apos; 查看某个命令的选项；&apos;hwb --version&apos; 显示版本。</translation>
    </message>
    <message>
        <source>unchanged since the last build: nothing was rebuilt</source>
        <translation>自上次构建以来未变：没有重新构建任何内容</translation>
    </message>
    <message>
        <source>unchanged: nothing rebuilt</source>
        <translation>未变：没有重新构建</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1，用时 %2 ms</translation>
    </message>
    <message>
        <source>build          %1=%2</source>
        <translation>构建设置       %1=%2</translation>
    </message>
    <message>
        <source>#%1  %2  %3  ttfb %4  ttft %5  total %6  itl p50 %7  tokens %8%9  bytes %10</source>
        <translation>#%1  %2  %3  ttfb %4  ttft %5  总耗时 %6  itl p50 %7  token %8%9  字节 %10</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4, %5 ok, %6 hung  TTFB p50 %7 ms  %8</source>
        <translation>#%1  %2  %3  %4，%5 个成功，%6 个挂起  TTFB p50 %7 毫秒  %8</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ok (%3)</source>
        <translation>%1，%2 个成功（%3）</translation>
    </message>
    <message>
        <source>Write --set as NAME=VALUE.</source>
        <translation>请把 --set 写成 NAME=VALUE。</translation>
    </message>
    <message>
        <source>the configuration uses ${%1}, which has no value: export HWB_%1=... (an API key is never saved with the configuration).</source>
        <translation>配置使用了 ${%1}，但它没有值：请 export HWB_%1=...（API 密钥从不随配置保存）。</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>The workspace %1 has no build profile: its builds take the Makefile&apos;s and .buildrc&apos;s values.</source>
        <translation>工作区 %1 没有构建配置档：其构建使用 Makefile 和 .buildrc 中的值。</translation>
    </message>
    <message>
        <source>Build profile of %1 (in %2):</source>
        <translation>%1 的构建配置档（保存在 %2）：</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令模板</translation>
    </message>
    <message>
        <source>set: the mode builds take when none is given (%1).</source>
        <translation>set：未指定模式时构建所用的模式（%1）。</translation>
    </message>
    <message>
        <source>set: the custom mode&apos;s command template.</source>
        <translation>set：custom 模式的命令模板。</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>show (default), set K=V…, unset K…, or clear</source>
        <translation>show（默认）、set K=V…、unset K… 或 clear</translation>
    </message>
    <message>
        <source>Show or change the workspace&apos;s build profile: the layer between the plugin&apos;s .buildrc and one build&apos;s --set. hwb build and the Build page use it.</source>
        <translation>显示或修改工作区的构建配置档：它位于插件的 .buildrc 与单次构建的 --set 之间。hwb build 和“构建”页面都会使用它。</translation>
    </message>
    <message>
        <source>Nothing to set: give NAME=VALUE, --mode or --command.</source>
        <translation>没有要设置的内容：请给出 NAME=VALUE、--mode 或 --command。</translation>
    </message>
    <message>
        <source>Nothing to unset: give names, &apos;mode&apos; or &apos;command&apos;.</source>
        <translation>没有要取消设置的内容：请给出变量名、&apos;mode&apos; 或 &apos;command&apos;。</translation>
    </message>
    <message>
        <source>The profile has no %1.</source>
        <translation>配置档中没有 %1。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use show, set, unset or clear.</source>
        <translation>未知操作 &apos;%1&apos;：请使用 show、set、unset 或 clear。</translation>
    </message>
    <message>
        <source>Show or change the workspace&apos;s build profile</source>
        <translation>显示或修改工作区的构建配置档</translation>
    </message>
    <message>
        <source>the saved template &apos;%1&apos; cannot be read: %2: %3</source>
        <translation>保存的模板 &apos;%1&apos; 无法读取：%2：%3</translation>
    </message>
    <message>
        <source>Mend the file, or move it away to start afresh; nothing was changed.</source>
        <translation>请修复该文件，或将其移走以重新开始；未做任何更改。</translation>
    </message>
    <message>
        <source>Build a plugin with its merged flags. The exit code is the build&apos;s; with --json the log goes to stderr and stdout ends with a summary object.
Example: hwb build ai-proxy --mode make-local</source>
        <translation>用合并后的标志构建插件。退出码即构建的退出码；使用 --json 时日志输出到 stderr，stdout 以一个摘要对象结尾。
示例：hwb build ai-proxy --mode make-local</translation>
    </message>
    <message>
        <source>Evaluate and edit a plugin&apos;s .buildrc the way sh reads it.
Example: hwb buildrc set ai-proxy EXTRA_TAGS proxy_wasm_version_0_2_100</source>
        <translation>按 sh 的读法评估并编辑插件的 .buildrc。
示例：hwb buildrc set ai-proxy EXTRA_TAGS proxy_wasm_version_0_2_100</translation>
    </message>
    <message>
        <source>%1 has no .buildrc (%2 does not exist); &apos;hwb buildrc set %1 %3 VALUE&apos; creates it.</source>
        <translation>%1 没有 .buildrc（%2 不存在）；&apos;hwb buildrc set %1 %3 VALUE&apos; 会创建它。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The command failed with exit code %1.</source>
        <translation>命令失败，退出码为 %1。</translation>
    </message>
    <message>
        <source>No workspace found here.</source>
        <translation>此处找不到工作区。</translation>
    </message>
    <message>
        <source>Pass --workspace DIR, set HWB_WORKSPACE, or run hwb inside a Higress checkout.</source>
        <translation>请传入 --workspace DIR、设置 HWB_WORKSPACE，或在 Higress 检出目录中运行 hwb。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是指 %1 吗？</translation>
    </message>
    <message>
        <source>hwb plugins lists them.</source>
        <translation>hwb plugins 会列出它们。</translation>
    </message>
    <message>
        <source>No builds of %1 recorded, and no workspace here has a plugin of that name.</source>
        <translation>没有记录 %1 的构建，此处也没有工作区含有该名称的插件。</translation>
    </message>
    <message>
        <source>No builds of %1 recorded, and %2 has no plugin of that name.</source>
        <translation>没有记录 %1 的构建，%2 中也没有该名称的插件。</translation>
    </message>
    <message>
        <source>hwb history lists every plugin&apos;s builds.</source>
        <translation>hwb history 会列出所有插件的构建。</translation>
    </message>
    <message>
        <source>Only this plugin&apos;s builds: a name, FAMILY/NAME, or its folder.</source>
        <translation>只显示此插件的构建：名称、FAMILY/NAME 或其文件夹。</translation>
    </message>
    <message>
        <source>List successful builds, newest first, with the artifact digest and the plan.
Example: hwb history ai-proxy --limit 5</source>
        <translation>列出成功的构建（最新的在前），附带产物摘要和构建计划。
示例：hwb history ai-proxy --limit 5</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>PLUGIN</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>ARTIFACT</source>
        <translation>产物</translation>
    </message>
    <message>
        <source>PASS with warnings  %1: the gateway will load this plugin; read the warnings below before trusting requests to it.</source>
        <translation>通过（有警告）  %1：网关会加载此插件；在信任经过它的请求之前，请先阅读下面的警告。</translation>
    </message>
    <message>
        <source>Read a plugin artifact and say whether the gateway will load it and requests will flow.
Example: hwb inspect plugins/wasm-go/extensions/ai-proxy/main.wasm --expect-tags proxy_wasm_version_0_2_100</source>
        <translation>读取插件产物，并判断网关是否会加载它、请求能否正常通过。
示例：hwb inspect plugins/wasm-go/extensions/ai-proxy/main.wasm --expect-tags proxy_wasm_version_0_2_100</translation>
    </message>
    <message>
        <source>Show what a build would run, with every variable and the layer it came from.
Example: hwb plan ai-proxy --set EXTRA_TAGS=+debug</source>
        <translation>显示构建将运行什么，以及每个变量和它来自的层。
示例：hwb plan ai-proxy --set EXTRA_TAGS=+debug</translation>
    </message>
    <message>
        <source>mode: %1 (--mode picks another: %2)</source>
        <translation>模式：%1（用 --mode 选择其他模式：%2）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Run &apos;hwb --help&apos; for the list.</source>
        <translation>运行 &apos;hwb --help&apos; 查看命令列表。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? Run &apos;hwb --help&apos; for the list.</source>
        <translation>您是指 &apos;%1&apos; 吗？运行 &apos;hwb --help&apos; 查看命令列表。</translation>
    </message>
    <message>
        <source>Gateway URL: a base (http://127.0.0.1:10000, or one ending in /v1) gets the template&apos;s endpoint; any other path is sent as typed.</source>
        <translation>网关 URL：基础地址（http://127.0.0.1:10000，或以 /v1 结尾的地址）会加上模板的端点；其他路径按输入原样发送。</translation>
    </message>
    <message>
        <source>Number of requests (default 1).</source>
        <translation>请求数量（默认 1）。</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 1).</source>
        <translation>同时进行的请求数（默认 1）。</translation>
    </message>
    <message>
        <source>Fire sample LLM requests and measure status, TTFB, TTFT and ITL.
The API key for ${API_KEY} comes from $HWB_API_KEY.
Example: hwb fire http://127.0.0.1:10000 --template openai-chat-stream -n 20 -c 4</source>
        <translation>发送示例 LLM 请求，测量状态、TTFB、TTFT 和 ITL。
${API_KEY} 的 API 密钥来自 $HWB_API_KEY。
示例：hwb fire http://127.0.0.1:10000 --template openai-chat-stream -n 20 -c 4</translation>
    </message>
    <message>
        <source>%1 is not listed, it cannot be read: %2</source>
        <translation>%1 未列出，无法读取：%2</translation>
    </message>
    <message>
        <source>no template named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的模板</translation>
    </message>
    <message>
        <source>hwb fire --list-templates lists them.</source>
        <translation>hwb fire --list-templates 会列出它们。</translation>
    </message>
    <message>
        <source>%1 not set (export HWB_API_KEY=...); sending it empty</source>
        <translation>%1 未设置（export HWB_API_KEY=...）；将以空值发送</translation>
    </message>
    <message>
        <source>%1 fails verification; the gateway will start it all the same, but:</source>
        <translation>%1 未通过验证；网关仍会启动它，但：</translation>
    </message>
    <message>
        <source>verification warns about %1:</source>
        <translation>验证对 %1 给出警告：</translation>
    </message>
    <message>
        <source>Asking the container engine</source>
        <translation>正在询问容器引擎</translation>
    </message>
    <message>
        <source>%1 has no gateway container.</source>
        <translation>%1 没有网关容器。</translation>
    </message>
    <message>
        <source>Start one with &apos;hwb gateway up %1&apos;.</source>
        <translation>用 &apos;hwb gateway up %1&apos; 启动一个。</translation>
    </message>
    <message>
        <source>Manage the local gateway container of a plugin.
Example: hwb mock-llm --bind 0.0.0.0 &amp; hwb gateway up ai-proxy &amp;&amp; hwb fire http://127.0.0.1:10000</source>
        <translation>管理插件的本地网关容器。
示例：hwb mock-llm --bind 0.0.0.0 &amp; hwb gateway up ai-proxy &amp;&amp; hwb fire http://127.0.0.1:10000</translation>
    </message>
    <message>
        <source>Serve the built-in OpenAI/Anthropic-compatible mock LLM upstream until stopped.
Per-request headers: x-mock-ttft-ms, x-mock-itl-ms, x-mock-tokens, x-mock-fault.
Example, for a gateway container to reach it: hwb mock-llm --bind 0.0.0.0</source>
        <translation>提供内置的 OpenAI/Anthropic 兼容模拟 LLM 上游，直到被停止。
单个请求的头部：x-mock-ttft-ms、x-mock-itl-ms、x-mock-tokens、x-mock-fault。
示例（让网关容器能访问它）：hwb mock-llm --bind 0.0.0.0</translation>
    </message>
    <message>
        <source>Pass another port with --port, or --port 0 to take a free one.</source>
        <translation>请用 --port 指定其他端口，或用 --port 0 自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Try it: hwb fire %1</source>
        <translation>试试：hwb fire %1</translation>
    </message>
    <message>
        <source>A gateway container cannot reach %1: for &apos;hwb gateway up&apos;, run the mock with --bind 0.0.0.0.</source>
        <translation>网关容器无法访问 %1：若用于 &apos;hwb gateway up&apos;，请用 --bind 0.0.0.0 运行模拟服务。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>LOADS, but requests will hang  %1: it exports proxy_abi_version_%2, not 0_2_100. Nothing says this plugin can do without the new ABI: pass --plugin DIR (its .buildrc) or --expect-tags.</source>
        <translation>可以加载，但请求会挂起  %1：它导出 proxy_abi_version_%2，而不是 0_2_100。没有任何信息表明该插件可以不用新 ABI：请传入 --plugin DIR（使用其 .buildrc）或 --expect-tags。</translation>
    </message>
    <message>
        <source>plugin         %1 (named by the module&apos;s Go build info; its .buildrc judges the tags)</source>
        <translation>插件           %1（由模块的 Go 构建信息指明；由其 .buildrc 判断标签）</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>On a terminal, say after S seconds without a first byte that a request may hang (default 5, at most half the first-byte timeout).</source>
        <translation>在终端中，若 S 秒后仍无首字节，提示请求可能挂起（默认 5，最多为首字节超时的一半）。</translation>
    </message>
    <message>
        <source>Module check: passed.</source>
        <translation>模块检查：通过。</translation>
    </message>
    <message>
        <source>Module check: the running module fails verification:</source>
        <translation>模块检查：运行中的模块未通过校验：</translation>
    </message>
    <message>
        <source>Module check: verification warns about the running module:</source>
        <translation>模块检查：校验对运行中的模块给出警告：</translation>
    </message>
    <message>
        <source>%1 (stopped early, %2 not fired)</source>
        <translation>%1（提前停止，%2 个未发出）</translation>
    </message>
    <message>
        <source>Fire all N requests even when every request of the first round (the first C) hangs; by default the rest are then not fired, since they would hang the same way.</source>
        <translation>即使第一轮（前 C 个）请求全部挂起，也发出全部 N 个请求；默认情况下其余请求不再发出，因为它们会以同样方式挂起。</translation>
    </message>
    <message>
        <source>Run it again with --no-early-stop to fire all %1.</source>
        <translation>使用 --no-early-stop 重新运行，即可发出全部 %1 个请求。</translation>
    </message>
    <message>
        <source>docker or podman executable, asked which gateway container listens at the URL (default: $HWB_DOCKER, else the workbench&apos;s setting, else docker).</source>
        <translation>docker 或 podman 可执行文件，用于查询哪个网关容器在该 URL 上监听（默认：$HWB_DOCKER，其次是工作台的设置，最后是 docker）。</translation>
    </message>
    <message>
        <source>Send this file as the body, in place of the template&apos;s (&apos;-&apos; for stdin); the template still gives the endpoint and the headers.</source>
        <translation>用此文件代替模板的请求体发送（&apos;-&apos; 表示标准输入）；端点和请求头仍来自模板。</translation>
    </message>
    <message>
        <source>-c %1 needs about %2 open files, and this process may open %3 (ulimit -n): requests past that fail here, before they reach the server.</source>
        <translation>-c %1 需要大约 %2 个打开的文件，而本进程最多可打开 %3 个（ulimit -n）：超出的请求会在本机失败，到不了服务器。</translation>
    </message>
    <message>
        <source>--tail needs &apos;all&apos; or a number of lines, not &apos;%1&apos;.</source>
        <translation>--tail 需要 &apos;all&apos; 或行数，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>cannot run %1, which serves &apos;hwb %2&apos;: %3.</source>
        <translation>无法运行为 &apos;hwb %2&apos; 服务的 %1：%3。</translation>
    </message>
    <message>
        <source>Is the installation complete? Link hwb rather than copy it: it finds its helpers in libexec/ beside its own bin/.</source>
        <translation>安装是否完整？请链接 hwb 而不是复制它：它会在自身 bin/ 旁边的 libexec/ 中查找辅助程序。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running, not ready</source>
        <translation>运行中，尚未就绪</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation>已创建，未启动</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>being removed</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>EXTRA_TAGS merges as a set across layers (makefile &lt; environment &lt; buildrc &lt; profile &lt; override): &apos;tag&apos; or &apos;+tag&apos; adds, &apos;-tag&apos; removes, order of first appearance; an empty value (or &apos;-*&apos;) clears the layers below. --set EXTRA_TAGS=-foo builds once without foo, --set EXTRA_TAGS= without any tag. A --set the mode does not use is refused.</source>
        <translation>EXTRA_TAGS 跨层按集合合并（makefile &lt; environment &lt; buildrc &lt; profile &lt; override）：“tag”或“+tag”添加，“-tag”移除，按首次出现的顺序；空值（或“-*”）清除下面各层的标签。--set EXTRA_TAGS=-foo 本次构建不带 foo，--set EXTRA_TAGS= 不带任何标签。模式不使用的 --set 会被拒绝。</translation>
    </message>
    <message>
        <source>Fix line %1 of %2 first (%3), then set %4 again.</source>
        <translation>请先修正 %2 的第 %1 行（%3），然后再设置 %4。</translation>
    </message>
    <message>
        <source>not used by this mode</source>
        <translation>此模式不使用</translation>
    </message>
    <message>
        <source>set: NAME=VALUE pairs, as --set takes them (EXTRA_TAGS &apos;+tag&apos; adds, &apos;-tag&apos; removes, each set adding to the profile&apos;s; EXTRA_TAGS= for none); unset: names, or &apos;mode&apos; and &apos;command&apos;.</source>
        <translation>set：NAME=VALUE 对，与 --set 的写法相同（EXTRA_TAGS 中“+tag”添加、“-tag”移除，每次 set 都叠加到配置档已有的修改上；EXTRA_TAGS= 表示不要标签）；unset：变量名，或“mode”和“command”。</translation>
    </message>
    <message>
        <source>TTFB   %1  (%2 with a first byte)</source>
        <translation>TTFB   %1  （%2 个收到首字节）</translation>
    </message>
    <message>
        <source>TTFT   %1  (%2 ok with content)</source>
        <translation>TTFT   %1  （%2 个成功且有内容）</translation>
    </message>
    <message>
        <source>total  %1  (%2 not cancelled)</source>
        <translation>总计   %1  （%2 个未取消）</translation>
    </message>
    <message>
        <source>No build server runs for this hwb. The next build starts one.</source>
        <translation>这个 hwb 没有运行中的构建服务器。下一次构建会启动一个。</translation>
    </message>
    <message numerus="yes">
        <source>The build server (pid %1) is running a build, started %2; %n build(s) served before it.</source>
        <translation>
            <numerusform>构建服务器（pid %1）正在运行一次构建，开始于 %2；此前已服务 %n 次构建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The build server (pid %1) is idle: %n build(s) served, the last %2 s ago. It ends after %3 s without a build.</source>
        <translation>
            <numerusform>构建服务器（pid %1）空闲：已服务 %n 次构建，最近一次在 %2 秒前。没有构建 %3 秒后它会退出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket: %1</source>
        <translation>套接字：%1</translation>
    </message>
    <message>
        <source>status (the default), or stop.</source>
        <translation>status（默认）或 stop。</translation>
    </message>
    <message>
        <source>The resident build server that hwb build hands its builds to, so that a rebuild pays no start-up: the first build starts it, it serves one build at a time (a second one builds by itself), and it ends after 15 minutes without a build, or when hwb is rebuilt or reinstalled. HWB_BUILD_SERVER=0 builds without it.
Example: hwb build-server stop</source>
        <translation>hwb build 把构建交给这个常驻构建服务器，重新构建便不再付出启动开销：第一次构建会启动它，它一次只服务一个构建（同时到来的第二个构建自行完成），15 分钟没有构建、或 hwb 被重新构建或重新安装后，它就退出。HWB_BUILD_SERVER=0 表示不用它构建。
示例：hwb build-server stop</translation>
    </message>
    <message>
        <source>There is no private folder for the build server&apos;s socket here.</source>
        <translation>这里没有可放构建服务器套接字的私有文件夹。</translation>
    </message>
    <message>
        <source>$XDG_RUNTIME_DIR/higress-workbench, or /tmp/higress-workbench-UID without XDG_RUNTIME_DIR, must be a folder of yours that nobody else may enter.</source>
        <translation>$XDG_RUNTIME_DIR/higress-workbench（没有 XDG_RUNTIME_DIR 时为 /tmp/higress-workbench-UID）必须是你自己的、其他人无法进入的文件夹。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>It is status or stop.</source>
        <translation>只能是 status 或 stop。</translation>
    </message>
    <message>
        <source>No build server was running for this hwb.</source>
        <translation>这个 hwb 没有运行中的构建服务器。</translation>
    </message>
    <message>
        <source>The build server (pid %1) stops once the build it is running ends.</source>
        <translation>构建服务器（pid %1）会在当前构建结束后退出。</translation>
    </message>
    <message>
        <source>Stopped the build server (pid %1).</source>
        <translation>已停止构建服务器（pid %1）。</translation>
    </message>
    <message>
        <source>The build server did not answer the stop.</source>
        <translation>构建服务器没有响应停止请求。</translation>
    </message>
    <message>
        <source>Show or stop the resident build server of hwb build</source>
        <translation>查看或停止 hwb build 的常驻构建服务器</translation>
    </message>
    <message>
        <source>The build server stopped before the build ended: whether it built, and what, is unknown.</source>
        <translation>构建服务器在构建结束前退出了：是否构建成功、构建出了什么，都无从得知。</translation>
    </message>
    <message>
        <source>Run the build again. HWB_BUILD_SERVER=0 builds without the server.</source>
        <translation>请重新构建。HWB_BUILD_SERVER=0 表示不用服务器构建。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n build server(s).</source>
        <translation><numerusform>已停止 %n 个构建服务器。</numerusform></translation>
    </message>
    <message>
        <source>With stop: every build server of yours, for any hwb and environment.</source>
        <translation>与 stop 一起使用：停止你的所有构建服务器，不论是哪个 hwb、哪种环境启动的。</translation>
    </message>
</context>
<context>
    <name>hwb::cli::BuildServer</name>
    <message>
        <source>Another build server holds %1.</source>
        <translation>另一个构建服务器占用着 %1。</translation>
    </message>
    <message>
        <source>Cannot listen at %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>hwb::gui::AppContext</name>
    <message>
        <source>The workspace could not be read again, so the list shows it as it was: %1</source>
        <translation>无法重新读取工作区，列表仍显示之前的内容：%1</translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildPage</name>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Select a plugin to build.</source>
        <translation>请选择要构建的插件。</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1，用时 %2 秒</translation>
    </message>
    <message>
        <source>Build cancelled; no process of it is left.</source>
        <translation>构建已取消，没有残留的进程。</translation>
    </message>
    <message>
        <source>The build failed with exit code %1.</source>
        <translation>构建失败，退出码 %1。</translation>
    </message>
    <message>
        <source>Fix the errors shown below first.</source>
        <translation>请先修复下方显示的错误。</translation>
    </message>
    <message>
        <source>Change %1 for these builds…</source>
        <translation>为这些构建修改 %1…</translation>
    </message>
    <message>
        <source>Use the value from %1 again</source>
        <translation>改回使用 %1 中的值</translation>
    </message>
    <message>
        <source>Remove this override</source>
        <translation>移除此覆盖</translation>
    </message>
    <message>
        <source>Set NAME=VALUE for these builds…</source>
        <translation>为这些构建设置 NAME=VALUE…</translation>
    </message>
    <message>
        <source>A one-off override, as hwb build --set takes it. Press Enter to add it to the table.</source>
        <translation>一次性覆盖，与 hwb build --set 的写法相同。按 Enter 将其加入表格。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE: a name of letters, digits and &apos;_&apos;, then &apos;=&apos; and the value.</source>
        <translation>“%1”不是 NAME=VALUE 形式：名称由字母、数字和“_”组成，后接“=”和值。</translation>
    </message>
    <message>
        <source>EXTRA_TAGS merges as a set: add or remove single tags with the tag editor beside it.</source>
        <translation>EXTRA_TAGS 按集合合并：请用旁边的标签编辑器逐个添加或移除标签。</translation>
    </message>
    <message>
        <source>%1 (unchanged: nothing rebuilt)</source>
        <translation>%1（未变：没有重新构建）</translation>
    </message>
    <message>
        <source>Stop the build and every process it started</source>
        <translation>停止构建及其启动的所有进程</translation>
    </message>
    <message>
        <source>Build with these flags</source>
        <translation>用这些标志构建</translation>
    </message>
    <message>
        <source>The build&apos;s output appears here, as it runs. Press Build to start one</source>
        <translation>构建输出会在运行时显示在这里。按“构建”开始一次构建</translation>
    </message>
    <message>
        <source>Click a problem to see its line in the source here.</source>
        <translation>点击一个问题，在这里查看它所在的源码行。</translation>
    </message>
    <message>
        <source>No problems. The errors and warnings of Go, TinyGo, cargo, make and Docker are listed here as the build reports them; click one to open its source.</source>
        <translation>没有问题。构建过程中 Go、TinyGo、cargo、make 和 Docker 报告的错误与警告会列在这里；点击一条即可打开对应源码。</translation>
    </message>
    <message>
        <source>No builds of this plugin recorded yet. Each successful build is kept here with its artifact&apos;s sha256 and verdict.</source>
        <translation>尚无此插件的构建记录。每次成功的构建都会连同产物的 sha256 和结论保存在这里。</translation>
    </message>
    <message>
        <source>Copy the command: pasted into a terminal it runs the same build, with the keys the preview shows masked.</source>
        <translation>复制命令：粘贴到终端即可运行同样的构建，其中包含预览里被遮盖的密钥。</translation>
    </message>
    <message>
        <source>Keep in the workspace profile</source>
        <translation>保留到工作区配置档</translation>
    </message>
    <message>
        <source>Every build of this workspace gets it from now on, hwb build too.</source>
        <translation>从现在起，此工作区的每次构建都会使用它，hwb build 也一样。</translation>
    </message>
    <message>
        <source>Remove from the workspace profile</source>
        <translation>从工作区配置档中移除</translation>
    </message>
    <message>
        <source>Workspace default</source>
        <translation>工作区默认</translation>
    </message>
    <message>
        <source>Keep this mode in the workspace profile: builds of this workspace use it unless another is picked, hwb build too.</source>
        <translation>将此模式保留到工作区配置档：此工作区的构建都使用它，除非另选模式，hwb build 也一样。</translation>
    </message>
    <message>
        <source>Run by /bin/sh in the plugin&apos;s folder; ${NAME} gives a variable&apos;s value, shell-quoted. Workspace default keeps it with the mode.</source>
        <translation>由 /bin/sh 在插件目录中运行；${NAME} 会替换为变量的值（已做 shell 引用）。勾选“工作区默认”会将它与模式一同保留。</translation>
    </message>
    <message>
        <source>Mend the file first; nothing was changed.</source>
        <translation>请先修复该文件；未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Command &amp;template:</source>
        <translation>命令模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;XTRA_TAGS:</source>
        <translation>E&amp;XTRA_TAGS：</translation>
    </message>
    <message>
        <source>Build variables</source>
        <translation>构建变量</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>构建日志</translation>
    </message>
    <message>
        <source>Build history</source>
        <translation>构建历史</translation>
    </message>
    <message>
        <source>%1 in %2 s, but the module FAILS verification</source>
        <translation>%1，用时 %2 秒，但模块未通过校验</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildVerdictNotice</name>
    <message>
        <source>Up to date, nothing rebuilt: %1 (sha256 %2…).</source>
        <translation>已是最新，未重新构建：%1（sha256 %2…）。</translation>
    </message>
    <message>
        <source>Built %1 (sha256 %2…).</source>
        <translation>已构建 %1（sha256 %2…）。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Open Verify</source>
        <translation>打开验证页</translation>
    </message>
</context>
<context>
    <name>hwb::gui::BuildrcPage</name>
    <message>
        <source>The file changed on disk and was reloaded (you had no unsaved edits).</source>
        <translation>该文件在磁盘上已更改，已重新加载（你没有未保存的编辑）。</translation>
    </message>
    <message>
        <source>Create .buildrc</source>
        <translation>创建 .buildrc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <source>Take the version on disk and drop your unsaved edits.</source>
        <translation>使用磁盘上的版本，丢弃你未保存的编辑。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep your edits; the next save replaces the version on disk.</source>
        <translation>保留你的编辑；下次保存时将替换磁盘上的版本。</translation>
    </message>
    <message>
        <source>Show diff</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <source>Cannot read .buildrc: %1</source>
        <translation>无法读取 .buildrc：%1</translation>
    </message>
    <message>
        <source>No .buildrc. Era-2 (Go wasip1) builds do not read one; era-1 Makefiles take EXTRA_TAGS from it.</source>
        <translation>没有 .buildrc。第二代（Go wasip1）构建不会读取它；第一代 Makefile 会从中读取 EXTRA_TAGS。</translation>
    </message>
    <message>
        <source>No .buildrc. The era-1 Makefile sources it with /bin/sh and takes EXTRA_TAGS from it.</source>
        <translation>没有 .buildrc。第一代 Makefile 会用 /bin/sh 加载它，并从中读取 EXTRA_TAGS。</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Select a plugin to edit its .buildrc.</source>
        <translation>选择一个插件以编辑其 .buildrc。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The .buildrc changed on disk while you were editing it. Nothing was overwritten: reload the disk&apos;s version, keep yours (the next save replaces it), or look at the diff first.</source>
        <translation>你编辑期间 .buildrc 在磁盘上发生了更改。未覆盖任何内容：你可以重新加载磁盘上的版本、保留你的版本（下次保存时替换磁盘上的版本），或先查看差异。</translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation>已从磁盘重新加载。</translation>
    </message>
    <message>
        <source>Keeping your version; save to replace the one on disk.</source>
        <translation>保留你的版本；保存后将替换磁盘上的版本。</translation>
    </message>
    <message>
        <source>--- on disk
+++ yours
</source>
        <translation>--- 磁盘上的版本
+++ 你的版本
</translation>
    </message>
    <message>
        <source>No .buildrc: wasm-rust builds do not read one. They source .prebuild before cargo runs.</source>
        <translation>没有 .buildrc：wasm-rust 构建不读取它，而是在 cargo 运行前加载 .prebuild。</translation>
    </message>
    <message>
        <source>No .buildrc: only wasm-go builds read one.</source>
        <translation>没有 .buildrc：只有 wasm-go 构建会读取它。</translation>
    </message>
    <message>
        <source>Save the .buildrc (atomically: a crash leaves the old or the new file)</source>
        <translation>保存 .buildrc（原子写入：即使崩溃，也只会留下旧文件或新文件）</translation>
    </message>
    <message>
        <source>Unsaved edits to the .buildrc of %1 are kept: select the plugin again to save or drop them.</source>
        <translation>%1 的 .buildrc 中未保存的修改已保留：再次选择该插件即可保存或放弃。</translation>
    </message>
    <message>
        <source>What &amp;make gets when it sources this file</source>
        <translation>make 加载此文件时得到的值(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>.buildrc file</source>
        <translation>.buildrc 文件</translation>
    </message>
    <message>
        <source>Your edits against the file on disk</source>
        <translation>您的编辑与磁盘上文件的对比</translation>
    </message>
    <message>
        <source>No problems: sh reads every line as the table above shows.</source>
        <translation>没有问题：sh 读取每一行的结果与上表一致。</translation>
    </message>
    <message>
        <source>The .buildrc cannot be read, so it is not shown: %1</source>
        <translation>无法读取 .buildrc，因此不显示：%1</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>No .buildrc yet: nothing to check.</source>
        <translation>还没有 .buildrc：没有可检查的内容。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::ChartAxes</name>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>hwb::gui::ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>hwb::gui::FindingCard</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the command, to paste into a terminal in one piece</source>
        <translation>复制整条命令，可完整粘贴到终端</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayModuleNotice</name>
    <message>
        <source>This module fails verification. The gateway will start it all the same, but:
%1</source>
        <translation>此模块未通过验证。网关仍会启动它，但：
%1</translation>
    </message>
    <message>
        <source>Verification warns about this module:
%1</source>
        <translation>验证对此模块给出警告：
%1</translation>
    </message>
    <message>
        <source>Open Verify</source>
        <translation>打开验证页</translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayPage</name>
    <message>
        <source>The mock LLM could not start: %1</source>
        <translation>模拟 LLM 无法启动：%1</translation>
    </message>
    <message>
        <source>The plugin was rebuilt: restarting the gateway with the new module.</source>
        <translation>插件已重新构建：正在使用新模块重启网关。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>%1 (%2 s of %3 s)</source>
        <translation>%1（%2 秒 / %3 秒）</translation>
    </message>
    <message numerus="yes">
        <source>Mock LLM: %1 (%n request(s) served)</source>
        <translation>
            <numerusform>模拟 LLM：%1（已处理 %n 个请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock LLM: not running.</source>
        <translation>模拟 LLM：未运行。</translation>
    </message>
    <message>
        <source>Stop mock</source>
        <translation>停止模拟 LLM</translation>
    </message>
    <message>
        <source>Start mock</source>
        <translation>启动模拟 LLM</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restart after a rebuild</source>
        <translation>重新构建后重启</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>重置为示例</translation>
    </message>
    <message>
        <source>Requests go to %1, through the plugin.</source>
        <translation>请求发往 %1，经过插件。</translation>
    </message>
    <message>
        <source>Select a plugin on the left.</source>
        <translation>请在左侧选择一个插件。</translation>
    </message>
    <message>
        <source>Module: %1 (built %2)</source>
        <translation>模块：%1（构建于 %2）</translation>
    </message>
    <message>
        <source>Waiting for the gateway to be ready (admin /ready)…</source>
        <translation>正在等待网关就绪（admin /ready）…</translation>
    </message>
    <message>
        <source>The gateway container exited with code 1 before it was ready.</source>
        <translation>网关容器在就绪前退出，退出码为 1。</translation>
    </message>
    <message>
        <source>Last log lines of container %1:</source>
        <translation>容器 %1 的最后几行日志：</translation>
    </message>
    <message>
        <source>Module: not built yet (main.wasm, plugin.wasm, or cargo&apos;s target/*/release/*.wasm). Build it first.</source>
        <translation>模块：尚未构建（没有 main.wasm、plugin.wasm 或 cargo 的 target/*/release/*.wasm）。请先构建。</translation>
    </message>
    <message>
        <source>No config file: the plugin gets {}.</source>
        <translation>没有配置文件：插件收到的配置为 {}。</translation>
    </message>
    <message>
        <source>Config: config.sample.json</source>
        <translation>配置：config.sample.json</translation>
    </message>
    <message>
        <source>Config: your saved edit</source>
        <translation>配置：你保存的修改</translation>
    </message>
    <message>
        <source>Build the plugin first: there is no module to load.</source>
        <translation>请先构建插件：还没有可加载的模块。</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>启动网关</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>停止网关</translation>
    </message>
    <message>
        <source>Requests go to %1, straight to the mock.</source>
        <translation>请求发往 %1，直接到模拟服务。</translation>
    </message>
    <message>
        <source>The gateway&apos;s log appears here once it starts, with the plugin&apos;s own lines.</source>
        <translation>网关启动后，它的日志会显示在这里，包括插件自己输出的行。</translation>
    </message>
    <message>
        <source>Each request the mock LLM answers is listed here, with its path and status.</source>
        <translation>模拟 LLM 应答的每个请求都会列在这里，附带路径和状态。</translation>
    </message>
    <message>
        <source>Ready: requests to http://127.0.0.1:%1 pass through %2.</source>
        <translation>就绪：发往 http://127.0.0.1:%1 的请求会经过 %2。</translation>
    </message>
    <message>
        <source>Start the gateway again with the selected plugin&apos;s module and configuration. It replaces the gateway that runs, whichever plugin that is.</source>
        <translation>用所选插件的模块和配置重新启动网关。它会替换正在运行的网关，无论那是哪个插件的。</translation>
    </message>
    <message>
        <source>Unsaved edits to the configuration of %1 are kept: select the plugin again to save or drop them.</source>
        <translation>%1 的配置中未保存的修改已保留：再次选择该插件即可保存或放弃。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Move the key to the keychain</source>
        <translation>将密钥移入钥匙串</translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n different keys written out, and ${API_KEY} holds one: replace them with placeholders by hand.</source>
        <translation>
            <numerusform>配置中明文写有 %n 个不同的密钥，而 ${API_KEY} 只能保存一个：请手动将它们替换为占位符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is in the keychain now, and the saved configuration says ${API_KEY}.</source>
        <translation>密钥已存入钥匙串，保存的配置中写的是 ${API_KEY}。</translation>
    </message>
    <message>
        <source>The key is kept for this session only (%1), and the saved configuration says ${API_KEY}: enter the key on the Requests page when you start the workbench again.</source>
        <translation>密钥仅在本次会话中保留（%1），保存的配置中写的是 ${API_KEY}：下次启动工作台时，请在“请求”页面重新输入密钥。</translation>
    </message>
    <message>
        <source>It replaces the API key the Requests page had.</source>
        <translation>它替换了“请求”页面原有的 API 密钥。</translation>
    </message>
    <message>
        <source>The Requests page has another API key as ${API_KEY}. This key would take its place.</source>
        <translation>“请求”页面已有另一个 API 密钥作为 ${API_KEY}。此密钥将取代它。</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>替换它</translation>
    </message>
    <message>
        <source>The configuration uses ${API_KEY}, which has no value: enter the API key on the Requests page.</source>
        <translation>配置使用了 ${API_KEY}，但它没有值：请在“请求”页面输入 API 密钥。</translation>
    </message>
    <message>
        <source>The configuration uses ${%1}, which the workbench cannot fill: it keeps one key, ${API_KEY}. Write that instead, or start the gateway with hwb gateway up and $HWB_%2.</source>
        <translation>配置使用了 ${%1}，工作台无法填入：它只保存一个密钥，即 ${API_KEY}。请改用它，或用 hwb gateway up 并设置 $HWB_%2 来启动网关。</translation>
    </message>
    <message>
        <source>Gateway l&amp;og (wasm at debug level)</source>
        <translation>网关日志（wasm 为 debug 级别）(&amp;O)</translation>
    </message>
    <message>
        <source>Requests the m&amp;ock LLM served</source>
        <translation>模拟 LLM 处理过的请求(&amp;O)</translation>
    </message>
    <message>
        <source>Plugin configuration (JSON)</source>
        <translation>插件配置（JSON）</translation>
    </message>
    <message>
        <source>(Container %1, started outside the workbench.)</source>
        <translation>（容器 %1，在工作台之外启动。）</translation>
    </message>
    <message>
        <source>The gateway of %1 was stopped outside the workbench.</source>
        <translation>%1 的网关已在工作台之外停止。</translation>
    </message>
    <message>
        <source>Another mock LLM (hwb mock-llm?) already answers on port %1, so this one took port %2. The gateway started here forwards to port %2; one started with &apos;hwb gateway up&apos; forwards to port %1.</source>
        <translation>另一个模拟 LLM（hwb mock-llm？）已在端口 %1 上应答，因此本窗口的模拟服务使用了端口 %2。在此启动的网关转发到端口 %2；用 &apos;hwb gateway up&apos; 启动的网关转发到端口 %1。</translation>
    </message>
    <message>
        <source>Port %1 is held by another program, so the mock took port %2; the gateway started here forwards to port %2.</source>
        <translation>端口 %1 被另一个程序占用，因此模拟服务使用了端口 %2；在此启动的网关转发到端口 %2。</translation>
    </message>
    <message>
        <source>Port %1 was busy, so the mock took port %2; the gateway started here forwards to port %2.</source>
        <translation>端口 %1 忙，因此模拟服务使用了端口 %2；在此启动的网关转发到端口 %2。</translation>
    </message>
    <message>
        <source>It runs the image %1; Restart uses the profile&apos;s image, %2.</source>
        <translation>它运行的是镜像 %1；“重启”会使用配置档中的镜像 %2。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::GatewayProfileForm</name>
    <message>
        <source>Listener port, published on 127.0.0.1</source>
        <translation>监听端口，发布在 127.0.0.1 上</translation>
    </message>
    <message>
        <source>Envoy admin port (GET /ready), published on 127.0.0.1</source>
        <translation>Envoy 管理端口（GET /ready），发布在 127.0.0.1 上</translation>
    </message>
    <message>
        <source>&quot;mock&quot; sends the plugin&apos;s traffic to the built-in mock LLM; or a provider URL over TLS.</source>
        <translation>&quot;mock&quot; 会将插件的流量发送到内置的模拟 LLM；也可填写通过 TLS 访问的提供商 URL。</translation>
    </message>
    <message>
        <source>Requests go straight to the built-in mock LLM. The plugin is NOT in the request path: use this for demos of the request tools, not to test the plugin.</source>
        <translation>请求直接发往内置的模拟 LLM。插件不在请求路径中：此模式用于演示请求工具，而非测试插件。</translation>
    </message>
    <message>
        <source>A gateway you run yourself. The workbench sends requests to it and does not manage it.</source>
        <translation>由你自行运行的网关。工作台会向其发送请求，但不负责管理它。</translation>
    </message>
    <message>
        <source>The workbench runs the gateway container with the plugin&apos;s latest build and configuration.</source>
        <translation>工作台会使用插件的最新构建和配置运行网关容器。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置档(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Listener / admin port:</source>
        <translation>监听 / 管理端口(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Upstream:</source>
        <translation>上游(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>网关 URL(&amp;G)：</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>Envoy admin port</source>
        <translation>Envoy 管理端口</translation>
    </message>
</context>
<context>
    <name>hwb::gui::HangBanner</name>
    <message>
        <source>Open the Verify page to check the plugin artifact →</source>
        <translation>打开验证页面以检查插件构建产物 →</translation>
    </message>
</context>
<context>
    <name>hwb::gui::JsonConfigEditor</name>
    <message>
        <source>Valid JSON configuration.</source>
        <translation>有效的 JSON 配置。</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>The configuration must be a JSON object ({…}).</source>
        <translation>配置必须是 JSON 对象（{…}）。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>hwb::gui::LatencyHistogram</name>
    <message>
        <source>No request finished with a value to show</source>
        <translation>没有可显示数值的已完成请求</translation>
    </message>
</context>
<context>
    <name>hwb::gui::LatencyOverTimeChart</name>
    <message>
        <source>TTFT and total over time</source>
        <translation>TTFT 和总耗时随时间的变化</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Run a batch to see latency over time</source>
        <translation>运行一批请求后，这里显示延迟随时间的变化</translation>
    </message>
</context>
<context>
    <name>hwb::gui::LogFindBar</name>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>hwb::gui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>hwb::gui::MainWindow</name>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Higress Plugin Workbench</source>
        <translation>Higress Plugin Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload Plugins</source>
        <translation>重新加载插件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Higress Plugin Workbench</source>
        <translation>关于 Higress Plugin Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>Open a Higress checkout (the folder that contains plugins/wasm-go) to list its plugins.
Run with --demo to try the bundled demo workspace.</source>
        <translation>打开 Higress 代码仓库（包含 plugins/wasm-go 的目录）以列出其中的插件。
使用 --demo 运行可试用内置的演示工作区。</translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1 — %n plugin(s)</source>
        <translation>
            <numerusform>工作区：%1 — %n 个插件</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Open Higress Checkout</source>
        <translation>打开 Higress 代码仓库</translation>
    </message>
    <message>
        <source>KF6 SyntaxHighlighting: available</source>
        <translation>KF6 SyntaxHighlighting：可用</translation>
    </message>
    <message>
        <source>KF6 SyntaxHighlighting: not available (plain-text editors)</source>
        <translation>KF6 SyntaxHighlighting：不可用（编辑器仅显示纯文本）</translation>
    </message>
    <message>
        <source>About Higress Plugin Workbench</source>
        <translation>关于 Higress Plugin Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Higress Plugin Workbench %1&lt;/h3&gt;&lt;p&gt;Build, verify and exercise Higress WebAssembly plugins.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Higress Plugin Workbench %1&lt;/h3&gt;&lt;p&gt;构建、验证和测试 Higress WebAssembly 插件。&lt;/p&gt;&lt;p&gt;Qt %2（基于 %3 构建）&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Find Plugin</source>
        <translation>查找插件(&amp;F)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>Save your edits to %n file(s) before closing?</source>
        <translation>
            <numerusform>关闭前保存对 %n 个文件的修改吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hwb::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>hwb::gui::OverviewPage</name>
    <message>
        <source>No plugin selected</source>
        <translation>未选择插件</translation>
    </message>
    <message>
        <source>Pick a plugin on the left to see its metadata, its .buildrc and its builds.</source>
        <translation>在左侧选择一个插件，以查看其元数据、.buildrc 和构建。</translation>
    </message>
    <message>
        <source>This plugin has a .buildrc (%1). Every build must apply it: a build that skips its tags can load in the gateway and then hang every request.</source>
        <translation>此插件有 .buildrc（%1）。每次构建都必须应用它：跳过其标签的构建可以在网关中加载，但随后每个请求都会挂起。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>系列：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Go version:</source>
        <translation>Go 版本：</translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation>SDK：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>option.yaml:</source>
        <translation>option.yaml：</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>A Rust plugin: cargo builds it for wasm32-wasip1, after sourcing its .prebuild if it has one. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation>Rust 插件：cargo 为 wasm32-wasip1 构建它，如有 .prebuild 会先 source 它。构建时代和 .buildrc 只适用于 wasm-go 插件。</translation>
    </message>
    <message>
        <source>A C++ plugin: Higress builds it with bazel, through make build in Docker. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation>C++ 插件：Higress 通过 Docker 中的 make build 用 bazel 构建它。构建时代和 .buildrc 只适用于 wasm-go 插件。</translation>
    </message>
    <message>
        <source>An AssemblyScript plugin: npm builds it. Build eras and .buildrc apply to wasm-go plugins only.</source>
        <translation>AssemblyScript 插件：由 npm 构建。构建时代和 .buildrc 只适用于 wasm-go 插件。</translation>
    </message>
    <message>
        <source>.prebuild:</source>
        <translation>.prebuild：</translation>
    </message>
    <message>
        <source>Built module %1:</source>
        <translation>已构建的模块 %1：</translation>
    </message>
    <message>
        <source>Open the Verify page →</source>
        <translation>打开“验证”页 →</translation>
    </message>
    <message>
        <source>The Build page builds it with go build (wasip1) by default, which needs no TinyGo and passes the .buildrc&apos;s tags; TinyGo (legacy) is one of its modes.</source>
        <translation>“构建”页默认用 go build（wasip1）构建它，无需 TinyGo，并会传入 .buildrc 中的标签；TinyGo（旧版）也是它的构建模式之一。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::Pages</name>
    <message>
        <source>.buildrc</source>
        <translation>.buildrc</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
</context>
<context>
    <name>hwb::gui::PluginItemDelegate</name>
    <message>
        <source>era 1</source>
        <translation>第一代</translation>
    </message>
    <message>
        <source>era 2</source>
        <translation>第二代</translation>
    </message>
</context>
<context>
    <name>hwb::gui::PluginListPane</name>
    <message>
        <source>Search plugins by name or title</source>
        <translation>按名称或标题搜索插件</translation>
    </message>
    <message>
        <source>Only plugins with a .buildrc</source>
        <translation>仅显示有 .buildrc 的插件</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>All eras</source>
        <translation>所有时代</translation>
    </message>
    <message>
        <source>Era 1: TinyGo + .buildrc</source>
        <translation>第一代：TinyGo + .buildrc</translation>
    </message>
    <message>
        <source>Era 2: Go wasip1</source>
        <translation>第二代：Go wasip1</translation>
    </message>
    <message>
        <source>Unknown era</source>
        <translation>未知时代</translation>
    </message>
    <message>
        <source>Plugin family</source>
        <translation>插件系列</translation>
    </message>
    <message>
        <source>Build era</source>
        <translation>构建时代</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestTimelineChart</name>
    <message>
        <source>Stream timeline (one tick per event)</source>
        <translation>流时间线（每个事件一个刻度）</translation>
    </message>
    <message>
        <source>Per-request timeline</source>
        <translation>各请求时间线</translation>
    </message>
    <message>
        <source>Each request&apos;s bar appears here: waiting, first token, streaming</source>
        <translation>每个请求的时间条会显示在这里：等待、首个 token、流式输出</translation>
    </message>
    <message>
        <source>no first byte · %1 s</source>
        <translation>尚无首字节 · %1 秒</translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsBatchView</name>
    <message>
        <source>Total latency histogram</source>
        <translation>总延迟直方图</translation>
    </message>
    <message>
        <source>TTFT histogram</source>
        <translation>TTFT 直方图</translation>
    </message>
    <message>
        <source>TTFB histogram</source>
        <translation>TTFB 直方图</translation>
    </message>
    <message>
        <source>TTFB ms</source>
        <translation>TTFB（毫秒）</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>总耗时（毫秒）</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 ok</source>
        <translation>已完成 %1 / %2，成功 %3</translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Status: %1 · %2 req/s · %3 tokens/s</source>
        <translation>状态码：%1 · %2 请求/秒 · %3 token/秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>With a proxy-wasm plugin in the path, the classic cause is a build that did not apply the .buildrc tags (EXTRA_TAGS=proxy_wasm_version_0_2_100).</source>
        <translation>如果请求路径中有 proxy-wasm 插件，典型原因是构建没有应用 .buildrc 中的标签（EXTRA_TAGS=proxy_wasm_version_0_2_100）。</translation>
    </message>
    <message>
        <source>%1 of %2 requests stalled: the response stopped coming in the middle.</source>
        <translation>%2 个请求中有 %1 个停滞：响应在中途停止。</translation>
    </message>
    <message>
        <source>Run a batch to list every request here, with its outcome and timing.</source>
        <translation>运行一批请求后，每个请求都会连同结果和耗时列在这里。</translation>
    </message>
    <message>
        <source>Histogram shown</source>
        <translation>显示的直方图</translation>
    </message>
    <message>
        <source>Requests of the batch</source>
        <translation>本批次的请求</translation>
    </message>
    <message>
        <source>%1 not fired: the first round hung</source>
        <translation>%1 个未发出：第一轮挂起了</translation>
    </message>
    <message>
        <source>%1 not fired: the run was cancelled</source>
        <translation>%1 个未发出：运行已取消</translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsCompareView</name>
    <message>
        <source>Run A</source>
        <translation>运行 A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>运行 B</translation>
    </message>
    <message>
        <source>B vs A</source>
        <translation>B 对比 A</translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stopped early</source>
        <translation>%1，提前停止</translation>
    </message>
    <message>
        <source>%1 stopped early: its first requests hung (%2 fired), so the workbench held back the remaining %3. Its figures cover the %2 fired.</source>
        <translation>%1 提前停止：其首批请求挂起（已发出 %2 个），因此工作台暂不发出其余 %3 个。其数据只涵盖已发出的 %2 个。</translation>
    </message>
    <message>
        <source>The stored runs cannot be read: %1</source>
        <translation>无法读取已保存的运行：%1</translation>
    </message>
    <message>
        <source>Reading the stored runs…</source>
        <translation>正在读取已保存的运行…</translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsPage</name>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>Replaces ${API_KEY}; never written to logs, exports or history</source>
        <translation>替换 ${API_KEY}；绝不会写入日志、导出文件或历史</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>请求数量</translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation>同时进行中的请求数</translation>
    </message>
    <message>
        <source>rate </source>
        <translation>速率 </translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /秒</translation>
    </message>
    <message>
        <source>first byte ≤ </source>
        <translation>首字节 ≤ </translation>
    </message>
    <message>
        <source>A request without any response byte after this long is reported as a hang</source>
        <translation>超过此时长仍未收到任何响应字节的请求将被报告为挂起</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>保持连接</translation>
    </message>
    <message>
        <source>Reuse connections between the requests of a batch, as hey and oha do; TTFB then excludes connecting</source>
        <translation>在同一批量的请求之间复用连接（与 hey 和 oha 的做法相同）；此时 TTFB 不包含建立连接的时间</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>批量运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>请求体（JSON）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已保存）</translation>
    </message>
    <message>
        <source>Pick a request template.</source>
        <translation>请选择一个请求模板。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>请求体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is empty: the request is sent without it.</source>
        <translation>%1 为空：请求将不带它发送。</translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <translation>正在等待 %1 …</translation>
    </message>
    <message>
        <source>The run could not be stored in the history: %1</source>
        <translation>无法将本次运行保存到历史中：%1</translation>
    </message>
    <message>
        <source>Run #%1 (%2) from the history</source>
        <translation>历史中的运行 #%1（%2）</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Verify the artifact with `hwb inspect plugin.wasm`: the Verify page is not part of this build.</source>
        <translation>请用 `hwb inspect plugin.wasm` 检查构建产物：此版本不包含验证页面。</translation>
    </message>
    <message>
        <source>no rate limit</source>
        <translation>不限速率</translation>
    </message>
    <message>
        <source>requests: </source>
        <translation>请求数：</translation>
    </message>
    <message>
        <source>at once: </source>
        <translation>并发：</translation>
    </message>
    <message>
        <source>Start at most this many requests per second (0, no rate limit: as fast as the concurrency allows)</source>
        <translation>每秒最多发起这么多请求（0 表示不限速率：并发允许多快就多快）</translation>
    </message>
    <message>
        <source>Send one request and show its timing</source>
        <translation>发送一个请求并显示其耗时</translation>
    </message>
    <message>
        <source>Send the batch: this many requests, this many at once</source>
        <translation>发送这一批请求：按设定的总数和并发数</translation>
    </message>
    <message>
        <source>Stop the requests that are running</source>
        <translation>停止正在运行的请求</translation>
    </message>
    <message>
        <source>The saved template %1 is not listed: it cannot be read (%2).</source>
        <translation>保存的模板 %1 未列出：无法读取（%2）。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The edited request bodies could not be kept: %1</source>
        <translation>无法保留编辑过的请求体：%1</translation>
    </message>
    <message>
        <source>The body is as you left it, not as the template has it.</source>
        <translation>请求体是你上次离开时的样子，而不是模板中的内容。</translation>
    </message>
    <message>
        <source>Back to the template</source>
        <translation>恢复为模板内容</translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation>网关 URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批量(&amp;B)：</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Seconds without a response byte before a request is a hang</source>
        <translation>请求在多少秒内没有响应字节即视为挂起</translation>
    </message>
    <message>
        <source>Fire the rest anyway</source>
        <translation>仍然发出其余请求</translation>
    </message>
    <message>
        <source>Saving run…</source>
        <translation>正在保存运行…</translation>
    </message>
    <message>
        <source>Saved as run #%1</source>
        <translation>已保存为运行 #%1</translation>
    </message>
    <message>
        <source>The last run could not be read from the history: %1</source>
        <translation>无法从历史中读取上一次运行：%1</translation>
    </message>
    <message>
        <source>Loading the last run…</source>
        <translation>正在加载上一次运行…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host (and a port up to 65535, if it has one).</source>
        <translation>%1 不是带主机名的 http:// 或 https:// URL（如有端口，端口不能超过 65535）。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::RequestsSingleView</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TTFB</source>
        <translation>TTFB</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>ITL p50 / p90 / max</source>
        <translation>ITL p50 / p90 / 最大值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/秒</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Response body or assembled stream text</source>
        <translation>响应体或拼接后的流文本</translation>
    </message>
    <message>
        <source>No request yet: pick a template and press Send.</source>
        <translation>尚无请求：请选择一个模板并点击“发送”。</translation>
    </message>
    <message>
        <source>%1 (estimated from events)</source>
        <translation>%1（根据事件估算）</translation>
    </message>
    <message>
        <source>[… clipped for display: %1 bytes received in total]</source>
        <translation>[… 为便于显示已截断：共收到 %1 字节]</translation>
    </message>
    <message>
        <source>A streamed response&apos;s events, with the time each arrived.</source>
        <translation>流式响应的各个事件及其到达时间。</translation>
    </message>
    <message>
        <source>Stream events</source>
        <translation>流事件</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>waiting · %1</source>
        <translation>等待中 · %1</translation>
    </message>
</context>
<context>
    <name>hwb::gui::ScreenshotRenderer</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::TagChips</name>
    <message>
        <source>Add a tag for this build…</source>
        <translation>为这次构建添加标签…</translation>
    </message>
    <message>
        <source>Removed for this build; click to keep it</source>
        <translation>这次构建已移除；点击以保留</translation>
    </message>
    <message>
        <source>From %1; click to leave it out of this build</source>
        <translation>来自 %1；点击可在这次构建中去掉它</translation>
    </message>
    <message>
        <source>EXTRA_TAGS %1, left out of this build</source>
        <translation>EXTRA_TAGS %1，本次构建不使用</translation>
    </message>
    <message>
        <source>EXTRA_TAGS %1</source>
        <translation>EXTRA_TAGS %1</translation>
    </message>
</context>
<context>
    <name>hwb::gui::TagListWidget</name>
    <message>
        <source>EXTRA_TAGS:</source>
        <translation>EXTRA_TAGS：</translation>
    </message>
    <message>
        <source>unknown (only a shell could tell)</source>
        <translation>未知（只有 shell 才能确定）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>A valid Go build tag.</source>
        <translation>有效的 Go 构建标签。</translation>
    </message>
    <message>
        <source>Not a valid Go build tag: only letters, digits, &apos;_&apos; and &apos;.&apos; are allowed.</source>
        <translation>不是有效的 Go 构建标签：只允许字母、数字、&apos;_&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(the file assigns %1; see the diagnostics)</source>
        <translation>（文件赋值为 %1；见诊断）</translation>
    </message>
</context>
<context>
    <name>hwb::gui::VerifyPage</name>
    <message>
        <source>Open a plugin artifact</source>
        <translation>打开插件构建产物</translation>
    </message>
    <message>
        <source>WebAssembly modules (*.wasm);;All files (*)</source>
        <translation>WebAssembly 模块 (*.wasm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>The Higress gateway version the artifact must work with. Type any version; the compatibility data of the newest release not after it applies.</source>
        <translation>构建产物需要兼容的 Higress 网关版本。可输入任意版本；将采用不晚于该版本的最新发布版的兼容性数据。</translation>
    </message>
    <message>
        <source>Open .wasm…</source>
        <translation>打开 .wasm…</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation>构建设置</translation>
    </message>
    <message>
        <source>No artifact</source>
        <translation>无构建产物</translation>
    </message>
    <message>
        <source>Select a plugin, or open or drop a .wasm file here.</source>
        <translation>请选择一个插件，或在此处打开或拖放 .wasm 文件。</translation>
    </message>
    <message>
        <source>Artifact: %1</source>
        <translation>构建产物：%1</translation>
    </message>
    <message numerus="yes">
        <source>Should work: the gateway will load this plugin, but check %n warning(s) below.</source>
        <translation>
            <numerusform>应该可以工作：网关会加载此插件，但请检查下方的 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: the gateway will load this plugin and requests will flow.</source>
        <translation>就绪：网关会加载此插件，请求可正常流转。</translation>
    </message>
    <message>
        <source>Go (gc)</source>
        <translation>Go (gc)</translation>
    </message>
    <message>
        <source>TinyGo</source>
        <translation>TinyGo</translation>
    </message>
    <message>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>C/C++ (clang)</source>
        <translation>C/C++ (clang)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Toolchain:</source>
        <translation>工具链：</translation>
    </message>
    <message>
        <source>ABI version:</source>
        <translation>ABI 版本：</translation>
    </message>
    <message>
        <source>Entry point:</source>
        <translation>入口点：</translation>
    </message>
    <message>
        <source>Build tags:</source>
        <translation>构建标签：</translation>
    </message>
    <message>
        <source>Expected tags:</source>
        <translation>预期标签：</translation>
    </message>
    <message>
        <source>proxy-wasm SDK:</source>
        <translation>proxy-wasm SDK：</translation>
    </message>
    <message>
        <source>Callbacks:</source>
        <translation>回调：</translation>
    </message>
    <message numerus="yes">
        <source>%n proxy_on_* export(s)</source>
        <translation>
            <numerusform>%n 个 proxy_on_* 导出</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory / allocator:</source>
        <translation>内存 / 分配器：</translation>
    </message>
    <message>
        <source>Gateway profile:</source>
        <translation>网关配置档：</translation>
    </message>
    <message>
        <source>Size / SHA-256:</source>
        <translation>大小 / SHA-256：</translation>
    </message>
    <message numerus="yes">
        <source>Will not work at the gateway: %n problem(s), see the fixes below.</source>
        <translation>
            <numerusform>无法在网关上工作：%n 个问题，请看下面的修复方法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Target &amp;gateway:</source>
        <translation>目标网关(&amp;G)：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>cargo&apos;s target/*/release/*.wasm</source>
        <translation>cargo 的 target/*/release/*.wasm</translation>
    </message>
    <message>
        <source>main.wasm or plugin.wasm in its folder</source>
        <translation>其目录中的 main.wasm 或 plugin.wasm</translation>
    </message>
    <message>
        <source>%1 has no built module yet (%2). Build it, or open or drop any .wasm file here.</source>
        <translation>%1 还没有构建出的模块（%2）。请构建它，或在此打开或拖入任意 .wasm 文件。</translation>
    </message>
    <message>
        <source>The rebuild above fixes this too.</source>
        <translation>上面的重新构建也会修复这个问题。</translation>
    </message>
</context>
<context>
    <name>hwb::gui::main</name>
    <message>
        <source>Open a writable copy of the demo workspace.</source>
        <translation>打开演示工作区的可写副本。</translation>
    </message>
    <message>
        <source>With --demo: start again from a fresh copy.</source>
        <translation>与 --demo 一起使用：从全新的副本重新开始。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>把窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page to show (with --screenshot).</source>
        <translation>要显示的页面（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UI language: system, en or zh_CN.</source>
        <translation>界面语言：system、en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Window size for screenshots, WxH.</source>
        <translation>截图的窗口尺寸，宽x高。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>A Higress checkout to open.</source>
        <translation>要打开的 Higress 代码目录。</translation>
    </message>
    <message>
        <source>the mock LLM could not start: %1</source>
        <translation>模拟 LLM 无法启动：%1</translation>
    </message>
    <message>
        <source>unknown page %1; pages: %2</source>
        <translation>未知页面 %1；可用页面：%2</translation>
    </message>
    <message>
        <source>Plugin to select: its folder name, or FAMILY/NAME (wasm-rust/ai-intent) when several families have one of that name.</source>
        <translation>要选中的插件：其文件夹名，或在多个系列有同名插件时使用 FAMILY/NAME（wasm-rust/ai-intent）。</translation>
    </message>
    <message>
        <source>A Higress checkout to open (as the workspace argument).</source>
        <translation>要打开的 Higress 检出目录（同 workspace 参数）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, like 1280x800, not %1</source>
        <translation>--size 接受以像素为单位的 宽x高，例如 1280x800，而不是 %1</translation>
    </message>
    <message>
        <source>two workspaces given, %1 and %2; give one</source>
        <translation>给出了两个工作区：%1 和 %2；请只给一个</translation>
    </message>
</context>
</TS>
