// The batch path: assess_batch(), statcan_batch() and aggregate_batch() over contiguous arrays,
// split over threads (see batch.hpp). Each row calls the same compiled kernels as the one-target
// functions.
#include "charterkit/batch.hpp"

#include "progress_kernels.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace charterkit {

namespace {

using detail::nan;

// An error found by a worker: the first offending row (smallest index wins across workers).
struct RowError {
    Eigen::Index row = -1;
    std::string message;
    bool not_assessable = false;
};

unsigned thread_count(unsigned asked, Eigen::Index rows) {
    unsigned t = asked ? asked : std::max(1u, std::thread::hardware_concurrency());
    const auto useful = static_cast<unsigned>(std::max<Eigen::Index>(1, rows / 4096));
    return std::max(1u, std::min(t, useful));
}

// Runs fn(lo, hi) on `threads` contiguous slices of [0, n); returns the error with the smallest
// row.
template <class Fn>
std::optional<RowError> parallel_rows(Eigen::Index n, unsigned threads, Fn fn) {
    std::vector<std::optional<RowError>> errors(threads);
    auto slice = [&](unsigned k) {
        const Eigen::Index lo = n * k / threads, hi = n * (k + 1) / threads;
        errors[k] = fn(lo, hi);
    };
    if (threads == 1) {
        slice(0);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (unsigned k = 1; k < threads; ++k) pool.emplace_back(slice, k);
        slice(0);
        for (auto& th : pool) th.join();
    }
    std::optional<RowError> first;
    for (auto& e : errors)
        if (e && (!first || e->row < first->row)) first = std::move(e);
    return first;
}

void throw_row_error(const RowError& e) {
    if (e.not_assessable) throw NotAssessableError(e.message);
    throw InvalidInputError(e.message);
}

void check_size(const char* name, Eigen::Index size, Eigen::Index n) {
    if (size != n && size != 1)
        throw InvalidInputError(std::string(name) + ": " + std::to_string(size) + " entries for " +
                                std::to_string(n) +
                                " series (give one per series, or one for all)");
}

// Entry i of a per-series array of size n or 1.
inline double at(const Eigen::Ref<const Eigen::VectorXd>& v, Eigen::Index i) {
    return v.size() == 1 ? v[0] : v[i];
}

std::string cell(const char* name, Eigen::Index i, Eigen::Index j) {
    return std::string(name) + "[" + std::to_string(i) + ", " + std::to_string(j) + "]";
}
std::string entry(const char* name, Eigen::Index i) {
    return std::string(name) + "[" + std::to_string(i) + "]";
}

// The time row's problem, if any: not finite or not strictly increasing.
std::optional<std::string> check_time_row(const double* t, Eigen::Index m, const char* name,
                                          Eigen::Index row) {
    for (Eigen::Index j = 0; j < m; ++j) {
        if (!std::isfinite(t[j]))
            return cell(name, row, j) + ": " + detail::number(t[j]) + " is not finite";
        if (j > 0 && !(t[j] > t[j - 1]))
            return cell(name, row, j) + ": " + detail::number(t[j]) + " is not after " +
                   detail::number(t[j - 1]) + " (times must increase)";
    }
    return std::nullopt;
}

} // namespace

void assess_batch_into(const Eigen::Ref<const RowMatrixXd>& times,
                       const Eigen::Ref<const RowMatrixXd>& values,
                       const Eigen::Ref<const Eigen::VectorXd>& baseline_time,
                       const Eigen::Ref<const Eigen::VectorXd>& baseline_value,
                       const Eigen::Ref<const Eigen::VectorXd>& level,
                       const Eigen::Ref<const Eigen::VectorXd>& milestone_time,
                       const Eigen::Ref<const Eigen::VectorXd>& direction, const BatchOptions& o,
                       BatchOutputs& out) {
    const Eigen::Index n = values.rows(), m = values.cols();
    if (times.cols() != m || (times.rows() != 1 && times.rows() != n))
        throw InvalidInputError("times: shape (" + std::to_string(times.rows()) + ", " +
                                std::to_string(times.cols()) + ") does not fit values of shape (" +
                                std::to_string(n) + ", " + std::to_string(m) + "); give (1, " +
                                std::to_string(m) + ") or (" + std::to_string(n) + ", " +
                                std::to_string(m) + ")");
    check_size("baseline_time", baseline_time.size(), n);
    check_size("baseline_value", baseline_value.size(), n);
    check_size("level", level.size(), n);
    check_size("milestone_time", milestone_time.size(), n);
    check_size("direction", direction.size(), n);
    int method;
    if (o.method == "statcan")
        method = 0;
    else if (o.method == "eurostat")
        method = 1;
    else if (o.method == "linear_path")
        method = 2;
    else
        throw InvalidInputError(
            "method: '" + o.method +
            "' is not a method of the batch path (statcan, eurostat or linear_path)");
    if (!(o.tolerance >= 0) || !std::isfinite(o.tolerance))
        throw InvalidInputError("tolerance: " + detail::number(o.tolerance) +
                                " is not a finite share >= 0");
    if (!(o.tolerance_units >= 0) || !std::isfinite(o.tolerance_units))
        throw InvalidInputError("tolerance_units: " + detail::number(o.tolerance_units) +
                                " is not a finite number >= 0");
    if (std::isinf(o.limit))
        throw InvalidInputError("limit: " + detail::number(o.limit) + " is not finite");
    if (!(o.confidence > 0 && o.confidence < 1))
        throw InvalidInputError("confidence: " + detail::number(o.confidence) +
                                " is not in (0, 1)");
    if (!std::isnan(o.noise_sd) && (!(o.noise_sd >= 0) || !std::isfinite(o.noise_sd)))
        throw InvalidInputError("noise_sd: " + detail::number(o.noise_sd) +
                                " is not a finite number >= 0");
    auto check_view = [n](const char* name, Eigen::Index size) {
        if (size != 0 && size != n)
            throw InvalidInputError(std::string("out.") + name + ": " + std::to_string(size) +
                                    " entries for " + std::to_string(n) + " series");
    };
    check_view("status", out.status.size());
    check_view("progress_value", out.progress_value.size());
    check_view("score", out.score.size());
    check_view("reached", out.reached.size());
    check_view("share_achieved", out.share_achieved.size());
    check_view("latest_time", out.latest_time.size());
    check_view("latest_value", out.latest_value.size());
    check_view("expected", out.expected.size());
    check_view("gap", out.gap.size());
    check_view("gap_share", out.gap_share.size());
    check_view("slope", out.slope.size());
    check_view("slope_se", out.slope_se.size());
    check_view("projected", out.projected.size());
    check_view("low", out.low.size());
    check_view("high", out.high.size());
    check_view("reach_time", out.reach_time.size());
    check_view("probability", out.probability.size());
    for (auto* v : {&out.planned, &out.planned_gap})
        if (v->size() != 0 && (v->rows() != n || v->cols() != m))
            throw InvalidInputError(std::string("out.") +
                                    (v == &out.planned ? "planned" : "planned_gap") + ": shape (" +
                                    std::to_string(v->rows()) + ", " + std::to_string(v->cols()) +
                                    ") for (" + std::to_string(n) + ", " + std::to_string(m) + ")");
    const bool shared_times = times.rows() == 1;
    if (shared_times)
        if (auto bad = check_time_row(times.data(), m, "times", 0)) throw InvalidInputError(*bad);

    // Raw pointers of the outputs (null: not wanted) and of the inputs; copied into locals in each
    // worker so that the stores through them cannot be taken to alias them.
    struct Pointers {
        std::int8_t* status;
        bool* reached;
        double *progress_value, *score, *share, *latest_time, *latest_value, *expected, *gap,
            *gap_share, *slope, *slope_se, *projected, *low, *high, *reach, *probability, *planned,
            *planned_gap;
        const double *t, *y, *bt, *bv, *L, *mt, *d;
        Eigen::Index t_stride, y_stride;
        bool bt1, bv1, L1, mt1, d1; // single entry for all series
    };
    auto ptr = [n](auto& view) { return view.size() == n && n > 0 ? view.data() : nullptr; };
    const Pointers ptrs{ptr(out.status),
                        ptr(out.reached),
                        ptr(out.progress_value),
                        ptr(out.score),
                        ptr(out.share_achieved),
                        ptr(out.latest_time),
                        ptr(out.latest_value),
                        ptr(out.expected),
                        ptr(out.gap),
                        ptr(out.gap_share),
                        ptr(out.slope),
                        ptr(out.slope_se),
                        ptr(out.projected),
                        ptr(out.low),
                        ptr(out.high),
                        ptr(out.reach_time),
                        ptr(out.probability),
                        out.planned.size() ? out.planned.data() : nullptr,
                        out.planned_gap.size() ? out.planned_gap.data() : nullptr,
                        times.data(),
                        values.data(),
                        baseline_time.data(),
                        baseline_value.data(),
                        level.data(),
                        milestone_time.data(),
                        direction.data(),
                        shared_times ? 0 : times.outerStride(),
                        values.outerStride(),
                        baseline_time.size() == 1,
                        baseline_value.size() == 1,
                        level.size() == 1,
                        milestone_time.size() == 1,
                        direction.size() == 1};
    const bool project = o.project && (ptrs.slope || ptrs.slope_se || ptrs.projected || ptrs.low ||
                                       ptrs.high || ptrs.reach || ptrs.probability);
    const bool rule = ptrs.status || ptrs.progress_value || ptrs.score;

    // t quantiles for every possible number of residual degrees of freedom.
    std::vector<double> q(static_cast<std::size_t>(std::max<Eigen::Index>(m, 1)) + 1);
    for (std::size_t k = 0; k < q.size(); ++k) q[k] = detail::t_quantile_uncached(o.confidence, k);

    auto work = [&ptrs, &q, &o, project, rule, method,
                 m](Eigen::Index lo, Eigen::Index hi) -> std::optional<RowError> {
        const Pointers P = ptrs;
        const double* quantile = q.data();
        const double inf = std::numeric_limits<double>::infinity();
        const double limit = o.limit, tolerance = o.tolerance, tolerance_units = o.tolerance_units,
                     noise = o.noise_sd;
        const std::size_t draws = o.draws;
        const std::uint64_t seed = o.seed;
        for (Eigen::Index i = lo; i < hi; ++i) {
            const double* t = P.t + i * P.t_stride;
            const double* y = P.y + i * P.y_stride;
            if (P.t_stride != 0)
                if (auto bad = check_time_row(t, m, "times", i)) return RowError{i, *bad};
            const double bt = P.bt[P.bt1 ? 0 : i], bv = P.bv[P.bv1 ? 0 : i], L = P.L[P.L1 ? 0 : i];
            const double mt = P.mt[P.mt1 ? 0 : i], d = P.d[P.d1 ? 0 : i];
            if (d != 1.0 && d != -1.0)
                return RowError{i, entry("direction", i) + ": " + detail::number(d) +
                                       " is not +1 or -1"};
            if (!std::isfinite(bt))
                return RowError{i, entry("baseline_time", i) + ": " + detail::number(bt) +
                                       " is not finite"};
            if (!std::isfinite(bv))
                return RowError{i, entry("baseline_value", i) + ": " + detail::number(bv) +
                                       " is not finite"};
            if (std::isinf(L))
                return RowError{i, entry("level", i) + ": " + detail::number(L) +
                                       " is not finite (NaN: no level)"};
            if (!std::isfinite(mt) || !(mt > bt))
                return RowError{i, entry("milestone_time", i) + ": " + detail::number(mt) +
                                       " is not a finite time after the baseline " +
                                       detail::number(bt)};
            // One pass: the latest observation, the check for infinities, and the fit's first sums.
            double tl = nan, yl = nan, st = 0, sy = 0;
            std::size_t count = 0;
            for (Eigen::Index j = 0; j < m; ++j) {
                const double v = y[j];
                if (std::isnan(v)) continue;
                if (std::isinf(v))
                    return RowError{i, cell("values", i, j) + ": " + detail::number(v) +
                                           " is not finite (NaN marks a missing observation)"};
                tl = t[j];
                yl = v;
                ++count;
                st += tl;
                sy += v;
            }
            const bool has_level = !std::isnan(L);
            const double expected = has_level ? detail::linear_planned(bt, bv, mt, L, tl) : nan;
            const bool reached = has_level && !std::isnan(yl) && detail::reaches(yl, L, d);
            if (rule) {
                detail::Outcome res;
                switch (method) {
                case 0:
                    res = detail::statcan_rule(detail::year_of(bt), bv, detail::year_of(tl), yl, L,
                                               detail::year_of(mt), d, has_level ? nan : limit);
                    break;
                case 1:
                    res = has_level ? detail::eurostat_rule(bt, bv, tl, yl, L, mt, d, reached)
                                    : detail::direction_rule(bv, yl, d);
                    break;
                default:
                    res = has_level ? detail::linear_path_rule(bv, yl, expected, L, d, tolerance,
                                                               tolerance_units)
                                    : detail::direction_rule(bv, yl, d);
                    break;
                }
                if (P.status) P.status[i] = static_cast<std::int8_t>(res.status);
                if (P.progress_value) P.progress_value[i] = res.value;
                if (P.score) P.score[i] = res.score;
            }
            if (P.reached) P.reached[i] = reached;
            if (P.share) P.share[i] = detail::share_achieved(bv, yl, L, d, reached);
            if (P.latest_time) P.latest_time[i] = tl;
            if (P.latest_value) P.latest_value[i] = yl;
            if (P.expected) P.expected[i] = expected;
            if (P.gap) P.gap[i] = yl - expected;
            if (P.gap_share) P.gap_share[i] = detail::gap_share(yl, expected, bv, L, d);
            if (project) {
                const TrendFit f = detail::fit_line_from_sums(t, y, m, count, st, sy);
                double sl = nan, se = nan, p = nan, lo_ = nan, hi_ = nan, rt = nan, pr = nan;
                if (f.n >= 2 && f.sxx > 0) {
                    sl = f.slope;
                    se = f.slope_se;
                    p = f.value_at(mt);
                    const double half =
                        f.n > 2 ? quantile[f.n - 2] * detail::fit_se_at(f, mt) : inf;
                    lo_ = p - half;
                    hi_ = p + half;
                    if (has_level) rt = detail::reach_time(f, L, d);
                    if (P.probability && has_level && draws > 0) {
                        const double sd = std::isnan(noise) ? f.residual_sd : noise;
                        if (std::isnan(sd))
                            return RowError{
                                i,
                                "values[" + std::to_string(i) +
                                    "]: the Monte Carlo needs a noise level: two observations "
                                    "leave no residual spread; state noise_sd",
                                true};
                        pr = detail::monte_carlo(f, t, y, m, mt, L, Comparator::reach, d, draws,
                                                 seed + static_cast<std::uint64_t>(i), sd);
                    }
                }
                if (P.slope) P.slope[i] = sl;
                if (P.slope_se) P.slope_se[i] = se;
                if (P.projected) P.projected[i] = p;
                if (P.low) P.low[i] = lo_;
                if (P.high) P.high[i] = hi_;
                if (P.reach) P.reach[i] = rt;
                if (P.probability) P.probability[i] = pr;
            }
            if (P.planned || P.planned_gap) {
                for (Eigen::Index j = 0; j < m; ++j) {
                    const double pl = has_level ? detail::linear_planned(bt, bv, mt, L, t[j]) : nan;
                    if (P.planned) P.planned[i * m + j] = pl;
                    if (P.planned_gap) P.planned_gap[i * m + j] = y[j] - pl;
                }
            }
        }
        return std::nullopt;
    };
    if (auto err = parallel_rows(n, thread_count(o.threads, n), work)) throw_row_error(*err);
}

BatchResult assess_batch(const Eigen::Ref<const RowMatrixXd>& times,
                         const Eigen::Ref<const RowMatrixXd>& values,
                         const Eigen::Ref<const Eigen::VectorXd>& baseline_time,
                         const Eigen::Ref<const Eigen::VectorXd>& baseline_value,
                         const Eigen::Ref<const Eigen::VectorXd>& level,
                         const Eigen::Ref<const Eigen::VectorXd>& milestone_time,
                         const Eigen::Ref<const Eigen::VectorXd>& direction,
                         const BatchOptions& o) {
    const Eigen::Index n = values.rows(), m = values.cols();
    BatchResult r;
    BatchOutputs out;
    r.status.resize(n);
    r.reached.resize(n);
    BatchOutputs::bind(out.status, r.status.data(), n);
    BatchOutputs::bind(out.reached, r.reached.data(), n);
    const std::pair<Eigen::VectorXd*, BatchOutputs::View<double>*> always[] = {
        {&r.progress_value, &out.progress_value},
        {&r.score, &out.score},
        {&r.share_achieved, &out.share_achieved},
        {&r.latest_time, &out.latest_time},
        {&r.latest_value, &out.latest_value},
        {&r.expected, &out.expected},
        {&r.gap, &out.gap},
        {&r.gap_share, &out.gap_share}};
    for (const auto& [v, view] : always) {
        v->resize(n);
        BatchOutputs::bind(*view, v->data(), n);
    }
    if (o.project) {
        const std::pair<Eigen::VectorXd*, BatchOutputs::View<double>*> projection[] = {
            {&r.slope, &out.slope},
            {&r.slope_se, &out.slope_se},
            {&r.projected, &out.projected},
            {&r.low, &out.low},
            {&r.high, &out.high},
            {&r.reach_time, &out.reach_time},
            {&r.probability, &out.probability}};
        for (const auto& [v, view] : projection) {
            v->resize(n);
            BatchOutputs::bind(*view, v->data(), n);
        }
    }
    if (o.per_observation) {
        r.planned.resize(n, m);
        r.planned_gap.resize(n, m);
        BatchOutputs::bind(out.planned, r.planned.data(), n, m);
        BatchOutputs::bind(out.planned_gap, r.planned_gap.data(), n, m);
    }
    assess_batch_into(times, values, baseline_time, baseline_value, level, milestone_time,
                      direction, o, out);
    return r;
}

StatcanBatchResult statcan_batch(const Eigen::Ref<const Eigen::VectorXd>& base_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& base_value,
                                 const Eigen::Ref<const Eigen::VectorXd>& current_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& current_value,
                                 const Eigen::Ref<const Eigen::VectorXd>& target,
                                 const Eigen::Ref<const Eigen::VectorXd>& target_year,
                                 const Eigen::Ref<const Eigen::VectorXd>& direction,
                                 const Eigen::Ref<const Eigen::VectorXd>& limit, unsigned threads) {
    Eigen::Index n = 1;
    for (auto s : {base_year.size(), base_value.size(), current_year.size(), current_value.size(),
                   target.size(), target_year.size(), direction.size(), limit.size()})
        if (s != 1) n = s;
    check_size("base_year", base_year.size(), n);
    check_size("base_value", base_value.size(), n);
    check_size("current_year", current_year.size(), n);
    check_size("current_value", current_value.size(), n);
    check_size("target", target.size(), n);
    check_size("target_year", target_year.size(), n);
    check_size("direction", direction.size(), n);
    check_size("limit", limit.size(), n);
    StatcanBatchResult r;
    r.progress_value.resize(n);
    r.status.resize(n);
    r.score.resize(n);
    auto work = [&](Eigen::Index lo, Eigen::Index hi) -> std::optional<RowError> {
        for (Eigen::Index i = lo; i < hi; ++i) {
            const detail::Outcome out = detail::statcan_rule(
                at(base_year, i), at(base_value, i), at(current_year, i), at(current_value, i),
                at(target, i), at(target_year, i), at(direction, i), at(limit, i));
            r.progress_value[i] = out.value;
            r.status[i] = static_cast<std::int8_t>(out.status);
            r.score[i] = out.score;
        }
        return std::nullopt;
    };
    parallel_rows(n, thread_count(threads, n), work);
    return r;
}

BatchAggregate
aggregate_batch(const Eigen::Ref<const Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1>>& group,
                std::int64_t groups,
                const Eigen::Ref<const Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1>>& status,
                const Eigen::Ref<const Eigen::VectorXd>& score,
                const Eigen::Ref<const Eigen::VectorXd>& share_achieved,
                const Eigen::Ref<const Eigen::Matrix<bool, Eigen::Dynamic, 1>>& reached,
                const Eigen::Ref<const Eigen::VectorXd>& weights) {
    const Eigen::Index n = group.size();
    if (groups < 0) throw InvalidInputError("groups: " + std::to_string(groups) + " is negative");
    for (auto [name, size] : {std::pair<const char*, Eigen::Index>{"status", status.size()},
                              {"score", score.size()},
                              {"share_achieved", share_achieved.size()},
                              {"reached", reached.size()}})
        if (size != n)
            throw InvalidInputError(std::string(name) + ": " + std::to_string(size) +
                                    " entries for " + std::to_string(n) + " rows");
    const bool weighted = weights.size() > 0;
    if (weighted && weights.size() != n)
        throw InvalidInputError("weights: " + std::to_string(weights.size()) + " entries for " +
                                std::to_string(n) + " rows (give none for an unweighted roll-up)");
    BatchAggregate a;
    a.counts = decltype(a.counts)::Zero(groups, progress_status_count);
    a.count = decltype(a.count)::Zero(groups);
    a.scored = decltype(a.scored)::Zero(groups);
    a.with_share = decltype(a.with_share)::Zero(groups);
    a.reached = decltype(a.reached)::Zero(groups);
    Eigen::VectorXd ws = Eigen::VectorXd::Zero(groups), wsum_s = ws, wh = ws, wsum_h = ws;
    a.weight = Eigen::VectorXd::Zero(groups);
    for (Eigen::Index i = 0; i < n; ++i) {
        const std::int64_t g = group[i];
        if (g < 0 || g >= groups)
            throw InvalidInputError(entry("group", i) + ": " + std::to_string(g) +
                                    " is not in [0, " + std::to_string(groups) + ")");
        const int s = status[i];
        if (s < 0 || s >= progress_status_count)
            throw InvalidInputError(entry("status", i) + ": " + std::to_string(s) +
                                    " is not a status code");
        const double w = weighted ? weights[i] : 1.0;
        if (weighted && (!(w >= 0) || !std::isfinite(w)))
            throw InvalidInputError(
                entry("weights", i) + ": " + detail::number(w) +
                (std::isnan(w) ? " (a missing weight)" : " is not a finite weight >= 0"));
        ++a.counts(g, s);
        ++a.count[g];
        a.weight[g] += w;
        if (reached[i]) ++a.reached[g];
        if (!std::isnan(score[i])) {
            ++a.scored[g];
            ws[g] += w * score[i];
            wsum_s[g] += w;
        }
        if (!std::isnan(share_achieved[i])) {
            ++a.with_share[g];
            wh[g] += w * share_achieved[i];
            wsum_h[g] += w;
        }
    }
    a.mean_score.resize(groups);
    a.mean_share_achieved.resize(groups);
    for (Eigen::Index g = 0; g < groups; ++g) {
        a.mean_score[g] = wsum_s[g] > 0 ? ws[g] / wsum_s[g] : nan;
        a.mean_share_achieved[g] = wsum_h[g] > 0 ? wh[g] / wsum_h[g] : nan;
    }
    if (!weighted) a.weight = Eigen::VectorXd::Constant(groups, nan);
    return a;
}

} // namespace charterkit
