#!/usr/bin/env python3
"""Writes worst-case seeds for the loader's fuzzer into OUT_DIR: inputs at the edges of what the
loader accepts (one object of many keys, nesting at the depth limit, a long string, many courses,
many ratings, repeated keys), each under MAX_BYTES, so libFuzzer starts from where cliffs are.
Generated at test time, not kept in git. Usage: make_loader_seeds.py OUT_DIR [MAX_BYTES]"""
import json
import os
import sys

out = sys.argv[1]
max_bytes = int(sys.argv[2]) if len(sys.argv) > 2 else 1 << 20
os.makedirs(out, exist_ok=True)


def base(courses=1):
    skill = {"id": "python", "name": "Python", "category": "technical", "description": "Programs."}
    band = {"min": 90000, "max": 120000, "confidence": "article", "provenance": "p"}
    role = {"id": "engineer", "title": "Engineer", "summary": "Builds.", "activities": ["Builds"],
            "salary": {"entry": band, "mid": band, "senior": band},
            "skills": [{"skill": "python", "level": 2, "weight": 3}], "tools": []}
    course = lambda i: {
        "id": "c%d" % i, "title": "Course %d" % i, "provider": "P", "url": "https://example.org/%d" % i,
        "url_confidence": "confirmed", "level": {"value": "beginner", "confidence": "article"},
        "hours": {"value": 10, "confidence": "secondary"},
        "price": {"model": "free", "usd": 0, "confidence": "secondary"},
        "teaches": [{"skill": "python", "level": 2}], "confidence": "confirmed"}
    return {"format": 1,
            "source": {"title": "T", "year": 2026, "region": "US", "currency": "USD", "as_of": "2026-11"},
            "skills": [skill], "roles": [role], "courses": [course(i) for i in range(courses)],
            "profiles": [{"id": "student", "name": "Student", "ratings": {"python": 1}}]}


def fill(make, unit):
    """The largest make(n) (n a multiple of unit) that fits in max_bytes."""
    n = unit
    while len(make(2 * n)) <= max_bytes:
        n *= 2
    step = n // 2
    while step >= unit:
        if len(make(n + step)) <= max_bytes:
            n += step
        step //= 2
    return make(n)


def dump(doc):
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def many_keys(n):
    doc = base()
    doc["source"].update({"k%d" % i: i for i in range(n)})
    return dump(doc)


def many_ratings(n):
    doc = base()
    doc["profiles"][0]["ratings"] = {"skill-%d" % i: i % 4 for i in range(n)}
    return dump(doc)


def repeated_keys(n):
    text = dump(base())
    return text.replace('"title":"Engineer"', '"title":"Engineer"' + ',"title":"x"' * n, 1)


def deep(n):
    # 32 levels in all (the limit): the top object, then an unknown field nested to the limit.
    doc = dump(base())
    return doc[:-1] + ',"deep":' + "[" * 31 + "]" * 31 + "}"


def long_string(n):
    doc = base()
    doc["skills"][0]["description"] = "A long description. " * n
    return dump(doc)


def many_courses(n):
    return dump(base(n))


def long_lists(n):
    doc = base()
    doc["roles"][0]["tools"] = ["tool %d" % i for i in range(n)]
    doc["roles"][0]["activities"] = ["does %d" % i for i in range(n)]
    doc["courses"][0]["teaches"] = [{"skill": "s%d" % i, "level": 1} for i in range(n)]
    return dump(doc)


seeds = {
    "many-keys.json": fill(many_keys, 64),
    "many-ratings.json": fill(many_ratings, 64),
    "repeated-keys.json": fill(repeated_keys, 64),
    "deep-at-limit.json": deep(0),
    "long-string.json": fill(long_string, 64),
    "many-courses.json": fill(many_courses, 16),
    "long-lists.json": fill(long_lists, 16),
    "text-rules.json": dump(base()).replace('"Engineer"', '"Eng\\u0000ine\\u202e\\u200b\\u0141"', 1),
}
for name, text in seeds.items():
    data = text.encode("utf-8")
    assert len(data) <= max_bytes, name
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
print("%d loader seeds in %s" % (len(seeds), out))
