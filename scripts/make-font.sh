#!/usr/bin/env bash
# Builds the font of the native build (headless UI tests, benchmarks; the browser build draws with
# the page's fonts instead, src/web/browser_fonts.cpp): Inter (Debian's fonts-inter, SIL OFL) subset to the characters listed in
# src/core/font_ranges.def (Latin-1, Latin Extended-A and the few symbols the widget draws; the
# loader warns about data text outside them), which takes each face from ~260 KB to ~30 KB. No OpenType layout features:
# ImGui's rasteriser applies none (not even kerning), so they would be dead weight. Desubroutinized
# outlines are larger raw but compress better. Output is a build artifact.
# Usage: make-font.sh OUT_DIR
set -euo pipefail
out=$1
mkdir -p "$out"
src=/usr/share/fonts/opentype/inter
# Regular: every range of src/core/font_ranges.def (the one list, shared with the loader's check).
ranges_file="$(dirname "$0")/../src/core/font_ranges.def"
unicodes=$(sed -nE 's/^CE_FONT_RANGE\(0x([0-9A-F]+), 0x([0-9A-F]+)\).*/U+\1-\2/p' "$ranges_file" | paste -sd, -)
[ -n "$unicodes" ] || { echo "make-font: no ranges in $ranges_file" >&2; exit 1; }
# SemiBold (headings, buttons, figures): ASCII and the same punctuation only. Any other character
# in bold text is drawn from Regular, merged behind it (src/ui/fonts_embedded.cpp).
bold_unicodes="U+0020-007E,U+00A0,U+00B7,U+2013,U+2014,U+2018-201D,U+2022,U+2026,U+2039,U+203A,U+2197,U+2713,U+25CF,U+25CB"
options="--layout-features= --no-hinting --desubroutinize"
spec="$out/subset.spec"
[ -f "$spec" ] && [ "$(cat "$spec")" = "$unicodes $bold_unicodes $options" ] || rm -f "$out"/Inter-*.otf
for face in Regular SemiBold; do
  target="$out/Inter-$face.otf"
  if [ ! -f "$target" ] || [ "$src/Inter-$face.otf" -nt "$target" ]; then
    # Debian's interpreter has fontTools; another python3 may come first on PATH.
    chars=$unicodes
    [ "$face" = SemiBold ] && chars=$bold_unicodes
    /usr/bin/python3 -m fontTools.subset "$src/Inter-$face.otf" --unicodes="$chars" \
      --layout-features='' --no-hinting --desubroutinize --output-file="$target"
  fi
done
echo "$unicodes $bold_unicodes $options" > "$spec"
