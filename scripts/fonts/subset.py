#!/usr/bin/env python3
"""Makes the fonts embedded in the binary for the preview images (src/render/png.rs).

Sources: Noto Sans and Noto Sans JP (SIL Open Font License 1.1), as the static TrueType files
that the npm packages @expo-google-fonts/noto-sans and @expo-google-fonts/noto-sans-jp ship.
Needs `pip install fonttools` and `npm`. Run from the repository root:

    python3 scripts/fonts/subset.py            # fetches the packages with `npm pack` into a temp dir
    python3 scripts/fonts/subset.py DIR        # or uses packages already unpacked under DIR

Writes assets/fonts/*.ttf. The subsets keep what the cards need and the coming editions use:
- Noto Sans: Basic Latin, Latin-1, Latin Extended-A, Cyrillic, general punctuation, arrows.
- Noto Sans JP: kana, CJK punctuation, full-width forms, the JIS X 0208 level-1 kanji (2,965 of
  the most common), and every character of the data files under data/ (translations in
  data/ja and data/ru included), the catalogues (src/catalogue/*.ftl) and src/i18n*.
Hinting is dropped (the cards are drawn at large sizes with anti-aliasing).
"""
import glob
import os
import subprocess
import sys
import tempfile

from fontTools import subset

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "assets", "fonts")
PACKAGES = {
    "noto-sans": ("@expo-google-fonts/noto-sans", "0.4.2"),
    "noto-sans-jp": ("@expo-google-fonts/noto-sans-jp", "0.4.3"),
}
WEIGHTS = ["400Regular", "700Bold"]

LATIN_CYRILLIC = [
    (0x20, 0x7E), (0xA0, 0x17F), (0x2B0, 0x2FF), (0x400, 0x4FF),
    (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2100, 0x2122), (0x2190, 0x2193),
]
JAPANESE = [
    (0x20, 0x7E), (0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF),
    (0xFF00, 0xFFEF),
]


def jis_level1_kanji():
    """The kanji of JIS X 0208 rows 16-47 (level 1), read from Python's EUC-JP codec."""
    out = []
    for row in range(16, 48):
        for cell in range(1, 95):
            try:
                out.append(ord(bytes([0xA0 + row, 0xA0 + cell]).decode("euc_jp")))
            except UnicodeDecodeError:
                pass
    return out


# Every text a card can show: the data and its translations (data/ja, data/ru), the interface's
# catalogues, and the words and formats written in the code of the editions.
TEXT_SOURCES = [
    ("data", "**", "*.toml"),
    ("src", "catalogue", "*.ftl"),
    ("src", "i18n.rs"),
    ("src", "i18n", "*.rs"),
]


def data_characters():
    chars = set()
    for parts in TEXT_SOURCES:
        for path in glob.glob(os.path.join(ROOT, *parts), recursive=True):
            with open(path, encoding="utf-8") as f:
                chars |= {ord(c) for c in f.read() if ord(c) >= 0x20}
    return chars


def expand(ranges):
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def make(src, dst, unicodes):
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "vert", "palt"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(src, options)
    s = subset.Subsetter(options)
    s.populate(unicodes=sorted(unicodes))
    s.subset(font)
    subset.save_font(font, dst, options)
    print(f"{os.path.relpath(dst, ROOT)}: {os.path.getsize(dst):,} bytes")


def main():
    if len(sys.argv) > 1:
        base = sys.argv[1]
    else:
        base = tempfile.mkdtemp()
        for name, (pkg, version) in PACKAGES.items():
            subprocess.run(["npm", "pack", f"{pkg}@{version}"], cwd=base, check=True)
            tgz = glob.glob(os.path.join(base, f"*{name}-{version}.tgz"))[0]
            dest = os.path.join(base, name)
            os.makedirs(dest, exist_ok=True)
            subprocess.run(["tar", "xzf", tgz, "-C", dest], check=True)
    os.makedirs(OUT, exist_ok=True)
    data = data_characters()
    latin = expand(LATIN_CYRILLIC) | {c for c in data if c < 0x3000}
    japanese = expand(JAPANESE) | set(jis_level1_kanji()) | {c for c in data if c >= 0x3000}
    for weight in WEIGHTS:
        make(
            glob.glob(os.path.join(base, "**", f"NotoSans_{weight}.ttf"), recursive=True)[0],
            os.path.join(OUT, f"NotoSans-{weight[3:]}.ttf"),
            latin,
        )
        make(
            glob.glob(os.path.join(base, "**", f"NotoSansJP_{weight}.ttf"), recursive=True)[0],
            os.path.join(OUT, f"NotoSansJP-{weight[3:]}.subset.ttf"),
            japanese,
        )


if __name__ == "__main__":
    main()
