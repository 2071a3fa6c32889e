/// @file ambition.hpp
/// A shared ambition ("gezamenlijke ambitie"): a theme, a district scope, a summary and its
/// targets.
#pragma once

#include "charterkit/source.hpp"
#include "charterkit/target.hpp"
#include "charterkit/theme.hpp"

#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// An ambition of a charter.
struct Ambition {
    std::string id;                     ///< identifier, unique within the charter
    ThemeKey theme = ThemeKey::other;   ///< the theme the ambition falls under
    std::string theme_label;            ///< heading as printed, when it differs from the theme list
    std::vector<std::string> districts; ///< district ids; empty means the whole charter
    std::string summary;                ///< in English, own words
    std::vector<Target> targets;        ///< the measurable targets that make the ambition concrete
    std::optional<Source> source;       ///< where the ambition stands; unset when not recorded
    std::vector<std::string>
        notes; ///< encoder's remarks in English (ambiguity, damage in the source)

    /// True when the ambition covers district `id` (charter-wide ambitions cover every district).
    bool covers(const std::string& district_id) const {
        if (districts.empty()) return true;
        for (const auto& d : districts)
            if (d == district_id) return true;
        return false;
    }
    /// Field-by-field equality.
    friend bool operator==(const Ambition& a, const Ambition& b) {
        return a.id == b.id && a.theme == b.theme && a.theme_label == b.theme_label &&
               a.districts == b.districts && a.summary == b.summary && a.targets == b.targets &&
               a.source == b.source && a.notes == b.notes;
    }
};

} // namespace charterkit
