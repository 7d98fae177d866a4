#!/usr/bin/python3
"""Writes a copy of a Dear ImGui source file in which named functions have a stub for a body.

For code that is defined and called in the same file of Dear ImGui, so that renaming the call
(cmake/imgui/CMakeLists.txt does that for calls into other files) cannot leave it out. Each stub
keeps the function's contract for the way the widget uses ImGui; why each is safe is written
beside it in cmake/imgui/CMakeLists.txt. The fetched source stays as it was (build/deps/imgui):
the copy goes to the build folder.

A definition is a line that starts at column 0 with the function's declarator (the way ImGui
writes every definition), whose body starts with '{' on the next line and ends at the brace that
closes it (braces inside comments, strings and character literals do not count). Every name must
be found exactly once, else nothing is written and the build stops: a new ImGui version that
moved or changed one must be looked at again.

A constant array's data is left out the same way: "DECLARATOR[]" names an array defined at
column 0 whose initializer starts with '{' on the next line; it becomes "{}" (all zeros, which
a wasm module does not store).

A body that must keep a few of its statements gets them from a file of ours instead:
"DECLARATOR=@FILE" makes FILE's text the body (it is compiled where the original stood, so the
file's own static functions are in reach).

Usage: leave_out_bodies.py IN.cpp OUT.cpp 'DECLARATOR=RESULT' 'DECLARATOR=@FILE' 'ARRAY[]' ...
  DECLARATOR is the definition's text up to its '(' (for example "void ImGui::RenderMouseCursor"),
  RESULT what the stub returns ("0"), or nothing for a function that returns nothing.
  ARRAY is the array's definition up to its '[' (for example "static const char PIXELS").
"""
import re
import sys


def body_end(text, start):
    """The index just past the '}' that closes the '{' at text[start]."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if c == "/" and text.startswith("//", i):
            i = text.find("\n", i)
            if i < 0:
                break
            continue
        if c == "/" and text.startswith("/*", i):
            i = text.find("*/", i + 2)
            if i < 0:
                break
            i += 2
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    sys.exit("leave_out_bodies: unbalanced braces")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    source, out = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    for spec in sys.argv[3:]:
        array = spec.endswith("[]")
        declarator, _, result = (spec[:-2], "", "") if array else spec.partition("=")
        opening = r"\[[^\n]*\n\{" if array else r"\(.*\)\n\{"
        pattern = re.compile(r"^" + re.escape(declarator) + opening, re.M)
        found = list(pattern.finditer(text))
        if len(found) != 1:
            sys.exit(f"leave_out_bodies: {source}: found '{declarator}(' as a definition "
                     f"{len(found)} times, not once; look at it again for this ImGui version")
        open_brace = found[0].end() - 1
        close = body_end(text, open_brace)
        if array:
            stub = "{ /* left out: cmake/imgui/CMakeLists.txt */ }"
        elif result.startswith("@"):
            with open(result[1:], encoding="utf-8") as f:
                stub = "{ /* kept: " + result[1:].rsplit("/", 1)[-1] + " */\n" + f.read() + "}"
        else:
            stub = "{ /* left out: cmake/imgui/CMakeLists.txt */ " + (f"return {result}; " if result else "") + "}"
        text = text[:open_brace] + stub + text[close:]
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
