#!/usr/bin/env python3
"""Robustness run: feed vanban mangled and hostile texts, one process per file, and report every crash,
every exit status outside the contract, and every file slower than a time limit.

usage: scripts/fuzz.py [--vanban PATH] [--count N] [--seed S] [--limit SECONDS] [--keep DIR]

Inputs are derived from Corpus/*.txt with a fixed seed, so a run is repeatable:
  - byte-level: truncation at any byte (mid-character too), random byte flips, NULs, a BOM, CRLF and lone CR,
    UTF-16 with and without BOM, Latin-1 re-encoding, invalid UTF-8 sequences;
  - line-level: lines shuffled, duplicated, dropped, reversed, every line break removed (one long line),
    blank lines doubled, header lines repeated thousands of times;
  - letter-level: the slips of OCR and old converters (a caron "ǎ" for "ă", "D" for "Đ", 0/O and 1/l swapped, marks
    dropped, Cyrillic look-alikes, a symbol font's bullet, en dashes, spaced slashes, doubled spaces) at random places;
  - hostile shapes built from the structures the parser reads: thousands of "Số:" lines, outline markers,
    "Điều N." headings, dates, references, "PHỤ LỤC" labels, TT/STT headers with pipe, tab and column rows,
    very long cells, combining marks piled on one letter, and one very long word.
Exit statuses the contract allows: 0 (parsed), 1 (findings, for `check`), 3 (input not readable as text).
Anything else (a signal, 2 on a valid command line, …) or a run over the limit is reported.

Exit status: 0 when every file passed, 1 otherwise, 2 when the binary cannot be run.
"""
import argparse, os, pathlib, random, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parent.parent
ALLOWED = {0, 1, 3}


def byte_mutants(rng, text):
    """Byte-level damage to one corpus text: (name, bytes) pairs."""
    b = text.encode("utf-8")
    cut = rng.randrange(1, max(2, len(b)))
    flips = bytearray(b)
    for _ in range(max(1, len(b) // 200)):
        flips[rng.randrange(len(flips))] = rng.randrange(256)
    nuls = bytearray(b)
    for _ in range(20):
        nuls.insert(rng.randrange(len(nuls) + 1), 0)
    return [
        ("truncated", b[:cut]),
        ("flipped", bytes(flips)),
        ("nuls", bytes(nuls)),
        ("bom-crlf", b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n")),
        ("lone-cr", b.replace(b"\n", b"\r")),
        ("utf16-bom", text.encode("utf-16")),
        ("utf16le", text.encode("utf-16-le")),
        ("latin1", text.encode("latin-1", errors="replace")),
        ("bad-utf8", b[:cut] + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" + b[cut:]),
    ]


def line_mutants(rng, text):
    """Line-level damage to one corpus text."""
    lines = text.split("\n")
    shuffled = lines[:]
    rng.shuffle(shuffled)
    dropped = [l for l in lines if rng.random() > 0.3]
    dup = [l for l in lines for _ in range(rng.choice((1, 1, 2, 3)))]
    head = lines[: min(12, len(lines))]
    return [
        ("shuffled", "\n".join(shuffled)),
        ("dropped", "\n".join(dropped)),
        ("duplicated", "\n".join(dup)),
        ("reversed", "\n".join(reversed(lines))),
        ("one-line", " ".join(lines)),
        ("blank-doubled", "\n\n".join(lines)),
        ("header-x2000", "\n".join(head * 2000)),
    ]


# Letters an extraction or an old converter puts for others: a caron "ǎ" for "ă", "D" for "Đ", "0" for "O" and
# back, "l" for "1", a mark dropped, Cyrillic look-alikes, a symbol font's private-use bullet, an en dash for "-".
SLIPS = [("ă", "ǎ"), ("Đ", "D"), ("O", "0"), ("0", "O"), ("1", "l"), ("ế", "é"), ("ố", "ó"), ("ư", "u"), ("ơ", "o"),
         ("ạ", "a"), ("C", "С"), ("B", "В"), ("T", "Т"), ("- ", "\uf0b7 "), ("-", "–"), ("/", " / "), (" ", "  ")]


def letter_mutants(rng, text):
    """Letter-level slips in one corpus text: each slip at a third of its places, then all slips at once."""
    def slipped(t, pairs):
        for a, b in pairs:
            parts = t.split(a)
            t = parts[0] + "".join((b if rng.random() < 0.33 else a) + p for p in parts[1:])
        return t
    pairs = rng.sample(SLIPS, 4)
    return [("slips-" + str(SLIPS.index(pairs[0])), slipped(text, pairs)), ("slips-all", slipped(text, SLIPS))]


def hostile(rng):
    """Texts built from the shapes the parser reads, repeated far past any real document."""
    n = 3000
    row = lambda i: f"| {i} | Nhiệm vụ số {i} của các sở, ban, ngành | Sở Tài chính | Quý {i % 4 + 1}/2026 |"
    return [
        ("so-lines", "\n".join(f"Số: {i}/KH-UBND" for i in range(n))),
        ("outline", "\n".join(f"{'I' * (i % 5 + 1)}. {i}.{i % 9}. a) Nội dung {i}" for i in range(n))),
        ("dieu", "\n".join(f"Điều {i}. Phạm vi điều chỉnh theo Điều {i + 1}" for i in range(n))),
        ("dates", " ".join(f"ngày {i % 28 + 1} tháng {i % 12 + 1} năm {2000 + i % 30}, 13h30 ngày {i % 28 + 1}/{i % 12 + 1}/2025" for i in range(n))),
        ("references", " ".join(f"Nghị quyết số {i}-NQ/TW ngày {i % 28 + 1}/5/2024, {i}/2020/NĐ-CP" for i in range(n))),
        ("labels", "\n".join(f"PHỤ LỤC {i}\nDANH MỤC {i}\n(Kèm theo Kế hoạch số {i}/KH-UBND)" for i in range(n // 3))),
        ("pipe-table", "PHỤ LỤC\n| STT | Nội dung | Đơn vị | Thời gian |\n|---|---|---|---|\n" + "\n".join(row(i) for i in range(n))),
        # Pipe rows no reader takes (widths alternating, no header): once retried from every line of the block.
        ("pipe-rows-unread", "PHỤ LỤC\nDANH MỤC\n" + "\n".join("|a |b |" if i % 2 else "|a |b |c |d |e |" for i in range(n * 3))),
        ("antiword-stream", "PHỤ LỤC\n" + "\n".join(f"STT |Nội dung | |{i} |việc {i} | |{i + 1} |việc" for i in range(n))),
        # A merged heading over sub-rows with cells wrapped over lines; and heading lines with no body under them.
        ("merged-heading", "PHỤ LỤC\nTT | Tên | Tọa độ | Diện tích\n |  | Điểm | X | Y | \n1 | Mỏ A | 0 | 2394 | 5677 | 42,9\n"
            + "\n".join(f" |  | {i} | 2394\n{i} | 5677 | " for i in range(n * 3))),
        ("merged-heading-only", "PHỤ LỤC\n" + "\n".join("TT | Tên | Tọa độ\n |  | X | Y\n(m) | " for _ in range(n))),
        # Row numbers a column of their own, in blocks emitted out of order (the last first), cells after them.
        ("number-column", "PHỤ LỤC\nTT\n" + "\n\n".join(str(i) for i in range(n, 0, -1)) + "\n\nNội dung\n"
            + "\n".join(f"Việc số {i} của sở" for i in range(n))),
        ("pandoc-rules", "PHỤ LỤC\n" + "\n".join("  ----- ------- -------\n  TT    Nội dung" for _ in range(n))),
        ("tab-table", "PHỤ LỤC\nTT\tNội dung\tĐơn vị\n" + "\n".join(f"{i}\tViệc {i}\tSở {i}" for i in range(n))),
        ("layout-table", "PHỤ LỤC\nTT      Nội dung                 Đơn vị          Thời gian\n"
            + "\n".join(f"{i:<8}Việc thứ {i:<16}Sở Nội vụ       Quý II/2026" for i in range(n))),
        ("one-cell", "PHỤ LỤC\nSTT Nội dung\n" + " ".join(f"{i} việc {i},5 tỷ đồng" for i in range(n * 5))),
        ("combining", "SỞ NỘI VỤ\n" + "a" + "\u0301\u0323\u0300" * 20000 + "\n"),
        ("long-word", "Số: " + "Đ" * 200_000 + "/KH-UBND\n"),
        ("glued-caps", "UBND TỈNH " + "SỞCÔNGTHƯƠNG" * 20000),
        ("random-syllables", " ".join(rng.choice(["Sở", "UBND", "Số:", "ngày", "tháng", "năm", "Nơi", "nhận:", "KT.",
            "CHỦ", "TỊCH", "-", "V/v", "Kính", "gửi:", "|", "TT", "\n", "\n\n", "I.", "1.", "a)", "2025"]) for _ in range(200_000))),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vanban", default=str(REPO / ".build/release/vanban"))
    ap.add_argument("--count", type=int, default=400, help="corpus-derived files (hostile shapes come on top)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=5.0, help="seconds one file may take")
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    if not os.access(args.vanban, os.X_OK):
        print(f"cannot run {args.vanban}: build it first (swift build -c release --product vanban)", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "Corpus").glob("*.txt"))]
    inputs = []
    while len(inputs) < args.count:
        t = rng.choice(texts)
        for name, data in byte_mutants(rng, t) + [(n, s.encode("utf-8")) for n, s in line_mutants(rng, t) + letter_mutants(rng, t)]:
            inputs.append((f"{len(inputs):05d}-{name}", data))
    inputs = inputs[: args.count] + [(f"h-{n}", s.encode("utf-8", errors="surrogatepass")) for n, s in hostile(rng)]

    folder = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="vanban-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    failures, slowest = [], (0.0, "")
    for name, data in inputs:
        path = folder / f"{name}.txt"
        path.write_bytes(data)
        for command in (["parse", "--format", "json"], ["check"]):
            start = time.monotonic()
            try:
                run = subprocess.run([args.vanban, *command, str(path)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, timeout=args.limit * 4)
                status, err = run.returncode, run.stderr.decode("utf-8", "replace").strip().splitlines()
            except subprocess.TimeoutExpired:
                status, err = "timeout", []
            took = time.monotonic() - start
            slowest = max(slowest, (took, f"{name} ({command[0]})"))
            if status not in ALLOWED or took > args.limit:
                failures.append(f"{name} {command[0]}: status {status}, {took:.2f} s {err[-1][:160] if err else ''}")
        if not args.keep:
            path.unlink()
    for f in failures:
        print("FAIL", f)
    print(f"{len(inputs)} inputs × 2 commands, {len(failures)} failures; slowest {slowest[0]:.2f} s: {slowest[1]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
