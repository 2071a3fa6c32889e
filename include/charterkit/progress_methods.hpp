/// @file progress_methods.hpp
/// Progress methods: pluggable, versioned rules that turn a baseline, the latest observation and a
/// milestone level into a status, a progress value and a score in [-5, 5]. docs/progress.md
/// describes each built-in method with its source:
///
/// - `statcan` (version 1): Statistics Canada's progress measure as published in Open SDG's
/// progress
///   methodology (compound annual growth rates, with or without a target, natural limits).
/// - `eurostat` (version 1): Eurostat's EU SDG monitoring rule for quantified targets (ratio of the
///   actual to the required compound annual growth rate).
/// - `linear_path` (version 1): the latest observation against the charter's own trajectory at the
///   same date, within a stated tolerance.
///
/// Design note. The rules themselves are plain scalar functions (statcan_progress,
/// eurostat_progress, linear_path_progress, direction_progress) so that the one-target assessment,
/// the batch path over millions of series and the vectorized Python function all run the very same
/// code. A ProgressMethod object wraps a rule for the assessment of a Target; users add their own
/// by subclassing it and calling register_progress_method.
#pragma once

#include "charterkit/error.hpp"
#include "charterkit/indicator.hpp"
#include "charterkit/target.hpp"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace charterkit {

/// The statuses the progress methods give. Each method uses a subset (see docs/progress.md); the
/// codes are stable and are what the batch API returns as int8.
enum class ProgressStatus : std::int8_t {
    not_available = 0,    ///< no assessment possible; the result's reason says why
    target_achieved,      ///< statcan: the latest value meets the target
    substantial_progress, ///< statcan: progress value at or above the high threshold
    moderate_progress, ///< statcan (medium threshold) and eurostat (60–95 % of the required rate)
    limited_progress,  ///< statcan: at or above the low threshold
    deterioration,     ///< statcan: below the low threshold
    significant_progress,  ///< eurostat: at least 95 % of the required rate (or the target is met)
    insufficient_progress, ///< eurostat: 0–60 % of the required rate
    moving_away,           ///< eurostat (negative ratio) and linear_path (worse than the baseline)
    ahead,                 ///< linear_path: better than the trajectory by more than the tolerance
    on_track,              ///< linear_path: within the tolerance of the trajectory
    behind,    ///< linear_path: worse than the trajectory, but not worse than the baseline
    improving, ///< a form without a level: moved in the good direction
    no_change, ///< a form without a level: did not move
    worsening  ///< a form without a level: moved in the bad direction
};

/// Number of ProgressStatus values (codes run 0 .. count - 1).
inline constexpr int progress_status_count = 15;

/// Text form of a ProgressStatus ("substantial_progress", ...).
std::string_view to_string(ProgressStatus s);
/// Parses a status by its enumerator name.
/// @throws InvalidInputError "<field>: unknown progress status '<s>'"
ProgressStatus progress_status_from_string(std::string_view s, std::string_view field = "status");
/// Every status in code order.
const std::vector<ProgressStatus>& all_progress_statuses();

/// The outcome of a progress rule.
struct MethodResult {
    ProgressStatus status = ProgressStatus::not_available; ///< the verdict
    /// The method's progress value (statcan: P; eurostat: the ratio RR; linear_path: the gap as a
    /// share of the planned change; direction verdicts: the signed change). NaN when there is none.
    double progress_value = std::numeric_limits<double>::quiet_NaN();
    /// Score in [-5, 5]; NaN when the status carries no score (not_available, direction verdicts).
    double score = std::numeric_limits<double>::quiet_NaN();
    std::string reason; ///< why the status is not_available, or a remark on an edge case
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const MethodResult& a, const MethodResult& b);
};

/// Inputs of the Statistics Canada progress measure, as published (NaN marks an absent value).
struct StatcanInput {
    double base_year =
        std::numeric_limits<double>::quiet_NaN(); ///< b: calendar year of the baseline
    double base_value = std::numeric_limits<double>::quiet_NaN();   ///< y_b: the baseline value
    double current_year = std::numeric_limits<double>::quiet_NaN(); ///< t: year of the latest value
    double current_value = std::numeric_limits<double>::quiet_NaN(); ///< y_t: the latest value
    double target = std::numeric_limits<double>::quiet_NaN();      ///< NaN: no quantitative target
    double target_year = std::numeric_limits<double>::quiet_NaN(); ///< Y: year of the target
    double direction = 1.0;                                  ///< +1 higher is better, -1 lower
    double limit = std::numeric_limits<double>::quiet_NaN(); ///< natural limit; NaN: none
};

/// The Statistics Canada progress measure (Open SDG progress methodology, docs/progress.md).
/// Never throws: a record the method cannot assess comes back not_available with NaN value and
/// score, and the reason says why. @note `direction` other than +1/-1 gives not_available.
MethodResult statcan_progress(const StatcanInput& in);

/// Eurostat's rule for a quantified target: RR = actual CAGR since the baseline / CAGR required to
/// reach `level` at `target_time`. Times are on the fractional-year axis. `reached` says whether
/// the latest value meets the level (a met target is significant progress, score 5). `direction` is
/// +1 or -1.
MethodResult eurostat_progress(double base_time, double base_value, double current_time,
                               double current_value, double level, double target_time,
                               double direction, bool reached);

/// The linear_path rule: the latest value against the planned (trajectory) value at the same date.
/// `expected` is the trajectory's value at the latest observation (NaN: before the trajectory
/// starts); `level` is the milestone level (its distance from the baseline scales the tolerance and
/// the score). The on-track band is max(tolerance * |level - base_value|, tolerance_units).
MethodResult linear_path_progress(double base_value, double current_value, double expected,
                                  double level, double direction, double tolerance,
                                  double tolerance_units);

/// The direction verdict for a milestone that states no level: improving / no_change / worsening by
/// the sign of direction * (current - base). The progress value is that signed change; no score.
MethodResult direction_progress(double base_value, double current_value, double direction);

/// True when `value` meets `level` under a comparator: reach → at least as good in the indicator's
/// direction; at_least → value >= level; at_most → value <= level.
bool meets_level(double value, double level, Comparator comparator, Direction direction);

/// What a progress method sees of one target milestone.
struct MethodInput {
    std::string target;                                ///< target id (for messages)
    Direction direction = Direction::higher_is_better; ///< the indicator's direction
    double baseline_time = 0.0;                        ///< fractional years
    int baseline_year = 0;                             ///< calendar year of the baseline
    double baseline_value = 0.0;                       ///< the baseline value in force
    double latest_time = 0.0;                          ///< the latest observation, fractional years
    int latest_year = 0;                               ///< its calendar year
    double latest_value = 0.0;                         ///< the latest observed value
    std::optional<double> level; ///< the milestone level; empty for a form without one
    double milestone_time =
        std::numeric_limits<double>::quiet_NaN(); ///< the milestone, fractional years
    int milestone_year = 0;                       ///< calendar year the milestone falls in
    Comparator comparator = Comparator::reach;    ///< how the milestone level binds
    bool reached = false;                         ///< the latest value meets the level
    double expected = std::numeric_limits<double>::quiet_NaN(); ///< trajectory at latest_time
    double tolerance = 0.05;      ///< linear_path band, share of the planned change
    double tolerance_units = 0.0; ///< linear_path band in indicator units
    std::optional<double> limit;  ///< statcan natural limit (used without a level)
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const MethodInput& a, const MethodInput& b);
};

/// A progress method: a named, versioned rule. Subclass it to plug in your own and register it.
class ProgressMethod {
public:
    virtual ~ProgressMethod() = default;
    /// The name under which the method is registered ("statcan").
    virtual std::string name() const = 0;
    /// The version of the rule; it changes whenever results can change.
    virtual int version() const = 0;
    /// One paragraph: what the method does and its source.
    virtual std::string description() const = 0;
    /// Assesses one milestone. Should not throw for data it cannot assess (return not_available).
    virtual MethodResult evaluate(const MethodInput& input) const = 0;
};

/// The registered method of that name. @throws NotFoundError naming the known methods.
std::shared_ptr<const ProgressMethod> progress_method(const std::string& name);
/// Registers a method under its name(). @throws InvalidInputError when the name is empty, or taken
/// and `replace` is false; built-in methods cannot be replaced.
void register_progress_method(std::shared_ptr<const ProgressMethod> method, bool replace = false);
/// Removes a registered method; returns false when there is none of that name.
/// @throws InvalidInputError for a built-in method.
bool unregister_progress_method(const std::string& name);
/// Names of the registered methods, built-ins first.
std::vector<std::string> progress_method_names();

} // namespace charterkit
