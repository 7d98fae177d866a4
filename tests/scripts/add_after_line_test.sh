#!/usr/bin/env bash
# cmake/imgui/add_after_line.py: each added line goes after the one line it names, with that line's
# indentation; a line found other than once, or a list it cannot read, stops it, the file untouched.
source "$(dirname "$0")/checks.sh"
script="$(dirname "$0")/../../cmake/imgui/add_after_line.py"

printf 'int f(int c)\n{\n    int x = (c != 1);\n    return x;\n}\n' > "$work/in.cpp"
cp "$work/in.cpp" "$work/orig.cpp"
printf '# why\nafter: int x = (c != 1);\nadd: if (c == 5) x = 7;\n' > "$work/changes.txt"
/usr/bin/python3 "$script" "$work/in.cpp" "$work/changes.txt"
check "the line is added after its line, indented alike" \
  bash -c "[ \"\$(sed -n 4p '$work/in.cpp')\" = '    if (c == 5) x = 7;' ]"
check "nothing else changes" bash -c "[ \"\$(sed 4d '$work/in.cpp')\" = \"\$(cat '$work/orig.cpp')\" ]"

cp "$work/orig.cpp" "$work/none.cpp"
printf 'after: int y = 0;\nadd: y = 1;\n' > "$work/missing.txt"
check "a line not found stops it and leaves the file alone" \
  bash -c "! /usr/bin/python3 '$script' '$work/none.cpp' '$work/missing.txt' 2>/dev/null && cmp -s '$work/none.cpp' '$work/orig.cpp'"
printf 'int x = (c != 1);\nint x = (c != 1);\n' > "$work/twice.cpp"
printf 'after: int x = (c != 1);\nadd: x = 2;\n' > "$work/twice.txt"
check "a line found twice stops it" bash -c "! /usr/bin/python3 '$script' '$work/twice.cpp' '$work/twice.txt' 2>/dev/null"
printf 'after: int x = (c != 1);\n' > "$work/unpaired.txt"
check "an 'after:' without its 'add:' stops it" \
  bash -c "! /usr/bin/python3 '$script' '$work/none.cpp' '$work/unpaired.txt' 2>/dev/null"
finish
