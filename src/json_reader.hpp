// Private helper of the JSON readers: walks a parsed document, collects every problem with its
// path, and turns nlohmann's parse errors into ParseError with line and column.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/error.hpp"
#include "charterkit/source.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace charterkit::detail {

using json = nlohmann::ordered_json;

/// Reads a whole file. @throws ParseError when it cannot be opened.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path, 0, 0, "cannot open the file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Writes a whole file. @throws ParseError when it cannot be written.
inline void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw ParseError(path, 0, 0, "cannot open the file for writing");
    out << text;
    if (!out) throw ParseError(path, 0, 0, "writing failed");
}

/// Parses JSON text. @throws ParseError with the 1-based line and column of the first error.
inline json parse_json(const std::string& text, const std::string& name) {
    try {
        return json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        std::size_t line = 1, column = 1;
        const std::size_t upto = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        for (std::size_t i = 0; i < upto; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        std::string what = e.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line L, column C: "
        const auto colon = what.find(": ", what.find("parse error"));
        if (colon != std::string::npos) what = what.substr(colon + 2);
        throw ParseError(name, line, column, "malformed JSON: " + what);
    }
}

/// Collects problems while reading; every accessor records what is wrong and returns a fallback.
class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    const std::string& file() const { return file_; }
    /// Every problem: structural ones first, then semantic ones (checked on sound parts only).
    std::vector<std::string> problems() const {
        std::vector<std::string> all = problems_;
        all.insert(all.end(), semantic_.begin(), semantic_.end());
        return all;
    }
    /// Number of structural problems (missing fields, wrong types, unknown names).
    std::size_t count() const { return problems_.size(); }

    void problem(const std::string& path, const std::string& message) {
        problems_.push_back(file_ + ": " + (path.empty() ? "" : path + ": ") + message);
    }
    /// Adds semantic problems that already carry their path ("path: message").
    void add_semantic(const std::vector<std::string>& found) {
        for (const auto& p : found) semantic_.push_back(file_ + ": " + p);
    }
    /// Same as add_semantic (older name).
    void add_prefixed(const std::vector<std::string>& found) { add_semantic(found); }
    /// @throws ValidationError with everything collected, if anything was.
    void throw_if_any() const {
        if (!problems_.empty() || !semantic_.empty()) throw ValidationError(problems());
    }

    static std::string join(const std::string& path, const std::string& key) {
        return path.empty() ? key : path + "." + key;
    }
    static std::string index(const std::string& path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }
    static std::string shown(const json& v) {
        std::string s = v.dump();
        return s.size() > 60 ? s.substr(0, 57) + "..." : s;
    }

    /// Requires an object and reports fields outside `allowed`.
    bool object(const json& j, const std::string& path,
                std::initializer_list<const char*> allowed) {
        if (!j.is_object()) {
            problem(path, shown(j) + " is not an object");
            return false;
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool ok = false;
            for (const char* a : allowed)
                if (it.key() == a) ok = true;
            if (!ok) problem(join(path, it.key()), "unknown field");
        }
        return true;
    }

    const json* get(const json& j, const std::string& path, const char* key, bool required) {
        auto it = j.find(key);
        if (it == j.end()) {
            if (required) problem(join(path, key), "missing");
            return nullptr;
        }
        return &*it;
    }

    std::string str(const json& j, const std::string& path, const char* key,
                    bool required = false) {
        const json* v = get(j, path, key, required);
        if (!v) return {};
        if (!v->is_string()) {
            problem(join(path, key), shown(*v) + " is not a string");
            return {};
        }
        if (required && v->get_ref<const std::string&>().empty())
            problem(join(path, key), "is empty");
        return v->get<std::string>();
    }

    std::optional<std::string> opt_str(const json& j, const std::string& path, const char* key) {
        const json* v = get(j, path, key, false);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_string()) {
            problem(join(path, key), shown(*v) + " is not a string");
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    std::optional<double> number(const json& j, const std::string& path, const char* key,
                                 bool required = false) {
        const json* v = get(j, path, key, required);
        if (!v) return std::nullopt;
        return as_number(*v, join(path, key));
    }

    std::optional<double> as_number(const json& v, const std::string& path) {
        if (!v.is_number()) {
            problem(path, shown(v) + " is not a number");
            return std::nullopt;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d)) {
            problem(path, shown(v) + " is not a finite number");
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> integer(const json& j, const std::string& path, const char* key,
                               bool required = false, bool nullable = false) {
        const json* v = get(j, path, key, required);
        if (!v || (nullable && v->is_null())) return std::nullopt;
        if (!v->is_number_integer()) {
            problem(join(path, key), shown(*v) + " is not a whole number");
            return std::nullopt;
        }
        return v->get<int>();
    }

    std::optional<int> year(const json& j, const std::string& path, const char* key,
                            bool required = false, bool nullable = false) {
        auto y = integer(j, path, key, required, nullable);
        if (y && (*y < 1400 || *y > 9998)) {
            problem(join(path, key), std::to_string(*y) + " is not a year between 1400 and 9998");
            return std::nullopt;
        }
        return y;
    }

    bool boolean(const json& j, const std::string& path, const char* key) {
        const json* v = get(j, path, key, false);
        if (!v) return false;
        if (!v->is_boolean()) {
            problem(join(path, key), shown(*v) + " is not true or false");
            return false;
        }
        return v->get<bool>();
    }

    std::optional<Date> date(const json& j, const std::string& path, const char* key,
                             bool required = false, bool nullable = false) {
        const json* v = get(j, path, key, required);
        if (!v || (nullable && v->is_null())) return std::nullopt;
        if (!v->is_string()) {
            problem(join(path, key), shown(*v) + " is not an ISO date string");
            return std::nullopt;
        }
        try {
            return parse_iso_date(v->get_ref<const std::string&>(), join(path, key));
        } catch (const InvalidInputError& e) {
            problems_.push_back(file_ + ": " + e.what());
            return std::nullopt;
        }
    }

    /// Calls f(element, element_path) for each element of an array field (absent: nothing).
    template <class F>
    void each(const json& j, const std::string& path, const char* key, F&& f,
              bool required = false) {
        const json* v = get(j, path, key, required);
        if (!v) return;
        if (!v->is_array()) {
            problem(join(path, key), shown(*v) + " is not an array");
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) f((*v)[i], index(join(path, key), i));
    }

    std::vector<std::string> strings(const json& j, const std::string& path, const char* key) {
        std::vector<std::string> out;
        each(j, path, key, [&](const json& e, const std::string& p) {
            if (!e.is_string())
                problem(p, shown(e) + " is not a string");
            else
                out.push_back(e.get<std::string>());
        });
        return out;
    }

    std::vector<double> numbers(const json& j, const std::string& path, const char* key) {
        std::vector<double> out;
        each(j, path, key, [&](const json& e, const std::string& p) {
            if (auto d = as_number(e, p)) out.push_back(*d);
        });
        return out;
    }

    /// Reads an enum through its from_string function, reporting unknown names at the field path.
    template <class E, class Parse>
    std::optional<E> enumeration(const json& j, const std::string& path, const char* key,
                                 Parse parse, bool required = false) {
        const json* v = get(j, path, key, required);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_string()) {
            problem(join(path, key), shown(*v) + " is not a string");
            return std::nullopt;
        }
        try {
            return parse(v->get_ref<const std::string&>(), join(path, key));
        } catch (const InvalidInputError& e) {
            problems_.push_back(file_ + ": " + e.what());
            return std::nullopt;
        }
    }

    std::optional<Source> source(const json& j, const std::string& path,
                                 const char* key = "source") {
        const json* v = get(j, path, key, false);
        if (!v) return std::nullopt;
        const std::string p = join(path, key);
        if (!object(*v, p, {"document", "lines"})) return std::nullopt;
        Source s;
        s.document = str(*v, p, "document");
        each(
            *v, p, "lines",
            [&](const json& e, const std::string& lp) {
                if (!e.is_number_integer() || e.get<long long>() < 1)
                    problem(lp, shown(e) + " is not a line number (a whole number from 1)");
                else
                    s.lines.push_back(e.get<int>());
            },
            true);
        return s;
    }

private:
    std::string file_;
    std::vector<std::string> problems_;
    std::vector<std::string> semantic_;
};

/// Writes a Source (document only when set).
inline json source_json(const Source& s) {
    json j = json::object();
    if (!s.document.empty()) j["document"] = s.document;
    j["lines"] = s.lines;
    return j;
}

/// Adds "source" when present.
inline void put_source(json& j, const std::optional<Source>& s, const char* key = "source") {
    if (s) j[key] = source_json(*s);
}

/// Adds "notes" when not empty.
inline void put_notes(json& j, const std::vector<std::string>& notes, const char* key = "notes") {
    if (!notes.empty()) j[key] = notes;
}

/// Writes `items` through `write` as an array under `key`; with `skip_empty`, an empty list is left
/// out.
template <class Items, class Write>
void put_array(json& j, const char* key, const Items& items, Write write, bool skip_empty = false) {
    if (skip_empty && items.empty()) return;
    json a = json::array();
    for (const auto& x : items) a.push_back(write(x));
    j[key] = std::move(a);
}

/// Text of a JSON value for output (indent < 0: compact).
inline std::string dump(const json& j, int indent) {
    return indent < 0 ? j.dump() : j.dump(indent) + "\n";
}

} // namespace charterkit::detail
