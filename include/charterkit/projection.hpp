/// @file projection.hpp
/// Projection of a target at the current pace: a least-squares straight line through the
/// observations, its value at each milestone with an interval from the fit's standard error, the
/// date the milestone level is reached at this pace (or never), and the probability of reaching it
/// by Monte Carlo.
///
/// Design note. The fit is ordinary least squares of value on time, solved in centred time (the
/// normal equations are then diagonal, which keeps the conditioning good for year numbers near
/// 2000). The interval at time T is the fitted value ± t(1 - (1 - confidence) / 2, n - 2) * se(T)
/// with se(T) = s * sqrt(1/n + (T - t̄)² / Σ(t - t̄)²): the uncertainty of the trend line, not of a
/// single future measurement. With two observations there are no residual degrees of freedom and
/// the interval is unbounded (±∞).
///
/// The noise model of the Monte Carlo: each observation is the line plus an independent normal
/// error with standard deviation σ (the fit's residual standard deviation unless stated). A draw
/// simulates new observations at the observed times from the fitted line, refits the line, and adds
/// one error for the measurement at the milestone; the probability is the share of draws whose
/// simulated milestone value meets the level. The generator is xoshiro256** seeded through
/// splitmix64 with `seed`, and normals come from the Box–Muller transform, so a seed gives the same
/// numbers on every platform with the same libm.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/series.hpp"
#include "charterkit/target.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// A straight line fitted by least squares: value(t) = mean_value + slope * (t - mean_time).
struct TrendFit {
    std::size_t n = 0; ///< observations used
    double mean_time =
        std::numeric_limits<double>::quiet_NaN(); ///< t̄, mean observation time (years)
    double mean_value = std::numeric_limits<double>::quiet_NaN(); ///< the fitted value at mean_time
    double slope = std::numeric_limits<double>::quiet_NaN();      ///< units per year
    double sxx = std::numeric_limits<double>::quiet_NaN();        ///< Σ (t - mean_time)²
    double residual_sd =
        std::numeric_limits<double>::quiet_NaN(); ///< s = sqrt(RSS / (n - 2)); NaN for n = 2
    double slope_se = std::numeric_limits<double>::quiet_NaN(); ///< s / sqrt(sxx)

    /// The fitted value at time t.
    double value_at(double t) const { return mean_value + slope * (t - mean_time); }
    /// Standard error of the fitted value at time t (NaN for n = 2).
    double se_at(double t) const;
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const TrendFit& a, const TrendFit& b);
};

/// Fits the least-squares line through (times, values).
/// @throws InvalidInputError when sizes differ or a value is not finite; NotAssessableError when
/// there
///         are fewer than two observations or all lie at one time.
TrendFit fit_trend(const Eigen::Ref<const Eigen::VectorXd>& times,
                   const Eigen::Ref<const Eigen::VectorXd>& values);

/// The two-sided Student t quantile for `confidence` with `dof` degrees of freedom (∞ for dof = 0).
/// @throws InvalidInputError when confidence is not in (0, 1).
double t_quantile(double confidence, std::size_t dof);

/// Settings of a projection.
struct ProjectOptions {
    ResolveOptions resolve;         ///< how milestones resolve to levels
    double confidence = 0.95;       ///< of the interval, in (0, 1)
    std::size_t draws = 0;          ///< Monte Carlo draws; 0 leaves the probability out (NaN)
    std::uint64_t seed = 1;         ///< seed of the Monte Carlo generator
    std::optional<double> noise_sd; ///< σ of the noise model; default the fit's residual sd
    /// Field-by-field equality.
    friend bool operator==(const ProjectOptions& a, const ProjectOptions& b);
};

/// The projection to one milestone.
struct MilestoneProjection {
    std::size_t milestone = 0; ///< index of the milestone in Target::milestones
    double time = std::numeric_limits<double>::quiet_NaN(); ///< the milestone, in fractional years
    int year = 0;          ///< the calendar year the milestone falls in
    bool resolved = false; ///< the milestone gave a level
    double level = std::numeric_limits<double>::quiet_NaN(); ///< NaN when unresolved
    std::string unresolved_reason; ///< why the milestone gave no level (empty when it did)
    double projected =
        std::numeric_limits<double>::quiet_NaN(); ///< the trend's value at the milestone
    /// Lower end of the interval of the projected value (-∞ with two observations).
    double low = std::numeric_limits<double>::quiet_NaN();
    /// Upper end of the interval of the projected value (+∞ with two observations).
    double high = std::numeric_limits<double>::quiet_NaN();
    bool on_course = false; ///< the projected value meets the level
    /// When the trend line reaches the level moving in the good direction (fractional years; may
    /// lie in the past). Empty when the trend is flat or moves away ("never at this pace").
    std::optional<double> reach_time;
    std::optional<Date> reach_date; ///< the day of reach_time (empty also beyond the year 9999)
    double probability =
        std::numeric_limits<double>::quiet_NaN(); ///< Monte Carlo; NaN without draws
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const MilestoneProjection& a, const MilestoneProjection& b);
};

/// The projection of a target.
struct Projection {
    std::string target;       ///< target id
    TrendFit fit;             ///< the line through the observations
    double confidence = 0.95; ///< confidence level of the intervals
    std::size_t draws = 0;    ///< Monte Carlo draws per milestone (0: no probabilities)
    std::uint64_t seed = 1;   ///< seed of the Monte Carlo generator
    double noise_sd = std::numeric_limits<double>::quiet_NaN(); ///< σ used by the Monte Carlo
    std::vector<MilestoneProjection> milestones; ///< every milestone, in target order
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const Projection& a, const Projection& b);
};

/// Projects `target` at the pace of `observations`.
/// @throws NotAssessableError with fewer than two observations, or when draws > 0 and there is no σ
///         (two observations and no noise_sd); InvalidInputError for a confidence outside (0, 1) or
///         a negative noise_sd.
Projection project(const Target& target, const Series& observations,
                   const ProjectOptions& options = {});

/// The Monte Carlo probability that the measured value at `milestone_time` meets `level` under the
/// noise model above, for observations at `times` with the fitted line `fit` and noise σ =
/// `noise_sd`.
/// @throws InvalidInputError when noise_sd is negative or not finite.
double probability_of_reaching(const TrendFit& fit, const Eigen::Ref<const Eigen::VectorXd>& times,
                               double milestone_time, double level, Comparator comparator,
                               Direction direction, std::size_t draws, std::uint64_t seed,
                               double noise_sd);

} // namespace charterkit
