#!/usr/bin/env bash
# make fuzz: builds verify-fuzz with libFuzzer (every Swift module instrumented, C shims
# too) under .build-fuzz and runs each target for FUZZ_SECONDS (default 60) seconds, or the
# targets named in FUZZ_TARGETS (FUZZ_TIMEOUT: seconds one input may take, default 20). Seeds: Corpus/, the test fixtures and
# Tests/VerifyKitTests/Fixtures/fuzz/<target>/ (crash reproducers turned into regression
# inputs, replayed by FuzzRegressionTests in `make test`). A crash stops that target and
# leaves its input under .build-fuzz/crashes/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-decode front-matter html document sentence align baseline icu}"
# lld: gold fails on this link (an internal error formatting a message); the toolchain ships lld.
swift build --product verify-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
binary=".build-fuzz/debug/verify-fuzz"
status=0
for target in $targets; do
  corpus=".build-fuzz/corpus/$target"; crashes=".build-fuzz/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  # Seeds: small real inputs (the founding pair, fixture pages), copied once.
  if [ -z "$(ls -A "$corpus")" ]; then
    cp Corpus/*.txt "$corpus/" 2>/dev/null || true
    find Tests/VerifyKitTests/Fixtures -type f -size -64k \( -name '*.html' -o -name '*.md' -o -name '*.txt' -o -name '*.json' \) \
      -exec cp {} "$corpus/" \; 2>/dev/null || true
  fi
  seeds="Tests/VerifyKitTests/Fixtures/fuzz/$target"
  [ -d "$seeds" ] && cp "$seeds"/* "$corpus/" 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s" >&2
  if ! VERIFY_FUZZ_TARGET="$target" "$binary" "$corpus" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=3072 \
      -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 2> ".build-fuzz/$target.log"; then
    echo "fuzz: $target found a problem: see .build-fuzz/$target.log and $crashes/" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$target.log" | sed "s/^/fuzz: $target /" >&2 || true
done
exit $status
