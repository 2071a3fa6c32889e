/// @file assessment.hpp
/// Assessment of a target against monitor observations: the planned value at each observation date,
/// the gap to the plan, the share of the way achieved, whether the milestone is reached, and a
/// status from a progress method (progress_methods.hpp) — for the next milestone not yet passed and
/// for each milestone.
///
/// Design note. Everything that makes a target's levels (a baseline measured later, a moving
/// reference, a re-based target) comes in through ResolveOptions and Target::resolve, so the
/// assessment sees only levels and times and never special-cases a form. Milestones whose form
/// states no level (improvement, comparative) get a direction verdict instead; statcan judges an
/// improvement milestone by its "without a target" branch. Data the method cannot judge give status
/// not_available with a reason; invalid input (values out of the indicator's range, an unknown
/// method) throws.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/progress_methods.hpp"
#include "charterkit/series.hpp"
#include "charterkit/target.hpp"
#include "charterkit/trajectory.hpp"

#include <Eigen/Core>

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// How to assess.
struct AssessOptions {
    ResolveOptions resolve; ///< year convention, later baseline, reference series
    Interpolation interpolation =
        Interpolation::linear;            ///< shape of the trajectory between anchors
    std::string method = "statcan";       ///< a registered progress method
    std::optional<std::size_t> milestone; ///< assess this one, not the next one not yet passed
    double tolerance = 0.05;              ///< linear_path: band as a share of the planned change
    double tolerance_units = 0.0;         ///< linear_path: band in indicator units
    std::optional<double> limit;          ///< statcan: natural limit (milestones without a level)
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const AssessOptions& a, const AssessOptions& b);
};

/// The assessment of one milestone at the latest observation.
struct MilestoneAssessment {
    std::size_t milestone = 0;              ///< index of the milestone in Target::milestones
    TargetForm form = TargetForm::absolute; ///< how the milestone states its level
    double time = std::numeric_limits<double>::quiet_NaN(); ///< fractional years
    int year = 0;          ///< the calendar year the milestone falls in
    bool resolved = false; ///< the milestone gave a level
    double level =
        std::numeric_limits<double>::quiet_NaN(); ///< the milestone level; NaN when unresolved
    std::string unresolved_reason; ///< why the milestone gave no level (empty when it did)
    bool passed = false;           ///< the latest observation lies at or after the milestone
    bool reached =
        false; ///< the latest observation meets the level (direction and comparator aware)
    /// (latest - baseline) / (level - baseline) when the level asks for an improvement on the
    /// baseline; when it does not (target equal to or already met at baseline): 1 while met, else
    /// 0. NaN without level.
    double share_achieved = std::numeric_limits<double>::quiet_NaN();
    MethodResult result; ///< status, progress value, score and reason from the method
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const MilestoneAssessment& a, const MilestoneAssessment& b);
};

/// The assessment of a target.
struct Assessment {
    std::string target;     ///< target id
    std::string method;     ///< name of the progress method used ("statcan")
    int method_version = 0; ///< version of that method's rule
    Direction direction = Direction::higher_is_better; ///< the indicator's direction
    /// The baseline on the fractional-year axis; NaN when the target has no baseline.
    double baseline_time = std::numeric_limits<double>::quiet_NaN();
    /// The baseline value in force (ResolveOptions.baseline_value first); NaN when not known yet.
    double baseline_value = std::numeric_limits<double>::quiet_NaN();
    Date latest_date; ///< day of the latest observation
    /// The latest observation on the fractional-year axis.
    double latest_time = std::numeric_limits<double>::quiet_NaN();
    /// The latest observed value, in the indicator's unit.
    double latest_value = std::numeric_limits<double>::quiet_NaN();
    /// The planned value at the latest observation (NaN when there is no trajectory or it starts
    /// later).
    double expected = std::numeric_limits<double>::quiet_NaN();
    std::string trajectory_reason; ///< why `expected` is NaN: no trajectory, or it starts later
    /// Per observation: date, time, value, planned value (NaN before the trajectory starts), gap
    /// (actual - planned, indicator units) and gap share (direction * gap / |level - baseline| of
    /// the assessed milestone; positive means ahead of the plan; NaN when the planned change is
    /// zero). This member holds the observation days; the vectors below have one entry per day,
    /// same order.
    std::vector<Date> dates;
    /// @var times
    /// The observation days on the fractional-year axis.
    /// @var actual
    /// The observed values, in the indicator's unit.
    /// @var planned
    /// The trajectory's value at each observation; NaN before the trajectory starts or without one.
    /// @var gap
    /// actual - planned, in indicator units; NaN where `planned` is NaN.
    /// @var gap_share
    /// direction * gap / |level - baseline| of the assessed milestone; positive means ahead of the
    /// plan; NaN when the planned change is zero, the baseline is unknown or the milestone
    /// unresolved.
    Eigen::VectorXd times, actual, planned, gap, gap_share;
    std::size_t current = 0; ///< index into `milestones` of the assessed milestone
    std::vector<MilestoneAssessment> milestones; ///< every milestone, in target order

    /// The assessed milestone (the next one not yet passed, or the one asked for).
    const MilestoneAssessment& assessed() const { return milestones.at(current); }
    /// The progress status of the assessed milestone.
    ProgressStatus status() const { return assessed().result.status; }
    /// The score in [-5, 5] of the assessed milestone; NaN when its status carries none.
    double score() const { return assessed().result.score; }
    /// True when the latest observation meets the assessed milestone's level.
    bool reached() const { return assessed().reached; }
    /// The share of the way to the assessed milestone achieved; NaN without a level.
    double share_achieved() const { return assessed().share_achieved; }
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const Assessment& a, const Assessment& b);
};

/// Assesses `target` against `observations` (the monitor's measurements of its indicator).
/// A target whose baseline has no value (and no ResolveOptions.baseline_value) is assessed with
/// status not_available for every milestone, the reason saying so.
/// @throws InvalidTargetError for an invalid target; NotAssessableError when there are no
/// observations;
///         InvalidInputError when an observation lies outside the indicator's range or a tolerance
///         is negative; NotFoundError for an unknown method or milestone index; and what
///         Target::resolve throws (a level outside the indicator's range, a relative change on a
///         zero baseline).
Assessment assess(const Target& target, const Series& observations,
                  const AssessOptions& options = {});

} // namespace charterkit
