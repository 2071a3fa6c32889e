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
    housing, work, learning_and_growing_up, integration, safety, resident_participation, health,
    overarching, other
};

namespace detail {
inline constexpr std::pair<ThemeKey, std::string_view> theme_key_names[] = {
    {ThemeKey::housing, "housing"}, {ThemeKey::work, "work"},
    {ThemeKey::learning_and_growing_up, "learning_and_growing_up"},
    {ThemeKey::integration, "integration"}, {ThemeKey::safety, "safety"},
    {ThemeKey::resident_participation, "resident_participation"}, {ThemeKey::health, "health"},
    {ThemeKey::overarching, "overarching"}, {ThemeKey::other, "other"}};
} // namespace detail

inline std::string_view to_string(ThemeKey k) { return detail::enum_to_string(detail::theme_key_names, k); }
/// @throws InvalidInputError "<field>: unknown theme '<s>' (expected housing, ...)"
inline ThemeKey theme_key_from_string(std::string_view s, std::string_view field = "theme") {
    return detail::enum_from_string(detail::theme_key_names, s, field, "theme");
}

/// A theme as a charter names it.
struct Theme {
    ThemeKey key = ThemeKey::other;
    std::string label;    ///< heading as printed (Dutch)
    std::string label_en; ///< English gloss
    std::optional<Source> source;
    friend bool operator==(const Theme& a, const Theme& b) {
        return a.key == b.key && a.label == b.label && a.label_en == b.label_en && a.source == b.source;
    }
};

} // namespace charterkit
