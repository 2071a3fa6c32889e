/// @file district.hpp
/// Districts ("wijken") and their nested sub-areas (Rotterdam: krachtwijk, WWI area, postcode
/// area).
#pragma once

#include "charterkit/detail/enum_names.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// What a sub-area is.
enum class AreaKind {
    area,          ///< a named part of the district (Oud-Overdie; Rotterdam's WWI areas)
    neighbourhood, ///< a neighbourhood ("buurt")
    postcode_area, ///< an area defined by postcodes
    other          ///< anything else
};

namespace detail {
inline constexpr std::pair<AreaKind, std::string_view> area_kind_names[] = {
    {AreaKind::area, "area"},
    {AreaKind::neighbourhood, "neighbourhood"},
    {AreaKind::postcode_area, "postcode_area"},
    {AreaKind::other, "other"}};
} // namespace detail

/// Text form of an AreaKind, the enumerator's name ("postcode_area", ...).
inline std::string_view to_string(AreaKind k) {
    return detail::enum_to_string(detail::area_kind_names, k);
}
/// Parses an area kind by its enumerator name. @throws InvalidInputError naming field and value
inline AreaKind area_kind_from_string(std::string_view s, std::string_view field = "kind") {
    return detail::enum_from_string(detail::area_kind_names, s, field, "area kind");
}

/// A part of a district; sub-areas nest.
struct SubArea {
    std::string id;                 ///< identifier ("oud-overdie"), unique within the charter
    std::string name;               ///< as printed
    std::optional<AreaKind> kind;   ///< what the sub-area is; unset when the text does not say
    std::vector<SubArea> sub_areas; ///< the parts of this sub-area, nested to any depth
    std::optional<Source> source;   ///< where the sub-area is named; unset when not recorded
    /// Field-by-field equality, sub-areas included.
    friend bool operator==(const SubArea& a, const SubArea& b) {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.sub_areas == b.sub_areas &&
               a.source == b.source;
    }
};

/// A district covered by a charter.
struct District {
    std::string id;                 ///< identifier ("overdie"), unique within the charter
    std::string name;               ///< as printed
    std::vector<SubArea> sub_areas; ///< the district's parts; empty when the charter names none
    std::optional<Source> source;   ///< where the district is named; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English

    /// Number of sub-areas at every depth.
    std::size_t count_sub_areas() const {
        std::size_t n = 0;
        std::vector<const SubArea*> todo;
        for (const auto& s : sub_areas) todo.push_back(&s);
        while (!todo.empty()) {
            const SubArea* s = todo.back();
            todo.pop_back();
            ++n;
            for (const auto& c : s->sub_areas) todo.push_back(&c);
        }
        return n;
    }
    /// Field-by-field equality, sub-areas included.
    friend bool operator==(const District& a, const District& b) {
        return a.id == b.id && a.name == b.name && a.sub_areas == b.sub_areas &&
               a.source == b.source && a.notes == b.notes;
    }
};

} // namespace charterkit
