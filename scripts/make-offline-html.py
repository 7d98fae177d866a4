#!/usr/bin/python3
"""Builds the one-file offline copy of the widget: career-explorer.html.

Everything the hosted page loads goes inside one HTML file that works opened from disk (file://)
with no network at all: the host page, style.css, app.js, the career data (as a
<script type="application/json" id="ce-data"> that app.js prefers over fetching careers.json), the
widget's script, and its wasm in a <script type="application/gzip" id="ce-wasm"> (Chrome will not
fetch a separate .wasm from file://). That block is the wasm gzip-compressed, then base64: app.js
decodes it, unpacks it with the browser's DecompressionStream and compiles it. Base64 of the raw
wasm was two thirds of the file (661 of 810 KB) and compresses badly when the file is served
(6 bits a character): with gzip first the file went from 810 to 452 KB on disk, and from 274 to
263 KB brotli-compressed (337 to 273 KB gzip). zopfli packs it ~10 KB smaller than gzip -9.

Why not the -sSINGLE_FILE build (career-explorer-single.js)? Its loader first fetch()es its own
data: URL: under this page's CSP that is a violation report on every start (or needs
connect-src data:), and in Chromium's virtual time that fetch never completes. Handed the module
app.js compiled (instantiateWasm), the runtime makes no request at all.

Inline scripts are unavoidable here, so the page's Content-Security-Policy lists the SHA-256 of
each inline script and style instead of allowing 'unsafe-inline': nothing but these exact bytes
can run, and 'wasm-unsafe-eval' lets WebAssembly compile. No 'self': a file:// page has no origin
worth trusting, and nothing is fetched. The data blocks are not scripts: they need no hash.

Usage: make-offline-html.py DIST_DIR OUT_HTML     (DIST_DIR holds the hosted build)
"""
import base64
import hashlib
import re
import subprocess
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def check_inlinable(name, text, end_tag):
    # Inside <script>/<style> the HTML parser looks only for the end tag, and "<!--" changes how
    # it looks for it; neither may appear in the inlined code.
    for marker in (end_tag, "<!--"):
        if marker in text.lower():
            sys.exit(f"make-offline-html: {name} contains '{marker}' and cannot be inlined")


def replace_once(html, pattern, replacement, what):
    result, count = re.subn(pattern, lambda _: replacement, html, count=1, flags=re.S)
    if count != 1:
        sys.exit(f"make-offline-html: index.html has no {what}; update this script with it")
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dist, out = sys.argv[1:]
    html = read(f"{dist}/index.html")
    style = read(f"{dist}/style.css")
    app = read(f"{dist}/app.js")
    widget = read(f"{dist}/career-explorer.js")
    # zopfli, as for dist's .gz files (scripts/assemble-dist.sh): ~10 KB smaller than gzip -9,
    # and with no name or time in it, the same wasm gives the same file. No '<' in base64: safe
    # in a data block.
    packed = subprocess.run(["zopfli", "--i15", "-c", f"{dist}/career-explorer.wasm"],
                            check=True, stdout=subprocess.PIPE).stdout
    wasm = base64.b64encode(packed).decode("ascii")
    # "<" appears in JSON only inside strings, where "\u003c" is the same character: no "</script"
    # or "<!--" can come out of the data.
    data = read(f"{dist}/careers.json").replace("<", "\\u003c")
    check_inlinable("style.css", style, "</style")
    for name, text in (("app.js", app), ("career-explorer.js", widget)):
        check_inlinable(name, text, "</script")

    csp = ("default-src 'none'; "
           f"script-src {sha256(app)} {sha256(widget)} 'wasm-unsafe-eval'; "
           f"style-src {sha256(style)}; img-src data:; "
           "object-src 'none'; base-uri 'none'; form-action 'none'")
    html = replace_once(html, r'<meta http-equiv="Content-Security-Policy"[^>]*>',
                        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
                        "CSP meta")
    html = replace_once(html, r'<link rel="stylesheet" href="style.css">', f"<style>{style}</style>",
                        "style.css link")
    html = replace_once(html, r'<script src="app.js"></script>', f"<script>{app}</script>",
                        "app.js script")
    # Things that only make sense on a web server: the install manifest and its icon (requests),
    # and the social-card image (a URL relative to the hosting folder).
    html = re.sub(r'\s*<link rel="(manifest|apple-touch-icon|preload)"[^>]*>', "", html)
    html = re.sub(r'\s*<meta (property|name)="(og|twitter):image[^"]*"[^>]*>', "", html)
    # The widget last: it runs while the page is parsed, before app.js starts it (DOMContentLoaded).
    html = replace_once(html, r"</body>",
                        f'<script type="application/json" id="ce-data">{data}</script>\n'
                        f'<script type="application/gzip" id="ce-wasm">{wasm}</script>\n'
                        f"<script>{widget}</script>\n</body>", "</body>")
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
