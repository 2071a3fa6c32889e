#!/usr/bin/env bash
# The packages a user installs: the wheel in dist/ (made by `make package` with `pip wheel .`) and an sdist
# built now, each installed into a fresh virtual environment that imports charterkit, checks the version
# and loads the bundled data set. Also checks that the wheel carries no C++ headers or CMake files.
# Usage: scripts/test_packaging.sh <python>
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wheel=$(ls dist/charterkit-*.whl | head -n 1)
echo "wheel: $wheel"
listing=$("$python" -m zipfile -l "$wheel")
if grep -E "\.hpp|\.cmake|/include/" <<<"$listing"; then
  echo "the wheel must not carry headers or CMake files" >&2
  exit 1
fi
grep -q "charterkit/data/krachtwijken/manifest.json" <<<"$listing"
grep -q "charterkit/data/plans/manifest.json" <<<"$listing"
grep -q "charterkit/_core.pyi" <<<"$listing"

"$python" -m build --sdist --outdir "$work/sdist" . >/dev/null
sdist=$(ls "$work"/sdist/charterkit-*.tar.gz)
echo "sdist: $sdist"

expected=$(sed -n 's/^project(charterkit VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
check='
import sys, charterkit as ck
assert ck.__version__ == sys.argv[1], (ck.__version__, sys.argv[1])
import json
kw = ck.datasets.krachtwijken()
stamped = json.loads((ck.datasets.data_dir() / "krachtwijken" / "manifest.json").read_text())["version"]
assert kw.version == stamped == ck.__version__, (kw.version, stamped, ck.__version__)
assert len(kw) == 18 and kw.count_targets() > 400, kw
print("ok:", ck.__version__, kw)
'
for kind in wheel sdist; do
  "$python" -m venv "$work/venv-$kind"
  pkg=$wheel
  [ "$kind" = sdist ] && pkg=$sdist
  "$work/venv-$kind/bin/python" -m pip install -q "$pkg" 2>&1 | grep -v "^WARNING: Location" || true
  (cd "$work" && "$work/venv-$kind/bin/python" -c "$check" "$expected")
done
