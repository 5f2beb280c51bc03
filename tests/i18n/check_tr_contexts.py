#!/usr/bin/env python3
"""Fails when a message is extracted under a context its source file never looks messages up in.

lupdate files a tr() call under the class it appears in (or the namespace, for a free function). A file-local
helper such as `tr(text) { return QCoreApplication::translate("hwb::X", text); }` used inside another class
compiles, leaves the .ts complete, and still shows English at run time. So for every extracted message this
checks that its file names the context: in translate("CTX"/QT_TRANSLATE_NOOP("CTX", in
Q_DECLARE_TR_FUNCTIONS(CTX), or as a Q_OBJECT class (the context's last part), in the file, its header or the
local headers it includes (and their .cpp files).

Usage: check_tr_contexts.py LUPDATE SOURCE_DIR
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    ts = os.path.join(tmp, 'check.ts')
    subprocess.run([lupdate, '-locations', 'absolute', os.path.join(root, 'core'), os.path.join(root, 'app'),
                    '-ts', ts], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree = ET.parse(ts)

def resolve(folder, header):
    """A local include as the compiler finds it: beside the file, else in a folder above it (app/cli/network/
    includes app/cli's headers)."""
    while True:
        candidate = os.path.join(folder, header)
        if os.path.exists(candidate) or os.path.samefile(folder, root) or folder == os.path.dirname(folder):
            return candidate
        folder = os.path.dirname(folder)

texts = {}
def text_of(path):
    """The file, its header, the local headers it includes, and those headers' .cpp files (where a shared tr()
    helper such as the CLI's is defined)."""
    if path not in texts:
        folder = os.path.dirname(path)
        own = [path, os.path.splitext(path)[0] + '.h']
        body = open(path, encoding='utf-8').read()
        included = [resolve(folder, h) for h in re.findall(r'#include "([^"]+\.h)"', body)]
        parts = []
        for p in own + included + [os.path.splitext(h)[0] + '.cpp' for h in included]:
            if os.path.exists(p):
                parts.append(open(p, encoding='utf-8').read())
        texts[path] = '\n'.join(parts)
    return texts[path]

def names_context(source, ctx):
    # The context as translate()'s or QT_TRANSLATE_NOOP's first argument: a "hwb" elsewhere in the file (a
    # QStringLiteral("hwb")) let free functions' tr() calls, filed under "hwb", pass.
    named = re.search(r'\b(?:translate|QT_TRANSLATE_NOOP3?)\(\s*"' + re.escape(ctx) + '"', source)
    if named or re.search(r'Q_DECLARE_TR_FUNCTIONS\(\s*' + re.escape(ctx) + r'\s*\)', source):
        return True
    cls = ctx.split('::')[-1]
    body = re.search(r'\b(?:class|struct)\s+(?:\w+\s+)?' + re.escape(cls) + r'\b[^;{]*\{(.*?)\n\};', source, re.S)
    return bool(body and 'Q_OBJECT' in body.group(1))

bad = []
for context in tree.getroot().findall('context'):
    ctx = context.findtext('name')
    for message in context.findall('message'):
        for location in message.findall('location'):
            # lupdate writes locations relative to the .ts file's folder.
            path = os.path.normpath(os.path.join(os.path.dirname(ts), location.get('filename')))
            if not names_context(text_of(path), ctx):
                bad.append(f'{os.path.relpath(path, root)}:{location.get("line")}: "{message.findtext("source")[:60]}" '
                           f'is filed under {ctx}, a context that file never looks messages up in')
for line in bad:
    print(line)
print(f'{len(bad)} message(s) filed under a context their code does not use' if bad else 'every message is looked up '
      'in the context it is filed under')
sys.exit(1 if bad else 0)
