#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line, run as a person would: the real relasi program, a private data
# folder per test, RELASI_NOW fixed. No display is needed (DISPLAY and WAYLAND_DISPLAY
# are removed to prove it). Output: TAP.
#
# usage: test-cli.py RELASI [TEST-NAME ...]

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback

RELASI = None
NOW = '2026-03-01T09:00:00+07:00'
NOW_UTC = 1772330400
APPLICATION_ID = 0x52656c61


def run(*args, data_dir=None, now=NOW, timeout=120):
    env = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'RELASI_DATA_DIR'):
        env.pop(name, None)
    env['RELASI_NOW'] = now
    env['LC_ALL'] = 'C.UTF-8'
    argv = [RELASI]
    if data_dir is not None:
        argv += ['--data-dir', data_dir]
    argv += list(args)
    proc = subprocess.run(argv, env=env, capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode('utf-8'), proc.stderr.decode('utf-8')


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def listing(folder):
    return sorted(os.listdir(folder))


def summary_json(data_dir, now=NOW):
    rc, out, err = run('--summary', '--json', data_dir=data_dir, now=now)
    check(rc == 0, f'--summary --json exited {rc}: {err}')
    try:
        return json.loads(out)
    except ValueError as e:
        raise AssertionError(f'--summary --json printed invalid JSON ({e}):\n{out}')


class Case:
    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix='relasi-cli-')

    def close(self):
        for root, dirs, _files in os.walk(self.tmp):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o700)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)


# ---- tests ---------------------------------------------------------------------------

def test_version(t):
    data = t.path('data')
    rc, out, err = run('--version', data_dir=data)
    check(rc == 0, f'exit {rc}: {err}')
    check(out.startswith('relasi ') and len(out.split()) == 2, f'unexpected output {out!r}')
    check(not os.path.exists(data), '--version created the data folder')


def test_help(t):
    rc, out, err = run('--help')
    check(rc == 0, f'exit {rc}: {err}')
    for option in ('--version', '--data-dir', '--sample-data', '--scale', '--summary', '--json',
                   'RELASI_NOW', 'Exit status'):
        check(option in out, f'--help does not mention {option}:\n{out}')


BAD_ARGUMENTS = [
    (['--frobnicate'], 'Unknown option'),
    (['--scale', '100'], '--scale'),
    (['--sample-data', '--scale', '0'], '--scale'),
    (['--sample-data', '--scale', '-5'], '--scale'),
    (['--sample-data', '--scale', 'abc'], '--scale'),
    (['--sample-data', '--scale', '12abc'], '--scale'),
    (['--sample-data', '--scale', '1e6'], '--scale'),
    (['--sample-data', '--scale', ''], '--scale'),
    (['--sample-data', '--scale', '10000001'], '--scale'),
    (['--sample-data', '--scale', '99999999999999999999999'], '--scale'),
    (['--sample-data', '--scale'], '--scale'),
    (['--json'], '--json'),
    (['--sample-data', '--json'], '--json'),
    (['--summary', '--sample-data'], 'one command'),
    (['--version', '--summary'], 'one command'),
    (['--version', '--sample-data'], 'one command'),
    (['stray'], 'stray'),
    (['--summary', 'extra'], 'extra'),
    (['--sample-data', '--', 'x'], 'x'),
]


def test_bad_arguments(t):
    for i, (args, needle) in enumerate(BAD_ARGUMENTS):
        data = t.path(f'data-{i}')
        rc, out, err = run(*args, data_dir=data)
        check(rc == 2, f'{args}: exit {rc}, expected 2 (stderr: {err!r})')
        check(needle in err, f'{args}: the message does not mention {needle!r}: {err!r}')
        check('--help' in err, f'{args}: the message does not point to --help: {err!r}')
        check(out == '', f'{args}: printed on stdout: {out!r}')
        check(not os.path.exists(data), f'{args}: created {data}')

    # an empty --data-dir
    rc, out, err = run('--data-dir', '', '--summary')
    check(rc == 2 and '--data-dir' in err, f'--data-dir "": exit {rc}: {err!r}')


def sample(t, name='data', *extra):
    data = t.path(name)
    rc, out, err = run('--sample-data', *extra, data_dir=data, timeout=600)
    check(rc == 0, f'--sample-data exited {rc}: {err}')
    check('Sample data added' in out, f'unexpected output {out!r}')
    return data


def counts(data):
    db = sqlite3.connect(f'file:{os.path.join(data, "relasi.db")}?mode=ro', uri=True)
    try:
        return {table: db.execute(f'SELECT count(*) FROM {table}').fetchone()[0]
                for table in ('customers', 'interactions', 'reminders', 'cases')}
    finally:
        db.close()


def test_sample_data_and_summary(t):
    data = sample(t)
    n = counts(data)
    check(n['customers'] == 40, f'{n["customers"]} customers, expected 40')
    check(500 <= n['interactions'] <= 700, f'{n["interactions"]} journal entries, expected about 600')

    s = summary_json(data)
    check(s['database'] == os.path.join(data, 'relasi.db'), f'database {s["database"]!r}')
    check(abs(s['now'] - NOW_UTC) < 60, f'now {s["now"]} is not RELASI_NOW')
    c = s['complaints']
    check(c['awaiting_answer'] >= 2, f'complaints awaiting an answer: {c}')
    check(1 <= c['overdue'] < c['awaiting_answer'], f'complaints past the deadline: {c}')
    check(isinstance(c['oldest_age_seconds'], int) and c['oldest_age_seconds'] >= 24 * 3600,
          f'oldest complaint age: {c}')
    check(c['oldest_opened_at'] + c['oldest_age_seconds'] == s['now'], f'complaint age does not add up: {c}')
    check(s['thank_yous']['overdue'] >= 2, f'overdue thank-yous: {s["thank_yous"]}')
    check(s['promises']['overdue'] >= 1 and s['promises']['due_this_week'] >= 1, f'promises: {s["promises"]}')
    cu = s['customers']
    check(cu['active'] + cu['lost'] == 40, f'customers: {cu}')
    check(3 <= cu['lost'] <= 8, f'lost customers: {cu}')
    check(3 <= cu['drifting'] <= cu['active'] // 2, f'drifting customers: {cu}')
    h = s['health']
    check(h['good'] > 0 and h['fair'] > 0 and h['poor'] > 0, f'health bands: {h}')
    check(h['good'] + h['fair'] + h['poor'] == cu['active'], f'health bands do not add up: {h} {cu}')
    check(h['good'] > h['poor'], f'most customers should be healthy: {h}')
    check(s['open_cases'] > 0, 'no open cases')

    # not everything is overdue: most thank-yous were given, most complaints answered
    db = sqlite3.connect(os.path.join(data, 'relasi.db'))
    try:
        thanked = db.execute("SELECT count(*) FROM reminders WHERE kind = 'thank-you' AND done_at > 0").fetchone()[0]
        late = db.execute("SELECT count(*) FROM reminders WHERE kind = 'thank-you' AND done_at > due_at").fetchone()[0]
        answered = db.execute("SELECT count(*) FROM cases WHERE kind = 'complaint' AND answered_at > 0").fetchone()[0]
        answered_late = db.execute("SELECT count(*) FROM cases WHERE kind = 'complaint' AND answered_at > answer_due_at").fetchone()[0]
        resolved = db.execute("SELECT count(*) FROM cases WHERE resolved_at > 0 AND corrective_action <> ''").fetchone()[0]
        four_steps = db.execute("SELECT count(*) FROM cases WHERE internal_review <> '' AND customer_answer <> ''"
                                " AND prevention <> '' AND shared_with <> ''").fetchone()[0]
        outcomes = dict(db.execute("SELECT outcome, count(*) FROM interactions WHERE kind = 'promise' GROUP BY outcome"))
        kinds = dict(db.execute('SELECT kind, count(*) FROM interactions GROUP BY kind'))
        reasons = {r for (r,) in db.execute("SELECT lost_reason_category FROM customers WHERE status = 'lost'")}
        phones = [p for (p,) in db.execute('SELECT phone FROM customers')]
        first = db.execute('SELECT min(occurred_at) FROM interactions').fetchone()[0]
    finally:
        db.close()
    check(thanked > 5 * s['thank_yous']['overdue'], f'{thanked} thank-yous given, {s["thank_yous"]["overdue"]} overdue')
    check(0 < late < thanked / 2, f'{late} of {thanked} thank-yous late')
    check(answered > 2 * c['awaiting_answer'] and 0 < answered_late < answered, f'{answered} answered, {answered_late} late')
    check(resolved > 0 and four_steps > 0, f'{resolved} resolved with a corrective action, {four_steps} with all four steps')
    for outcome in ('kept', 'late', 'broken', 'none'):
        check(outcomes.get(outcome, 0) > 0, f'no promise {outcome}: {outcomes}')
    for kind in ('purchase', 'thank-you', 'complaint', 'feedback', 'idea', 'promise', 'mistake', 'call',
                 'message', 'meeting', 'note', 'email'):
        check(kinds.get(kind, 0) > 0, f'no {kind} in the journal: {kinds}')
    check(len(reasons) >= 3, f'lost customers for too few reasons: {reasons}')
    check(all(p.startswith('+62 8') for p in phones), f'phone numbers: {phones[:5]}')
    check(NOW_UTC - first > 400 * 86400, 'the journal does not go back a year and more')

    rc, out, err = run('--summary', data_dir=data)
    check(rc == 0, f'--summary exited {rc}: {err}')
    for label, value in (('Complaints awaiting an answer:', str(c['awaiting_answer'])),
                         ('Overdue thank-yous:', str(s['thank_yous']['overdue'])),
                         ('Promises due this week:', str(s['promises']['due_this_week'])),
                         ('Overdue promises:', str(s['promises']['overdue'])),
                         ('Drifting customers:', str(cu['drifting'])),
                         ('Customer health:', f'{h["good"]} good, {h["fair"]} fair, {h["poor"]} poor'),
                         ('Customers:', f'{cu["active"]} active, {cu["lost"]} lost')):
        line = next((l for l in out.splitlines() if l.startswith(label)), None)
        check(line is not None and value in line, f'{label} {value} not in:\n{out}')
    check('hours' in out or 'days' in out, f'no age of the oldest complaint:\n{out}')


def table_rows(data):
    db = sqlite3.connect(f'file:{os.path.join(data, "relasi.db")}?mode=ro', uri=True)
    try:
        return {table: db.execute(f'SELECT * FROM {table} ORDER BY id').fetchall()
                for table in ('customers', 'interactions', 'reminders', 'cases')}
    finally:
        db.close()


def test_reproducible(t):
    a = sample(t, 'a')
    b = sample(t, 'b')
    sa = summary_json(a)
    sb = summary_json(b)
    for s in (sa, sb):
        del s['database']
    check(sa == sb, f'two runs with the same RELASI_NOW differ:\n{sa}\n{sb}')
    ra, rb = table_rows(a), table_rows(b)
    for table in ra:
        check(ra[table] == rb[table], f'{table} differs between two runs with the same RELASI_NOW')



def test_refuses_non_empty(t):
    data = sample(t)
    db = os.path.join(data, 'relasi.db')
    before = sha256(db)
    files = listing(data)
    rc, out, err = run('--sample-data', data_dir=data)
    check(rc == 1, f'exit {rc}, expected 1')
    check('already holds data' in err and 'nothing was changed' in err, f'message: {err!r}')
    check(out == '', f'stdout: {out!r}')
    check(sha256(db) == before, 'the database changed')
    check(listing(data) == files, f'files changed: {files} -> {listing(data)}')

    rc, out, err = run('--sample-data', '--scale', '1000', data_dir=data)
    check(rc == 1 and sha256(db) == before, f'--scale on a full database: exit {rc}, {err!r}')


def make_garbage(path):
    with open(path, 'wb') as f:
        f.write(b'This is a shopping list, not a database.\n' * 100)


def make_foreign(path):
    db = sqlite3.connect(path)
    db.execute('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)')
    db.execute("INSERT INTO recipes (name) VALUES ('nastar')")
    db.commit()
    db.close()


def make_too_new(path):
    db = sqlite3.connect(path)
    db.execute(f'PRAGMA application_id = {APPLICATION_ID}')
    db.execute('PRAGMA user_version = 99')
    db.execute('CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER)')
    db.commit()
    db.close()


OPENING_ERRORS = [
    ('garbage', make_garbage, 'is not a Relasi database, or it is damaged'),
    ('foreign', make_foreign, 'belongs to another program'),
    ('too-new', make_too_new, 'newer version of Relasi'),
]


def test_opening_errors(t):
    for name, make, message in OPENING_ERRORS:
        data = t.path(name)
        os.makedirs(data, mode=0o700)
        db = os.path.join(data, 'relasi.db')
        make(db)
        before = sha256(db)
        for args in (['--summary'], ['--summary', '--json'], ['--sample-data']):
            rc, out, err = run(*args, data_dir=data)
            check(rc == 1, f'{name} {args}: exit {rc}, expected 1 ({err!r})')
            check(message in err and 'left untouched' in err, f'{name} {args}: message {err!r}')
            check(out == '', f'{name} {args}: stdout {out!r}')
            check(sha256(db) == before, f'{name} {args}: the file changed')
            check(listing(data) == ['relasi.db'], f'{name} {args}: files {listing(data)}')


def test_permission(t):
    if os.geteuid() == 0:
        print('# skipped the permission check: running as root')
        return
    data = sample(t)
    db = os.path.join(data, 'relasi.db')
    before = sha256(db)
    os.chmod(db, 0)
    try:
        rc, out, err = run('--summary', data_dir=data)
    finally:
        os.chmod(db, 0o600)
    check(rc == 1, f'exit {rc}, expected 1 ({err!r})')
    check('not allowed' in err, f'message {err!r}')
    check(sha256(db) == before, 'the file changed')


def test_no_database(t):
    data = t.path('nothing')
    s = summary_json(data)
    check(s['database'] is None, f'database {s["database"]!r}')
    check(s['complaints']['awaiting_answer'] == 0 and s['complaints']['oldest_age_seconds'] is None,
          f'complaints {s["complaints"]}')
    check(not os.path.exists(os.path.join(data, 'relasi.db')), '--summary created a database')
    rc, out, err = run('--summary', data_dir=data)
    check(rc == 0 and 'no database' in err, f'exit {rc}: {err!r}')

    # an empty file is no database yet either, and stays empty
    os.makedirs(data, mode=0o700)
    open(os.path.join(data, 'relasi.db'), 'wb').close()
    s = summary_json(data)
    check(s['database'] is None, f'empty file: database {s["database"]!r}')
    check(os.path.getsize(os.path.join(data, 'relasi.db')) == 0, '--summary wrote into an empty file')
    check(listing(data) == ['relasi.db'], f'empty file: files {listing(data)}')

    # a "folder" that is a file is said to be one, not taken for an empty one
    not_a_folder = t.path('a-file')
    open(not_a_folder, 'w').close()
    for args in (['--summary'], ['--summary', '--json']):
        rc, out, err = run(*args, data_dir=not_a_folder)
        check(rc == 1 and 'is not a folder' in err and out == '', f'{args}: exit {rc}: {err!r} {out!r}')


def test_json_escaping(t):
    # a folder name with quotes, backslashes, a tab, a newline and non-ASCII letters
    data = t.path('toko "roti"\\sari\tbandung\nü€😀')
    sample(t, os.path.basename(data))
    s = summary_json(data)
    check(s['database'] == os.path.join(data, 'relasi.db'), f'database {s["database"]!r}')
    for section in ('complaints', 'thank_yous', 'promises', 'customers', 'health'):
        for key, value in s[section].items():
            if not key.endswith('_iso'):
                check(value is None or isinstance(value, int), f'{section}.{key} is not a number: {value!r}')


def test_scale(t):
    data = sample(t, 'scaled', '--scale', '5000')
    n = counts(data)
    check(4500 <= n['interactions'] <= 5500, f'{n["interactions"]} journal entries, expected about 5000')
    check(40 <= n['customers'] <= 60, f'{n["customers"]} customers, expected about 50')
    s = summary_json(data)
    h = s['health']
    check(h['good'] > 0 and h['fair'] > 0 and h['poor'] > 0, f'health bands: {h}')
    check(s['complaints']['awaiting_answer'] > 0 and s['thank_yous']['overdue'] > 0, f'summary: {s}')


TESTS = [
    test_version,
    test_help,
    test_bad_arguments,
    test_sample_data_and_summary,
    test_reproducible,
    test_refuses_non_empty,
    test_opening_errors,
    test_permission,
    test_no_database,
    test_json_escaping,
    test_scale,
]


def main():
    global RELASI
    if len(sys.argv) < 2:
        print('usage: test-cli.py RELASI [TEST-NAME ...]', file=sys.stderr)
        return 2
    RELASI = os.path.abspath(sys.argv[1])
    chosen = [test for test in TESTS if len(sys.argv) == 2 or test.__name__ in sys.argv[2:]]
    print(f'1..{len(chosen)}')
    failed = 0
    for number, test in enumerate(chosen, 1):
        t = Case()
        try:
            test(t)
            print(f'ok {number} - {test.__name__}')
        except Exception:
            failed += 1
            print(f'not ok {number} - {test.__name__}')
            for line in traceback.format_exc().splitlines():
                print(f'# {line}')
        finally:
            t.close()
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
