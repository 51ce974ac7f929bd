#!/usr/bin/env python3
# Checks the Flatpak manifest against Relasi's sandbox policy: the GNOME 50 runtime,
# exactly the four finish-args below (no network, no file system access, no D-Bus
# names: files go through the portal, notifications through the portal), and one
# meson module whose tests run during the build.
#
#   check-manifest.py MANIFEST

import json
import sys

APP_ID = 'io.github.relasi.Relasi'
FINISH_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']


def main():
    path = sys.argv[1]
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f'FAIL: cannot read {path}: {e}')
        return 1

    problems = []

    def expect(key, want, where=manifest, label=''):
        got = where.get(key)
        if got != want:
            problems.append(f'{label}{key} is {got!r}, expected {want!r}')

    expect('id', APP_ID)
    expect('runtime', 'org.gnome.Platform')
    expect('runtime-version', '50')
    expect('sdk', 'org.gnome.Sdk')
    expect('command', 'relasi')
    expect('finish-args', FINISH_ARGS)

    modules = manifest.get('modules', [])
    if len(modules) != 1 or not isinstance(modules[0], dict):
        problems.append(f'expected exactly one module (GTK, GLib, SQLite and libnotify '
                        f'come with the runtime), found {len(modules)}')
    else:
        module = modules[0]
        label = 'module relasi: '
        expect('name', 'relasi', module, label)
        expect('buildsystem', 'meson', module, label)
        expect('run-tests', True, module, label)
        if '-Ddisplay_tests=false' not in module.get('config-opts', []):
            problems.append(label + 'config-opts lacks -Ddisplay_tests=false '
                            '(there is no Xvfb in the SDK)')
        sources = module.get('sources', [])
        if {'type': 'dir', 'path': '..'} not in [
                {k: s.get(k) for k in ('type', 'path')} for s in sources]:
            problems.append(label + 'sources lack {"type": "dir", "path": ".."}')

    if '/include' not in manifest.get('cleanup', []):
        problems.append('cleanup does not remove /include')

    for p in problems:
        print('FAIL: ' + p)
    if not problems:
        print(f'{path}: finish-args {" ".join(FINISH_ARGS)}; runtime '
              f'{manifest["runtime"]}//{manifest["runtime-version"]}; run-tests on')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
