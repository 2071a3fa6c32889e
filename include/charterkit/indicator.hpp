/// @file indicator.hpp
/// What a target measures: unit, direction (is higher better?) and the range every value must lie
/// in.
#pragma once

#include "charterkit/error.hpp"

#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace charterkit {

/// Unit of an indicator.
enum class Unit {
    percent, ///< a percentage, 0–100
    grade,   ///< a report grade ("rapportcijfer"), 1–10
    score,   ///< an index or scale score
    count,   ///< a number of things (households, offences)
    euro,    ///< money
    ratio,   ///< a ratio or share as a fraction
    other    ///< anything else
};

/// Which way is better.
enum class Direction {
    higher_is_better, ///< e.g. social cohesion, judgement of the neighbourhood
    lower_is_better   ///< e.g. unemployment, nuisance, feelings of insecurity
};

/// Text form of a Unit ("percent", "grade", ...).
inline std::string_view to_string(Unit u) {
    switch (u) {
    case Unit::percent: return "percent";
    case Unit::grade: return "grade";
    case Unit::score: return "score";
    case Unit::count: return "count";
    case Unit::euro: return "euro";
    case Unit::ratio: return "ratio";
    case Unit::other: return "other";
    }
    return "other";
}

/// Parses a unit name. @throws InvalidInputError "<field>: unknown unit '<s>'".
inline Unit unit_from_string(std::string_view s, std::string_view field = "unit") {
    for (Unit u : {Unit::percent, Unit::grade, Unit::score, Unit::count, Unit::euro, Unit::ratio,
                   Unit::other})
        if (to_string(u) == s) return u;
    throw InvalidInputError(std::string(field) + ": unknown unit '" + std::string(s) +
                            "' (expected percent, grade, score, count, euro, ratio or other)");
}

/// Text form of a Direction.
inline std::string_view to_string(Direction d) {
    return d == Direction::higher_is_better ? "higher_is_better" : "lower_is_better";
}

/// Parses "higher_is_better" / "lower_is_better". @throws InvalidInputError naming field and value.
inline Direction direction_from_string(std::string_view s, std::string_view field = "direction") {
    if (s == "higher_is_better") return Direction::higher_is_better;
    if (s == "lower_is_better") return Direction::lower_is_better;
    throw InvalidInputError(std::string(field) + ": unknown direction '" + std::string(s) +
                            "' (expected higher_is_better or lower_is_better)");
}

/// +1 when higher is better, -1 when lower is better.
inline int sign(Direction d) { return d == Direction::higher_is_better ? 1 : -1; }

/// A closed interval [low, high] of valid values.
struct ValueRange {
    double low = 0.0;  ///< smallest valid value (inclusive), in the indicator's unit
    double high = 0.0; ///< largest valid value (inclusive), in the indicator's unit
    /// True when low <= v <= high; false for NaN.
    bool contains(double v) const { return v >= low && v <= high; }
    /// Field-by-field equality.
    friend bool operator==(const ValueRange& a, const ValueRange& b) {
        return a.low == b.low && a.high == b.high;
    }
};

/// The range a unit implies: [0, 100] for percent, [1, 10] for grade, none otherwise.
inline std::optional<ValueRange> default_range(Unit u) {
    if (u == Unit::percent) return ValueRange{0.0, 100.0};
    if (u == Unit::grade) return ValueRange{1.0, 10.0};
    return std::nullopt;
}

namespace detail {
inline std::string number(double v) {
    std::ostringstream os;
    os.precision(12);
    os << v;
    return os.str();
}
} // namespace detail

/// An indicator: what is measured, in which unit, and which way is better.
struct Indicator {
    std::string id;          ///< identifier, e.g. "unemployment_rate"
    std::string name;        ///< the name as printed in the source (Dutch)
    std::string name_en;     ///< English gloss of the name
    Unit unit = Unit::other; ///< unit every value is given in
    Direction direction = Direction::higher_is_better; ///< which way is better
    std::optional<ValueRange> range; ///< valid values; unset means any finite value

    /// An indicator with no id, unit `other`, higher is better and no range.
    Indicator() = default;
    /// Builds an indicator; the range defaults to the unit's (see default_range).
    /// @throws InvalidInputError when the range is empty or not finite.
    Indicator(std::string id_, std::string name_, Unit unit_, Direction direction_,
              std::optional<ValueRange> range_ = std::nullopt, std::string name_en_ = {})
        : id(std::move(id_)), name(std::move(name_)), name_en(std::move(name_en_)), unit(unit_),
          direction(direction_), range(range_ ? range_ : default_range(unit_)) {
        if (range &&
            (!std::isfinite(range->low) || !std::isfinite(range->high) || range->low > range->high))
            throw InvalidInputError("indicator '" + id + "'.range: [" + detail::number(range->low) +
                                    ", " + detail::number(range->high) + "] is not a valid range");
    }

    /// Checks one value. @throws InvalidInputError "<field>: <value> is outside the range [lo, hi]
    /// of indicator '<id>' (<unit>)" or "<field>: NaN ..." for a value that is not finite.
    void check(double value, std::string_view field) const {
        if (!std::isfinite(value))
            throw InvalidInputError(std::string(field) + ": " + detail::number(value) +
                                    " is not a finite number");
        if (range && !range->contains(value))
            throw InvalidInputError(std::string(field) + ": " + detail::number(value) +
                                    " is outside the range [" + detail::number(range->low) + ", " +
                                    detail::number(range->high) + "] of indicator '" + id + "' (" +
                                    std::string(to_string(unit)) + ")");
    }

    /// True when `a` is at least as good as `b` in this indicator's direction.
    bool at_least_as_good(double a, double b) const {
        return direction == Direction::higher_is_better ? a >= b : a <= b;
    }

    /// Field-by-field equality.
    friend bool operator==(const Indicator& a, const Indicator& b) {
        return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.unit == b.unit &&
               a.direction == b.direction && a.range == b.range;
    }
};

} // namespace charterkit
