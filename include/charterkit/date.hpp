/// @file date.hpp
/// Calendar dates (Boost.Date_Time), the year convention, and the fractional-year time axis.
///
/// Design note. Trajectories work on a continuous time axis measured in fractional years: the start
/// of day d of year y lies at y + (day_of_year(d) - 1) / days_in_year(y). A milestone given as a
/// year
/// ("in 2011") is placed on this axis by one convention, YearAnchor: start (y + 0), middle (y +
/// 0.5) or end (y + 1, the moment the year closes). Because the offset is the same for every year,
/// differences between year milestones are whole numbers under every convention; the convention
/// only matters when year milestones meet exact dates (a measurement "gemeten op 1 januari 2007").
/// The default is middle: an annual figure describes the year as a whole.
#pragma once

#include "charterkit/error.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <variant>

namespace charterkit {

/// A calendar day.
using Date = boost::gregorian::date;

/// What a bare year means on the time axis.
enum class YearAnchor {
    start,  ///< 1 January: y + 0
    middle, ///< the middle of the year: y + 0.5 (default)
    end     ///< the close of 31 December: y + 1
};

/// The default year convention.
inline constexpr YearAnchor default_year_anchor = YearAnchor::middle;

/// Text form of a YearAnchor ("start", "middle", "end").
inline std::string_view to_string(YearAnchor a) {
    switch (a) {
    case YearAnchor::start: return "start";
    case YearAnchor::middle: return "middle";
    case YearAnchor::end: return "end";
    }
    return "middle";
}

/// Parses "start", "middle" or "end". @throws InvalidInputError naming `field` and the value.
inline YearAnchor year_anchor_from_string(std::string_view s, std::string_view field = "anchor") {
    if (s == "start") return YearAnchor::start;
    if (s == "middle") return YearAnchor::middle;
    if (s == "end") return YearAnchor::end;
    throw InvalidInputError(std::string(field) + ": unknown year anchor '" + std::string(s) +
                            "' (expected start, middle or end)");
}

/// Number of days in year `y` (365 or 366).
inline int days_in_year(int y) {
    return boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(y)) ? 366
                                                                                              : 365;
}

/// The instant at the start of day `d` in fractional years.
inline double fractional_year(const Date& d) {
    const int y = d.year();
    return y + (d.day_of_year() - 1) / static_cast<double>(days_in_year(y));
}

/// The day that contains instant `t` (fractional years). @throws InvalidInputError when t is not
/// finite or outside 1400..9999.
inline Date date_from_fractional_year(double t) {
    if (!std::isfinite(t) || t < 1400.0 || t >= 10000.0)
        throw InvalidInputError("time: " + std::to_string(t) +
                                " is not a year between 1400 and 9999");
    int y = static_cast<int>(std::floor(t));
    int doy = static_cast<int>(std::floor((t - y) * days_in_year(y) + 1e-9));
    if (doy >= days_in_year(y)) doy = days_in_year(y) - 1;
    return Date(static_cast<unsigned short>(y), 1, 1) + boost::gregorian::days(doy);
}

/// Offset of a YearAnchor within its year (0, 0.5 or 1).
inline double anchor_offset(YearAnchor a) {
    switch (a) {
    case YearAnchor::start: return 0.0;
    case YearAnchor::middle: return 0.5;
    case YearAnchor::end: return 1.0;
    }
    return 0.5;
}

/// The calendar day a year stands for under a convention: 1 January, the day holding the year's
/// midpoint (2 July), or 31 December.
inline Date anchor_date(int year, YearAnchor a) {
    const auto y = static_cast<unsigned short>(year);
    switch (a) {
    case YearAnchor::start: return Date(y, 1, 1);
    case YearAnchor::middle: return date_from_fractional_year(year + 0.5);
    case YearAnchor::end: return Date(y, 12, 31);
    }
    return Date(y, 1, 1);
}

/// ISO 8601 text ("2008-03-01") of a date.
inline std::string to_iso(const Date& d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year()),
                  static_cast<int>(d.month()), static_cast<int>(d.day()));
    return buf;
}

/// Parses an ISO 8601 calendar date "YYYY-MM-DD". @throws InvalidInputError naming `field` and the
/// text.
inline Date parse_iso_date(std::string_view s, std::string_view field = "date") {
    auto fail = [&](const char* why) {
        return InvalidInputError(std::string(field) + ": '" + std::string(s) +
                                 "' is not an ISO date YYYY-MM-DD (" + why + ")");
    };
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') throw fail("wrong shape");
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
        for (std::size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
            if (s[i] < '0' || s[i] > '9') throw fail("not a digit");
            parts[k] = parts[k] * 10 + (s[i] - '0');
        }
    }
    if (parts[0] < 1400) throw fail("year before 1400");
    if (parts[1] < 1 || parts[1] > 12) throw fail("no such month");
    const int mdays = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]));
    if (parts[2] < 1 || parts[2] > mdays) throw fail("no such day in that month");
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
}

/// A point in time as the documents give it: a bare year ("in 2011") or an exact date.
class When {
public:
    /// A bare year. @throws InvalidInputError outside 1400..9998.
    static When year(int y) {
        if (y < 1400 || y > 9998)
            throw InvalidInputError("year: " + std::to_string(y) +
                                    " is not a year between 1400 and 9998");
        When w;
        w.value_ = y;
        return w;
    }
    /// An exact date. @throws InvalidInputError for a not-a-date value.
    static When date(const Date& d) {
        if (d.is_special()) throw InvalidInputError("date: not a valid calendar date");
        When w;
        w.value_ = d;
        return w;
    }
    /// The bare year 2000 (a placeholder so that When is default-constructible).
    When() : value_(2000) {}

    /// True when this is a bare year ("in 2011").
    bool is_year() const noexcept { return std::holds_alternative<int>(value_); }
    /// True when this is an exact calendar date.
    bool is_date() const noexcept { return !is_year(); }
    /// The calendar year (of the date, for a date).
    int calendar_year() const {
        return is_year() ? std::get<int>(value_) : static_cast<int>(std::get<Date>(value_).year());
    }
    /// The exact date. @throws InvalidInputError when this is a bare year.
    Date exact_date() const {
        if (is_year())
            throw InvalidInputError("when: " + std::to_string(std::get<int>(value_)) +
                                    " is a year, not an exact date");
        return std::get<Date>(value_);
    }
    /// Instant on the time axis under a year convention.
    double time(YearAnchor a = default_year_anchor) const {
        return is_year() ? std::get<int>(value_) + anchor_offset(a)
                         : fractional_year(std::get<Date>(value_));
    }
    /// The calendar day this stands for under a year convention.
    Date to_date(YearAnchor a = default_year_anchor) const {
        return is_year() ? anchor_date(std::get<int>(value_), a) : std::get<Date>(value_);
    }
    /// "2011" or "2011-01-01".
    std::string to_string() const {
        return is_year() ? std::to_string(std::get<int>(value_)) : to_iso(std::get<Date>(value_));
    }
    /// Equal when both are the same bare year or the same date; a year never equals a date in it.
    friend bool operator==(const When& a, const When& b) { return a.value_ == b.value_; }
    /// Negation of ==.
    friend bool operator!=(const When& a, const When& b) { return !(a == b); }

private:
    std::variant<int, Date> value_;
};

} // namespace charterkit
