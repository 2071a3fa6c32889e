// Inline implementation of target.hpp (resolution, validation, re-basing). Not for direct
// inclusion.
#pragma once

#include <limits>

namespace charterkit {

inline std::string_view to_string(TargetForm f) {
    switch (f) {
    case TargetForm::absolute: return "absolute";
    case TargetForm::change_points: return "change_points";
    case TargetForm::change_relative: return "change_relative";
    case TargetForm::reach_reference: return "reach_reference";
    case TargetForm::at_least_reference: return "at_least_reference";
    case TargetForm::gap_fraction: return "gap_fraction";
    case TargetForm::convergence: return "convergence";
    case TargetForm::share: return "share";
    case TargetForm::count_per_period: return "count_per_period";
    case TargetForm::improvement: return "improvement";
    case TargetForm::annual_rate: return "annual_rate";
    case TargetForm::reference_offset: return "reference_offset";
    case TargetForm::comparative: return "comparative";
    }
    return "absolute";
}

inline std::string_view to_string(Comparator c) {
    switch (c) {
    case Comparator::reach: return "reach";
    case Comparator::at_least: return "at_least";
    case Comparator::at_most: return "at_most";
    }
    return "reach";
}

inline std::string_view to_string(RebaseRule r) {
    return r == RebaseRule::ratio ? "ratio" : "difference";
}

inline TargetForm target_form_from_string(std::string_view s, std::string_view field) {
    for (auto f : {TargetForm::absolute, TargetForm::change_points, TargetForm::change_relative,
                   TargetForm::reach_reference, TargetForm::at_least_reference,
                   TargetForm::gap_fraction, TargetForm::convergence, TargetForm::share,
                   TargetForm::count_per_period, TargetForm::improvement, TargetForm::annual_rate,
                   TargetForm::reference_offset, TargetForm::comparative})
        if (to_string(f) == s) return f;
    throw InvalidInputError(std::string(field) + ": unknown target form '" + std::string(s) + "'");
}

inline Comparator comparator_from_string(std::string_view s, std::string_view field) {
    for (auto c : {Comparator::reach, Comparator::at_least, Comparator::at_most})
        if (to_string(c) == s) return c;
    throw InvalidInputError(std::string(field) + ": unknown comparator '" + std::string(s) +
                            "' (expected reach, at_least or at_most)");
}

inline RebaseRule rebase_rule_from_string(std::string_view s, std::string_view field) {
    if (s == "ratio") return RebaseRule::ratio;
    if (s == "difference") return RebaseRule::difference;
    throw InvalidInputError(std::string(field) + ": unknown rebase rule '" + std::string(s) +
                            "' (expected ratio or difference)");
}

inline bool needs_baseline(TargetForm f) {
    return f == TargetForm::change_points || f == TargetForm::change_relative ||
           f == TargetForm::gap_fraction || f == TargetForm::convergence ||
           f == TargetForm::annual_rate;
}

inline bool needs_reference(TargetForm f) {
    return f == TargetForm::reach_reference || f == TargetForm::at_least_reference ||
           f == TargetForm::gap_fraction || f == TargetForm::convergence ||
           f == TargetForm::reference_offset;
}

inline bool needs_value(TargetForm f) {
    return f == TargetForm::absolute || f == TargetForm::change_points ||
           f == TargetForm::change_relative || f == TargetForm::gap_fraction ||
           f == TargetForm::share || f == TargetForm::count_per_period ||
           f == TargetForm::annual_rate || f == TargetForm::reference_offset;
}

namespace detail {

inline std::string when_field(const Milestone& m) {
    if (m.horizon_years) return "horizon_years";
    return m.when && m.when->is_date() ? "date" : "year";
}

inline std::string describe_when(const When& w) {
    return w.is_year() ? "year " + w.to_string() : "date " + w.to_string();
}

} // namespace detail

inline std::optional<double> Target::baseline_value(const ResolveOptions& options) const {
    if (options.baseline_value) return options.baseline_value;
    if (baseline) return baseline->value;
    return std::nullopt;
}

inline double Target::milestone_time(std::size_t i, YearAnchor anchor) const {
    const Milestone& m = milestones.at(i);
    if (m.when) return m.when->time(anchor);
    if (!m.horizon_years)
        throw InvalidTargetError("target '" + id + "'.milestones[" + std::to_string(i) +
                                 "]: has neither a year, a date nor a horizon");
    if (m.horizon_from) return m.horizon_from->time(anchor) + *m.horizon_years;
    if (!baseline)
        throw InvalidTargetError("target '" + id + "'.milestones[" + std::to_string(i) +
                                 "].horizon_years: a horizon needs a baseline date to count from");
    return baseline->when.time(anchor) + *m.horizon_years;
}

inline int Target::milestone_year(std::size_t i, YearAnchor anchor) const {
    const Milestone& m = milestones.at(i);
    if (m.when) return m.when->calendar_year();
    return date_from_fractional_year(milestone_time(i, anchor)).year();
}

inline std::vector<std::string> Target::problems(const std::string& path) const {
    std::vector<std::string> out;
    const std::string p = path.empty() ? "target '" + id + "'" : path;
    auto add = [&](const std::string& field, const std::string& msg) {
        out.push_back(p + "." + field + ": " + msg);
    };
    auto check_value = [&](const std::string& field, double v) {
        try {
            indicator.check(v, field);
        } catch (const InvalidInputError& e) {
            out.push_back(p + "." + e.what());
        }
    };
    if (id.empty()) out.push_back(p + ".id: is empty");
    if (indicator.id.empty()) add("indicator.id", "is empty");
    if (baseline) {
        if (baseline->value)
            check_value("baseline.value", *baseline->value);
        else if (baseline->pending.empty())
            add("baseline", "has no value and no reason why (pending)");
    }
    for (std::size_t i = 0; i < history.size(); ++i)
        check_value("history[" + std::to_string(i) + "].value", history[i].value);
    if (reference) {
        if (reference->label.empty()) add("reference.label", "is empty");
        for (std::size_t i = 0; i < reference->values.size(); ++i)
            check_value("reference.values[" + std::to_string(i) + "].value",
                        reference->values[i].value);
    }
    if (milestones.empty()) add("milestones", "a target needs at least one milestone");
    double previous = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        const Milestone& m = milestones[i];
        const std::string mp = "milestones[" + std::to_string(i) + "]";
        const std::string form(to_string(m.form));
        if (m.when.has_value() == m.horizon_years.has_value()) {
            add(mp, "needs exactly one of year, date or horizon_years");
            continue;
        }
        if (m.horizon_years && !(std::isfinite(*m.horizon_years) && *m.horizon_years > 0))
            add(mp + ".horizon_years",
                detail::number(*m.horizon_years) + " is not a positive number");
        if (m.horizon_years && !baseline && !m.horizon_from)
            add(mp + ".horizon_years", "a horizon needs a baseline or horizon_from to count from");
        if (m.horizon_from && !m.horizon_years)
            add(mp + ".horizon_from", "only a horizon counts from somewhere");
        if (baseline && m.when) {
            const When& b = baseline->when;
            const bool before = (m.when->is_year() && b.is_year())
                                    ? m.when->calendar_year() <= b.calendar_year()
                                    : m.when->time() <= b.time();
            if (before)
                add(mp + "." + detail::when_field(m),
                    m.when->to_string() + " is " +
                        (m.when->calendar_year() == b.calendar_year() && m.when->is_year()
                             ? "not after"
                             : "before") +
                        " the baseline " + detail::describe_when(b));
        }
        if (m.when || baseline || m.horizon_from) {
            const double t = m.when ? m.when->time()
                                    : (m.horizon_from ? *m.horizon_from : baseline->when).time() +
                                          m.horizon_years.value_or(0);
            if (t <= previous)
                add(mp + "." + detail::when_field(m), "milestones must be in time order");
            previous = t;
        }
        if (needs_value(m.form) && !m.value) add(mp + ".value", "form " + form + " needs a value");
        if (m.form == TargetForm::improvement && m.value)
            add(mp + ".value", "form improvement states no number");
        if (m.value_high && !m.value)
            add(mp + ".value_high", "a range needs its other end in value");
        if (m.value_high && m.value && std::isfinite(*m.value_high) && *m.value_high <= *m.value)
            add(mp + ".value_high",
                detail::number(*m.value_high) + " is not above value " + detail::number(*m.value));
        if (m.value && !std::isfinite(*m.value))
            add(mp + ".value", detail::number(*m.value) + " is not a finite number");
        if (m.value && std::isfinite(*m.value)) {
            if (m.form == TargetForm::absolute || m.form == TargetForm::share ||
                m.form == TargetForm::count_per_period)
                check_value(mp + ".value", *m.value);
            if ((m.form == TargetForm::gap_fraction || m.form == TargetForm::convergence) &&
                !(*m.value > 0.0 && *m.value <= 1.0))
                add(mp + ".value",
                    detail::number(*m.value) + " is not a fraction of the gap in (0, 1]");
            if ((m.form == TargetForm::change_relative || m.form == TargetForm::annual_rate) &&
                *m.value <= -100.0)
                add(mp + ".value",
                    detail::number(*m.value) + " % would take the level to zero or below");
        }
        if (needs_reference(m.form) || m.form == TargetForm::comparative) {
            if (!reference) add(mp + ".form", "form " + form + " needs a reference on the target");
            if (!m.reference_at)
                add(mp + ".reference_year", "form " + form + " needs a reference year or date");
        }
        if (m.form == TargetForm::count_per_period && m.period.empty())
            add(mp + ".period", "form count_per_period needs a period (e.g. year)");
    }
    return out;
}

inline void Target::validate() const {
    auto found = problems();
    if (!found.empty()) throw InvalidTargetError(found.front());
}

inline Resolution Target::resolve(std::size_t i, const ResolveOptions& options) const {
    const Milestone& m = milestones.at(i);
    const std::string mp = "target '" + id + "'.milestones[" + std::to_string(i) + "]";
    Resolution r;
    r.milestone = i;
    r.time = std::numeric_limits<double>::quiet_NaN();
    if (m.when || baseline || m.horizon_from) r.time = milestone_time(i, options.anchor);

    auto unresolved = [&](std::string why) {
        r.resolved = false;
        r.reason = std::move(why);
        return r;
    };

    const auto base = baseline_value(options);
    if (needs_baseline(m.form) && !base) {
        std::string why =
            baseline ? "baseline (" + detail::describe_when(baseline->when) + ") has no value yet"
                     : std::string("the target has no baseline (form ") +
                           std::string(to_string(m.form)) + " needs one)";
        if (baseline && !baseline->pending.empty()) why += ": " + baseline->pending;
        return unresolved(why);
    }

    std::optional<double> ref;
    if (needs_reference(m.form)) {
        if (!m.reference_at)
            return unresolved("the milestone does not say which reference value is meant");
        if (options.reference) ref = options.reference->value_for(*m.reference_at);
        if (!ref && reference)
            for (const auto& v : reference->values)
                if (v.when == *m.reference_at ||
                    (m.reference_at->is_year() &&
                     v.when.calendar_year() == m.reference_at->calendar_year()))
                    ref = v.value;
        if (!ref) {
            const std::string label = reference ? "'" + reference->label + "'" : "(none given)";
            return unresolved("reference " + label + " has no value for " +
                              m.reference_at->to_string() + " yet; pass a reference series");
        }
        indicator.check(*ref, mp + ".reference value");
    }

    double level = 0.0;
    switch (m.form) {
    case TargetForm::absolute:
    case TargetForm::share:
    case TargetForm::count_per_period: level = *m.value; break;
    case TargetForm::change_points: level = *base + *m.value; break;
    case TargetForm::change_relative:
        if (*base == 0.0)
            throw InvalidTargetError(mp + ".value: a relative change of " +
                                     detail::number(*m.value) +
                                     " % cannot apply to a zero baseline");
        level = *base * (1.0 + *m.value / 100.0);
        break;
    case TargetForm::reach_reference:
    case TargetForm::at_least_reference: level = *ref; break;
    case TargetForm::gap_fraction:
    case TargetForm::convergence: level = *base + m.value.value_or(1.0) * (*ref - *base); break;
    case TargetForm::annual_rate: {
        if (!baseline) return unresolved("a yearly rate needs a baseline date to count from");
        const double years = r.time - baseline->when.time(options.anchor);
        if (*base == 0.0)
            throw InvalidTargetError(mp + ".value: a yearly change of " + detail::number(*m.value) +
                                     " % cannot apply to a zero baseline");
        level = *base * std::pow(1.0 + *m.value / 100.0, years);
        break;
    }
    case TargetForm::reference_offset: level = *ref + *m.value; break;
    case TargetForm::improvement:
        return unresolved("the milestone states a direction of change, not a level");
    case TargetForm::comparative:
        return unresolved(
            "the milestone asks for a faster change than the reference's; it is judged "
            "against both series, not a level");
    }
    indicator.check(level, mp + ".level");
    r.resolved = true;
    r.level = level;
    return r;
}

inline std::vector<Resolution> Target::resolve_all(const ResolveOptions& options) const {
    std::vector<Resolution> out;
    out.reserve(milestones.size());
    for (std::size_t i = 0; i < milestones.size(); ++i) out.push_back(resolve(i, options));
    return out;
}

inline double Target::level(std::size_t i, const ResolveOptions& options) const {
    if (i >= milestones.size())
        throw NotFoundError("target '" + id + "': no milestone " + std::to_string(i) + " (it has " +
                            std::to_string(milestones.size()) + ")");
    Resolution r = resolve(i, options);
    if (!r.resolved)
        throw UnresolvedTargetError("target '" + id + "'.milestones[" + std::to_string(i) +
                                    "]: cannot give a level: " + r.reason);
    return r.level;
}

inline Target Target::rebase(const Baseline& new_baseline, RebaseRule rule) const {
    if (!baseline || !baseline->value)
        throw InvalidTargetError(
            "target '" + id +
            "'.baseline: cannot re-base a target whose baseline value is unknown");
    if (!new_baseline.value)
        throw InvalidTargetError("target '" + id + "': the new baseline needs a value");
    indicator.check(*new_baseline.value, "target '" + id + "'.new baseline value");
    const double o = *baseline->value;
    const double n = *new_baseline.value;
    if (rule == RebaseRule::ratio && o == 0.0)
        throw InvalidTargetError(
            "target '" + id + "'.baseline.value: 0 cannot be re-based by ratio (division by zero)");
    Target out = *this;
    out.rebased = Rebasing{rule, *baseline, milestones, std::nullopt};
    out.baseline = new_baseline;
    for (Milestone& m : out.milestones) {
        if (!m.value) continue;
        double& v = *m.value;
        switch (m.form) {
        case TargetForm::absolute:
        case TargetForm::share: v = rule == RebaseRule::ratio ? v * n / o : v + (n - o); break;
        case TargetForm::change_points:
            if (rule == RebaseRule::ratio) v = v * n / o;
            break;
        case TargetForm::change_relative:
            if (rule == RebaseRule::difference) {
                if (n == 0.0)
                    throw InvalidTargetError(
                        "target '" + id +
                        "': a relative change cannot be re-based onto a zero baseline");
                v = v * o / n;
            }
            break;
        default: break; // reference forms and counts keep their stated ambition
        }
    }
    out.validate();
    return out;
}

inline bool operator==(const Target& a, const Target& b) {
    return a.id == b.id && a.indicator == b.indicator && a.district == b.district &&
           a.area == b.area && a.group == b.group && a.baseline == b.baseline &&
           a.history == b.history && a.reference == b.reference && a.milestones == b.milestones &&
           a.rebased == b.rebased && a.source == b.source && a.notes == b.notes;
}

} // namespace charterkit
