// assess(): a target against its observations, milestone by milestone (see assessment.hpp).
#include "charterkit/assessment.hpp"

#include "progress_kernels.hpp"

#include <cmath>

namespace charterkit {

namespace {

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

bool same(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    if (a.size() != b.size()) return false;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

double direction_sign(Direction d) { return d == Direction::higher_is_better ? 1.0 : -1.0; }

std::string no_baseline_reason(const Target& t) {
    if (!t.baseline) return "the target has no baseline";
    std::string why = "the baseline (" + t.baseline->when.to_string() + ") has no value yet";
    if (!t.baseline->pending.empty()) why += ": " + t.baseline->pending;
    return why + "; pass the measured value as ResolveOptions.baseline_value";
}

// A value of the comparison series for a time point: the options' series first, then the target's
// printed reference values.
std::optional<double> comparison_value(const Target& t, const ResolveOptions& o, const When& w) {
    if (o.reference) {
        if (auto v = o.reference->value_for(w)) return v;
    }
    if (t.reference)
        for (const auto& v : t.reference->values)
            if (v.when == w || (w.is_year() && v.when.calendar_year() == w.calendar_year()))
                return v.value;
    return std::nullopt;
}

// The "trendbreuk" verdict: the target's relative change since the baseline against the comparison
// series' relative change over the same period.
MethodResult comparative_verdict(const Target& t, const ResolveOptions& o, double base,
                                 const Date& latest, double latest_value) {
    MethodResult r;
    const When from = t.baseline->when;
    const When to = When::date(latest);
    auto rb = comparison_value(t, o, from);
    auto rt = comparison_value(t, o, to);
    if (!rt) rt = comparison_value(t, o, When::year(latest.year()));
    if (!rb || !rt) {
        r.reason = "the comparison series has no value for " +
                   (rb ? to.to_string() : from.to_string()) +
                   "; pass it as ResolveOptions.reference";
        return r;
    }
    if (base == 0.0 || *rb == 0.0) {
        r.reason = "a relative change cannot start from zero (baseline " + detail::number(base) +
                   ", comparison " + detail::number(*rb) + ")";
        return r;
    }
    const double own = (latest_value - base) / std::fabs(base);
    const double ref = (*rt - *rb) / std::fabs(*rb);
    r.progress_value = direction_sign(t.indicator.direction) * (own - ref);
    r.status = r.progress_value > 0   ? ProgressStatus::improving
               : r.progress_value < 0 ? ProgressStatus::worsening
                                      : ProgressStatus::no_change;
    r.reason = "relative change " + detail::number(own) + " against the comparison's " +
               detail::number(ref);
    return r;
}

} // namespace

bool operator==(const AssessOptions& a, const AssessOptions& b) {
    return a.resolve.anchor == b.resolve.anchor &&
           a.resolve.baseline_value == b.resolve.baseline_value &&
           a.resolve.reference == b.resolve.reference && a.interpolation == b.interpolation &&
           a.method == b.method && a.milestone == b.milestone && same(a.tolerance, b.tolerance) &&
           same(a.tolerance_units, b.tolerance_units) && a.limit == b.limit;
}

bool operator==(const MilestoneAssessment& a, const MilestoneAssessment& b) {
    return a.milestone == b.milestone && a.form == b.form && same(a.time, b.time) &&
           a.year == b.year && a.resolved == b.resolved && same(a.level, b.level) &&
           a.unresolved_reason == b.unresolved_reason && a.passed == b.passed &&
           a.reached == b.reached && same(a.share_achieved, b.share_achieved) &&
           a.result == b.result;
}

bool operator==(const Assessment& a, const Assessment& b) {
    return a.target == b.target && a.method == b.method && a.method_version == b.method_version &&
           a.direction == b.direction && same(a.baseline_time, b.baseline_time) &&
           same(a.baseline_value, b.baseline_value) && a.latest_date == b.latest_date &&
           same(a.latest_time, b.latest_time) && same(a.latest_value, b.latest_value) &&
           same(a.expected, b.expected) && a.trajectory_reason == b.trajectory_reason &&
           a.dates == b.dates && same(a.times, b.times) && same(a.actual, b.actual) &&
           same(a.planned, b.planned) && same(a.gap, b.gap) && same(a.gap_share, b.gap_share) &&
           a.current == b.current && a.milestones == b.milestones;
}

Assessment assess(const Target& target, const Series& observations, const AssessOptions& options) {
    target.validate();
    const std::string tp = "target '" + target.id + "'";
    if (observations.empty())
        throw NotAssessableError(tp + ": no observations to assess (" + observations.name() +
                                 " is empty)");
    if (!(options.tolerance >= 0) || !std::isfinite(options.tolerance))
        throw InvalidInputError("tolerance: " + detail::number(options.tolerance) +
                                " is not a finite share >= 0");
    if (!(options.tolerance_units >= 0) || !std::isfinite(options.tolerance_units))
        throw InvalidInputError("tolerance_units: " + detail::number(options.tolerance_units) +
                                " is not a finite number >= 0");
    if (options.limit && !std::isfinite(*options.limit))
        throw InvalidInputError("limit: " + detail::number(*options.limit) + " is not finite");
    if (options.milestone && *options.milestone >= target.milestones.size())
        throw NotFoundError(tp + ": no milestone " + std::to_string(*options.milestone) +
                            " (it has " + std::to_string(target.milestones.size()) + ")");
    const auto method = progress_method(options.method);
    for (std::size_t i = 0; i < observations.size(); ++i)
        target.indicator.check(observations[i].value, observations.name() + "[" +
                                                          std::to_string(i) + "].value (" +
                                                          to_iso(observations[i].date) + ")");

    const ResolveOptions& ro = options.resolve;
    const double d = direction_sign(target.indicator.direction);
    Assessment a;
    a.target = target.id;
    a.method = method->name();
    a.method_version = method->version();
    a.direction = target.indicator.direction;
    const auto base = target.baseline_value(ro);
    if (target.baseline) a.baseline_time = target.baseline->when.time(ro.anchor);
    if (base) a.baseline_value = *base;
    const Observation latest = observations.latest();
    a.latest_date = latest.date;
    a.latest_time = fractional_year(latest.date);
    a.latest_value = latest.value;

    std::optional<Trajectory> trajectory;
    try {
        trajectory = Trajectory::from_target(target, ro, options.interpolation);
    } catch (const UnresolvedTargetError& e) {
        a.trajectory_reason = e.what();
    }
    a.dates = observations.dates();
    a.times = observations.times();
    a.actual = observations.values();
    const auto n = static_cast<Eigen::Index>(observations.size());
    a.planned = Eigen::VectorXd::Constant(n, detail::nan);
    if (trajectory)
        for (Eigen::Index i = 0; i < n; ++i)
            if (a.times[i] >= trajectory->start()) a.planned[i] = trajectory->value_at(a.times[i]);
    if (trajectory && a.latest_time >= trajectory->start())
        a.expected = trajectory->value_at(a.latest_time);
    else if (trajectory && a.trajectory_reason.empty())
        a.trajectory_reason =
            "the latest observation (" + to_iso(latest.date) + ") is before the trajectory starts";

    // The assessed milestone: the one asked for, else the next one not yet passed, else the last.
    const std::vector<Resolution> resolutions = target.resolve_all(ro);
    std::size_t current = target.milestones.size() - 1;
    for (std::size_t i = 0; i < target.milestones.size(); ++i)
        if (target.milestone_time(i, ro.anchor) > a.latest_time) {
            current = i;
            break;
        }
    if (options.milestone) current = *options.milestone;
    a.current = current;

    for (std::size_t i = 0; i < target.milestones.size(); ++i) {
        const Milestone& ms = target.milestones[i];
        MilestoneAssessment m;
        m.milestone = i;
        m.form = ms.form;
        m.time = target.milestone_time(i, ro.anchor);
        m.year = target.milestone_year(i, ro.anchor);
        m.resolved = resolutions[i].resolved;
        if (m.resolved)
            m.level = resolutions[i].level;
        else
            m.unresolved_reason = resolutions[i].reason;
        m.passed = a.latest_time >= m.time;
        if (m.resolved)
            m.reached =
                meets_level(latest.value, m.level, ms.comparator, target.indicator.direction);
        if (!base) {
            m.result.reason = no_baseline_reason(target);
        } else if (ms.form == TargetForm::comparative) {
            m.result = comparative_verdict(target, ro, *base, latest.date, latest.value);
        } else if (m.resolved || ms.form == TargetForm::improvement) {
            MethodInput in;
            in.target = target.id;
            in.direction = target.indicator.direction;
            in.baseline_time = a.baseline_time;
            in.baseline_year = target.baseline->when.calendar_year();
            in.baseline_value = *base;
            in.latest_time = a.latest_time;
            in.latest_year = latest.date.year();
            in.latest_value = latest.value;
            if (m.resolved) in.level = m.level;
            in.milestone_time = m.time;
            in.milestone_year = m.year;
            in.comparator = ms.comparator;
            in.reached = m.reached;
            in.expected = a.expected;
            in.tolerance = options.tolerance;
            in.tolerance_units = options.tolerance_units;
            in.limit = options.limit;
            m.result = method->evaluate(in);
            if (m.resolved)
                m.share_achieved =
                    detail::share_achieved(*base, latest.value, m.level, d, m.reached);
        } else {
            m.result.reason = "the milestone has no level yet: " + m.unresolved_reason;
        }
        a.milestones.push_back(std::move(m));
    }

    const MilestoneAssessment& cur = a.milestones[current];
    a.gap = a.actual - a.planned;
    a.gap_share = Eigen::VectorXd::Constant(n, detail::nan);
    if (base && cur.resolved)
        for (Eigen::Index i = 0; i < n; ++i)
            a.gap_share[i] = detail::gap_share(a.actual[i], a.planned[i], *base, cur.level, d);
    return a;
}

} // namespace charterkit
