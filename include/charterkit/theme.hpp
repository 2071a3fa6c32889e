/// @file theme.hpp
/// Themes: a canonical key and the Dutch heading used in the source.
#pragma once

#include "charterkit/detail/enum_names.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>

namespace charterkit {

/// Canonical theme keys (Dutch headings: wonen, werken, leren en opgroeien, integratie, veiligheid,
/// bewonersparticipatie, gezondheid, overkoepelend).
enum class ThemeKey {
    housing,                 ///< wonen
    work,                    ///< werken
    learning_and_growing_up, ///< leren en opgroeien
    integration,             ///< integratie
    safety,                  ///< veiligheid
    resident_participation,  ///< bewonersparticipatie
    health,                  ///< gezondheid
    overarching,             ///< overkoepelend: spans several themes
    other                    ///< a heading that fits none of the above (see Theme::label)
};

namespace detail {
inline constexpr std::pair<ThemeKey, std::string_view> theme_key_names[] = {
    {ThemeKey::housing, "housing"},
    {ThemeKey::work, "work"},
    {ThemeKey::learning_and_growing_up, "learning_and_growing_up"},
    {ThemeKey::integration, "integration"},
    {ThemeKey::safety, "safety"},
    {ThemeKey::resident_participation, "resident_participation"},
    {ThemeKey::health, "health"},
    {ThemeKey::overarching, "overarching"},
    {ThemeKey::other, "other"}};
} // namespace detail

/// Text form of a ThemeKey, the enumerator's name ("housing", "learning_and_growing_up", ...).
inline std::string_view to_string(ThemeKey k) {
    return detail::enum_to_string(detail::theme_key_names, k);
}
/// Parses a theme key by its enumerator name.
/// @throws InvalidInputError "<field>: unknown theme '<s>' (expected housing, ...)"
inline ThemeKey theme_key_from_string(std::string_view s, std::string_view field = "theme") {
    return detail::enum_from_string(detail::theme_key_names, s, field, "theme");
}

/// A theme as a charter names it.
struct Theme {
    ThemeKey key = ThemeKey::other; ///< canonical key; `other` when the heading fits no key
    std::string label;              ///< heading as printed (Dutch)
    std::string label_en;           ///< English gloss
    std::optional<Source> source;   ///< where the heading stands; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Theme& a, const Theme& b) {
        return a.key == b.key && a.label == b.label && a.label_en == b.label_en &&
               a.source == b.source;
    }
};

} // namespace charterkit
