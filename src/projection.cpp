// fit_trend(), project() and the Monte Carlo probability (see projection.hpp).
#include "charterkit/projection.hpp"

#include "progress_kernels.hpp"

#include <cmath>

namespace charterkit {

namespace {

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

double direction_sign(Direction d) { return d == Direction::higher_is_better ? 1.0 : -1.0; }

void check_confidence(double c) {
    if (!(c > 0.0 && c < 1.0))
        throw InvalidInputError("confidence: " + detail::number(c) + " is not in (0, 1)");
}

} // namespace

double TrendFit::se_at(double t) const { return detail::fit_se_at(*this, t); }

bool operator==(const ProjectOptions& a, const ProjectOptions& b) {
    return a.resolve.anchor == b.resolve.anchor &&
           a.resolve.baseline_value == b.resolve.baseline_value &&
           a.resolve.reference == b.resolve.reference && same(a.confidence, b.confidence) &&
           a.draws == b.draws && a.seed == b.seed && a.noise_sd == b.noise_sd;
}

bool operator==(const TrendFit& a, const TrendFit& b) {
    return a.n == b.n && same(a.mean_time, b.mean_time) && same(a.mean_value, b.mean_value) &&
           same(a.slope, b.slope) && same(a.sxx, b.sxx) && same(a.residual_sd, b.residual_sd) &&
           same(a.slope_se, b.slope_se);
}

bool operator==(const MilestoneProjection& a, const MilestoneProjection& b) {
    return a.milestone == b.milestone && same(a.time, b.time) && a.year == b.year &&
           a.resolved == b.resolved && same(a.level, b.level) &&
           a.unresolved_reason == b.unresolved_reason && same(a.projected, b.projected) &&
           same(a.low, b.low) && same(a.high, b.high) && a.on_course == b.on_course &&
           a.reach_time.has_value() == b.reach_time.has_value() &&
           (!a.reach_time || same(*a.reach_time, *b.reach_time)) && a.reach_date == b.reach_date &&
           same(a.probability, b.probability);
}

bool operator==(const Projection& a, const Projection& b) {
    return a.target == b.target && a.fit == b.fit && same(a.confidence, b.confidence) &&
           a.draws == b.draws && a.seed == b.seed && same(a.noise_sd, b.noise_sd) &&
           a.milestones == b.milestones;
}

TrendFit fit_trend(const Eigen::Ref<const Eigen::VectorXd>& times,
                   const Eigen::Ref<const Eigen::VectorXd>& values) {
    if (times.size() != values.size())
        throw InvalidInputError("trend: " + std::to_string(times.size()) + " times but " +
                                std::to_string(values.size()) + " values");
    for (Eigen::Index i = 0; i < times.size(); ++i) {
        if (!std::isfinite(times[i]))
            throw InvalidInputError("times[" + std::to_string(i) +
                                    "]: " + detail::number(times[i]) + " is not finite");
        if (!std::isfinite(values[i]))
            throw InvalidInputError("values[" + std::to_string(i) +
                                    "]: " + detail::number(values[i]) + " is not a finite number");
    }
    if (times.size() < 2)
        throw NotAssessableError("trend: needs at least two observations, got " +
                                 std::to_string(times.size()));
    TrendFit f = detail::fit_line(times.data(), values.data(), times.size());
    if (!(f.sxx > 0))
        throw NotAssessableError("trend: all " + std::to_string(times.size()) +
                                 " observations lie at one time (" + detail::number(times[0]) +
                                 "); a slope needs two different times");
    return f;
}

double t_quantile(double confidence, std::size_t dof) {
    check_confidence(confidence);
    return detail::t_quantile_uncached(confidence, dof);
}

double probability_of_reaching(const TrendFit& fit, const Eigen::Ref<const Eigen::VectorXd>& times,
                               double milestone_time, double level, Comparator comparator,
                               Direction direction, std::size_t draws, std::uint64_t seed,
                               double noise_sd) {
    if (!(noise_sd >= 0) || !std::isfinite(noise_sd))
        throw InvalidInputError("noise_sd: " + detail::number(noise_sd) +
                                " is not a finite number >= 0");
    if (static_cast<std::size_t>(times.size()) != fit.n)
        throw InvalidInputError("times: " + std::to_string(times.size()) +
                                " times but the fit used " + std::to_string(fit.n) +
                                " observations");
    const Eigen::VectorXd observed = Eigen::VectorXd::Zero(times.size()); // all observed (no NaN)
    return detail::monte_carlo(fit, times.data(), observed.data(), times.size(), milestone_time,
                               level, comparator, direction_sign(direction), draws, seed, noise_sd);
}

Projection project(const Target& target, const Series& observations,
                   const ProjectOptions& options) {
    target.validate();
    check_confidence(options.confidence);
    if (options.noise_sd && (!(*options.noise_sd >= 0) || !std::isfinite(*options.noise_sd)))
        throw InvalidInputError("noise_sd: " + detail::number(*options.noise_sd) +
                                " is not a finite number >= 0");
    const std::string tp = "target '" + target.id + "'";
    if (observations.size() < 2)
        throw NotAssessableError(tp + ": a trend needs at least two observations, " +
                                 observations.name() + " has " +
                                 std::to_string(observations.size()));
    const Eigen::VectorXd t = observations.times();
    const Eigen::VectorXd& y = observations.values();
    Projection p;
    p.target = target.id;
    p.fit = fit_trend(t, y);
    p.confidence = options.confidence;
    p.draws = options.draws;
    p.seed = options.seed;
    p.noise_sd = options.noise_sd ? *options.noise_sd : p.fit.residual_sd;
    if (options.draws > 0 && std::isnan(p.noise_sd))
        throw NotAssessableError(
            tp + ": the Monte Carlo needs a noise level: with two observations the fit "
                 "has no residual spread; state noise_sd");
    const double q = detail::t_quantile_uncached(options.confidence, p.fit.n - 2);
    const double d = direction_sign(target.indicator.direction);
    const std::vector<Resolution> resolutions = target.resolve_all(options.resolve);
    for (std::size_t i = 0; i < target.milestones.size(); ++i) {
        MilestoneProjection m;
        m.milestone = i;
        m.time = target.milestone_time(i, options.resolve.anchor);
        m.year = target.milestone_year(i, options.resolve.anchor);
        m.projected = p.fit.value_at(m.time);
        const double half = p.fit.n > 2 ? q * detail::fit_se_at(p.fit, m.time)
                                        : std::numeric_limits<double>::infinity();
        m.low = m.projected - half;
        m.high = m.projected + half;
        m.resolved = resolutions[i].resolved;
        if (m.resolved) {
            m.level = resolutions[i].level;
            const Comparator c = target.milestones[i].comparator;
            m.on_course = meets_level(m.projected, m.level, c, target.indicator.direction);
            const double rt = detail::reach_time(p.fit, m.level, d);
            if (!std::isnan(rt)) {
                m.reach_time = rt;
                if (rt >= 1400.0 && rt < 10000.0) m.reach_date = date_from_fractional_year(rt);
            }
            m.probability =
                detail::monte_carlo(p.fit, t.data(), y.data(), t.size(), m.time, m.level, c, d,
                                    options.draws, options.seed, p.noise_sd);
        } else {
            m.unresolved_reason = resolutions[i].reason;
        }
        p.milestones.push_back(std::move(m));
    }
    return p;
}

} // namespace charterkit
