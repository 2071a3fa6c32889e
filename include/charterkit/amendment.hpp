/// @file amendment.hpp
/// A dated change to a charter, expressed as an RFC 6902 JSON Patch on the charter's file form.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>

namespace charterkit {

/// An amendment: on `date` the charter changes as `patch` says.
struct Amendment {
    Date date;                    ///< the day the change takes effect
    std::string summary;          ///< English, own words
    std::string patch_json;       ///< the JSON Patch (an array of operations), as JSON text
    std::optional<Source> source; ///< where the amendment is recorded; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Amendment& a, const Amendment& b) {
        return a.date == b.date && a.summary == b.summary && a.patch_json == b.patch_json &&
               a.source == b.source;
    }
};

} // namespace charterkit
