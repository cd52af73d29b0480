#!/bin/sh
# Dates and times side by side with dateparser on Duckling's per-language Time corpus.
# usage: scripts/peer-suite/run-dates.sh <duckling-git-dir> [LANG...]
#   <duckling-git-dir>: a bare git directory of facebook/duckling (for instance brought by
#   the `fetch` tool); its Corpus.hs files are read with `git show`, never copied here.
# Builds verify-bench (release), installs pinned dateparser into .build/peer-venv-dates,
# and prints recall, precision and value accuracy per language for both tools
# (definitions in score_dates.py). Set MISSES=<lang> to list verify's misses instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duckling=${1:?usage: run-dates.sh <duckling-git-dir> [LANG...]}
shift
venv="$root/.build/peer-venv-dates"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --require-hashes --only-binary=:all: -r "$here/requirements-dates.txt"
fi
# VERIFY_BENCH=<path> uses a verify-bench already built (a debug one gives the same figures).
if [ -n "${VERIFY_BENCH:-}" ]; then
    bench=$VERIFY_BENCH
else
    (cd "$root" && swift build -c release --product verify-bench >&2)
    bench=$root/.build/release/verify-bench
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/duckling_time.py" "$duckling" "$@" > "$work/examples.jsonl"
"$venv/bin/python" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    print(json.dumps({"text": e["text"], "language": e["language"], "published": "2013-02-12T04:30:00-02:00"}, ensure_ascii=False))
' "$work/examples.jsonl" | "$bench" --mentions > "$work/verify.jsonl"
if [ -n "${MISSES:-}" ]; then
    "$venv/bin/python" "$here/score_dates.py" "$work/examples.jsonl" "$work/verify.jsonl" --misses "$MISSES"
else
    "$venv/bin/python" "$here/score_dates.py" "$work/examples.jsonl" "$work/verify.jsonl"
fi
