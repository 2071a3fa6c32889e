# charterkit — two commands do everything on a fresh machine:
#   make demo   installs what is missing, builds, and runs the main job on the bundled data
#   make test   installs what is missing and passes every test (C++, Python, notebooks, packaging)
# Everything runs through CTest; see tests/CMakeLists.txt for the list.

SHELL := /bin/bash
VENV := .venv
PY := $(abspath $(VENV))/bin/python
BUILD := build/ci
JOBS ?= 2

.PHONY: demo test setup package configure build report clean

setup:
	@scripts/bootstrap.sh

# The wheel, built from the source tree (incrementally, in build/<wheel tag>; the build requirements
# are in .venv, see scripts/bootstrap.sh), installed into .venv with the test extras.
package: setup
	@rm -f dist/charterkit-*.whl
	$(PY) -m pip wheel . --no-deps --no-build-isolation -w dist -q
	$(PY) -m pip install -q --force-reinstall --no-deps dist/charterkit-*.whl
	$(PY) -m pip install -q "$$(ls dist/charterkit-*.whl)[test]"

configure: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHARTERKIT_WERROR=ON \
	  -DCHARTERKIT_PYTHON=$(PY) >/dev/null

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# The main job: the planned trajectories of real targets (C++), then the report of the bundled data set
# (Python), and the same report against a synthetic monitor (labelled as such) to show the statuses.
demo: configure package
	cmake --build $(BUILD) -j$(JOBS) --target charterkit-trajectories
	@CHARTERKIT_DATA_DIR=$(abspath data) $(BUILD)/charterkit-trajectories
	$(PY) -m charterkit report --out reports/krachtwijken
	$(PY) -m charterkit report --out reports/krachtwijken-synthetic-monitor --synthetic-monitor 2008

test: package build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

clean:
	rm -rf build dist reports
