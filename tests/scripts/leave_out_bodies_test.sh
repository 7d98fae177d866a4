#!/usr/bin/env bash
# cmake/imgui/leave_out_bodies.py: a named body becomes the stub, however its braces hide in
# strings, characters and comments; the code around it stays; a name found other than once stops.
source "$(dirname "$0")/checks.sh"
script="$(dirname "$0")/../../cmake/imgui/leave_out_bodies.py"

cat > "$work/in.cpp" <<'CPP'
#include <cstdio>
namespace ImGui { static int Resize(int w); void Draw(); int After(); }
static int ImGui::Resize(int w)
{
    const char* s = "}\"}";  // } in a string, and an escaped quote
    char c = '}';            /* } in a comment */ char d = '\'';
    if (w) { return s[0] + c + d; }
    return 1;
}
void ImGui::Draw()
{
    std::puts("{");
}
int ImGui::After()
{
    return 42;
}
int main() { return ImGui::Resize(1) == 0 && ImGui::After() == 42 ? 0 : 1; }
CPP
/usr/bin/python3 "$script" "$work/in.cpp" "$work/out.cpp" "static int ImGui::Resize=0" "void ImGui::Draw="
check "the stubs are written" grep -q 'static int ImGui::Resize(int w)$' "$work/out.cpp"
check "a stub returns what it is given" grep -qF '{ /* left out: cmake/imgui/CMakeLists.txt */ return 0; }' "$work/out.cpp"
check "a void stub is empty" grep -qF '{ /* left out: cmake/imgui/CMakeLists.txt */ }' "$work/out.cpp"
check "nothing of the old bodies is left" bash -c "! grep -qE 'puts|return 1;|char c' '$work/out.cpp'"
check "the code after them compiles and runs as before" \
  bash -c "g++ -std=c++17 -w -o '$work/prog' '$work/out.cpp' && '$work/prog'"
check "a name not found stops it, writing nothing" \
  bash -c "! /usr/bin/python3 '$script' '$work/in.cpp' '$work/none.cpp' 'void ImGui::Missing=' 2>/dev/null && [ ! -e '$work/none.cpp' ]"
printf '    return 7 + Helper();\n' > "$work/body.inc"
printf 'static int Helper() { return 35; }\nint Kept()\n{\n    return 0;\n}\nint main() { return Kept() == 42 ? 0 : 1; }\n' > "$work/kept.cpp"
/usr/bin/python3 "$script" "$work/kept.cpp" "$work/kept-out.cpp" "int Kept=@$work/body.inc"
check "a body from a file takes the old one's place, with the file's own functions in reach" \
  bash -c "grep -qF 'return 7 + Helper();' '$work/kept-out.cpp' && ! grep -qF 'return 0;' '$work/kept-out.cpp' && g++ -std=c++17 -w -o '$work/kept' '$work/kept-out.cpp' && '$work/kept'"
check "a body file that is not there stops it" \
  bash -c "! /usr/bin/python3 '$script' '$work/kept.cpp' '$work/y.cpp' 'int Kept=@$work/none.inc' 2>/dev/null && [ ! -e '$work/y.cpp' ]"
printf 'void ImGui::Twice()\n{\n}\nvoid ImGui::Twice()\n{\n}\n' > "$work/twice.cpp"
check "a name found twice stops it" \
  bash -c "! /usr/bin/python3 '$script' '$work/twice.cpp' '$work/x.cpp' 'void ImGui::Twice=' 2>/dev/null"
printf 'void ImGui::Open()\n{\n  if (1) {\n' > "$work/open.cpp"
check "an unclosed body stops it" \
  bash -c "! /usr/bin/python3 '$script' '$work/open.cpp' '$work/x.cpp' 'void ImGui::Open=' 2>/dev/null"

finish
