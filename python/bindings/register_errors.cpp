// The exception hierarchy in Python: CharterkitError(ValueError) and its subclasses; NotFoundError
// is also a KeyError.
#include "pybind11.hpp"

#include "charterkit/error.hpp"

namespace charterkit::python {

namespace {
PyObject* new_error(py::module_& m, const char* name, PyObject* bases, const char* doc) {
    const std::string full = std::string("charterkit._core.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(full.c_str(), doc, bases, nullptr);
    if (!type) throw py::error_already_set();
    m.add_object(name, py::handle(type));
    return type;
}
} // namespace

void register_errors(py::module_& m) {
    static PyObject* root = new_error(m, "CharterkitError", PyExc_ValueError,
                                      "Root of every charterkit error (a ValueError).");
    static PyObject* invalid_input =
        new_error(m, "InvalidInputError", root,
                  "A value is not acceptable: NaN, out of range, unknown name, unsorted dates.");
    static PyObject* invalid_target = new_error(m, "InvalidTargetError", root,
                                                "A target is inconsistent (milestone before "
                                                "baseline, relative change on a zero baseline).");
    static PyObject* unresolved = new_error(
        m, "UnresolvedTargetError", root, "A level was asked for that the target cannot give yet.");
    static PyObject* not_assessable = new_error(
        m, "NotAssessableError", root, "A milestone cannot be assessed against the observations.");
    static PyObject* parse =
        new_error(m, "ParseError", root,
                  "A file is missing, unreadable or not well-formed JSON (with line and column).");
    static PyObject* validation =
        new_error(m, "ValidationError", root,
                  "A document breaks the format's rules; .problems lists every problem.");
    py::tuple key_bases = py::make_tuple(py::handle(root), py::handle(PyExc_KeyError));
    static PyObject* not_found =
        new_error(m, "NotFoundError", key_bases.ptr(),
                  "Nothing with that key (id, district, theme); also a KeyError.");

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const ValidationError& e) {
            py::object err = py::reinterpret_borrow<py::object>(validation)(e.what());
            err.attr("problems") = py::cast(e.problems());
            PyErr_SetObject(validation, err.ptr());
        } catch (const ParseError& e) {
            py::object err = py::reinterpret_borrow<py::object>(parse)(e.what());
            err.attr("file") = e.file();
            err.attr("line") = e.line();
            err.attr("column") = e.column();
            PyErr_SetObject(parse, err.ptr());
        } catch (const NotFoundError& e) {
            PyErr_SetString(not_found, e.what());
        } catch (const InvalidTargetError& e) {
            PyErr_SetString(invalid_target, e.what());
        } catch (const UnresolvedTargetError& e) {
            PyErr_SetString(unresolved, e.what());
        } catch (const NotAssessableError& e) {
            PyErr_SetString(not_assessable, e.what());
        } catch (const InvalidInputError& e) {
            PyErr_SetString(invalid_input, e.what());
        } catch (const Error& e) {
            PyErr_SetString(root, e.what());
        }
    });
}

} // namespace charterkit::python
