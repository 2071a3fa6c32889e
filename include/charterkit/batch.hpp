/// @file batch.hpp
/// Assessment, projection and roll-up of many series at once over contiguous arrays: one row per
/// series (one target milestone), observations in the columns. No per-series allocation; the work
/// is split over threads; the rules are the very functions the one-target assess() and project()
/// use, so a row of the batch equals the one-by-one result for a single-milestone target with
/// linear interpolation.
///
/// Conventions. Times are fractional years (see date.hpp); statcan takes the calendar year as
/// floor(time), which matches When::calendar_year under the start and middle year conventions. A
/// NaN observation is missing and skipped. A NaN level means the milestone states no level (statcan
/// then uses its "without a target" branch, the other methods a direction verdict). Comparators are
/// `reach`. Per-series inputs have one entry per series or a single entry for all.
#pragma once

#include "charterkit/progress_methods.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <limits>
#include <new>
#include <string>
#include <vector>

namespace charterkit {

/// A row-major (C-order) matrix of doubles, as numpy arrays are by default.
using RowMatrixXd = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Settings of a batch run.
struct BatchOptions {
    std::string method = "statcan"; ///< statcan, eurostat or linear_path (built-ins only)
    double tolerance = 0.05;        ///< linear_path band, share of the planned change
    double tolerance_units = 0.0;   ///< linear_path band in indicator units
    double limit =
        std::numeric_limits<double>::quiet_NaN(); ///< statcan natural limit (rows without level)
    bool project = true;      ///< also fit the trend and project to the milestone
    double confidence = 0.95; ///< of the projection interval
    std::size_t draws = 0;    ///< Monte Carlo draws per series (0: no probability)
    std::uint64_t seed = 1;   ///< series i uses seed + i
    double noise_sd =
        std::numeric_limits<double>::quiet_NaN(); ///< σ of the noise model; NaN: the fit's
    unsigned threads = 0;                         ///< 0: one per hardware thread
    bool per_observation = false; ///< also return planned values and gaps per observation
};

/// Results, one entry per series (per_observation: one row per series).
struct BatchResult {
    Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1> status; ///< ProgressStatus codes
    /// @var progress_value
    /// The method's progress value (see MethodResult::progress_value); NaN when there is none.
    /// @var score
    /// Score in [-5, 5]; NaN when the status carries no score.
    Eigen::VectorXd progress_value, score;
    /// The latest observation meets the level (false without a level or without an observation).
    Eigen::Matrix<bool, Eigen::Dynamic, 1> reached;
    /// (latest - baseline) / (level - baseline), as MilestoneAssessment::share_achieved; NaN
    /// without level.
    Eigen::VectorXd share_achieved;
    /// @var latest_time
    /// Time of the last non-missing observation (fractional years); NaN when a series has none.
    /// @var latest_value
    /// Value of the last non-missing observation; NaN when a series has none.
    Eigen::VectorXd latest_time, latest_value;
    /// @var expected
    /// The planned value at the latest observation: the straight line from the baseline to the
    /// level, held after the milestone; NaN without a level or before the baseline.
    /// @var gap
    /// latest_value - expected (at the latest observation), in indicator units.
    /// @var gap_share
    /// direction * gap / |level - baseline| at the latest observation; positive means ahead of the
    /// plan.
    Eigen::VectorXd expected, gap, gap_share;
    // projection (NaN for a series with fewer than two observations, where project() would throw)
    /// @var slope
    /// Slope of the least-squares line, units per year; NaN with fewer than two observations.
    /// @var slope_se
    /// Standard error of the slope; NaN with two observations or fewer.
    /// @var projected
    /// The line's value at milestone_time.
    /// @var low
    /// Lower end of the interval of `projected` at options.confidence (-∞ with two observations).
    /// @var high
    /// Upper end of the interval of `projected` at options.confidence (+∞ with two observations).
    /// @var reach_time
    /// When the line reaches the level moving the good way (fractional years); NaN when it never
    /// does at this pace or there is no level.
    /// @var probability
    /// Monte Carlo probability of reaching the level by the milestone; NaN without draws or level.
    Eigen::VectorXd slope, slope_se, projected, low, high, reach_time, probability;
    /// @var planned
    /// (n, m): the planned value at each observation time (NaN without a level or before the
    /// baseline); empty unless per_observation.
    /// @var planned_gap
    /// (n, m): value - planned at each observation (NaN where either is); empty unless
    /// per_observation.
    RowMatrixXd planned, planned_gap;
};

/// Views of caller-owned output arrays for assess_batch_into: n entries each (planned and
/// planned_gap: n × m, row-major). A view left empty (size 0) is not written, so unneeded outputs
/// cost nothing; reuse the same memory across calls to avoid fresh allocations. Point a view at
/// memory with bind().
struct BatchOutputs {
    /// A writable view of n caller-owned entries of type T.
    template <class T>
    using View = Eigen::Map<Eigen::Matrix<T, Eigen::Dynamic, 1>>;
    // Each view receives the BatchResult field of the same name.
    View<std::int8_t> status{nullptr, 0}; ///< BatchResult::status: ProgressStatus codes
    /// @var progress_value
    /// BatchResult::progress_value.
    /// @var score
    /// BatchResult::score.
    View<double> progress_value{nullptr, 0}, score{nullptr, 0};
    View<bool> reached{nullptr, 0}; ///< BatchResult::reached
    /// @var share_achieved
    /// BatchResult::share_achieved.
    /// @var latest_time
    /// BatchResult::latest_time.
    /// @var latest_value
    /// BatchResult::latest_value.
    View<double> share_achieved{nullptr, 0}, latest_time{nullptr, 0}, latest_value{nullptr, 0};
    /// @var expected
    /// BatchResult::expected.
    /// @var gap
    /// BatchResult::gap.
    /// @var gap_share
    /// BatchResult::gap_share.
    View<double> expected{nullptr, 0}, gap{nullptr, 0}, gap_share{nullptr, 0};
    /// @var slope
    /// BatchResult::slope (written only when options.project).
    /// @var slope_se
    /// BatchResult::slope_se (written only when options.project).
    /// @var projected
    /// BatchResult::projected (written only when options.project).
    /// @var low
    /// BatchResult::low (written only when options.project).
    View<double> slope{nullptr, 0}, slope_se{nullptr, 0}, projected{nullptr, 0}, low{nullptr, 0};
    /// @var high
    /// BatchResult::high (written only when options.project).
    /// @var reach_time
    /// BatchResult::reach_time (written only when options.project).
    /// @var probability
    /// BatchResult::probability (written only when options.project).
    View<double> high{nullptr, 0}, reach_time{nullptr, 0}, probability{nullptr, 0};
    /// @var planned
    /// BatchResult::planned: n × m, row-major.
    /// @var planned_gap
    /// BatchResult::planned_gap: n × m, row-major.
    Eigen::Map<RowMatrixXd> planned{nullptr, 0, 0}, planned_gap{nullptr, 0, 0};

    /// Points `view` at `size` entries at `data`.
    template <class T>
    static void bind(View<T>& view, T* data, Eigen::Index size) {
        new (&view) View<T>(data, size);
    }
    /// Points a per-observation view at `rows` × `cols` row-major entries at `data`.
    static void bind(Eigen::Map<RowMatrixXd>& view, double* data, Eigen::Index rows,
                     Eigen::Index cols) {
        new (&view) Eigen::Map<RowMatrixXd>(data, rows, cols);
    }
};

/// Assesses (and projects) every row into caller-owned arrays (see assess_batch for the inputs).
/// @throws InvalidInputError as assess_batch, and when a non-empty output view has the wrong size.
void assess_batch_into(const Eigen::Ref<const RowMatrixXd>& times,
                       const Eigen::Ref<const RowMatrixXd>& values,
                       const Eigen::Ref<const Eigen::VectorXd>& baseline_time,
                       const Eigen::Ref<const Eigen::VectorXd>& baseline_value,
                       const Eigen::Ref<const Eigen::VectorXd>& level,
                       const Eigen::Ref<const Eigen::VectorXd>& milestone_time,
                       const Eigen::Ref<const Eigen::VectorXd>& direction,
                       const BatchOptions& options, BatchOutputs& out);

/// Assesses (and projects) every row.
/// @param times           (1, m) shared by all series, or (n, m); finite, strictly increasing per
/// row
/// @param values          (n, m); NaN marks a missing observation
/// @param baseline_time   (n) or (1)
/// @param baseline_value  (n) or (1); finite
/// @param level           (n) or (1); the milestone level, NaN for none
/// @param milestone_time  (n) or (1); after the baseline
/// @param direction       (n) or (1); +1 higher is better, -1 lower is better
/// @param options         method, tolerances, projection and Monte Carlo settings, threads
/// @throws InvalidInputError naming the array, the row (and column) and the value of the first
/// offending
///         entry: wrong shapes, infinite values, unsorted times, a direction other than ±1, a
///         milestone not after its baseline, a negative tolerance or noise, an unknown method;
///         NotAssessableError when draws > 0 and a series has no σ (two observations and no
///         noise_sd).
BatchResult assess_batch(const Eigen::Ref<const RowMatrixXd>& times,
                         const Eigen::Ref<const RowMatrixXd>& values,
                         const Eigen::Ref<const Eigen::VectorXd>& baseline_time,
                         const Eigen::Ref<const Eigen::VectorXd>& baseline_value,
                         const Eigen::Ref<const Eigen::VectorXd>& level,
                         const Eigen::Ref<const Eigen::VectorXd>& milestone_time,
                         const Eigen::Ref<const Eigen::VectorXd>& direction,
                         const BatchOptions& options = {});

/// The statcan measure over arrays (each of size n or 1), as charterkit.progress.statcan exposes
/// it.
struct StatcanBatchResult {
    Eigen::VectorXd progress_value;                       ///< P per record; NaN when there is none
    Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1> status; ///< ProgressStatus codes
    Eigen::VectorXd score; ///< score in [-5, 5]; NaN for not_available
};
/// The statcan measure (statcan_progress) per record; the arguments are StatcanInput's fields, NaN
/// marking an absent value. `threads` 0: one per hardware thread.
/// @throws InvalidInputError when the array sizes disagree.
StatcanBatchResult statcan_batch(const Eigen::Ref<const Eigen::VectorXd>& base_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& base_value,
                                 const Eigen::Ref<const Eigen::VectorXd>& current_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& current_value,
                                 const Eigen::Ref<const Eigen::VectorXd>& target,
                                 const Eigen::Ref<const Eigen::VectorXd>& target_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& direction,
                                 const Eigen::Ref<const Eigen::VectorXd>& limit,
                                 unsigned threads = 0);

/// Roll-up over arrays: per group code g in [0, groups), counts by status, mean score and mean
/// share achieved (NaN skipped; weighted when `weights` is non-empty), and rows reached.
struct BatchAggregate {
    Eigen::Matrix<std::int64_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
        counts; ///< (groups, statuses)
    /// @var mean_score
    /// Per group: mean score (weighted when weights are given); NaN when no row has a score.
    /// @var mean_share_achieved
    /// Per group: mean share achieved (weighted when weights are given); NaN when no row has one.
    /// @var weight
    /// Per group: total weight; NaN when unweighted.
    Eigen::VectorXd mean_score, mean_share_achieved, weight;
    /// @var count
    /// Per group: number of rows.
    /// @var scored
    /// Per group: rows with a score.
    /// @var with_share
    /// Per group: rows with a share achieved.
    /// @var reached
    /// Per group: rows whose level is reached.
    Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1> count, scored, with_share, reached;
};
/// Rolls rows up by group code: `weights` empty means unweighted, else one weight per row.
/// @throws InvalidInputError naming the first row with a group outside [0, groups), a status code
/// out of
///         range, or a missing (NaN), negative or infinite weight; or when sizes disagree.
BatchAggregate
aggregate_batch(const Eigen::Ref<const Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1>>& group,
                std::int64_t groups,
                const Eigen::Ref<const Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1>>& status,
                const Eigen::Ref<const Eigen::VectorXd>& score,
                const Eigen::Ref<const Eigen::VectorXd>& share_achieved,
                const Eigen::Ref<const Eigen::Matrix<bool, Eigen::Dynamic, 1>>& reached,
                const Eigen::Ref<const Eigen::VectorXd>& weights);

} // namespace charterkit
