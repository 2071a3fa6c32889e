// The scalar progress rules and the line-fit / Monte Carlo kernels (see progress_kernels.hpp).
#include "progress_kernels.hpp"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace charterkit::detail {

std::string reason_text(Reason r) {
    switch (r) {
    case Reason::none: return "";
    case Reason::no_data: return "no data: the base or the current value (or year) is missing";
    case Reason::bad_direction:
        return "the direction is not +1 (higher is better) or -1 (lower is better)";
    case Reason::opposite_signs:
        return "the base value and the current value have opposite signs (the growth model needs "
               "one sign)";
    case Reason::base_after_current: return "the base year is after the year of the current value";
    case Reason::too_short: return "less than one year between the base year and the current year";
    case Reason::target_year_missing: return "a target without a target year";
    case Reason::target_not_after_base: return "the target year is not after the base year";
    case Reason::not_a_number:
        return "the progress value is not a number (the target and the base value have opposite "
               "signs?)";
    case Reason::base_zero: return "the base value 0 was replaced by 0.001 (method rule)";
    case Reason::target_zero: return "the target 0 was replaced by 0.001 (method rule)";
    case Reason::base_and_target_zero:
        return "the base value 0 and the target 0 were replaced by 0.001 (method rule)";
    case Reason::no_observation_after_base: return "no observation after the baseline";
    case Reason::one_sign:
        return "compound growth needs the baseline, the latest value and the level of one sign, "
               "none zero";
    case Reason::no_improvement_asked_missed:
        return "the level asks for no improvement on the baseline, and the latest value misses it";
    case Reason::before_trajectory: return "the latest observation is before the trajectory starts";
    case Reason::no_planned_change: return "the level equals the baseline: no planned change";
    }
    return "";
}

MethodResult to_result(const Outcome& o) {
    MethodResult r;
    r.status = o.status;
    r.progress_value = o.value;
    r.score = o.score;
    r.reason = reason_text(o.reason);
    return r;
}

namespace {

Outcome unavailable(Reason why) {
    Outcome o;
    o.reason = why;
    return o;
}

// Compound annual growth rate from (t0, v0) to (t1, v1), as the method writes it.
double cagr(double v1, double v0, double t1, double t0) {
    return std::pow(v1 / v0, 1.0 / (t1 - t0)) - 1.0;
}

} // namespace

Outcome statcan_rule(double b, double yb, double t, double yt, double T, double Y, double d,
                     double L) {
    if (d != 1.0 && d != -1.0) return unavailable(Reason::bad_direction);
    if (std::isnan(b) || std::isnan(yb) || std::isnan(t) || std::isnan(yt))
        return unavailable(Reason::no_data);
    const bool has_target = !std::isnan(T);
    const double sign = yb < 0 ? -1.0 : 1.0;
    const double original_base = yb; // the limit coefficient uses the value before replacement
    Reason remark = Reason::none;
    if (yb == 0.0) {
        yb = 0.001;
        remark = Reason::base_zero;
    }
    if (has_target && T == 0.0) {
        T = 0.001;
        remark = remark == Reason::base_zero ? Reason::base_and_target_zero : Reason::target_zero;
    }
    const bool achieved = has_target && (d < 0 ? yt <= T : yt >= T);

    // The progress value P, or why there is none.
    Reason missing = Reason::none;
    double P = nan;
    if ((yb > 0 && yt < 0) || (yb < 0 && yt > 0))
        missing = Reason::opposite_signs;
    else if (b > t)
        missing = Reason::base_after_current;
    else if (t - b < 1)
        missing = Reason::too_short;
    else if (has_target && std::isnan(Y))
        missing = Reason::target_year_missing;
    else if (has_target && !(Y > b))
        missing = Reason::target_not_after_base;
    else if (has_target)
        P = sign * d * cagr(yt, yb, t, b) / std::fabs(cagr(T, yb, Y, b));
    else
        P = sign * d * cagr(yt, yb, t, b);

    Outcome o;
    o.value = P;
    o.reason = remark;
    if (achieved) {
        o.status = ProgressStatus::target_achieved;
        o.score = 5.0;
        return o;
    }
    if (missing != Reason::none) return unavailable(missing);
    if (std::isnan(P)) return unavailable(Reason::not_a_number);

    if (has_target) {
        const double high = 0.95, med = 0.6, low = 0.0;
        o.status = P >= high  ? ProgressStatus::substantial_progress
                   : P >= med ? ProgressStatus::moderate_progress
                   : P >= low ? ProgressStatus::limited_progress
                              : ProgressStatus::deterioration;
        // The published score functions, with their rounded constants.
        o.score =
            P >= med ? std::min((7.1429 * P) - 4.2857, 5.0) : std::max((4.1667 * P) - 2.5, -5.0);
        return o;
    }
    double C = 1.0;
    if (!std::isnan(L)) {
        const double B = std::fabs(original_base), lim = std::fabs(L);
        const double a = 4.44;
        if (B >= 2 * lim)
            C = 1.0; // first, so that a zero base and a zero limit give 1
        else if (B <= lim)
            C = 1.0 - std::pow(B / lim, a);
        else
            C = 1.0 - std::pow((2 * lim - B) / lim, a);
    }
    const double high = 0.015 * C, med = 0.005 * C, low = 0.0 * C;
    o.status = P >= high  ? ProgressStatus::substantial_progress
               : P >= med ? ProgressStatus::moderate_progress
               : P >= low ? ProgressStatus::limited_progress
                          : ProgressStatus::deterioration;
    if (P < low)
        o.score = std::max(125 * P - 2.5, -5.0);
    else if (C == 0.0)
        o.score = 5.0;
    else if (P >= high)
        o.score = std::min(500 * P / C - 5, 5.0);
    else if (P >= med)
        o.score = 250 * P / C - 1.25;
    else
        o.score = 500 * P / C - 2.5;
    return o;
}

Outcome eurostat_rule(double b, double yb, double t, double yt, double L, double Y, double d,
                      bool reached) {
    if (d != 1.0 && d != -1.0) return unavailable(Reason::bad_direction);
    if (std::isnan(b) || std::isnan(yb) || std::isnan(t) || std::isnan(yt) || std::isnan(L) ||
        std::isnan(Y))
        return unavailable(Reason::no_data);
    const bool one_sign = (yb > 0 && yt > 0 && L > 0) || (yb < 0 && yt < 0 && L < 0);
    double RR = nan;
    if (t > b && Y > b && one_sign) RR = cagr(yt, yb, t, b) / cagr(L, yb, Y, b);
    Outcome o;
    o.value = RR;
    if (reached) {
        o.status = ProgressStatus::significant_progress;
        o.score = 5.0;
        return o;
    }
    if (!(t > b)) return unavailable(Reason::no_observation_after_base);
    if (!(Y > b)) return unavailable(Reason::target_not_after_base);
    if (!(d * (L - yb) > 0)) {
        // The level is the baseline or already met at the baseline, and the latest value misses it.
        o.value = nan;
        o.status = ProgressStatus::moving_away;
        o.score = -5.0;
        o.reason = Reason::no_improvement_asked_missed;
        return o;
    }
    if (!one_sign) return unavailable(Reason::one_sign);
    if (std::isnan(RR)) return unavailable(Reason::not_a_number);
    o.status = RR >= 0.95  ? ProgressStatus::significant_progress
               : RR >= 0.6 ? ProgressStatus::moderate_progress
               : RR >= 0.0 ? ProgressStatus::insufficient_progress
                           : ProgressStatus::moving_away;
    // Piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0), (0.95, 2.5), (1.3, 5), clipped.
    o.score = RR >= 0.6 ? std::min((RR - 0.6) * (2.5 / 0.35), 5.0)
                        : std::max((RR - 0.6) * (2.5 / 0.6), -5.0);
    return o;
}

Outcome linear_path_rule(double yb, double yt, double e, double L, double d, double tol,
                         double tol_units) {
    if (d != 1.0 && d != -1.0) return unavailable(Reason::bad_direction);
    if (std::isnan(yb) || std::isnan(yt) || std::isnan(L)) return unavailable(Reason::no_data);
    if (std::isnan(e)) return unavailable(Reason::before_trajectory);
    const double planned = std::fabs(L - yb);
    const double band = std::max(tol * planned, tol_units);
    const double diff = d * (yt - e); // > 0: better than planned
    Outcome o;
    o.status = diff > band         ? ProgressStatus::ahead
               : diff >= -band     ? ProgressStatus::on_track
               : d * (yt - yb) < 0 ? ProgressStatus::moving_away
                                   : ProgressStatus::behind;
    if (planned > 0) {
        o.value = diff / planned;
        o.score = std::max(-5.0, std::min(5.0, 10.0 * o.value));
    } else {
        o.reason = Reason::no_planned_change;
        o.score = o.status == ProgressStatus::ahead      ? 5.0
                  : o.status == ProgressStatus::on_track ? 0.0
                                                         : -5.0;
    }
    return o;
}

Outcome direction_rule(double yb, double yt, double d) {
    if (d != 1.0 && d != -1.0) return unavailable(Reason::bad_direction);
    if (std::isnan(yb) || std::isnan(yt)) return unavailable(Reason::no_data);
    Outcome o;
    o.value = d * (yt - yb);
    o.status = o.value > 0   ? ProgressStatus::improving
               : o.value < 0 ? ProgressStatus::worsening
                             : ProgressStatus::no_change;
    return o;
}

double t_quantile_uncached(double confidence, std::size_t dof) {
    if (dof == 0) return std::numeric_limits<double>::infinity();
    const boost::math::students_t dist(static_cast<double>(dof));
    return boost::math::quantile(dist, 1.0 - (1.0 - confidence) / 2.0);
}

namespace {

// xoshiro256** (Blackman and Vigna), seeded through splitmix64: small, fast and fully specified, so
// a seed gives the same stream everywhere.
struct Xoshiro256 {
    std::uint64_t s[4];
    explicit Xoshiro256(std::uint64_t seed) {
        for (auto& w : s) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            w = z ^ (z >> 31);
        }
    }
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
    // Uniform in (0, 1].
    double uniform() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }
};

// Standard normals by the Box–Muller transform, two per pair of uniforms.
struct Normals {
    Xoshiro256 rng;
    double spare = 0.0;
    bool has_spare = false;
    explicit Normals(std::uint64_t seed) : rng(seed) {}
    double next() {
        if (has_spare) {
            has_spare = false;
            return spare;
        }
        const double u1 = rng.uniform(), u2 = rng.uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double a = 6.283185307179586476925 * u2;
        spare = r * std::sin(a);
        has_spare = true;
        return r * std::cos(a);
    }
};

} // namespace

double monte_carlo(const TrendFit& f, const double* t, const double* y, std::ptrdiff_t m,
                   double milestone_time, double level, Comparator comparator, double d,
                   std::size_t draws, std::uint64_t seed, double sd) {
    if (draws == 0 || f.n < 2 || !(f.sxx > 0) || std::isnan(level) || !std::isfinite(sd))
        return nan;
    Normals normal(seed);
    const double nn = static_cast<double>(f.n);
    std::size_t met = 0;
    for (std::size_t k = 0; k < draws; ++k) {
        // New observations from the fitted line plus noise, refitted in closed form: the intercept
        // at the mean time moves by the mean error, the slope by Σ (t - t̄) e / sxx.
        double se = 0, ste = 0;
        for (std::ptrdiff_t j = 0; j < m; ++j) {
            if (std::isnan(y[j])) continue;
            const double e = sd * normal.next();
            se += e;
            ste += (t[j] - f.mean_time) * e;
        }
        const double mean_value = f.mean_value + se / nn;
        const double slope = f.slope + ste / f.sxx;
        const double value =
            mean_value + slope * (milestone_time - f.mean_time) + sd * normal.next();
        bool ok;
        switch (comparator) {
        case Comparator::at_least: ok = value >= level; break;
        case Comparator::at_most: ok = value <= level; break;
        default: ok = reaches(value, level, d); break;
        }
        met += ok ? 1 : 0;
    }
    return static_cast<double>(met) / static_cast<double>(draws);
}

} // namespace charterkit::detail
