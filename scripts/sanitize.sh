#!/usr/bin/env bash
# make sanitize: the whole test suite built and run under a sanitizer (SANITIZER=address,
# the default, or thread), in its own build folder (.build-<sanitizer>) so the ordinary
# build is untouched. Exits non-zero when a test fails or the sanitizer reports an error.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer="${SANITIZER:-address}"
case "$sanitizer" in address|thread) ;; *) echo "sanitize: SANITIZER must be address or thread, not '$sanitizer'" >&2; exit 2 ;; esac
scratch=".build-$sanitizer"
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" >&2
# halt_on_error: the first report fails the run; detect_leaks=0: Swift's runtime keeps
# metadata caches for the process's life, which LeakSanitizer reports as leaks.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0"
export TSAN_OPTIONS="halt_on_error=1"
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch"
