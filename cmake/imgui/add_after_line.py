#!/usr/bin/python3
"""Adds lines of our own after lines of a Dear ImGui source file, in place.

For a change of behaviour too small to be worth a copy of the function it sits in. The changes
are listed in a text file, each with why it is needed in comments ('#') above it:
    after: <a line of ImGui's, without its indentation>
    add: <the line to add after it>
A line is matched by its whole text without the indentation and must be found exactly once, else
the file is left alone and the build stops: a new ImGui version that changed that line must be
looked at again. The added line takes the matched line's indentation.

Usage: add_after_line.py FILE.cpp CHANGES.txt
"""
import sys


def read_changes(path):
    changes, after = [], None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(":")
            if key == "after" and after is None and value.strip():
                after = value.strip()
            elif key == "add" and after is not None and value.strip():
                changes.append((after, value.strip()))
                after = None
            else:
                sys.exit(f"add_after_line: {path}:{number}: expected 'after:' then 'add:'")
    if after is not None or not changes:
        sys.exit(f"add_after_line: {path}: each 'after:' needs an 'add:'")
    return changes


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, changes = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for existing, added in read_changes(changes):
        found = [i for i, line in enumerate(lines) if line.strip() == existing]
        if len(found) != 1:
            sys.exit(f"add_after_line: {source}: found the line '{existing}' {len(found)} times, "
                     "not once; look at it again for this ImGui version")
        at = found[0]
        indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
        lines.insert(at + 1, indent + added)
    with open(source, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
