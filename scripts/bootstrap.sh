#!/usr/bin/env bash
# Installs whatever is missing on a fresh machine: Debian packages (apt-get, as root), a .venv with the
# package and its test extras. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(g++ make libeigen3-dev libboost-date-time-dev catch2 nlohmann-json3-dev doxygen pkg-config
                 clang-format)
missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
for tool in cmake ninja; do
  command -v "$tool" >/dev/null || "$python" -m pip install -q "$tool"
done
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv"
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
# The build requirements (pyproject.toml [build-system]), so that wheels build without isolation and reuse
# their build folder.
.venv/bin/python -c "import scikit_build_core, pybind11" 2>/dev/null ||
  .venv/bin/python -m pip install -q "scikit-build-core>=0.10" "pybind11>=2.13"
