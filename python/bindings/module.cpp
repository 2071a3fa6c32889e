// The compiled module charterkit._core: only calls the register function of each concept.
#include "pybind11.hpp"

#include "charterkit/version.hpp"

PYBIND11_MODULE(_core, m) {
    m.doc() = "charterkit compiled core: indicators, targets, trajectories, charters, data sets";
    m.attr("__version__") = charterkit::version;
    charterkit::python::register_errors(m);
    charterkit::python::register_core(m);
    charterkit::python::register_charter(m);
    charterkit::python::register_io(m);
    charterkit::python::register_progress(m);
    charterkit::python::register_plan(m);
}
