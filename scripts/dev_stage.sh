#!/usr/bin/env bash
# Development loop without pip: builds the library, the C++ tests and the extension in a CMake build
# folder, and stages an importable package there. Usage: scripts/dev_stage.sh [build-dir]
# Then: PYTHONPATH=<build-dir>/stage .venv/bin/python -m pytest tests/python
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
py=${PYTHON:-.venv/bin/python}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHARTERKIT_BUILD_PYTHON=ON \
  -DCHARTERKIT_BUILD_TESTS=ON -DCHARTERKIT_WERROR=ON -DPython_EXECUTABLE="$py" \
  -Dpybind11_DIR="$("$py" -m pybind11 --cmakedir)" >/dev/null
cmake --build "$build" -j2
stage="$build/stage/charterkit"
rm -rf "$stage"
mkdir -p "$stage"
cp python/charterkit/*.py python/charterkit/py.typed "$stage/"
cp python/charterkit/*.pyi "$stage/" 2>/dev/null || true
cp "$build"/python/_core*.so "$stage/"
ln -s "$PWD/data" "$stage/data"
echo "staged: PYTHONPATH=$build/stage"
