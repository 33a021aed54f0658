#!/usr/bin/env bash
# make profile: where a parse spends its time, as inclusive shares per function (perf's call graphs).
# PROFILE_DOCS (default 400) texts of the bench set (made by `make bench`, else Corpus/) go through one
# `vanban parse --format ndjson`; the report is scripts/profile_report.py's. Shares, not seconds: they hold on a
# noisy machine. `PROFILE_UNDER=Extraction make profile` splits one stage by what it calls.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v perf >/dev/null || { echo "perf is not installed (apt-get install linux-perf)"; exit 1; }
swift build -c release --product vanban >/dev/null
N=${PROFILE_DOCS:-400}
if [ -d bench-data/docs-200 ]; then FILES=(bench-data/docs-200/*.txt); else FILES=(Corpus/*.txt); fi
FILES=("${FILES[@]:0:$N}")
mkdir -p out
perf record -q -F 1000 -g -o out/perf.data .build/release/vanban parse --format ndjson "${FILES[@]}" >/dev/null
perf script -i out/perf.data 2>/dev/null | python3 scripts/profile_report.py ${PROFILE_UNDER:+--under "$PROFILE_UNDER"}
