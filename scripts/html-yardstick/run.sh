#!/usr/bin/env bash
# The HTML yardstick: runs verify's reader, trafilatura and readability-lxml over saved
# pages with reference text and prints word-level precision/recall/F1 and time per page.
#
#   scripts/html-yardstick/run.sh SNAPSHOT...
#
# A SNAPSHOT is a bare git directory of mozilla/readability (as the session's fetch tool
# brings it: test/test-pages is taken from its HEAD) or a folder of page folders, each with
# source.html and expected.html. Nothing fetched is committed: pages are unpacked under
# .build/yardstick/. The Python tools (pinned with hashes in requirements.txt) go into the
# venv .build/yardstick-venv; verify-bench is built in release.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/scripts/html-yardstick"
WORK="$ROOT/.build/yardstick"
VENV="$ROOT/.build/yardstick-venv"
[ $# -gt 0 ] || { echo "usage: $0 SNAPSHOT..." >&2; exit 2; }

if ! "$VENV/bin/python" -c 'import trafilatura, readability' 2>/dev/null; then
  python3 -m venv "$VENV"
  # --no-deps: every dependency is pinned in the file (and old pips trip over lxml extras).
  "$VENV/bin/pip" install -q --require-hashes --no-deps -r "$HERE/requirements.txt"
fi

(cd "$ROOT" && swift build -c release --product verify-bench 2>&1 | tail -1) >&2

folders=()
index=0
for snapshot in "$@"; do
  if [ -f "$snapshot/HEAD" ] && git --git-dir="$snapshot" rev-parse --verify -q HEAD >/dev/null; then
    index=$((index + 1))
    target="$WORK/snapshot-$index"
    rm -rf "$target" && mkdir -p "$target"
    git --git-dir="$snapshot" archive HEAD test/test-pages | tar -x -C "$target"
    folders+=("$target/test/test-pages")
  elif [ -d "$snapshot" ]; then
    folders+=("$snapshot")
  else
    echo "yardstick: $snapshot: neither a git directory nor a folder of pages" >&2
    exit 2
  fi
done

"$VENV/bin/python" "$HERE/yardstick.py" "$ROOT/.build/release/verify-bench" "${folders[@]}"
