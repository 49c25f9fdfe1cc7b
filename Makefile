# litrev — the targets:
#
#   make demo     runs the whole example review in Corpus/ from a fresh project with its recorded
#                 work (Corpus/review/run-review.sh): import, dedupe, rules, two reviewers' decisions
#                 and resolutions, full text, appraisal, extraction, the survey and its themes,
#                 links, synthesis, `litrev report`, and the PRISMA 2020 counts
#   make test     builds (warnings are errors) and runs every test
#   make lint     checks formatting with the toolchain's `swift format lint --strict`
#   make format   rewrites the sources in the project's format
#   make bench    measures the readers and the import against xmllint on generated files
#                 (BENCH_RECORDS=300000 for the flat-memory check on a ~2.7 GB file), then
#                 `screen --auto` and the key-press-to-next-record time on SCREENING_BENCH_RECORDS,
#                 deduplication of DEDUPE_BENCH_RECORDS generated records with planted duplicates,
#                 then `make simulate-bench`: litrev simulate against ASReview on the labelled sets
#   make fuzz     runs a libFuzzer target per reader (FUZZ_SECONDS each, default 300)
#   make schema   rewrites Schemas/store.sql from the migrations
#   make deps     installs (as root) or names the system packages litrev needs
#   make clean    removes build products
#
# `demo` and `test` call `deps` first, so each works on a fresh Debian machine with Swift.

SWIFT ?= swift
DEBIAN_PACKAGES = libxml2-dev libxml2-utils libsqlite3-dev sqlite3 zlib1g-dev pkg-config tmux
DEMO_DIR ?= $(CURDIR)/.build/demo-review
FUZZ_SECONDS ?= 300

.PHONY: demo test build lint format bench simulate-bench fuzz schema deps clean

deps:
	@missing=""; \
	for package in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "litrev needs:$$missing (install them with your package manager)"; exit 1; \
	fi; \
	if [ "$$(id -u)" -eq 0 ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) \
	    >/dev/null || { echo "apt-get failed to install:$$missing"; exit 1; }; \
	else \
	  echo "litrev needs system packages; run:"; \
	  echo "  sudo apt-get install -y$$missing"; exit 1; \
	fi

build: deps
	$(SWIFT) build -Xswiftc -warnings-as-errors

test: deps
	$(SWIFT) build --build-tests -Xswiftc -warnings-as-errors
	$(SWIFT) test --skip-build

LITREV = $(CURDIR)/.build/debug/litrev

# The whole example review with its recorded work (Corpus/review/): two reviewers' sheets at
# each stage, conflicts resolved, appraisal, extraction, the survey, links, synthesis, report.
demo: deps
	$(SWIFT) build --product litrev
	Corpus/review/run-review.sh "$(LITREV)" "$(DEMO_DIR)" "$(DEMO_DIR)/report"
	@echo "The example review is in $(DEMO_DIR); its report is in $(DEMO_DIR)/report (open index.html)."

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

BENCH_RECORDS ?= 30000
BENCH_RUNS ?= 3
DEDUPE_BENCH_RECORDS ?= 100000 1000000
SCREENING_BENCH_RECORDS ?= 100000

bench: deps
	$(SWIFT) build -c release --product litrev
	$(SWIFT) build -c release --product corpus-gen
	$(SWIFT) build -c release --product litrev-bench
	.build/release/litrev-bench --bin .build/release --records $(BENCH_RECORDS) \
	  --runs $(BENCH_RUNS) --work .build/bench
	$(SWIFT) build -c release --product screening-bench
	.build/release/screening-bench --bin .build/release --protocol Corpus/protocol.yaml \
	  --records $(SCREENING_BENCH_RECORDS) --work .build/bench
	$(MAKE) simulate-bench
	$(SWIFT) build -c release --product dedupe-bench
	@for count in $(DEDUPE_BENCH_RECORDS); do \
	  .build/release/dedupe-bench --records $$count --duplicates 0.2 || exit 1; \
	done

SCREENING_SETS ?= $(CURDIR)/../shared/screening
SIMULATE_SEEDS ?= 5
ASREVIEW_VENV = .build/asreview-venv

# Prioritised screening: litrev simulate on every labelled set, beside ASReview LAB 3.0.8 (installed
# into the build folder when PyPI answers; without it, litrev's numbers alone).
simulate-bench:
	$(SWIFT) build -c release --product litrev
	$(SWIFT) build -c release --product simulate-bench
	@if [ ! -x $(ASREVIEW_VENV)/bin/asreview ]; then \
	  (python3 -m venv $(ASREVIEW_VENV) && $(ASREVIEW_VENV)/bin/pip install -q asreview==3.0.8) \
	    >/dev/null 2>&1 || echo "ASReview LAB could not be installed"; \
	fi
	.build/release/simulate-bench --litrev .build/release/litrev --sets "$(SCREENING_SETS)" \
	  --seeds $(SIMULATE_SEEDS) --asreview $(ASREVIEW_VENV)/bin/asreview --work .build/simulate-bench

FUZZ_BUILD = .build-fuzz
FUZZ_FLAGS = -Xswiftc -DLITREV_FUZZ -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

# One fuzz executable serves every reader (LITREV_FUZZ_READER picks it). Each reader's run
# starts from the test fixtures of its format; what it finds lands in
# $(FUZZ_BUILD)/findings-<reader>/ (replay one with `swift run fuzz-readers <reader> FILE`).
fuzz: deps
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) $(FUZZ_FLAGS) --product fuzz-readers
	@for reader in pubmed-xml:pubmed ris:ris medline:medline bibtex:bibtex wos:wos \
	  endnote-xml:endnote csv:csv; do \
	  name=$${reader%%:*}; fixtures=$${reader##*:}; \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$name $(FUZZ_BUILD)/findings-$$name; \
	  cp Tests/IngestTests/Fixtures/$$fixtures/* $(FUZZ_BUILD)/corpus-$$name/ 2>/dev/null; \
	  echo "fuzzing the $$name reader for $(FUZZ_SECONDS) s"; \
	  LITREV_FUZZ_READER=$$name $(FUZZ_BUILD)/debug/fuzz-readers $(FUZZ_BUILD)/corpus-$$name \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/findings-$$name/ || exit 1; \
	done

schema:
	LITREV_RECORD_SCHEMA=1 $(SWIFT) test --filter StoreSchemaTests || true
	@git diff --stat -- Schemas/store.sql

clean:
	rm -rf .build
