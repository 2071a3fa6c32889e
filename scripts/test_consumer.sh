#!/usr/bin/env bash
# Installs the build tree into a temporary prefix, builds examples/consumer against it with
# find_package(charterkit), runs it, and compiles a one-file program through pkg-config: a broken install
# fails here. Usage: scripts/test_consumer.sh <cmake-build-dir>
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/share/charterkit/krachtwijken/manifest.json"
test -f "$work/prefix/share/charterkit/schema/charter.schema.json"
version=$(sed -n 's/^project(charterkit VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
grep -q "\"version\" *: *\"$version\"" "$work/prefix/share/charterkit/krachtwijken/manifest.json"

cmake -S examples/consumer -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
out=$("$work/consumer/city-targets" alkmaar)
echo "$out" | head -n 5
# Alkmaar, Overdie unemployment (seed 004 line 189): 9.2 % in 2007 to 6.8 % in 2017; linear 8.24 in 2011.
echo "$out" | grep -E "^alkmaar.overdie.werkloosheid +8.24 +6.80$" >/dev/null

PKG_CONFIG_PATH=$(dirname "$(find "$work/prefix" -name charterkit.pc | head -n 1)")
export PKG_CONFIG_PATH
cat > "$work/pc.cpp" <<'CPP'
#include <charterkit/charterkit.hpp>
#include <cstdio>
int main() {
    charterkit::Indicator i("u", "werkloosheid", charterkit::Unit::percent, charterkit::Direction::lower_is_better);
    std::printf("%s %s\n", charterkit::version, std::string(charterkit::to_string(i.unit)).c_str());
    return 0;
}
CPP
# shellcheck disable=SC2046
c++ "$work/pc.cpp" -o "$work/pc" $(pkg-config --cflags --libs charterkit)
"$work/pc" | grep -q "percent"
echo "consumer ok"
