/// @file source.hpp
/// Provenance: the document and line numbers a statement was taken from.
#pragma once

#include <string>
#include <vector>

namespace charterkit {

/// Where something stands in a source document.
struct Source {
    std::string document;   ///< file name of the source; empty means "the charter's document"
    std::vector<int> lines; ///< 1-based line numbers (a span is given as [first, last])

    /// True when neither a document nor any line is given (no provenance recorded).
    bool empty() const noexcept { return document.empty() && lines.empty(); }
    /// Field-by-field equality.
    friend bool operator==(const Source& a, const Source& b) {
        return a.document == b.document && a.lines == b.lines;
    }
    /// Negation of ==.
    friend bool operator!=(const Source& a, const Source& b) { return !(a == b); }
};

} // namespace charterkit
