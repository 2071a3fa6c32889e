/// @file trend_break.hpp
/// The comparative target ("trendbreuk", seed 000 lines 68-70): by a deadline the target group's
/// rate must fall, and fall faster than the comparison group's. Judged from two series with a
/// verdict and the numbers behind it.
///
/// Design note. Both groups are read at the same two points: the start (the baseline, e.g. the
/// zero-measurement over 2009) and the end (the deadline, e.g. end 2012). A year picks the one
/// observation in that year; a date picks the last observation on or before it. The change of each
/// group is measured either relatively (percent of its own start value, the default: groups at
/// different levels are compared fairly, and a faster relative fall is exactly a falling
/// over-representation ratio target/comparison) or in points. The verdict is `achieved` when the
/// target group improved (fell, for a lower-is-better indicator) and improved by strictly more than
/// the comparison group; `not_achieved` otherwise; `not_assessable` when an observation is missing
/// or a start value is zero under the relative measure.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/detail/enum_names.hpp"
#include "charterkit/indicator.hpp"
#include "charterkit/series.hpp"
#include "charterkit/target.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace charterkit {

/// The verdict on a comparative target.
enum class TrendBreakVerdict {
    achieved,      ///< the target group improved, and by strictly more than the comparison group
    not_achieved,  ///< the target group did not improve, or not by more than the comparison group
    not_assessable ///< an observation is missing, or a start value is zero under the relative
                   ///< measure
};

/// How the two groups' changes are compared.
enum class ChangeMeasure {
    relative, ///< percent of the group's own start value (default)
    points    ///< difference in the indicator's unit (percentage points for a rate)
};

namespace detail {
inline constexpr std::pair<TrendBreakVerdict, std::string_view> trend_break_verdict_names[] = {
    {TrendBreakVerdict::achieved, "achieved"},
    {TrendBreakVerdict::not_achieved, "not_achieved"},
    {TrendBreakVerdict::not_assessable, "not_assessable"}};
inline constexpr std::pair<ChangeMeasure, std::string_view> change_measure_names[] = {
    {ChangeMeasure::relative, "relative"}, {ChangeMeasure::points, "points"}};
} // namespace detail

/// Text form of a verdict ("achieved", "not_achieved", "not_assessable").
inline std::string_view to_string(TrendBreakVerdict v) {
    return detail::enum_to_string(detail::trend_break_verdict_names, v);
}
/// Text form of a ChangeMeasure ("relative", "points").
inline std::string_view to_string(ChangeMeasure m) {
    return detail::enum_to_string(detail::change_measure_names, m);
}
/// Parses a verdict by its enumerator name. @throws InvalidInputError naming field and value
inline TrendBreakVerdict trend_break_verdict_from_string(std::string_view s,
                                                         std::string_view field = "verdict") {
    return detail::enum_from_string(detail::trend_break_verdict_names, s, field,
                                    "trend-break verdict");
}
/// Parses "relative" or "points". @throws InvalidInputError naming field and value
inline ChangeMeasure change_measure_from_string(std::string_view s,
                                                std::string_view field = "measure") {
    return detail::enum_from_string(detail::change_measure_names, s, field, "change measure");
}

/// One group's change between the two points.
struct GroupChange {
    std::string name;               ///< the series' name
    std::optional<Date> start_date; ///< the observation used at the start
    std::optional<double> start;    ///< the value at the start; unset when there is no observation
    std::optional<Date> end_date;   ///< the observation used at the end
    std::optional<double> end;      ///< the value at the end; unset when there is no observation
    double change_points = std::numeric_limits<double>::quiet_NaN();  ///< end - start
    double change_percent = std::numeric_limits<double>::quiet_NaN(); ///< 100 (end - start) / start
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const GroupChange& a, const GroupChange& b);
};

/// The verdict on a comparative target with the numbers behind it.
struct TrendBreakResult {
    TrendBreakVerdict verdict = TrendBreakVerdict::not_assessable; ///< the verdict
    ChangeMeasure measure = ChangeMeasure::relative;  ///< how the changes were compared
    Direction direction = Direction::lower_is_better; ///< which way is better
    GroupChange target_group;     ///< the target group's change (e.g. the district's young people)
    GroupChange comparison_group; ///< the comparison group's change (e.g. "andere jongeren")
    /// The comparison group's change minus the target group's, in the measure, signed so that a
    /// positive margin means the target group did better (fell faster, for lower-is-better). NaN
    /// when not assessable.
    double margin = std::numeric_limits<double>::quiet_NaN();
    double ratio_start = std::numeric_limits<double>::quiet_NaN(); ///< over-representation at the
                                                                   ///< start: target / comparison
    double ratio_end = std::numeric_limits<double>::quiet_NaN();   ///< ... and at the end
    std::string explanation;                                       ///< one line with the numbers
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const TrendBreakResult& a, const TrendBreakResult& b);
};

/// Judges a comparative target from the two groups' series between `start` and `end`.
/// @throws InvalidInputError when `end` is not after `start`, or a year holds several observations.
TrendBreakResult assess_trend_break(const Series& target_group, const Series& comparison_group,
                                    const When& start, const When& end,
                                    Direction direction = Direction::lower_is_better,
                                    ChangeMeasure measure = ChangeMeasure::relative);

/// Judges a target whose last comparative milestone gives the end and whose baseline gives the
/// start.
/// @throws InvalidTargetError when the target has no baseline or no comparative milestone.
TrendBreakResult assess_trend_break(const Target& target, const Series& target_group,
                                    const Series& comparison_group,
                                    ChangeMeasure measure = ChangeMeasure::relative);

// ---------------------------------------------------------------- implementation

namespace detail {

/// Equal numbers, or both NaN (a not-assessable result keeps NaN fields).
inline bool same_number(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

} // namespace detail

/// Field-by-field equality; NaN equals NaN.
inline bool operator==(const GroupChange& a, const GroupChange& b) {
    return a.name == b.name && a.start_date == b.start_date && a.start == b.start &&
           a.end_date == b.end_date && a.end == b.end &&
           detail::same_number(a.change_points, b.change_points) &&
           detail::same_number(a.change_percent, b.change_percent);
}

/// Field-by-field equality; NaN equals NaN.
inline bool operator==(const TrendBreakResult& a, const TrendBreakResult& b) {
    return a.verdict == b.verdict && a.measure == b.measure && a.direction == b.direction &&
           a.target_group == b.target_group && a.comparison_group == b.comparison_group &&
           detail::same_number(a.margin, b.margin) &&
           detail::same_number(a.ratio_start, b.ratio_start) &&
           detail::same_number(a.ratio_end, b.ratio_end) && a.explanation == b.explanation;
}

namespace detail {

inline std::optional<std::pair<Date, double>> observation_at(const Series& s, const When& w) {
    if (w.is_year()) {
        std::optional<std::pair<Date, double>> found;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const Observation o = s[i];
            if (o.date.year() != w.calendar_year()) continue;
            if (found)
                throw InvalidInputError(s.name() + ": several observations in " +
                                        std::to_string(w.calendar_year()) + "; give an exact date");
            found = std::make_pair(o.date, o.value);
        }
        return found;
    }
    std::optional<std::pair<Date, double>> found;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const Observation o = s[i];
        if (o.date <= w.exact_date()) found = std::make_pair(o.date, o.value);
    }
    return found;
}

inline GroupChange group_change(const Series& s, const When& start, const When& end) {
    GroupChange g;
    g.name = s.name();
    if (auto a = observation_at(s, start)) {
        g.start_date = a->first;
        g.start = a->second;
    }
    if (auto b = observation_at(s, end)) {
        g.end_date = b->first;
        g.end = b->second;
    }
    if (g.start && g.end) {
        g.change_points = *g.end - *g.start;
        if (*g.start != 0.0) g.change_percent = 100.0 * (*g.end - *g.start) / *g.start;
    }
    return g;
}

inline std::string fixed(double v, int decimals = 2) {
    if (!std::isfinite(v)) return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

} // namespace detail

inline TrendBreakResult assess_trend_break(const Series& tg, const Series& cg, const When& start,
                                           const When& end, Direction direction,
                                           ChangeMeasure measure) {
    if (end.to_date(YearAnchor::end) <= start.to_date(YearAnchor::end))
        throw InvalidInputError("trend break: end " + end.to_string() + " is not after start " +
                                start.to_string());
    TrendBreakResult r;
    r.measure = measure;
    r.direction = direction;
    r.target_group = detail::group_change(tg, start, end);
    r.comparison_group = detail::group_change(cg, start, end);
    auto missing = [&](const GroupChange& g) -> std::string {
        if (!g.start)
            return "'" + g.name + "' has no observation for the start (" + start.to_string() + ")";
        if (!g.end)
            return "'" + g.name + "' has no observation for the end (" + end.to_string() + ")";
        return {};
    };
    for (const GroupChange* g : {&r.target_group, &r.comparison_group}) {
        const std::string why = missing(*g);
        if (!why.empty()) {
            r.explanation = "not assessable: " + why;
            return r;
        }
    }
    if (*r.comparison_group.start != 0.0)
        r.ratio_start = *r.target_group.start / *r.comparison_group.start;
    if (*r.comparison_group.end != 0.0) r.ratio_end = *r.target_group.end / *r.comparison_group.end;
    const bool relative = measure == ChangeMeasure::relative;
    const double t = relative ? r.target_group.change_percent : r.target_group.change_points;
    const double c =
        relative ? r.comparison_group.change_percent : r.comparison_group.change_points;
    const char* unit = relative ? " %" : " points";
    if (!std::isfinite(t) || !std::isfinite(c)) {
        r.explanation =
            "not assessable: a start value is zero, so a relative change is undefined (use points)";
        return r;
    }
    const int s = sign(direction); // +1 higher is better, -1 lower is better
    r.margin = s * (t - c);
    const bool improved = s * t > 0.0;
    const std::string numbers = "target group " + detail::fixed(*r.target_group.start) + " -> " +
                                detail::fixed(*r.target_group.end) + " (" + detail::fixed(t) +
                                unit + "), comparison group " +
                                detail::fixed(*r.comparison_group.start) + " -> " +
                                detail::fixed(*r.comparison_group.end) + " (" + detail::fixed(c) +
                                unit + "); over-representation " + detail::fixed(r.ratio_start) +
                                " -> " + detail::fixed(r.ratio_end);
    const char* better = direction == Direction::lower_is_better ? "fell" : "rose";
    if (improved && r.margin > 0.0) {
        r.verdict = TrendBreakVerdict::achieved;
        r.explanation = std::string("achieved: the target group ") + better +
                        " faster than the comparison group by " + detail::fixed(r.margin) + unit +
                        ": " + numbers;
    } else {
        r.verdict = TrendBreakVerdict::not_achieved;
        r.explanation = std::string("not achieved: ") +
                        (improved ? std::string("the target group ") + better +
                                        " but not faster than the comparison group"
                                  : std::string("the target group did not improve")) +
                        ": " + numbers;
    }
    return r;
}

inline TrendBreakResult assess_trend_break(const Target& target, const Series& tg, const Series& cg,
                                           ChangeMeasure measure) {
    if (!target.baseline)
        throw InvalidTargetError("target '" + target.id +
                                 "': a trend break needs a baseline to start from");
    const Milestone* m = nullptr;
    for (const auto& x : target.milestones)
        if (x.form == TargetForm::comparative && x.when) m = &x;
    if (!m)
        throw InvalidTargetError("target '" + target.id +
                                 "': has no comparative milestone with a year or date");
    return assess_trend_break(tg, cg, target.baseline->when, *m->when, target.indicator.direction,
                              measure);
}

} // namespace charterkit
