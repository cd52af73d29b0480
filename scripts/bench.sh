#!/usr/bin/env bash
# make bench: builds verify-bench in release, makes corpora of 1k, 10k and 20k documents by
# repeating the reports at hand (Corpus/ and, when present, ../shared/corpora), and prints
# throughput, time and peak memory for each size. Numbers, not a pass/fail gate.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product verify-bench >/dev/null
BIN=.build/release/verify-bench
OUT=${BENCH_OUT:-.build/bench}
mapfile -t SOURCES < <( { ls Corpus/*.txt; ls ../shared/corpora/*/*.{txt,md,html} 2>/dev/null || true; } | sort)
echo "bench: ${#SOURCES[@]} distinct reports repeated; $(nproc) cores"
for SIZE in ${BENCH_SIZES:-1000 10000 20000}; do
  DIR="$OUT/$SIZE"
  if [ ! -d "$DIR" ] || [ "$(find "$DIR" -type f | wc -l)" -ne "$SIZE" ]; then
    rm -rf "$DIR"; mkdir -p "$DIR"
    for ((i = 0; i < SIZE; i++)); do
      SRC=${SOURCES[$((i % ${#SOURCES[@]}))]}
      cp "$SRC" "$DIR/$(printf '%05d' "$i")-$(basename "$SRC")"
    done
  fi
  echo "== $SIZE documents"
  "$BIN" "$DIR"
done
