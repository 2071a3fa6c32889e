// Helpers for enums with text names: one table per enum gives both directions. Not for direct
// inclusion.
#pragma once

#include "charterkit/error.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace charterkit::detail {

/// Looks `s` up in a table of {enum value, name} pairs.
/// @throws InvalidInputError "<field>: unknown <what> '<s>' (expected a, b, ...)"
template <class E, std::size_t N>
E enum_from_string(const std::pair<E, std::string_view> (&table)[N], std::string_view s,
                   std::string_view field, std::string_view what) {
    for (const auto& [value, name] : table)
        if (name == s) return value;
    std::string expected;
    for (std::size_t i = 0; i < N; ++i) expected += (i ? ", " : "") + std::string(table[i].second);
    throw InvalidInputError(std::string(field) + ": unknown " + std::string(what) + " '" +
                            std::string(s) + "' (expected " + expected + ")");
}

/// The name of `value` in a table of {enum value, name} pairs.
template <class E, std::size_t N>
std::string_view enum_to_string(const std::pair<E, std::string_view> (&table)[N], E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return table[0].second;
}

} // namespace charterkit::detail
