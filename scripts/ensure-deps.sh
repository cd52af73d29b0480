#!/usr/bin/env bash
# Installs what building verify needs and a fresh machine may lack: the ICU headers
# (libicu-dev), the Gumbo HTML5 parser (libgumbo-dev), SQLite (libsqlite3-dev, for the cache) and pkg-config. Uses apt-get (as root, or through sudo). Idempotent.
set -euo pipefail

missing=()
[ -f /usr/include/unicode/ubrk.h ] || missing+=(libicu-dev)
[ -f /usr/include/gumbo.h ] || missing+=(libgumbo-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)

if [ ${#missing[@]} -gt 0 ]; then
  echo "make: installing ${missing[*]} (apt-get)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "make: need root or sudo to install ${missing[*]}; install them and re-run" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "make: no 'swift' on PATH; verify needs the Swift 6 toolchain (swift.org) installed" >&2
  exit 1
fi
