# vanban — build, run and test. Every target installs what it needs on a fresh machine.
SWIFT      ?= swift
RELEASE    := .build/release/vanban
CORPUS_TXT := $(wildcard Corpus/*.txt)

.PHONY: all deps build run test accuracy heldout golden schema reference word-pairs bench profile fuzz clean

all: build

## deps: libpcre2-dev and libsqlite3-dev (apt), Python jsonschema (pip), only where missing.
deps:
	@missing=""; \
	pkg-config --exists libpcre2-8 2>/dev/null || missing="$$missing libpcre2-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  (apt-get update -qq && apt-get install -y -qq $$missing) >/dev/null || { echo "could not install$$missing (run as root?)"; exit 1; }; \
	fi
	@python3 -c "import jsonschema" 2>/dev/null || { echo "installing jsonschema"; pip install -q jsonschema >/dev/null; }

build: deps
	$(SWIFT) build -c release --product vanban

## run: parse every document of Corpus/ into out/corpus.ndjson and print the findings.
run: build
	@mkdir -p out
	$(RELEASE) parse --format ndjson $(CORPUS_TXT) > out/corpus.ndjson
	@echo "parsed $$(wc -l < out/corpus.ndjson) documents into out/corpus.ndjson"
	-$(RELEASE) check $(CORPUS_TXT)

## test: unit, golden and end-to-end tests, then the goldens against an independent validator.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 scripts/validate-json.py Corpus/*.golden.json

## accuracy: key fields of every document with an *.expected.json, per field.
accuracy: build
	python3 scripts/accuracy.py --vanban $(RELEASE) Corpus

## heldout: the same over the held-out real documents of Evaluation/, and the real-tables sets' rows (see Evaluation/README.md).
heldout: build
	python3 scripts/accuracy.py --vanban $(RELEASE) Evaluation/heldout/*/
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables-2
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables-3
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables-4
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables-5
	python3 Evaluation/score_table_rows.py --vanban $(RELEASE) Evaluation/heldout/2026-11-real-tables-6

## fuzz: mangled corpus texts and hostile shapes, one process each; reports crashes and slow files.
fuzz: build
	python3 scripts/fuzz.py --vanban $(RELEASE)

## golden: re-record Corpus/*.golden.json (review the diff like code).
golden: deps
	VANBAN_RECORD_GOLDENS=1 $(SWIFT) test --filter GoldenTests

## schema / reference: regenerate the Swift copies of Schemas/ and shared/reference/.
schema:
	python3 scripts/gen-schema-swift.py
reference:
	python3 scripts/gen-reference.py
## word-pairs: regenerate the pairs of words official documents write (from Corpus/'s clean texts).
word-pairs:
	python3 scripts/gen-word-pairs.py

clean:
	rm -rf .build out

## bench: release build, the corpus repeated to BENCH_MB (200) MB; parse vs grep -P side by side.
bench: deps
	scripts/bench.sh

## profile: inclusive time per function of one parse over the bench texts (perf); PROFILE_UNDER=Name splits one.
profile: deps
	scripts/profile.sh
