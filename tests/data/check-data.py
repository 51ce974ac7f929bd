#!/usr/bin/env python3
# Consistency of the desktop integration files: every file names the same
# application ID, and the icons are what the icon theme expects.
#
#   check-data.py SOURCE_ROOT

import configparser
import os
import re
import sys
import xml.etree.ElementTree as ET

APP_ID = 'io.github.relasi.Relasi'
SVG = '{http://www.w3.org/2000/svg}'


def desktop_entry(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(path, encoding='utf-8')
    return parser['Desktop Entry']


def main():
    root = sys.argv[1]
    data = os.path.join(root, 'data')
    problems = []

    entry = desktop_entry(os.path.join(data, APP_ID + '.desktop.in'))
    if entry.get('Icon') != APP_ID:
        problems.append(f'desktop file: Icon={entry.get("Icon")}, expected {APP_ID}')
    if entry.get('DBusActivatable') != 'true':
        problems.append('desktop file: DBusActivatable is not true')

    autostart = desktop_entry(os.path.join(data, APP_ID + '.autostart.desktop.in'))
    if autostart.get('Icon') != APP_ID:
        problems.append('autostart file: Icon does not name the application icon')
    if autostart.get('NoDisplay') != 'true':
        problems.append('autostart file: NoDisplay is not true')

    with open(os.path.join(data, APP_ID + '.service.in'), encoding='utf-8') as f:
        service = f.read()
    if not re.search(r'^Name=' + re.escape(APP_ID) + r'$', service, re.M):
        problems.append('D-Bus service: Name is not the application ID')
    if '--gapplication-service' not in service:
        problems.append('D-Bus service: Exec lacks --gapplication-service')

    component = ET.parse(os.path.join(data, APP_ID + '.metainfo.xml.in')).getroot()
    if component.findtext('id') != APP_ID:
        problems.append(f'metainfo: id is {component.findtext("id")!r}')
    launchable = component.find('launchable')
    if launchable is None or launchable.text != APP_ID + '.desktop':
        problems.append('metainfo: launchable does not name the desktop file')

    schemalist = ET.parse(os.path.join(data, APP_ID + '.gschema.xml')).getroot()
    schema = schemalist.find('schema')
    if schemalist.get('gettext-domain') != 'relasi':
        problems.append('schema: gettext-domain is not relasi')
    if schema is None or schema.get('id') != APP_ID or \
            schema.get('path') != '/' + APP_ID.replace('.', '/') + '/':
        problems.append('schema: id or path does not follow the application ID')
    else:
        for key in schema.findall('key'):
            name = key.get('name')
            if key.get('type') in ('i', 'u', 'x', 't', 'd', 'n', 'q', 'y') and \
                    key.find('range') is None:
                problems.append(f'schema: numeric key {name} has no <range>')
            for tag in ('summary', 'description'):
                if not (key.findtext(tag) or '').strip():
                    problems.append(f'schema: key {name} has no <{tag}>')

    icons = os.path.join(data, 'icons', 'hicolor')
    for rel, size in ((f'scalable/apps/{APP_ID}.svg', '128'),
                      (f'symbolic/apps/{APP_ID}-symbolic.svg', '16')):
        path = os.path.join(icons, rel)
        try:
            svg = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            problems.append(f'icon {rel}: {e}')
            continue
        if svg.tag != SVG + 'svg' or svg.get('width') != size or \
                svg.get('height') != size or svg.get('viewBox') != f'0 0 {size} {size}':
            problems.append(f'icon {rel}: expected a {size}×{size} SVG canvas')
        if any(True for _ in svg.iter(SVG + 'text')):
            problems.append(f'icon {rel}: contains text')
        if size == '16':
            with open(path, encoding='utf-8') as f:
                colours = set(re.findall(r'#[0-9a-fA-F]{3,6}\b', f.read()))
            if colours - {'#2e3436'}:
                problems.append(f'icon {rel}: symbolic icons use only #2e3436, '
                                f'found {sorted(colours)}')

    for p in problems:
        print('FAIL: ' + p)
    if not problems:
        print('desktop file, D-Bus service, metainfo, schema and icons agree on ' + APP_ID)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
