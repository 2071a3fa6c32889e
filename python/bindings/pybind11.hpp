// Included first by every binding file: the pybind11 headers, the namespace alias, and every custom
// caster (dates), so that all binding files convert the same way.
#pragma once

#include <pybind11/eigen.h>
#include <pybind11/native_enum.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <datetime.h>

#include "charterkit/date.hpp"

namespace py = pybind11;
using namespace pybind11::literals;

namespace pybind11::detail {

/// boost::gregorian::date <-> datetime.date (a datetime.datetime is taken by its date; an ISO
/// string "YYYY-MM-DD" is accepted on input too).
template <>
struct type_caster<charterkit::Date> {
public:
    PYBIND11_TYPE_CASTER(charterkit::Date, const_name("datetime.date"));

    bool load(handle src, bool convert) {
        if (!src) return false;
        if (!PyDateTimeAPI) {
            PyDateTime_IMPORT;
        }
        if (PyDate_Check(src.ptr())) {
            value = charterkit::Date(static_cast<unsigned short>(PyDateTime_GET_YEAR(src.ptr())),
                                     static_cast<unsigned short>(PyDateTime_GET_MONTH(src.ptr())),
                                     static_cast<unsigned short>(PyDateTime_GET_DAY(src.ptr())));
            return true;
        }
        if (convert && PyUnicode_Check(src.ptr())) {
            value = charterkit::parse_iso_date(src.cast<std::string>(), "date");
            return true;
        }
        return false;
    }

    static handle cast(const charterkit::Date& d, return_value_policy, handle) {
        if (!PyDateTimeAPI) {
            PyDateTime_IMPORT;
        }
        if (d.is_special()) return none().release();
        return PyDate_FromDate(static_cast<int>(d.year()), static_cast<int>(d.month()),
                               static_cast<int>(d.day()));
    }
};

} // namespace pybind11::detail

namespace charterkit::python {

/// Days since 1970-01-01 (numpy datetime64[D]) to a date.
inline Date from_epoch_days(long long days) {
    return Date(1970, 1, 1) + boost::gregorian::days(static_cast<long>(days));
}
/// A date to days since 1970-01-01.
inline long long to_epoch_days(const Date& d) { return (d - Date(1970, 1, 1)).days(); }

/// A numpy array of times: float years as they are; datetime64 values as fractional years of their
/// day.
inline Eigen::VectorXd times_from_array(const py::array& a) {
    const py::object dtype = a.attr("dtype");
    if (dtype.attr("kind").cast<std::string>() == "M") {
        auto days = py::array_t<long long, py::array::c_style | py::array::forcecast>(
            a.attr("astype")("datetime64[D]").attr("astype")("int64"));
        Eigen::VectorXd t(days.size());
        auto r = days.unchecked<1>();
        for (py::ssize_t i = 0; i < days.size(); ++i) t[i] = fractional_year(from_epoch_days(r(i)));
        return t;
    }
    auto f = py::array_t<double, py::array::c_style | py::array::forcecast>(a);
    if (f.ndim() != 1) throw InvalidInputError("times: expected a one-dimensional array");
    return Eigen::Map<const Eigen::VectorXd>(f.data(), f.size());
}

// One register function per concept (module.cpp calls them in order).
void register_errors(py::module_& m);
void register_core(py::module_& m);
void register_charter(py::module_& m);
void register_io(py::module_& m);
void register_progress(py::module_& m);
void register_plan(py::module_& m);

} // namespace charterkit::python
