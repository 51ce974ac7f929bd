#!/usr/bin/python3
"""Sums up meson's testlog.json files into the line "N passed, N failed, N skipped".

A missing log (the build failed before any test ran) counts as one failure, so a broken
build can never look like a clean run. Exits 1 when anything failed or nothing ran.
"""
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line).get("result")
                if result in PASSED:
                    passed += 1
                elif result in SKIPPED:
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        print(f"{path}: no test log (the build or set-up failed)", file=sys.stderr)
        failed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
