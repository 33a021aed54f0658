#!/usr/bin/env python3
"""Transformed copies of the dev corpus, each text beside its expected key fields, one folder per transform:

    python3 Evaluation/metamorphic/generate.py OUT            # writes OUT/<transform>/*.txt and *.expected.json
    python3 Evaluation/metamorphic/generate.py OUT DIR...     # the same from other key sets (Evaluation/heldout/*)
    python3 scripts/accuracy.py OUT/<transform>               # the key-field score on that shape

Each transform changes how a document is laid out, never what it says, so the expected fields stay true: line ends,
Unicode form, blank lines, trailing spaces, tabs at stops of eight (`unexpand -a`), no-break and zero-width
characters, prose re-wrapped narrower or wider, page breaks as pdftotext writes them, the number and the place-date
on one line; and (session 20) a list's hyphens as en dashes or a symbol font's bullets, a margin on every line, the
number's slashes spaced, dates spaced wider, "ǎ" for "ă". A field that changes under a transform is a rule that leans
on layout it should not.
"""
import glob, os, random, re, shutil, unicodedata, sys
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEV = os.path.join(REPO, "..", "shared", "corpus", "dev")
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/vanban-metamorphic"
SOURCES = sys.argv[2:] or [DEV]

def crlf(t): return t.replace("\n", "\r\n")
def nfd(t): return unicodedata.normalize("NFD", t)
def no_blank(t): return "\n".join(l for l in t.split("\n") if l.strip() or "\f" in l) + "\n"
def double_blank(t): return "\n\n".join(t.split("\n"))
def trailing_spaces(t): return "\n".join(l + "  " if l.strip() else l for l in t.split("\n"))
def rewrap(t, width=60, seed=1):
    # re-wraps long prose lines (>= 70 chars, no run of 3 spaces = no layout columns) at another width
    out = []
    for l in t.split("\n"):
        if len(l) >= 70 and "   " not in l.strip() and "|" not in l:
            words, cur = l.split(" "), ""
            for w in words:
                if cur and len(cur) + 1 + len(w) > width:
                    out.append(cur); cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            out.append(cur)
        else:
            out.append(l)
    return "\n".join(out)
def page_numbers(t, seed=7):
    # inserts a page break with a page number every ~45 lines, between lines (never inside the first 25)
    # as pdftotext writes it: the page's number on its last line, the form feed opening the next page's first line
    lines = t.split("\n"); out = []; page = 2; pending = False
    for i, l in enumerate(lines):
        out.append(("\f" + l) if pending else l); pending = False
        if i > 25 and i % 45 == 0 and i < len(lines) - 5:
            out += [str(page), ""]; page += 1; pending = True
    return "\n".join(out)

def tabs(t):
    # spaces to tabs at stops of eight columns, as `unexpand -a` writes a layout
    import subprocess
    return subprocess.run(["unexpand", "-a"], input=t.encode("utf-8", "surrogateescape"), capture_output=True).stdout.decode("utf-8", "surrogateescape")
def nbsp(t, seed=3):
    rnd = random.Random(seed)
    return "".join("\u00a0" if c == " " and rnd.random() < 0.05 else c for c in t)
def zwsp(t, seed=5):
    rnd = random.Random(seed)
    return "".join(c + "\u200b" if c.isalpha() and rnd.random() < 0.01 else c for c in t)
def rewrap45(t): return rewrap(t, 45)
def rewrap90(t):
    # joins pairs of prose lines into longer ones (a wider page), then nothing else
    out, lines, i = [], t.split("\n"), 0
    while i < len(lines):
        l = lines[i]
        if i + 1 < len(lines) and 40 <= len(l) <= 80 and "   " not in l.strip() and "|" not in l and lines[i + 1].strip() \
           and lines[i + 1][:1].islower() and "   " not in lines[i + 1].strip():
            out.append(l.rstrip() + " " + lines[i + 1].strip()); i += 2
        else:
            out.append(l); i += 1
    return "\n".join(out)
def header_glue(t):
    # the number line and the place-date line on one line, as a layout text sets them side by side
    lines = t.split("\n")
    for i, l in enumerate(lines[:40]):
        if re.match(r"^\s*Số\s*:", l) and len(l.strip()) < 40:
            for j in range(i + 1, min(i + 4, len(lines))):
                if re.search(r", ngày .* năm \d{4}", lines[j]) and len(lines[j].strip()) < 60:
                    lines[i] = l.rstrip() + "        " + lines[j].strip(); lines[j] = ""
                    return "\n".join(lines)
    return t

# Session 20: what differs between extractions and typists of the same document.
def dashes(t):
    # a list's hyphens as the en dashes Word's autoformat prints
    return re.sub(r"(?m)^(\s*)- ", r"\1– ", t)
def symbol_bullets(t):
    # a list's hyphens and pluses as a symbol font's bullet, which pdftotext writes as U+F0B7
    return re.sub(r"(?m)^(\s*)[-+•] ", "\\1\uf0b7 ", t)
def margin(t):
    # every line indented four spaces (a quoted or margined copy)
    return "\n".join(("\f" * l.count("\f") + "    " + l.replace("\f", "")) if l.strip() else l for l in t.split("\n"))
def spaced_number(t):
    # the number's slashes and hyphens typed with spaces around them ("Số: 47 / 2026 / QĐ - UBND")
    lines = t.split("\n")
    for i, l in enumerate(lines[:60]):
        m = re.match(r"^(\s*Số\s*:?\s*)(\d+)(/[^\s/]+(?:/[^\s/]+)?)(.*)$", l)
        if m:
            lines[i] = m.group(1) + m.group(2) + m.group(3).replace("/", " / ").replace("-", " - ") + m.group(4)
            break
    return "\n".join(lines)
def spaced_dates(t):
    # a justified line's wider spaces inside dates written in words (within a line)
    return re.sub(r"(ngày) (\d{1,2}) (tháng) (\d{1,2}) (năm) (\d{4})", r"\1  \2  \3  \4  \5  \6", t)
def caron(t):
    # an old converter's "ǎ" (a with caron) for "ă"
    return t.replace("ă", "ǎ").replace("Ă", "Ǎ")
T = {"crlf": crlf, "nfd": nfd, "noblank": no_blank, "doubleblank": double_blank, "trailing": trailing_spaces,
     "rewrap60": rewrap, "pages": page_numbers, "tabs": tabs, "nbsp": nbsp, "zwsp": zwsp, "rewrap45": rewrap45,
     "rewrap90": rewrap90, "headerglue": header_glue, "dashes": dashes, "symbolbullets": symbol_bullets, "margin": margin,
     "spacednumber": spaced_number, "spaceddates": spaced_dates, "caron": caron}
for name, f in T.items():
    d = os.path.join(OUT, name); os.makedirs(d, exist_ok=True)
    for p in sorted(p for src in SOURCES for p in glob.glob(src + "/*.txt")):
        src, stem = os.path.dirname(p), os.path.basename(p)[:-4]
        e = os.path.join(src, stem + ".expected.json")
        if not os.path.exists(e): continue
        # Several sets number their documents alike: the set's folder name keeps the copies apart.
        out = stem if SOURCES == [DEV] else os.path.basename(os.path.normpath(src)) + "__" + stem
        raw = open(p, encoding="utf-8", errors="surrogateescape").read()
        open(os.path.join(d, out + ".txt"), "w", encoding="utf-8", errors="surrogateescape", newline="").write(f(raw))
        shutil.copy(e, os.path.join(d, out + ".expected.json"))
print("ok")
