/// @file plan_date.hpp
/// Dates as plans write them — a day, a month, a quarter, a half-year or a year, with a qualifier
/// ("begin september", "medio maart", "eind 2012"), "at the latest" ("uiterlijk juli 2022"), ranges
/// ("jan–mei"), years left implicit, and dates relative to another event ("twee weken voorafgaand
/// aan het ambtelijk overleg") — each resolving to an interval of calendar days.
///
/// Design note: the interval rules. Every date resolves to the closed interval [first, last] of
/// days (charterkit::Date) that the text allows:
///
/// | printed                  | precision | interval                                              |
/// | ------------------------ | --------- | ----------------------------------------------------- |
/// | "16 mei 2011"            | day       | [16 May 2011, 16 May 2011] | | "maart 2011" | month |
/// [1 Mar, 31 Mar]                                       | | "eerste kwartaal 2011"   | quarter   |
/// [1 Jan, 31 Mar]                                       | | "tweede helft 2011"      | half_year |
/// [1 Jul, 31 Dec]                                       | | "2012"                   | year      |
/// [1 Jan, 31 Dec]                                       |
///
/// A qualifier splits the period into thirds: `early` ("begin") is the first third, `mid` ("medio",
/// "halverwege") the second, `late` ("eind", "tegen het eind van") the last.
///   - month:     early = days 1–10, mid = days 11–20, late = day 21 to the month's last day;
///   - quarter:   early = its first month, mid = its second month, late = its third month;
///   - half-year: early = months 1–2, mid = months 3–4, late = months 5–6 of the half;
///   - year:      early = January–April, mid = May–August, late = September–December.
/// A day takes no qualifier.
///
/// A range ("jan–mei", "Sept - oktober", "eind augustus/begin september") runs from the first day
/// of its start to the last day of its end. "At the latest" (`by`, "uiterlijk") keeps the last day
/// and leaves the interval open at the start: the event may happen any time up to it.
///
/// A relative date names another event of the plan by id (`to`) and resolves through it:
///   - `shifted`: the anchor's interval moved by `offset_days` ("twee weken voorafgaand aan" =
///   -14);
///   - `before`:  open start, last = the anchor's first day - 1 + offset_days ("voordat ...
///   beginnen");
///   - `after`:   first = the anchor's last day + 1 + offset_days, open end.
///
/// A year left implicit is inferred and marked (`year_inferred`): it is the earliest year in which
/// the period does not end before the context date (the document's date, or for the end of a range
/// its start). A document dated 11 June 2021 thus reads "begin september" as September 2021,
/// "januari" as January 2022, and "juni" as June 2021.
///
/// Queries on intervals are exact: an item is overdue as of D when its last day is before D,
/// upcoming after D when its first day is after D, and in progress on D when first <= D <= last. An
/// open side never satisfies a comparison that needs it.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/detail/enum_names.hpp"
#include "charterkit/error.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace charterkit {

/// How precise a printed date is.
enum class DatePrecision {
    day,       ///< one day ("16 mei 2011")
    month,     ///< a month ("maart 2011")
    quarter,   ///< a quarter ("eerste kwartaal 2011")
    half_year, ///< a half-year ("tweede helft 2011")
    year       ///< a whole year ("2012")
};

/// Which third of the period a qualifier names ("begin", "medio", "eind").
enum class DateQualifier {
    none,  ///< the whole period
    early, ///< the first third ("begin")
    mid,   ///< the second third ("medio", "halverwege")
    late   ///< the last third ("eind", "tegen het eind van")
};

/// How a relative date derives from its anchor.
enum class RelativeRelation {
    shifted, ///< the anchor's interval moved by offset_days
    before,  ///< up to the day before the anchor starts (plus offset_days)
    after    ///< from the day after the anchor ends (plus offset_days)
};

namespace detail {
inline constexpr std::pair<DatePrecision, std::string_view> date_precision_names[] = {
    {DatePrecision::day, "day"},
    {DatePrecision::month, "month"},
    {DatePrecision::quarter, "quarter"},
    {DatePrecision::half_year, "half_year"},
    {DatePrecision::year, "year"}};
inline constexpr std::pair<DateQualifier, std::string_view> date_qualifier_names[] = {
    {DateQualifier::none, "none"},
    {DateQualifier::early, "early"},
    {DateQualifier::mid, "mid"},
    {DateQualifier::late, "late"}};
inline constexpr std::pair<RelativeRelation, std::string_view> relative_relation_names[] = {
    {RelativeRelation::shifted, "shifted"},
    {RelativeRelation::before, "before"},
    {RelativeRelation::after, "after"}};
} // namespace detail

/// Text form of a DatePrecision, the enumerator's name ("half_year", ...).
inline std::string_view to_string(DatePrecision p) {
    return detail::enum_to_string(detail::date_precision_names, p);
}
/// Text form of a DateQualifier ("none", "early", "mid", "late").
inline std::string_view to_string(DateQualifier q) {
    return detail::enum_to_string(detail::date_qualifier_names, q);
}
/// Text form of a RelativeRelation ("shifted", "before", "after").
inline std::string_view to_string(RelativeRelation r) {
    return detail::enum_to_string(detail::relative_relation_names, r);
}
/// Parses a precision by its enumerator name. @throws InvalidInputError naming field and value
inline DatePrecision date_precision_from_string(std::string_view s,
                                                std::string_view field = "precision") {
    return detail::enum_from_string(detail::date_precision_names, s, field, "date precision");
}
/// Parses a qualifier by its enumerator name. @throws InvalidInputError naming field and value
inline DateQualifier date_qualifier_from_string(std::string_view s,
                                                std::string_view field = "qualifier") {
    return detail::enum_from_string(detail::date_qualifier_names, s, field, "date qualifier");
}
/// Parses a relation by its enumerator name. @throws InvalidInputError naming field and value
inline RelativeRelation relative_relation_from_string(std::string_view s,
                                                      std::string_view field = "relation") {
    return detail::enum_from_string(detail::relative_relation_names, s, field, "relative relation");
}

/// A closed interval of days; either side may be open (unknown).
struct DateInterval {
    std::optional<Date> first; ///< empty: open at the start
    std::optional<Date> last;  ///< empty: open at the end

    /// Both ends known.
    bool closed() const noexcept { return first.has_value() && last.has_value(); }
    /// One day exactly.
    bool single_day() const { return closed() && *first == *last; }
    /// first <= d <= last (an open side counts as satisfied).
    bool contains(const Date& d) const { return (!first || *first <= d) && (!last || d <= *last); }
    /// The interval ends before d (overdue as of d). False when the end is open.
    bool ends_before(const Date& d) const { return last && *last < d; }
    /// The interval starts after d (upcoming after d). False when the start is open.
    bool starts_after(const Date& d) const { return first && *first > d; }
    /// The interval shares at least one day with [from, to] (open sides are unbounded).
    bool overlaps(const Date& from, const Date& to) const {
        return (!first || *first <= to) && (!last || *last >= from);
    }
    /// Number of days, when closed.
    std::optional<long> days() const {
        if (!closed()) return std::nullopt;
        return (*last - *first).days() + 1;
    }
    /// "2011-03-01..2011-03-31", "..2022-07-31", "2011-05-16".
    std::string to_string() const {
        if (single_day()) return to_iso(*first);
        return (first ? to_iso(*first) : std::string()) + ".." +
               (last ? to_iso(*last) : std::string());
    }
    /// Equal ends (an open end equals only an open end).
    friend bool operator==(const DateInterval& a, const DateInterval& b) {
        return a.first == b.first && a.last == b.last;
    }
    /// Negation of ==.
    friend bool operator!=(const DateInterval& a, const DateInterval& b) { return !(a == b); }
};

/// One absolute calendar period as printed: a day, a month, a quarter, a half-year or a year, with
/// an optional qualifier.
struct DateSpec {
    DatePrecision precision = DatePrecision::year; ///< which kind of period
    int year = 2000; ///< the calendar year (printed, or inferred when year_inferred)
    int part = 0;    ///< month 1–12, quarter 1–4 or half 1–2; 0 for a year or a day
    int month = 0;   ///< for a day: its month
    int day = 0;     ///< for a day: its day of month
    DateQualifier qualifier = DateQualifier::none; ///< which third of the period; none for a day
    bool year_inferred =
        false; ///< the year is not printed; see the inference rule in the file note

    /// A day. @throws InvalidInputError for a special (not-a-date) value.
    static DateSpec of_day(const Date& d);
    /// A month. @throws InvalidInputError outside 1..12 or for a year outside 1400..9998.
    static DateSpec of_month(int year, int month, DateQualifier q = DateQualifier::none);
    /// A quarter. @throws InvalidInputError outside 1..4.
    static DateSpec of_quarter(int year, int quarter, DateQualifier q = DateQualifier::none);
    /// A half-year. @throws InvalidInputError outside 1..2.
    static DateSpec of_half(int year, int half, DateQualifier q = DateQualifier::none);
    /// A year. @throws InvalidInputError for a year outside 1400..9998.
    static DateSpec of_year(int year, DateQualifier q = DateQualifier::none);

    /// Every problem ("<path>.<field>: message"), empty when valid.
    std::vector<std::string> problems(const std::string& path = "date") const;
    /// The days this period (and qualifier) covers; always closed.
    /// @throws InvalidInputError when the spec is invalid (see problems()).
    DateInterval interval() const;
    /// Canonical text: "2011-05-16", "2011-05", "2011-Q1", "2011-H2", "2011", preceded by
    /// "early "/"mid "/"late " and followed by " (year inferred)" when so.
    std::string to_string() const;

    /// Field-by-field equality.
    friend bool operator==(const DateSpec& a, const DateSpec& b) {
        return a.precision == b.precision && a.year == b.year && a.part == b.part &&
               a.month == b.month && a.day == b.day && a.qualifier == b.qualifier &&
               a.year_inferred == b.year_inferred;
    }
    /// Negation of ==.
    friend bool operator!=(const DateSpec& a, const DateSpec& b) { return !(a == b); }
};

/// A date relative to another event of the same plan.
struct RelativeDate {
    std::string to;      ///< the anchor's id in the plan ("ambtelijk-overleg#2", "action-8")
    int offset_days = 0; ///< signed; "twee weken voorafgaand" is -14 with relation shifted
    RelativeRelation relation =
        RelativeRelation::shifted; ///< how the interval derives from the anchor's
    /// Field-by-field equality.
    friend bool operator==(const RelativeDate& a, const RelativeDate& b) {
        return a.to == b.to && a.offset_days == b.offset_days && a.relation == b.relation;
    }
};

/// Looks up the interval of an event by id; returns nothing when there is no such event.
using IntervalResolver = std::function<std::optional<DateInterval>(const std::string&)>;

/// A date as a plan prints it. Exactly one of: `start` (an absolute date, optionally a range to
/// `until`, optionally "at the latest"), `relative`, or neither (an open date: "nader te bepalen").
struct PlanDate {
    std::string text;              ///< as printed (Dutch), e.g. "begin september"
    std::optional<DateSpec> start; ///< the (first) period
    std::optional<DateSpec> until; ///< the end of a range
    bool by = false; ///< "uiterlijk": at the latest; the interval is open at the start
    std::optional<RelativeDate> relative; ///< set for a date relative to another event of the plan

    /// An absolute date. @throws nothing.
    static PlanDate of(const DateSpec& s, std::string text = {});
    /// A range. @throws nothing (problems() reports an end before the start).
    static PlanDate range(const DateSpec& from, const DateSpec& to, std::string text = {});
    /// A relative date. @throws nothing.
    static PlanDate relative_to(std::string to, int offset_days, RelativeRelation relation,
                                std::string text = {});
    /// An open date (the text names no time yet).
    static PlanDate open(std::string text);

    /// True for a calendar date: `start` set and not relative.
    bool is_absolute() const noexcept { return start.has_value() && !relative; }
    /// True for a date relative to another event (`relative` set).
    bool is_relative() const noexcept { return relative.has_value(); }
    /// True for an open date ("nader te bepalen"): neither `start` nor `relative`.
    bool is_open() const noexcept { return !start && !relative; }
    /// True when a year of the date was inferred.
    bool year_inferred() const noexcept {
        return (start && start->year_inferred) || (until && until->year_inferred);
    }

    /// Every problem ("<path>.<field>: message"), empty when valid.
    std::vector<std::string> problems(const std::string& path = "date") const;
    /// The interval of an absolute date; an open date gives an interval open on both sides.
    /// @throws InvalidInputError for a relative date (it needs resolve()) or an invalid date.
    DateInterval interval() const;
    /// The interval, resolving a relative date through `resolve`.
    /// @throws NotFoundError when the anchor does not exist; InvalidInputError for an invalid date.
    DateInterval resolve(const IntervalResolver& resolve) const;
    /// A short canonical text ("2011-05", "2021-09-01..2021-10-31", "-14 days from 'x'").
    std::string to_string() const;

    /// Field-by-field equality, the printed text included.
    friend bool operator==(const PlanDate& a, const PlanDate& b) {
        return a.text == b.text && a.start == b.start && a.until == b.until && a.by == b.by &&
               a.relative == b.relative;
    }
    /// Negation of ==.
    friend bool operator!=(const PlanDate& a, const PlanDate& b) { return !(a == b); }
};

/// What the parser needs to infer implicit years.
struct DateContext {
    Date reference{2000, 1, 1}; ///< the document's date: a year left out is taken from it
    std::optional<Date>
        not_before; ///< infer years so the period does not end before this (default: reference)
};

/// Reads a Dutch plan date: "16 mei 2011", "Oktober 2011", "begin September", "medio maart",
/// "eind 2012", "tegen het eind van 2011", "uiterlijk juli 2022", "uiterlijk in mei 2011",
/// "eerste kwartaal 2011", "tweede helft 2011", "halverwege 2020", "Jan-mei", "Sept - oktober",
/// "Oktober en november", "eind augustus/begin september", "1 september", "2011-05-16", "2012".
/// Case and surrounding punctuation do not matter; years left out are inferred from `context` and
/// marked.
/// @throws InvalidInputError "plan date '<text>': <what could not be read>"
PlanDate parse_plan_date(std::string_view text, const DateContext& context = {});

} // namespace charterkit

#include "charterkit/detail/plan_date_impl.hpp"
