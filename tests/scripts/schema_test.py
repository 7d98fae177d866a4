#!/usr/bin/env python3
"""data/careers.schema.json must say what the loader says (the loader is the authority; the schema
is for editors, which mark what it refuses as an error while a blogger types).

Every document here is given to both, and both must answer alike:
- the bundled data, a synthetic catalogue and a smallest document, which the loader accepts;
- the bundled data with one field left out, for every field it has (one case per field path, such
  as roles[].salary.entry.note), which both accept (an optional field) or both refuse;
- the bundled data with one value changed to one the loader refuses, or to an edge it accepts.

Usage: schema_test.py SCHEMA DATA VALIDATOR SYNTHESIZER
(Debian's python3 with python3-jsonschema: scripts/install-deps.sh.)
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

schema_path, data_path, validator, synthesizer = sys.argv[1:5]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
schema_check = jsonschema.Draft202012Validator(schema)
with open(data_path, encoding="utf-8") as f:
    bundled = json.load(f)

work = tempfile.mkdtemp()
failures = []
cases = 0


def loader_accepts(document):
    path = os.path.join(work, "case.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    run = subprocess.run([validator, path], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{validator} exited {run.returncode}: {run.stderr}")
    errors = [line for line in run.stdout.splitlines() if line.startswith("error:")]
    return run.returncode == 0, errors[:2]


def schema_accepts(document):
    errors = sorted(schema_check.iter_errors(document), key=lambda e: list(e.absolute_path))
    return not errors, ["/".join(map(str, e.absolute_path)) + ": " + e.message[:120] for e in errors[:2]]


def agree(what, document, expect_valid=None):
    """Both answer alike (and as expected, when the case says what the loader must answer)."""
    global cases
    cases += 1
    loader, loader_errors = loader_accepts(document)
    schema_ok, schema_errors = schema_accepts(document)
    if expect_valid is not None and loader != expect_valid:
        failures.append(f"{what}: the loader {'accepts' if loader else 'refuses'} it, which this test "
                        f"did not expect (update the case) {loader_errors}")
    elif loader != schema_ok:
        failures.append(f"{what}: the loader {'accepts' if loader else 'refuses'} it, the schema "
                        f"{'accepts' if schema_ok else 'refuses'} it {loader_errors or schema_errors}")


# Documents the loader accepts.
agree("the bundled data", bundled, True)
synthetic = json.loads(subprocess.run([synthesizer, "3"], capture_output=True, text=True, check=True).stdout)
agree("a synthetic catalogue", synthetic, True)
smallest = {
    "format": 1,
    "source": {"title": "Notes", "year": 2026, "region": "US", "currency": "USD", "as_of": "2026-11"},
    "skills": [{"id": "python", "name": "Python", "category": "technical", "description": "Writes code."}],
    "roles": [{"id": "dev", "title": "Developer", "summary": "Writes code.", "activities": ["Codes."],
               "salary": {"all": {"min": None, "max": None, "confidence": "unconfirmed",
                                  "note": "No figure is given."}},
               "skills": [{"skill": "python", "level": 1, "weight": 1}]}],
    "courses": [{"id": "intro", "title": "Intro", "provider": "A school", "url": "", "teaches": [],
                 "confidence": "unconfirmed"}],
}
agree("the smallest document", smallest, True)


def copy_at(path):
    """A copy of the bundled data, and the object or list in it that holds `path`'s last step."""
    document = copy.deepcopy(bundled)
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    return document, parent


# The bundled data with one field left out, once for each field path it has.
def field_paths(node, path=(), pattern=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (key,), pattern + (key,)
            yield from field_paths(value, path + (key,), pattern + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from field_paths(value, path + (i,), pattern + ("[]",))


seen = set()
for path, pattern in field_paths(bundled):
    if pattern in seen:
        continue
    seen.add(pattern)
    document, parent = copy_at(path)
    del parent[path[-1]]
    agree("without " + ".".join(pattern).replace(".[]", "[]"), document)


# One value changed: (what, path, value, whether the loader accepts it).
def role_with(key):
    return next(i for i, r in enumerate(bundled["roles"]) if r.get(key))


def course_with(key):
    return next(i for i, c in enumerate(bundled["courses"]) if c.get(key))


hours_course = course_with("hours")
outlook_role = role_with("outlook")
changes = [
    ("an outlook statement about pay", ("roles", outlook_role, "outlook", 0, "kind"), "pay", True),
    ("an outlook statement of an unknown kind", ("roles", outlook_role, "outlook", 0, "kind"), "mood", False),
    ("a course of three minutes", ("courses", hours_course, "hours", "value"), 0.05, True),
    ("a course of no time", ("courses", hours_course, "hours", "value"), 0, False),
    ("a confidence that is no level", ("roles", 0, "skills", 0, "weight"), 4, False),
    ("a skill level of 0", ("roles", 0, "skills", 0, "level"), 0, False),
    ("a format of another version", ("format",), 2, False),
    ("a title over 1,000 characters", ("roles", 0, "title"), "x" * 1001, False),
    ("a title of 1,000 characters", ("roles", 0, "title"), "x" * 1000, True),
    ("a course address that is not http(s)", ("courses", 0, "url"), "ftp://example.org/", False),
    ("a negative salary", ("roles", 0, "salary", next(iter(bundled["roles"][0]["salary"])), "min"), -1, False),
    ("an empty role title", ("roles", 0, "title"), "", False),
    ("an id with capitals", ("skills", 0, "id"), "Python", False),
    ("50 activities", ("roles", 0, "activities"), ["Works."] * 50, True),
    ("51 activities", ("roles", 0, "activities"), ["Works."] * 51, False),
    ("no roles", ("roles",), [], False),
]
for what, path, value, valid in changes:
    document, parent = copy_at(path)
    parent[path[-1]] = value
    agree(what, document, valid)

for failure in failures:
    print("FAIL:", failure, file=sys.stderr)
print(f"schema and loader: {cases - len(failures)} of {cases} cases answered alike")
sys.exit(1 if failures else 0)
