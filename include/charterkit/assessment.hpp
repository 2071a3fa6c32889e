/// @file assessment.hpp
/// Assessment of a target against monitor observations: the planned value at each observation date, the
/// gap to the plan, the share of the way achieved, whether the milestone is reached, and a status from a
/// progress method (progress_methods.hpp) — for the next milestone not yet passed and for each milestone.
///
/// Design note. Everything that makes a target's levels (a baseline measured later, a moving reference,
/// a re-based target) comes in through ResolveOptions and Target::resolve, so the assessment sees only
/// levels and times and never special-cases a form. Milestones whose form states no level (improvement,
/// comparative) get a direction verdict instead; statcan judges an improvement milestone by its
/// "without a target" branch. Data the method cannot judge give status not_available with a reason;
/// invalid input (values out of the indicator's range, an unknown method) throws.
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
    ResolveOptions resolve;                          ///< year convention, later baseline, reference series
    Interpolation interpolation = Interpolation::linear; ///< shape of the trajectory between anchors
    std::string method = "statcan";                  ///< a registered progress method
    std::optional<std::size_t> milestone;            ///< assess this one, not the next one not yet passed
    double tolerance = 0.05;                         ///< linear_path: band as a share of the planned change
    double tolerance_units = 0.0;                    ///< linear_path: band in indicator units
    std::optional<double> limit;                     ///< statcan: natural limit (milestones without a level)
    friend bool operator==(const AssessOptions& a, const AssessOptions& b);
};

/// The assessment of one milestone at the latest observation.
struct MilestoneAssessment {
    std::size_t milestone = 0;
    TargetForm form = TargetForm::absolute;
    double time = std::numeric_limits<double>::quiet_NaN(); ///< fractional years
    int year = 0;
    bool resolved = false;  ///< the milestone gave a level
    double level = std::numeric_limits<double>::quiet_NaN();
    std::string unresolved_reason;
    bool passed = false;    ///< the latest observation lies at or after the milestone
    bool reached = false;   ///< the latest observation meets the level (direction and comparator aware)
    /// (latest - baseline) / (level - baseline) when the level asks for an improvement on the baseline;
    /// when it does not (target equal to or already met at baseline): 1 while met, else 0. NaN without level.
    double share_achieved = std::numeric_limits<double>::quiet_NaN();
    MethodResult result;    ///< status, progress value, score and reason from the method
    friend bool operator==(const MilestoneAssessment& a, const MilestoneAssessment& b);
};

/// The assessment of a target.
struct Assessment {
    std::string target;
    std::string method;
    int method_version = 0;
    Direction direction = Direction::higher_is_better;
    double baseline_time = std::numeric_limits<double>::quiet_NaN();
    double baseline_value = std::numeric_limits<double>::quiet_NaN();
    Date latest_date;
    double latest_time = std::numeric_limits<double>::quiet_NaN();
    double latest_value = std::numeric_limits<double>::quiet_NaN();
    /// The planned value at the latest observation (NaN when there is no trajectory or it starts later).
    double expected = std::numeric_limits<double>::quiet_NaN();
    std::string trajectory_reason; ///< why `expected` is NaN: no trajectory, or it starts later
    /// Per observation: date, time, value, planned value (NaN before the trajectory starts), gap
    /// (actual - planned, indicator units) and gap share (direction * gap / |level - baseline| of the
    /// assessed milestone; positive means ahead of the plan; NaN when the planned change is zero).
    std::vector<Date> dates;
    Eigen::VectorXd times, actual, planned, gap, gap_share;
    std::size_t current = 0; ///< index into `milestones` of the assessed milestone
    std::vector<MilestoneAssessment> milestones; ///< every milestone, in target order

    /// The assessed milestone (the next one not yet passed, or the one asked for).
    const MilestoneAssessment& assessed() const { return milestones.at(current); }
    ProgressStatus status() const { return assessed().result.status; }
    double score() const { return assessed().result.score; }
    bool reached() const { return assessed().reached; }
    double share_achieved() const { return assessed().share_achieved; }
    friend bool operator==(const Assessment& a, const Assessment& b);
};

/// Assesses `target` against `observations` (the monitor's measurements of its indicator).
/// A target whose baseline has no value (and no ResolveOptions.baseline_value) is assessed with status
/// not_available for every milestone, the reason saying so.
/// @throws InvalidTargetError for an invalid target; NotAssessableError when there are no observations;
///         InvalidInputError when an observation lies outside the indicator's range or a tolerance is
///         negative; NotFoundError for an unknown method or milestone index; and what Target::resolve
///         throws (a level outside the indicator's range, a relative change on a zero baseline).
Assessment assess(const Target& target, const Series& observations, const AssessOptions& options = {});

} // namespace charterkit
