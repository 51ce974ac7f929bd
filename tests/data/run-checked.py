#!/usr/bin/env python3
# Runs a validator and fails when it fails or when its output matches a pattern.
# Exits 77 (skip) when the validator is not installed, e.g. inside a Flatpak SDK.
#
#   run-checked.py [--fail-on REGEX] -- TOOL [ARG...]

import argparse
import os
import re
import shutil
import subprocess
import sys

SKIP = 77


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--fail-on', metavar='REGEX',
                        help='fail when the output matches this pattern')
    parser.add_argument('command', nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ['--'] else args.command
    if not command:
        parser.error('no command given')

    if shutil.which(command[0]) is None:
        print(f'SKIP: {command[0]} is not installed, so this check cannot run')
        return SKIP

    # The validators are not Relasi's code: the test environment's GLib debugging
    # (deprecation diagnostics, fatal criticals) is meant for our programs only.
    env = dict(os.environ)
    for name in ('G_ENABLE_DIAGNOSTIC', 'G_DEBUG'):
        env.pop(name, None)

    print('$ ' + ' '.join(command), flush=True)
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors='replace', env=env)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0:
        print(f'FAIL: {command[0]} exited with status {proc.returncode}')
        return 1
    if args.fail_on and re.search(args.fail_on, proc.stdout, re.MULTILINE):
        print(f'FAIL: the output of {command[0]} contains problems '
              f'(matched {args.fail_on!r})')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
