#!/usr/bin/env python3
# Translation checks.
#
#   check-po.py SOURCE_ROOT potfiles   every file under src/, ui/ and data/ with
#                                      translatable strings is in po/POTFILES.in,
#                                      and every file listed there exists
#   check-po.py SOURCE_ROOT complete   a fresh extraction merged into each po/LANG.po
#                                      (LINGUAS) leaves nothing untranslated or fuzzy
#   check-po.py SOURCE_ROOT msgfmt     msgfmt --check accepts each po/LANG.po
#
# Exits 0 on success, 1 on failure and 77 (skip) when a gettext tool is missing.

import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
SCANNED_DIRS = ('src', 'ui', 'data')

# The same keywords and format flags as i18n.gettext(preset: 'glib') in Meson.
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# What makes a file translatable, by kind of file.
CODE_RE = re.compile(r'(?<![\w.])(?:_|N_|C_|NC_)\s*\(\s*"'
                     r'|(?<![\w.])(?:g_dngettext|g_dcgettext|g_dpgettext2|ngettext|'
                     r'dngettext|dgettext|pgettext|gettext)\s*\(')
BUILDER_RE = re.compile(r'\btranslatable\s*=\s*["\'](?:yes|true|1)["\']', re.I)
INTLTOOL_XML_RE = re.compile(r'<_[A-Za-z]')
DESKTOP_RE = re.compile(r'^_?(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=',
                        re.M)
GSCHEMA_RE = re.compile(r'<(?:summary|description)\b')
METAINFO_RE = re.compile(r'<(?:name|summary|p|li|caption|developer_name|keyword)\b'
                         r'(?![^>]*\btranslate\s*=\s*["\']no["\'])[^>]*>')
CODE_EXT = ('.c', '.h', '.vala', '.js', '.py')
SKIPPED_EXT = ('.png', '.jpg', '.jpeg', '.svg', '.gif', '.ico', '.compiled',
               '.gresource')


def fail(message):
    print('FAIL: ' + message)
    return 1


def skip_if_missing(*tools):
    for tool in tools:
        if shutil.which(tool) is None:
            print(f'SKIP: {tool} is not installed, so this translation check cannot run')
            sys.exit(SKIP)


def tool_env():
    env = dict(os.environ)
    env.pop('LANGUAGE', None)
    env['LC_ALL'] = 'C.UTF-8'
    return env


def read_list(path):
    """Non-empty, non-comment lines of a POTFILES.in-style file."""
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def languages(root):
    path = os.path.join(root, 'po', 'LINGUAS')
    langs = []
    for line in read_list(path):
        langs.extend(line.split())
    return langs


def is_translatable(path):
    name = os.path.basename(path)
    if name.endswith(SKIPPED_EXT) or name.endswith('.gresource.xml'):
        return False
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False
    base = name[:-3] if name.endswith('.in') else name
    if base.endswith(CODE_EXT):
        return bool(CODE_RE.search(text))
    if base.endswith('.desktop'):
        return bool(DESKTOP_RE.search(text))
    if base.endswith('.ui'):
        return bool(BUILDER_RE.search(text))
    if base.endswith('.gschema.xml'):
        return bool(GSCHEMA_RE.search(text) or INTLTOOL_XML_RE.search(text))
    if base.endswith(('.metainfo.xml', '.appdata.xml', '.releases.xml')):
        return bool(METAINFO_RE.search(text) or INTLTOOL_XML_RE.search(text))
    if base.endswith('.xml'):
        return bool(BUILDER_RE.search(text) or INTLTOOL_XML_RE.search(text))
    return False


def check_potfiles(root):
    potfiles_in = os.path.join(root, 'po', 'POTFILES.in')
    if not os.path.exists(potfiles_in):
        return fail('po/POTFILES.in does not exist')
    listed = read_list(potfiles_in)
    skipped = set()
    potfiles_skip = os.path.join(root, 'po', 'POTFILES.skip')
    if os.path.exists(potfiles_skip):
        skipped = set(read_list(potfiles_skip))

    problems = 0
    for rel in listed:
        if not os.path.isfile(os.path.join(root, rel)):
            problems += fail(f'po/POTFILES.in lists {rel}, which does not exist')

    found = []
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, '/')
                if is_translatable(path):
                    found.append(rel)
    missing = [rel for rel in found if rel not in listed and rel not in skipped]
    for rel in missing:
        problems += fail(f'{rel} has translatable strings but is not in po/POTFILES.in')
    if missing:
        print('Add these lines to po/POTFILES.in:\n  ' + '\n  '.join(missing))
    if not problems:
        print(f'po/POTFILES.in lists all {len(found)} files with translatable strings')
    return 1 if problems else 0


def msgfmt_statistics(po_path):
    proc = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po_path],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env=tool_env())
    counts = {}
    for kind in ('translated', 'fuzzy', 'untranslated'):
        m = re.search(r'(\d+) ' + kind, proc.stdout)
        counts[kind] = int(m.group(1)) if m else 0
    return proc, counts


def list_messages(po_path, option):
    """msgids that msgattrib selects with OPTION, for a readable failure."""
    if shutil.which('msgattrib') is None:
        return []
    proc = subprocess.run(['msgattrib', option, '--no-obsolete', '--no-wrap', po_path],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          env=tool_env())
    return [m for m in re.findall(r'^msgid "(.*)"$', proc.stdout, re.M) if m]


def check_complete(root):
    skip_if_missing('xgettext', 'msgmerge', 'msgfmt')
    potfiles_in = os.path.join(root, 'po', 'POTFILES.in')
    if not os.path.exists(potfiles_in):
        return fail('po/POTFILES.in does not exist')
    langs = languages(root)
    if not langs:
        return fail('po/LINGUAS lists no language')

    problems = 0
    with tempfile.TemporaryDirectory(prefix='relasi-po-') as tmp:
        pot = os.path.join(tmp, 'relasi.pot')
        proc = subprocess.run(['xgettext', '--package-name=relasi',
                               '--directory=' + root, '--files-from=' + potfiles_in,
                               '--output=' + pot] + XGETTEXT_ARGS,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=tool_env())
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0 or not os.path.exists(pot):
            return fail('xgettext could not extract the messages from po/POTFILES.in')

        for lang in langs:
            po = os.path.join(root, 'po', lang + '.po')
            if not os.path.exists(po):
                problems += fail(f'po/{lang}.po does not exist (po/LINGUAS lists {lang})')
                continue
            merged = os.path.join(tmp, lang + '.po')
            proc = subprocess.run(['msgmerge', '--quiet', '--lang=' + lang,
                                   '--output-file=' + merged, po, pot],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True, env=tool_env())
            if proc.returncode != 0:
                sys.stdout.write(proc.stdout)
                problems += fail(f'msgmerge cannot merge po/{lang}.po with a fresh template')
                continue
            proc, counts = msgfmt_statistics(merged)
            print(f'po/{lang}.po against a fresh extraction: {proc.stdout.strip()}')
            if proc.returncode != 0:
                problems += fail(f'msgfmt --check rejects po/{lang}.po merged with a fresh template')
            if counts['untranslated']:
                problems += fail(f'po/{lang}.po has {counts["untranslated"]} untranslated messages')
                for msgid in list_messages(merged, '--untranslated'):
                    print(f'  untranslated: "{msgid}"')
            if counts['fuzzy']:
                problems += fail(f'po/{lang}.po has {counts["fuzzy"]} fuzzy messages '
                                 '(changed in the source, or never reviewed)')
                for msgid in list_messages(merged, '--only-fuzzy'):
                    print(f'  fuzzy: "{msgid}"')
    return 1 if problems else 0


def check_msgfmt(root):
    skip_if_missing('msgfmt')
    langs = languages(root)
    if not langs:
        return fail('po/LINGUAS lists no language')
    problems = 0
    for lang in langs:
        po = os.path.join(root, 'po', lang + '.po')
        if not os.path.exists(po):
            problems += fail(f'po/{lang}.po does not exist (po/LINGUAS lists {lang})')
            continue
        proc, _ = msgfmt_statistics(po)
        print(f'msgfmt --check po/{lang}.po: {proc.stdout.strip()}')
        if proc.returncode != 0:
            problems += fail(f'msgfmt --check rejects po/{lang}.po')
    return 1 if problems else 0


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ('potfiles', 'complete', 'msgfmt'):
        print('usage: check-po.py SOURCE_ROOT potfiles|complete|msgfmt')
        return 2
    root = os.path.abspath(sys.argv[1])
    return {'potfiles': check_potfiles,
            'complete': check_complete,
            'msgfmt': check_msgfmt}[sys.argv[2]](root)


if __name__ == '__main__':
    sys.exit(main())
