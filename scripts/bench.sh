#!/usr/bin/env bash
# make bench: throughput of vanban against grep -P on the same bytes, measured side by side in one run.
# BENCH_MB (default 200) sets the size of the input set; numbers are wall-clock on a shared machine,
# so compare the ratios printed here rather than absolute figures across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${BENCH_MB:-200}
DATA=bench-data
BIN=.build/release/vanban

swift build -c release --product vanban >/dev/null
mkdir -p "$DATA"

python3 - "$MB" "$DATA" <<'PY'
import pathlib, sys
mb, data = int(sys.argv[1]), pathlib.Path(sys.argv[2])
sources = sorted(pathlib.Path("Corpus").glob("*.txt"))
texts = [p.read_bytes() for p in sources]
docs = data / f"docs-{mb}"
if not docs.exists():
    docs.mkdir()
    total, i = 0, 0
    while total < mb * 1_000_000:
        for p, t in zip(sources, texts):
            body = t + f"\n(bản sao {i})\n".encode()
            (docs / f"{i:05d}_{p.name}").write_bytes(body)
            total += len(body)
        i += 1
for size in (1, 10):
    big = data / f"big-{size}mb.txt"
    if not big.exists():
        blob, n = bytearray(), 0
        while len(blob) < size * 1_000_000:
            blob += texts[n % len(texts)] + b"\n"
            n += 1
        big.write_bytes(bytes(blob))
    # The same text without line ends (an extraction that lost them): one line of `size` MB.
    flat = data / f"flat-{size}mb.txt"
    if not flat.exists():
        flat.write_bytes(big.read_bytes().replace(b"\r", b" ").replace(b"\n", b" "))
PY

DOCS="$DATA/docs-$MB"
BYTES=$(cat "$DOCS"/*.txt | wc -c)
COUNT=$(ls "$DOCS" | wc -l)
mb() { python3 -c "print(f'{$1/1e6:.1f}')"; }
rate() { python3 -c "print(f'{$1/1e6/$2:.1f}')"; }

# Pattern for the floor: a document number, what every parse looks for.
PATTERN='\d{1,6}\s?[-/]\s?(?:\d{4}/)?\p{Lu}[\p{Lu}\p{Ll}]{0,9}(?:[-/]\p{Lu}[\p{Lu}\p{Ll}\d]{0,9})*'

time_of() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); python3 -c "print($end-$start)"; }

echo "input: $COUNT documents, $(mb "$BYTES") MB (the corpus repeated)"
GREP=$(time_of bash -c "cat $DOCS/*.txt | grep -cP '$PATTERN'")
ONE=$(time_of bash -c "ls $DOCS/*.txt | xargs $BIN parse --format ndjson")
TWO=$(time_of bash -c "ls $DOCS/*.txt | xargs -P 2 -n $(( (COUNT + 1) / 2 )) $BIN parse --format ndjson")
echo "grep -P (floor)        $(printf %6.2f "$GREP") s  $(rate "$BYTES" "$GREP") MB/s"
echo "parse, 1 job           $(printf %6.2f "$ONE") s  $(rate "$BYTES" "$ONE") MB/s  $(python3 -c "print(f'{$COUNT/$ONE:.0f}')") docs/s  ($(python3 -c "print(f'{$ONE/$GREP:.1f}')")× grep -P)"
echo "parse, 2 jobs          $(printf %6.2f "$TWO") s  $(rate "$BYTES" "$TWO") MB/s  speed-up $(python3 -c "print(f'{$ONE/$TWO:.2f}')")×"

B1=$(time_of $BIN parse --format ndjson "$DATA/big-1mb.txt")
B10=$(time_of $BIN parse --format ndjson "$DATA/big-10mb.txt")
echo "one document: 1 MB $(printf %.2f "$B1") s, 10 MB $(printf %.2f "$B10") s  (ratio $(python3 -c "print(f'{$B10/$B1:.1f}')"), linear is about 10)"
F1=$(time_of $BIN parse --format ndjson "$DATA/flat-1mb.txt")
F10=$(time_of $BIN parse --format ndjson "$DATA/flat-10mb.txt")
echo "one line (no line ends): 1 MB $(printf %.2f "$F1") s, 10 MB $(printf %.2f "$F10") s  (ratio $(python3 -c "print(f'{$F10/$F1:.1f}')"))"

if [ -x /usr/bin/time ]; then
  RSS=$( { /usr/bin/time -v $BIN parse --format ndjson "$DATA/big-10mb.txt" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {print $2}')
  echo "peak memory, 10 MB document: $(( RSS / 1024 )) MB"
fi
if $BIN ingest --help >/dev/null 2>&1; then
  rm -f "$DATA/bench.sqlite"*
  ING=$(time_of $BIN ingest --quiet --report none --db "$DATA/bench.sqlite" "$DOCS")
  echo "ingest, all cores      $(printf %6.2f "$ING") s  $(rate "$BYTES" "$ING") MB/s  $(python3 -c "print(f'{$COUNT/$ING:.0f}')") docs/s"
fi
