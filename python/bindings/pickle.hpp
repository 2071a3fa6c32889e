// Pickle support for plain record types: the state is (version, {field: value}) and is restored by
// setting the fields on a default-constructed object, so every exposed field round-trips.
//
// RecordClass<T> names each field once: field() exposes a data member read-write and adds its name
// to the pickle state; __getstate__/__setstate__ and __eq__ are installed when the class is created
// and read the names when they run, so no list of field names has to be kept in step with the
// attributes.
#pragma once

#include "pybind11.hpp"

#include "charterkit/error.hpp"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace charterkit::python {

inline constexpr int record_state_version = 1;

/// Installs __getstate__/__setstate__ (through py::pickle) and __eq__; the state holds the fields
/// in `names`, read when pickling runs (not when it is installed).
template <class T, class... Extra>
void install_record_pickle(py::class_<T, Extra...>& cls,
                           std::shared_ptr<const std::vector<std::string>> names) {
    const std::string type = cls.attr("__name__").template cast<std::string>();
    cls.def(py::pickle(
        [names](const py::object& self) {
            py::dict state;
            for (const auto& n : *names) state[py::str(n)] = self.attr(n.c_str());
            return py::make_tuple(record_state_version, state);
        },
        [names, type](const py::tuple& t) {
            if (t.size() != 2 || t[0].cast<int>() != record_state_version)
                throw InvalidInputError(type +
                                        ": cannot unpickle state of another version or shape");
            py::object obj = py::cast(T{});
            const py::dict state = t[1].cast<py::dict>();
            for (const auto& n : *names) obj.attr(n.c_str()) = state[py::str(n)];
            return obj.cast<T>();
        }));
    cls.def(
        "__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator());
}

/// A record class whose fields are each named once. Construct it like py::class_<T>, chain field()
/// for the data members and def/def_static/def_property_readonly for the rest; pickling (the fields
/// added with field(), in that order) and __eq__ come with it.
template <class T>
class RecordClass {
public:
    RecordClass(py::handle scope, const char* name, const char* doc)
        : cls_(scope, name, doc), names_(std::make_shared<std::vector<std::string>>()) {
        install_record_pickle(cls_, std::shared_ptr<const std::vector<std::string>>(names_));
    }

    /// Exposes member `pm` read-write as attribute `name` and puts it in the pickle state. `name`
    /// may differ from the C++ name (say for a Python keyword); `extra` is passed to def_readwrite
    /// (e.g. a docstring).
    /// @throws std::logic_error when `name` is already a field of this class
    template <class C, class D, class... Extra>
    RecordClass& field(const char* name, D C::*pm, const Extra&... extra) {
        expose(name);
        names_->emplace_back(name);
        cls_.def_readwrite(name, pm, extra...);
        return *this;
    }

    /// Exposes member `pm` read-write as attribute `name` but leaves it out of the pickle state, so
    /// it comes back default-constructed (and the round trip compares unequal unless __eq__ ignores
    /// it too). `reason` says why (required); `extra` is passed to def_readwrite.
    /// @throws std::logic_error when `reason` is empty or `name` is already a field of this class
    template <class C, class D, class... Extra>
    RecordClass& unpickled_field(const char* name, D C::*pm, const char* reason,
                                 const Extra&... extra) {
        if (reason == nullptr || *reason == '\0')
            throw std::logic_error(type_name() + "." + name +
                                   ": a field left out of pickling needs a reason");
        expose(name);
        cls_.def_readwrite(name, pm, extra...);
        return *this;
    }

    /// py::class_::def (methods, constructors, operators).
    template <class... Args>
    RecordClass& def(Args&&... args) {
        cls_.def(std::forward<Args>(args)...);
        return *this;
    }
    /// py::class_::def_static.
    template <class... Args>
    RecordClass& def_static(Args&&... args) {
        cls_.def_static(std::forward<Args>(args)...);
        return *this;
    }
    /// py::class_::def_property_readonly (derived values, not pickled).
    template <class... Args>
    RecordClass& def_property_readonly(Args&&... args) {
        cls_.def_property_readonly(std::forward<Args>(args)...);
        return *this;
    }

    /// The wrapped class, for anything else.
    py::class_<T>& cls() { return cls_; }
    /// Names of the pickled fields, in state order.
    const std::vector<std::string>& pickled_fields() const { return *names_; }

private:
    std::string type_name() const { return cls_.attr("__name__").template cast<std::string>(); }

    void expose(const char* name) {
        if (std::find(exposed_.begin(), exposed_.end(), name) != exposed_.end())
            throw std::logic_error(type_name() + "." + name + ": field added twice");
        exposed_.emplace_back(name);
    }

    py::class_<T> cls_;
    std::shared_ptr<std::vector<std::string>> names_; // shared with the installed pickle functions
    std::vector<std::string> exposed_;                // every field, pickled or not
};

/// Pickling and __eq__ for a py::class_ whose field names are listed here. Prefer RecordClass,
/// which names each field once; this stays for bindings not (yet) written with it.
template <class T, class... Extra>
void record_pickle(py::class_<T, Extra...>& cls, std::initializer_list<const char*> fields) {
    install_record_pickle(
        cls, std::make_shared<const std::vector<std::string>>(fields.begin(), fields.end()));
}

} // namespace charterkit::python
