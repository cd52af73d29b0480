#!/usr/bin/env bash
# make bench: builds verify-bench in release, makes corpora of 1k, 10k and 20k documents and
# prints throughput, time and peak memory for each size. Numbers, not a pass/fail gate.
# BENCH_SOURCE=generated (default): distinct reports of many stories from verify-corpus-gen
# (seed 1), the archive a newsroom accumulates. BENCH_SOURCE=repeated: the reports at hand
# (Corpus/ and, when present, ../shared/corpora) copied over and over, which the copy
# detection folds into one report each (a measure of ingest, extraction and that folding).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product verify-bench >/dev/null
swift build -c release --product verify >/dev/null
SOURCE=${BENCH_SOURCE:-generated}
BIN=.build/release/verify-bench
OUT=${BENCH_OUT:-.build/bench}/$SOURCE
mkdir -p "$OUT"
if [ "$SOURCE" = generated ]; then
  swift build -c release --product verify-corpus-gen >/dev/null
  echo "bench: generated reports (verify-corpus-gen, seed 1); $(nproc) cores"
else
  mapfile -t SOURCES < <( { ls Corpus/*.txt; ls ../shared/corpora/*/*.{txt,md,html} 2>/dev/null || true; } | sort)
  echo "bench: ${#SOURCES[@]} distinct reports repeated; $(nproc) cores"
fi
for SIZE in ${BENCH_SIZES:-1000 10000 20000}; do
  DIR="$OUT/$SIZE"
  if [ ! -d "$DIR" ] || [ "$(find "$DIR" -type f ! -name gold.json | wc -l)" -ne "$SIZE" ]; then
    rm -rf "$DIR"; mkdir -p "$DIR"
    if [ "$SOURCE" = generated ]; then
      .build/release/verify-corpus-gen "$DIR" --reports "$SIZE" --seed 1 >/dev/null
      rm -f "$DIR/gold.json"
    else
      for ((i = 0; i < SIZE; i++)); do
        SRC=${SOURCES[$((i % ${#SOURCES[@]}))]}
        cp "$SRC" "$DIR/$(printf '%05d' "$i")-$(basename "$SRC")"
      done
    fi
  fi
  echo "== $SIZE documents"
  "$BIN" "$DIR"
done

# Incremental runs: the whole verify over a corpus with a fresh extraction cache, again
# with the cache full, and after adding one report (BENCH_CACHE_SIZE, default 10000 when
# that size was built, else the largest built).
CACHE_SIZE=${BENCH_CACHE_SIZE:-}
if [ -z "$CACHE_SIZE" ]; then
  for SIZE in ${BENCH_SIZES:-1000 10000 20000}; do
    if [ -z "$CACHE_SIZE" ] || [ "$SIZE" = 10000 ]; then CACHE_SIZE=$SIZE; fi
  done
fi
if [ -d "$OUT/$CACHE_SIZE" ]; then
  CACHED="$OUT/cached-$CACHE_SIZE"
  rm -rf "$CACHED" "$OUT/cache-$CACHE_SIZE"; mkdir -p "$CACHED"
  cp "$OUT/$CACHE_SIZE"/* "$CACHED/"
  # VERIFY_STAGE_TIMES: each stage's seconds (verify: stage …) under the run's line.
  run() { VERIFY_STAGE_TIMES=1 /usr/bin/time -f "%e s, peak %M KB" .build/release/verify "$CACHED" --cache "$OUT/cache-$CACHE_SIZE" \
            --report "$OUT/cached-report.md" --fail-on none >/dev/null 2>"$OUT/cached.err"; tail -n 1 "$OUT/cached.err"
          grep '^verify: stage ' "$OUT/cached.err" | sed 's/^verify: stage /    /' || true; }
  echo "== verify end to end, $CACHE_SIZE reports, extraction cache"
  echo "first run (cache empty): $(run)"
  echo "second run (cache full): $(run)"
  if [ "$SOURCE" = generated ]; then
    rm -rf "$OUT/extra"; .build/release/verify-corpus-gen "$OUT/extra" --reports 1 --seed 2 >/dev/null
    ADDED=$(find "$OUT/extra" -type f ! -name gold.json | head -n 1)
  else
    ADDED=${SOURCES[0]}
  fi
  cp "$ADDED" "$CACHED/zz-added-$(basename "$ADDED")"
  echo "one report added:        $(run)"
fi

# Side-by-side with the Python extractors dateparser and quantulum3 on the same files
# (the first 100 reports of the 1k corpus), installed into .build/bench-venv.
# BENCH_PYTHON=0 skips it.
if [ "${BENCH_PYTHON:-1}" = "1" ]; then
  if command -v python3 >/dev/null 2>&1; then
    VENV=.build/bench-venv
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    "$VENV/bin/python" -c "import dateparser, quantulum3" 2>/dev/null || "$VENV/bin/pip" install -q dateparser quantulum3
    SAMPLE="$OUT/sample-100"
    rm -rf "$SAMPLE"; mkdir -p "$SAMPLE"
    mapfile -t ALL < <(find "$OUT/1000" -type f | sort)
    cp "${ALL[@]:0:100}" "$SAMPLE/"
    echo "== side by side, 100 reports"
    echo "verify (dates, times, quantities, counts, names; all cores):"
    "$BIN" "$SAMPLE" | sed -n '2,5p'
    "$VENV/bin/python" scripts/bench_python.py "$SAMPLE" 100
  else
    echo "bench: no python3, side-by-side with dateparser and quantulum3 skipped"
  fi
fi
