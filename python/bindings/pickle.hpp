// Pickle support for plain record types: the state is (version, {field: value}) and is restored by setting
// the fields on a default-constructed object, so every exposed field round-trips.
#pragma once

#include "pybind11.hpp"

#include "charterkit/error.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace charterkit::python {

inline constexpr int record_state_version = 1;

/// Adds __getstate__/__setstate__ (through py::pickle) and __eq__ to a record class exposing `fields`.
template <class T, class... Extra>
void record_pickle(py::class_<T, Extra...>& cls, std::initializer_list<const char*> fields) {
    std::vector<std::string> names(fields.begin(), fields.end());
    const std::string type = cls.attr("__name__").template cast<std::string>();
    cls.def(py::pickle(
        [names](const py::object& self) {
            py::dict state;
            for (const auto& n : names) state[py::str(n)] = self.attr(n.c_str());
            return py::make_tuple(record_state_version, state);
        },
        [names, type](const py::tuple& t) {
            if (t.size() != 2 || t[0].cast<int>() != record_state_version)
                throw InvalidInputError(type + ": cannot unpickle state of another version or shape");
            py::object obj = py::cast(T{});
            const py::dict state = t[1].cast<py::dict>();
            for (const auto& n : names) obj.attr(n.c_str()) = state[py::str(n)];
            return obj.cast<T>();
        }));
    cls.def("__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator());
}

} // namespace charterkit::python
