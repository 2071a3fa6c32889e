/// @file error.hpp
/// The one exception hierarchy of charterkit. Every message names the field (or file and path) and
/// the offending value. In Python the root maps to a subclass of ValueError, NotFoundError to
/// KeyError.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace charterkit {

/// Root of every error charterkit throws.
class Error : public std::runtime_error {
public:
    /// Takes the message (std::string or const char*) as std::runtime_error does.
    using std::runtime_error::runtime_error;
};

/// A value is not acceptable: NaN, out of range, unknown enumerator, unsorted or duplicate dates.
class InvalidInputError : public Error {
public:
    using Error::Error;
};

/// A target is inconsistent: a milestone before its baseline, a relative target on a zero baseline,
/// a form without the number or reference it needs.
class InvalidTargetError : public Error {
public:
    using Error::Error;
};

/// A level was asked for that the target cannot give yet (baseline not measured, reference not
/// known).
class UnresolvedTargetError : public Error {
public:
    using Error::Error;
};

/// A target milestone cannot be assessed against the given observations.
class NotAssessableError : public Error {
public:
    using Error::Error;
};

/// Something looked up by key (id, district, theme) does not exist. Maps to KeyError in Python.
class NotFoundError : public Error {
public:
    using Error::Error;
};

/// Reading a file failed: it is missing, unreadable or not well-formed JSON (with line and column).
class ParseError : public Error {
public:
    /// @param file   the file (or "<string>")
    /// @param line   1-based line, 0 when unknown
    /// @param column 1-based column, 0 when unknown
    /// @param what   what is wrong; the message becomes "file:line:column: what" ("file: what" when
    ///               line is 0)
    ParseError(std::string file, std::size_t line, std::size_t column, const std::string& what)
        : Error(format(file, line, column, what)), file_(std::move(file)), line_(line),
          column_(column) {}
    /// The file (or "<string>") that failed to read.
    const std::string& file() const noexcept { return file_; }
    /// 1-based line of the problem, 0 when unknown.
    std::size_t line() const noexcept { return line_; }
    /// 1-based column of the problem, 0 when unknown.
    std::size_t column() const noexcept { return column_; }

private:
    static std::string format(const std::string& file, std::size_t line, std::size_t column,
                              const std::string& what) {
        std::string msg = file;
        if (line > 0) msg += ":" + std::to_string(line) + ":" + std::to_string(column);
        return msg + ": " + what;
    }
    std::string file_;
    std::size_t line_ = 0;
    std::size_t column_ = 0;
};

/// A document is well-formed but breaks the format's rules. Holds every problem found in one pass,
/// each as "file: path: message".
class ValidationError : public Error {
public:
    /// The message is "N problem(s):" followed by each problem on its own indented line.
    explicit ValidationError(std::vector<std::string> problems)
        : Error(join(problems)), problems_(std::move(problems)) {}
    /// Every problem found, each as "file: path: message", in the order found.
    const std::vector<std::string>& problems() const noexcept { return problems_; }

private:
    static std::string join(const std::vector<std::string>& problems) {
        std::string msg = std::to_string(problems.size()) + " problem(s):";
        for (const auto& p : problems) msg += "\n  " + p;
        return msg;
    }
    std::vector<std::string> problems_;
};

} // namespace charterkit
