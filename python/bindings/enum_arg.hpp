// Accepts an enum argument either as the enum member or as its name ("percent", "lower_is_better").
#pragma once

#include "pybind11.hpp"

#include <string>
#include <string_view>

namespace charterkit::python {

/// Converts an enum member or its name; an unknown name raises InvalidInputError naming `field`.
template <class E, class Parse>
E enum_arg(const py::object& value, Parse parse, const char* field) {
    if (py::isinstance<py::str>(value)) return parse(value.cast<std::string>(), field);
    try {
        return value.cast<E>();
    } catch (const py::cast_error&) {
        throw InvalidInputError(std::string(field) + ": " + py::repr(value).cast<std::string>() +
                                " is neither a member nor a name of " +
                                py::type::of(value).attr("__name__").cast<std::string>() +
                                "'s enum");
    }
}

} // namespace charterkit::python
