/// @file trajectory.hpp
/// The planned path of a target: anchors (baseline and resolved milestones) on the fractional-year
/// axis, joined by linear, constant-rate (compound) or step interpolation.
///
/// Before the first anchor the path is undefined (an error); after the last anchor it holds the
/// last level: a target that has been reached is meant to stay reached.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/error.hpp"
#include "charterkit/target.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace charterkit {

/// How a trajectory runs between two anchors.
enum class Interpolation {
    linear,   ///< a straight line (default)
    compound, ///< a constant growth rate: v0 * (v1 / v0)^s; needs anchors of one sign, none zero
    step      ///< holds each level until the next anchor's time
};

/// Text form of an Interpolation.
inline std::string_view to_string(Interpolation i) {
    switch (i) {
    case Interpolation::linear: return "linear";
    case Interpolation::compound: return "compound";
    case Interpolation::step: return "step";
    }
    return "linear";
}

/// Parses "linear", "compound" or "step". @throws InvalidInputError "<field>: unknown interpolation
/// '<s>'"
inline Interpolation interpolation_from_string(std::string_view s,
                                               std::string_view field = "interpolation") {
    for (auto i : {Interpolation::linear, Interpolation::compound, Interpolation::step})
        if (to_string(i) == s) return i;
    throw InvalidInputError(std::string(field) + ": unknown interpolation '" + std::string(s) +
                            "' (expected linear, compound or step)");
}

/// A piecewise path through anchors (time in fractional years, value).
class Trajectory {
public:
    /// A trajectory without anchors; value_at() throws on it and start()/end() must not be called.
    Trajectory() = default;

    /// A trajectory through anchors (times[i], values[i]), times in fractional years.
    /// @throws InvalidInputError when sizes differ, there is no anchor, times are not strictly
    ///         increasing, a value is not finite, or compound anchors are zero or change sign.
    Trajectory(std::vector<double> times, std::vector<double> values,
               Interpolation interpolation = Interpolation::linear)
        : interpolation_(interpolation) {
        if (times.size() != values.size())
            throw InvalidInputError("trajectory: " + std::to_string(times.size()) + " times but " +
                                    std::to_string(values.size()) + " values");
        if (times.empty()) throw InvalidInputError("trajectory: needs at least one anchor");
        for (std::size_t i = 0; i < times.size(); ++i) {
            const std::string at = "trajectory.anchors[" + std::to_string(i) + "]";
            if (!std::isfinite(times[i]))
                throw InvalidInputError(at + ".time: " + detail::number(times[i]) +
                                        " is not finite");
            if (!std::isfinite(values[i]))
                throw InvalidInputError(at + ".value: " + detail::number(values[i]) +
                                        " is not a finite number");
            if (i > 0 && times[i] <= times[i - 1])
                throw InvalidInputError(at + ".time: " + detail::number(times[i]) +
                                        " is not after " + detail::number(times[i - 1]));
            if (interpolation == Interpolation::compound &&
                (values[i] == 0.0 || (values[i] > 0) != (values[0] > 0)))
                throw InvalidInputError(
                    at + ".value: " + detail::number(values[i]) +
                    ": compound interpolation needs anchors of one sign, none zero");
        }
        times_ = std::move(times);
        values_ = std::move(values);
    }

    /// The trajectory of a target: its baseline and every milestone that resolves. Milestones that
    /// do not resolve (see Target::resolve) are left out; `skipped()` lists them.
    /// @throws UnresolvedTargetError when the baseline has no value or no milestone resolves.
    static Trajectory from_target(const Target& target, const ResolveOptions& options = {},
                                  Interpolation interpolation = Interpolation::linear) {
        const auto base = target.baseline_value(options);
        if (!target.baseline || !base) {
            std::string why =
                target.baseline ? "baseline has no value yet" : "target has no baseline";
            if (target.baseline && !target.baseline->pending.empty())
                why += ": " + target.baseline->pending;
            throw UnresolvedTargetError("target '" + target.id + "': no trajectory: " + why);
        }
        std::vector<double> t{target.baseline->when.time(options.anchor)};
        std::vector<double> v{*base};
        std::vector<std::size_t> skipped;
        for (const Resolution& r : target.resolve_all(options)) {
            if (!r.resolved) {
                skipped.push_back(r.milestone);
                continue;
            }
            t.push_back(r.time);
            v.push_back(r.level);
        }
        if (t.size() < 2)
            throw UnresolvedTargetError("target '" + target.id +
                                        "': no trajectory: none of its milestones resolves (" +
                                        target.resolve(0, options).reason + ")");
        Trajectory out(std::move(t), std::move(v), interpolation);
        out.skipped_ = std::move(skipped);
        return out;
    }

    /// Anchor times in fractional years, strictly increasing.
    const std::vector<double>& times() const noexcept { return times_; }
    /// Anchor values, one per time, in the indicator's unit.
    const std::vector<double>& values() const noexcept { return values_; }
    /// How the path runs between anchors.
    Interpolation interpolation() const noexcept { return interpolation_; }
    /// Milestones of the source target that were left out because they did not resolve.
    const std::vector<std::size_t>& skipped() const noexcept { return skipped_; }
    /// Time of the first anchor (fractional years); the path is undefined before it.
    double start() const { return times_.front(); }
    /// Time of the last anchor (fractional years); the path holds its level after it.
    double end() const { return times_.back(); }

    /// The planned value at time t (fractional years).
    /// @throws InvalidInputError when t is not finite or before the first anchor.
    double value_at(double t) const {
        if (!std::isfinite(t))
            throw InvalidInputError("time: " + detail::number(t) + " is not finite");
        if (times_.empty()) throw InvalidInputError("trajectory: has no anchors");
        if (t < times_.front())
            throw InvalidInputError("time: " + detail::number(t) +
                                    " is before the trajectory starts (" +
                                    detail::number(times_.front()) + ")");
        if (t >= times_.back()) return values_.back();
        const auto k = static_cast<std::size_t>(std::upper_bound(times_.begin(), times_.end(), t) -
                                                times_.begin()); // times_[k-1] <= t < times_[k]
        const double t0 = times_[k - 1], t1 = times_[k];
        const double v0 = values_[k - 1], v1 = values_[k];
        const double s = (t - t0) / (t1 - t0);
        switch (interpolation_) {
        case Interpolation::linear: return v0 + s * (v1 - v0);
        case Interpolation::compound: return v0 * std::pow(v1 / v0, s);
        case Interpolation::step: return v0;
        }
        return v0;
    }

    /// The planned value on a calendar day.
    double value_at(const Date& d) const { return value_at(fractional_year(d)); }

    /// Values at many times at once (no per-element allocation).
    Eigen::VectorXd values_at(const Eigen::Ref<const Eigen::VectorXd>& t) const {
        Eigen::VectorXd out(t.size());
        for (Eigen::Index i = 0; i < t.size(); ++i) out[i] = value_at(t[i]);
        return out;
    }

    /// Equal interpolation, anchors and skipped milestones.
    friend bool operator==(const Trajectory& a, const Trajectory& b) {
        return a.interpolation_ == b.interpolation_ && a.times_ == b.times_ &&
               a.values_ == b.values_ && a.skipped_ == b.skipped_;
    }

    /// Rebuilds a trajectory with its record of skipped milestones (used when unpickling).
    static Trajectory restore(std::vector<double> times, std::vector<double> values,
                              Interpolation interpolation, std::vector<std::size_t> skipped) {
        Trajectory out(std::move(times), std::move(values), interpolation);
        out.skipped_ = std::move(skipped);
        return out;
    }

private:
    std::vector<double> times_;
    std::vector<double> values_;
    Interpolation interpolation_ = Interpolation::linear;
    std::vector<std::size_t> skipped_;
};

} // namespace charterkit
