#!/usr/bin/env bash
# Quantities peer suite: verify beside quantulum3 on Duckling's corpora of expressions.
# Usage: scripts/peer-suite/run-quantities.sh <duckling-git-dir>
#   <duckling-git-dir>: a bare git directory of facebook/duckling (read with `git show`,
#   never copied here). Builds verify-bench in release, installs quantulum3 pinned with
#   hashes (requirements-quantities.txt) into .build/peer-venv-quantities, and prints span
#   recall, precision and value accuracy per language and kind for both tools.
#   VERIFY_BENCH=<path> uses a verify-bench already built (a debug one gives the same
#   figures); MISSES=<LANG>[:<Kind>] lists verify's misses and wrong mentions there instead.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DUCKLING="${1:?usage: run-quantities.sh <duckling-git-dir>}"
# A folder holding the bare directory as `repo` (as the search tool's fetch leaves it) will do.
if ! git --git-dir "$DUCKLING" rev-parse --verify -q HEAD >/dev/null 2>&1 && [ -d "$DUCKLING/repo" ]; then DUCKLING="$DUCKLING/repo"; fi
git --git-dir "$DUCKLING" rev-parse --verify -q HEAD >/dev/null || { echo "run-quantities: $DUCKLING is not a git directory" >&2; exit 2; }
VENV="$ROOT/.build/peer-venv-quantities"
REQ="$ROOT/scripts/peer-suite/requirements-quantities.txt"
if ! [ -x "$VENV/bin/python" ] || ! cmp -s "$REQ" "$VENV/requirements.txt"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --require-hashes --no-deps -r "$REQ" >&2
  cp "$REQ" "$VENV/requirements.txt"
fi
if [ -n "${VERIFY_BENCH:-}" ]; then
  BENCH=$VERIFY_BENCH
else
  (cd "$ROOT" && swift build -c release --product verify-bench >&2)
  BENCH=$ROOT/.build/release/verify-bench
fi
echo "duckling $(git --git-dir "$DUCKLING" rev-parse --short HEAD), quantulum3 $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("quantulum3"))')"
exec python3 "$ROOT/scripts/peer-suite/quantities.py" "$DUCKLING" "$BENCH" "$VENV/bin/python"
