#!/usr/bin/python3
"""Draws the app icons (icon-192.png, icon-512.png) for the web app manifest, and with --card the
stand-in link-preview card (1200x630) for a build whose screenshot of the widget failed.

Our own picture, nothing third-party: the widget's accent colour, full bleed (launchers cut their
own shape out of it), and three rising bars like its pay chart, kept inside the central 60% so
that a circular or rounded mask never clips them. Written with the standard library only (zlib
for PNG); the bars are axis-aligned rectangles, so each pixel's coverage is computed exactly and
the edges are smooth without supersampling.

Usage: make-icons.py OUT_DIR
       make-icons.py --card OUT_PNG
"""
import struct
import sys
import zlib

ACCENT = (0x4F, 0x46, 0xE5)  # src/ui/theme.cpp, light accent
WHITE = (0xFF, 0xFF, 0xFF)
# Bars in units of the icon's side: (left, top, right, bottom, opacity). Bottom-aligned, rising.
BARS = [(0.24, 0.56, 0.36, 0.76, 0.70),
        (0.44, 0.42, 0.56, 0.76, 0.85),
        (0.64, 0.26, 0.76, 0.76, 1.00)]


def coverage(lo, hi, pixel):
    """How much of [pixel, pixel+1) lies inside [lo, hi)."""
    return max(0.0, min(hi, pixel + 1) - max(lo, pixel))


def draw(width, height):
    """The bars in a square of the picture's height, centred across its width."""
    side = height
    x0 = (width - side) / 2
    rows = []
    for y in range(height):
        row = bytearray([0])  # PNG filter type: none
        for x in range(width):
            colour = list(ACCENT)
            for left, top, right, bottom, opacity in BARS:
                a = (opacity * coverage(x0 + left * side, x0 + right * side, x) *
                     coverage(top * side, bottom * side, y))
                if a > 0:
                    colour = [c + (w - c) * a for c, w in zip(colour, WHITE)]
            row += bytes(round(c) for c in colour)
        rows.append(bytes(row))
    return b"".join(rows)


def png(width, height, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) +
            chunk(b"IEND", b""))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--card":
        with open(sys.argv[2], "wb") as f:
            f.write(png(1200, 630, draw(1200, 630)))
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for size in (192, 512):
        with open(f"{sys.argv[1]}/icon-{size}.png", "wb") as f:
            f.write(png(size, size, draw(size, size)))


if __name__ == "__main__":
    main()
