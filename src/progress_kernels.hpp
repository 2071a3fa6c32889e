// Private: the scalar rules and numerical kernels shared by assess(), project() and the batch path,
// so a batch row and the one-target result run the same arithmetic in the same order and agree to
// the last bit (IEEE operations are correctly rounded; only a build that lets the compiler contract
// a * b + c into FMA differently at different call sites could change the last bit). No allocation,
// no exceptions. The small helpers are inline so the batch loop keeps its values in registers.
#pragma once

#include "charterkit/progress_methods.hpp"
#include "charterkit/projection.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace charterkit::detail {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Why a rule gave no status, or a remark on an edge case (text: reason_text).
enum class Reason : std::int8_t {
    none = 0,
    no_data,                     // a base or current value or year is missing
    bad_direction,               // direction is not +1 or -1
    opposite_signs,              // base and current value of opposite signs
    base_after_current,          // the base year is after the current year
    too_short,                   // less than one year between base and current
    target_year_missing,         // a target without a target year
    target_not_after_base,       // the target year is not after the base year
    not_a_number,                // the progress value came out NaN
    base_zero,                   // remark: base value 0 replaced by 0.001
    target_zero,                 // remark: target 0 replaced by 0.001
    base_and_target_zero,        // remark: both replaced
    no_observation_after_base,   // eurostat: the latest observation is not after the baseline
    one_sign,                    // eurostat: compound growth needs values of one sign, none zero
    no_improvement_asked_missed, // eurostat: the level asks no improvement and is missed
    before_trajectory, // linear_path: the latest observation is before the trajectory starts
    no_planned_change  // linear_path: remark, the level equals the baseline
};

/// Fixed text of a reason.
std::string reason_text(Reason r);

/// The result of a rule without allocation.
struct Outcome {
    ProgressStatus status = ProgressStatus::not_available;
    double value = nan;
    double score = nan;
    Reason reason = Reason::none;
};

/// The public MethodResult of an Outcome.
MethodResult to_result(const Outcome& o);

Outcome statcan_rule(double base_year, double base_value, double current_year, double current_value,
                     double target, double target_year, double direction, double limit);
Outcome eurostat_rule(double base_time, double base_value, double current_time,
                      double current_value, double level, double target_time, double direction,
                      bool reached);
Outcome linear_path_rule(double base_value, double current_value, double expected, double level,
                         double direction, double tolerance, double tolerance_units);
Outcome direction_rule(double base_value, double current_value, double direction);

/// A reach comparator in a direction (+1 / -1): value at least as good as level.
inline bool reaches(double value, double level, double direction) {
    return direction > 0 ? value >= level : value <= level;
}

/// The planned value at t of the straight path (t0, v0) -> (t1, v1), held after t1, NaN before t0 —
/// the same arithmetic as Trajectory::value_at with linear interpolation.
inline double linear_planned(double t0, double v0, double t1, double v1, double t) {
    if (!(t >= t0)) return nan;
    if (t >= t1) return v1;
    const double s = (t - t0) / (t1 - t0);
    return v0 + s * (v1 - v0);
}

/// (current - base) / (level - base) when direction * (level - base) > 0; else 1 when reached, 0
/// when not.
inline double share_achieved(double yb, double yt, double L, double d, bool reached) {
    if (std::isnan(L) || std::isnan(yb) || std::isnan(yt)) return nan;
    const double planned = L - yb;
    if (d * planned > 0) return (yt - yb) / planned;
    return reached ? 1.0 : 0.0;
}

/// direction * (actual - planned) / |level - base|; NaN when the planned change is zero.
inline double gap_share(double actual, double planned_value, double yb, double L, double d) {
    const double change = std::fabs(L - yb);
    if (!(change > 0)) return nan;
    return d * (actual - planned_value) / change;
}

/// Least-squares line through the finite values of y (NaN skipped) at times t (m entries each).
/// Fewer than two finite values, or zero spread of their times, give n < 2 or sxx == 0 and NaN
/// fields. Three passes (means; centred sums; residuals) keep it accurate for years near 2000 and
/// exact fits.
inline TrendFit fit_line_from_sums(const double* t, const double* y, std::ptrdiff_t m,
                                   std::size_t n, double st, double sy);

inline TrendFit fit_line(const double* t, const double* y, std::ptrdiff_t m) {
    std::size_t n = 0;
    double st = 0, sy = 0;
    for (std::ptrdiff_t j = 0; j < m; ++j) {
        if (std::isnan(y[j])) continue;
        ++n;
        st += t[j];
        sy += y[j];
    }
    return fit_line_from_sums(t, y, m, n, st, sy);
}

/// fit_line after its first pass: n finite values with time sum st and value sum sy (in column
/// order).
inline TrendFit fit_line_from_sums(const double* t, const double* y, std::ptrdiff_t m,
                                   std::size_t n, double st, double sy) {
    TrendFit f;
    f.n = n;
    if (n < 2) return f;
    const double tm = st / static_cast<double>(n), ym = sy / static_cast<double>(n);
    double sxx = 0, sxy = 0;
    for (std::ptrdiff_t j = 0; j < m; ++j) {
        if (std::isnan(y[j])) continue;
        const double dt = t[j] - tm;
        sxx += dt * dt;
        sxy += dt * (y[j] - ym);
    }
    f.mean_time = tm;
    f.mean_value = ym;
    f.sxx = sxx;
    if (!(sxx > 0)) return f;
    f.slope = sxy / sxx;
    if (n > 2) {
        double rss = 0;
        for (std::ptrdiff_t j = 0; j < m; ++j) {
            if (std::isnan(y[j])) continue;
            const double r = y[j] - (ym + f.slope * (t[j] - tm));
            rss += r * r;
        }
        f.residual_sd = std::sqrt(rss / static_cast<double>(n - 2));
        f.slope_se = f.residual_sd / std::sqrt(sxx);
    }
    return f;
}

/// The calendar year of a time on the fractional-year axis: floor(t), without a libm call for the
/// usual non-negative times.
inline double year_of(double t) {
    return t >= 0 && t < 4.0e15 ? static_cast<double>(static_cast<std::int64_t>(t)) : std::floor(t);
}

/// Standard error of the fitted value at t (TrendFit::se_at, inline for the batch loop).
inline double fit_se_at(const TrendFit& f, double t) {
    return f.residual_sd * std::sqrt(1.0 / static_cast<double>(f.n) +
                                     (t - f.mean_time) * (t - f.mean_time) / f.sxx);
}

/// Interval half-width factor: the two-sided t quantile (cached for small dof by the caller).
double t_quantile_uncached(double confidence, std::size_t dof);

/// The time the fitted line reaches `level` moving in the good direction; NaN when flat or moving
/// away.
inline double reach_time(const TrendFit& f, double level, double d) {
    if (!(d * f.slope > 0)) return nan;
    return f.mean_time + (level - f.mean_value) / f.slope;
}

/// Monte Carlo share of draws meeting `level` (see projection.hpp). `t` holds the m times; `y` the
/// values (NaN skipped, to know which times were observed). sd must be finite and >= 0.
double monte_carlo(const TrendFit& fit, const double* t, const double* y, std::ptrdiff_t m,
                   double milestone_time, double level, Comparator comparator, double direction,
                   std::size_t draws, std::uint64_t seed, double sd);

} // namespace charterkit::detail
