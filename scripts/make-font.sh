#!/usr/bin/env bash
# Builds the UI font: Inter (Debian's fonts-inter, SIL OFL) subset to Latin-1 plus the few symbols
# the widget draws, which takes each face from ~260 KB to ~21 KB. No OpenType layout features:
# ImGui's rasteriser applies none (not even kerning), so they would be dead weight. Desubroutinized
# outlines are larger raw but compress better. Output is a build artifact.
# Usage: make-font.sh OUT_DIR
set -euo pipefail
out=$1
mkdir -p "$out"
src=/usr/share/fonts/opentype/inter
# Regular: U+0020-00FF Latin-1 (accents in a blogger's own data); 2013/2014 dashes; 2018-201D
# quotes; 2022 bullet; 2026 ellipsis; 2039/203A angle quotes (back/open chevrons); 2190-2193 and
# 2197 arrows; 2248 approx; 2264/2265; 2713 check; 25B2/25BC triangles; 25CF/25CB dots.
unicodes="U+0020-007E,U+00A0-00FF,U+2013,U+2014,U+2018-201D,U+2022,U+2026,U+2039,U+203A,U+2190-2193,U+2197,U+2248,U+2264,U+2265,U+2713,U+25B2,U+25BC,U+25CF,U+25CB"
# SemiBold (headings, buttons, figures): ASCII and the same punctuation only. Any other character
# in bold text is drawn from Regular, merged behind it (src/ui/fonts.cpp): ~4 KB less to download.
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
