/// @file commitment.hpp
/// Commitments: what a party promises ("inzet stad", the city's; "inzet rijk", the state's),
/// optionally with an amount of money, its basis (once, per year, at most per year, a total through
/// a year) and period.
#pragma once

#include "charterkit/detail/enum_names.hpp"
#include "charterkit/error.hpp"
#include "charterkit/source.hpp"
#include "charterkit/theme.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// Which side commits.
enum class Side {
    city,         ///< the municipality ("inzet stad", "inzet gemeente")
    state,        ///< the national government ("inzet rijk")
    corporations, ///< the housing corporations
    other         ///< any other party
};

/// How an amount is meant.
enum class AmountBasis {
    once,          ///< a single sum, in from_year
    per_year,      ///< every year of the period
    max_per_year,  ///< at most this much every year ("jaarlijks maximaal")
    total_through, ///< a total over the period through to_year ("in totaal t/m 2018")
    total          ///< a total without a stated period
};

namespace detail {
inline constexpr std::pair<Side, std::string_view> side_names[] = {
    {Side::city, "city"},
    {Side::state, "state"},
    {Side::corporations, "corporations"},
    {Side::other, "other"}};
inline constexpr std::pair<AmountBasis, std::string_view> amount_basis_names[] = {
    {AmountBasis::once, "once"},
    {AmountBasis::per_year, "per_year"},
    {AmountBasis::max_per_year, "max_per_year"},
    {AmountBasis::total_through, "total_through"},
    {AmountBasis::total, "total"}};
} // namespace detail

/// Text form of a Side, the enumerator's name ("city", ...).
inline std::string_view to_string(Side s) { return detail::enum_to_string(detail::side_names, s); }
/// Text form of an AmountBasis, the enumerator's name ("max_per_year", ...).
inline std::string_view to_string(AmountBasis b) {
    return detail::enum_to_string(detail::amount_basis_names, b);
}
/// Parses a side by its enumerator name. @throws InvalidInputError naming field and value
inline Side side_from_string(std::string_view s, std::string_view field = "side") {
    return detail::enum_from_string(detail::side_names, s, field, "side");
}
/// Parses an amount basis by its enumerator name. @throws InvalidInputError naming field and value
inline AmountBasis amount_basis_from_string(std::string_view s, std::string_view field = "basis") {
    return detail::enum_from_string(detail::amount_basis_names, s, field, "amount basis");
}

/// An amount of money with its basis and period.
struct Amount {
    double value = 0.0;                    ///< in euros
    std::string currency = "EUR";          ///< ISO 4217 code
    AmountBasis basis = AmountBasis::once; ///< how `value` is meant (once, per year, a total, ...)
    std::optional<int>
        from_year; ///< first year of the period (the year of a single sum); unset if open
    std::optional<int> to_year; ///< last year of the period, inclusive; unset when open
    bool approximate = false;   ///< "circa", "indicatief"

    /// The part of this amount that falls in the years [from, to] (inclusive). Per-year amounts
    /// count once per overlapping year; totals are spread evenly over their years; a single sum
    /// counts when its year lies in the window. Years the amount leaves open are taken from
    /// `default_from` and `default_to` (usually the charter's validity). Returns nothing when the
    /// amount cannot be placed in time (no year and no default).
    std::optional<double> within(int from, int to, std::optional<int> default_from = std::nullopt,
                                 std::optional<int> default_to = std::nullopt) const {
        const auto a = from_year ? from_year : default_from;
        const auto b = to_year ? to_year : default_to;
        if (basis == AmountBasis::once) {
            const auto y = from_year ? from_year : (to_year ? to_year : default_from);
            if (!y) return std::nullopt;
            return (*y >= from && *y <= to) ? value : 0.0;
        }
        if (!a || !b || *b < *a) return std::nullopt;
        const int overlap = std::max(0, std::min(to, *b) - std::max(from, *a) + 1);
        if (basis == AmountBasis::per_year || basis == AmountBasis::max_per_year)
            return value * overlap;
        return value * overlap / static_cast<double>(*b - *a + 1);
    }
    /// Field-by-field equality.
    friend bool operator==(const Amount& x, const Amount& y) {
        return x.value == y.value && x.currency == y.currency && x.basis == y.basis &&
               x.from_year == y.from_year && x.to_year == y.to_year &&
               x.approximate == y.approximate;
    }
};

/// A commitment by one party.
struct Commitment {
    std::string id;                ///< identifier ("alkmaar.c12"), unique within the charter
    std::string party;             ///< party id (may be empty when the text names no single party)
    Side side = Side::other;       ///< which side commits
    std::optional<ThemeKey> theme; ///< the theme it serves; unset when it serves none in particular
    std::vector<std::string>
        districts;                ///< district ids it concerns; empty when not tied to districts
    std::string summary;          ///< English, own words
    std::optional<Amount> amount; ///< the money promised; unset for a commitment without an amount
    std::optional<Source> source; ///< where the commitment stands; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const Commitment& a, const Commitment& b) {
        return a.id == b.id && a.party == b.party && a.side == b.side && a.theme == b.theme &&
               a.districts == b.districts && a.summary == b.summary && a.amount == b.amount &&
               a.source == b.source && a.notes == b.notes;
    }
};

} // namespace charterkit
