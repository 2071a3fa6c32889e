/// @file target.hpp
/// Targets: an indicator, a baseline, an optional reference series and dated milestones, each
/// milestone stated in one of the forms the charters use. A target resolves each milestone to a
/// level, or says why it cannot (baseline not measured yet, reference value not known yet) — it
/// never invents a number.
///
/// Design note. The form belongs to the milestone, not the target: the charters give an
/// intermediate milestone as an absolute level and the final one relative to a reference
/// (Dordrecht, lines 3586 and 3537), and both are one target. `value` keeps the number exactly as
/// stated for its form; `resolve` turns it into a level given the baseline and the reference
/// series, which may be supplied later (a moving city average) through ResolveOptions.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/error.hpp"
#include "charterkit/indicator.hpp"
#include "charterkit/series.hpp"
#include "charterkit/source.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace charterkit {

/// How a milestone states its level (see docs/format.md for the table with examples).
enum class TargetForm {
    absolute,           ///< the level itself ("naar 6,5 in 2011")
    change_points,      ///< signed change in points from the baseline ("15 % punten lager")
    change_relative,    ///< signed change in percent of the baseline ("met 10 % gegroeid")
    reach_reference,    ///< equal to a reference value ("gelijk aan het Alkmaars gemiddelde")
    at_least_reference, ///< at least as good as a reference ("minstens op het niveau van")
    gap_fraction,       ///< close a fraction of the gap to a reference ("halverwege")
    convergence,        ///< converge to a reference within a horizon ("over 4 jaar")
    share,              ///< a share in percent: coverage or one part of a composition
    count_per_period,   ///< a count per period ("jaarlijks minimaal 250")
    improvement,        ///< a direction without a number ("significant beter")
    annual_rate,      ///< a signed change in percent per year, compounding ("jaarlijks 5 % minder")
    reference_offset, ///< the reference plus a signed offset ("maximaal 3 punten boven het
                      ///< gemiddelde")
    comparative ///< change faster than the reference changes ("sneller dan ...", a "trendbreuk")
};

/// How the stated level binds.
enum class Comparator {
    reach,    ///< reach the level (met when at least as good, in the indicator's direction)
    at_least, ///< at least the level, numerically ("minimaal", "minstens")
    at_most   ///< at most the level, numerically ("maximaal")
};

/// How a re-based target keeps its ambition (Utrecht, seed 004 line 8224).
enum class RebaseRule {
    ratio,     ///< keep level / baseline
    difference ///< keep level - baseline
};

/// Text form of a TargetForm, the enumerator's name ("change_points", ...).
std::string_view to_string(TargetForm f);
/// Text form of a Comparator ("reach", "at_least", "at_most").
std::string_view to_string(Comparator c);
/// Text form of a RebaseRule ("ratio", "difference").
std::string_view to_string(RebaseRule r);
/// Parses a target form by its enumerator name.
/// @throws InvalidInputError "<field>: unknown target form '<s>'"
TargetForm target_form_from_string(std::string_view s, std::string_view field = "form");
/// Parses "reach", "at_least" or "at_most".
/// @throws InvalidInputError "<field>: unknown comparator '<s>'"
Comparator comparator_from_string(std::string_view s, std::string_view field = "comparator");
/// Parses "ratio" or "difference".
/// @throws InvalidInputError "<field>: unknown rebase rule '<s>'"
RebaseRule rebase_rule_from_string(std::string_view s, std::string_view field = "rule");

/// True for forms whose level depends on the baseline value.
bool needs_baseline(TargetForm f);
/// True for forms whose level depends on a reference value.
bool needs_reference(TargetForm f);
/// True for forms that state a number in `value` (convergence: optional, default 1).
bool needs_value(TargetForm f);

/// A value at a year or date, e.g. one known point of a reference series.
struct DatedValue {
    When when;                    ///< the year or date the value belongs to
    double value = 0.0;           ///< the value, in the indicator's unit
    std::optional<Source> source; ///< where the value is printed; unset when not recorded
    std::string note;             ///< encoder's remark in English; empty when none
    /// Field-by-field equality.
    friend bool operator==(const DatedValue& a, const DatedValue& b) {
        return a.when == b.when && a.value == b.value && a.source == b.source && a.note == b.note;
    }
};

/// The starting point of a target. `value` is empty while the measurement is still to come
/// ("een 0-meting in 2008", seed 004 line 156); `pending` then says why.
struct Baseline {
    When when; ///< when the baseline was (or will be) measured
    std::optional<double>
        value;                 ///< the baseline level, in the indicator's unit; unset while pending
    std::string pending;       ///< why the value is not known (empty when it is)
    std::vector<double> parts; ///< a printed composition, e.g. {21, 79} for koop–huur
    std::optional<Source> source; ///< where the baseline is printed; unset when not recorded
    bool inferred = false;        ///< the time is not printed; it was inferred
    /// Field-by-field equality.
    friend bool operator==(const Baseline& a, const Baseline& b) {
        return a.when == b.when && a.value == b.value && a.pending == b.pending &&
               a.parts == b.parts && a.source == b.source && a.inferred == b.inferred;
    }
};

/// A reference the target is measured against (a city average), with the values the text gives.
struct Reference {
    std::string label;    ///< as printed ("stedelijk gemiddelde")
    std::string label_en; ///< English gloss ("city average")
    std::vector<DatedValue>
        values; ///< the reference values the text gives; milestones point into them
    /// Field-by-field equality.
    friend bool operator==(const Reference& a, const Reference& b) {
        return a.label == b.label && a.label_en == b.label_en && a.values == b.values;
    }
};

/// One dated milestone of a target.
struct Milestone {
    std::optional<When> when;            ///< the year or date; empty for a horizon
    std::optional<double> horizon_years; ///< years after the baseline (convergence "over 4 jaar")
    std::optional<When> horizon_from;    ///< what the horizon counts from, when not the baseline
    bool inferred = false; ///< the time is not printed; it was inferred (the note says from what)
    TargetForm form = TargetForm::absolute;    ///< how `value` states the level
    std::optional<double> value;               ///< the number as stated for the form
    std::optional<double> value_high;          ///< the other end of a printed range ("84-88 %")
    std::optional<When> reference_at;          ///< which point of the reference series is meant
    Comparator comparator = Comparator::reach; ///< how the level binds
    std::string period;                        ///< for count_per_period: "year", ...
    std::vector<double> parts;                 ///< for a composition: the printed parts
    /// Encoder's remark in English, e.g. where an inferred time comes from; empty when none.
    std::string note;
    std::optional<Source> source; ///< where the milestone is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Milestone& a, const Milestone& b) {
        return a.when == b.when && a.horizon_years == b.horizon_years &&
               a.horizon_from == b.horizon_from && a.inferred == b.inferred && a.form == b.form &&
               a.value == b.value && a.value_high == b.value_high &&
               a.reference_at == b.reference_at && a.comparator == b.comparator &&
               a.period == b.period && a.parts == b.parts && a.note == b.note &&
               a.source == b.source;
    }
};

/// The record a re-based target keeps of what it was before.
struct Rebasing {
    RebaseRule rule = RebaseRule::ratio; ///< how the milestones were carried to the new baseline
    Baseline previous_baseline;          ///< the baseline before re-basing
    std::vector<Milestone> previous_milestones; ///< the milestones before re-basing
    std::optional<Source> source; ///< where the re-basing is stated; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Rebasing& a, const Rebasing& b) {
        return a.rule == b.rule && a.previous_baseline == b.previous_baseline &&
               a.previous_milestones == b.previous_milestones && a.source == b.source;
    }
};

/// What resolving brings in from outside the target.
struct ResolveOptions {
    YearAnchor anchor = default_year_anchor; ///< what a bare year means
    std::optional<double> baseline_value; ///< a baseline measured later (overrides a pending one)
    std::optional<Series> reference;      ///< a (moving) reference series, e.g. the city average
    /// Field-by-field equality.
    friend bool operator==(const ResolveOptions& a, const ResolveOptions& b) {
        return a.anchor == b.anchor && a.baseline_value == b.baseline_value &&
               a.reference == b.reference;
    }
};

/// The outcome of resolving one milestone.
struct Resolution {
    std::size_t milestone = 0; ///< index of the milestone in Target::milestones
    bool resolved = false;     ///< true when `level` holds the milestone's level
    double level = 0.0;        ///< the level (valid only when resolved)
    double time = 0.0;  ///< the milestone on the fractional-year axis (NaN when it has no time yet)
    std::string reason; ///< why it is not resolved (empty when it is)
    /// Field-by-field equality; two NaN times count as equal.
    friend bool operator==(const Resolution& a, const Resolution& b) {
        const bool same_time = a.time == b.time || (std::isnan(a.time) && std::isnan(b.time));
        return a.milestone == b.milestone && a.resolved == b.resolved && a.level == b.level &&
               same_time && a.reason == b.reason;
    }
};

/// A target: an indicator with a baseline, an optional reference and its milestones.
struct Target {
    std::string id;                      ///< "alkmaar.overdie.unemployment", unique in the charter
    Indicator indicator;                 ///< what is measured, its unit, direction and range
    std::optional<std::string> district; ///< empty for a charter-wide target
    std::string area;  ///< a sub-area of the district, when the target is that narrow
    std::string group; ///< ties targets stated together (a table, a composition)
    std::optional<Baseline> baseline;   ///< the starting point; unset when the text gives none
    std::vector<DatedValue> history;    ///< earlier printed measurements
    std::optional<Reference> reference; ///< the series reference forms point into; unset when none
    std::vector<Milestone> milestones;  ///< the dated milestones, in time order
    std::optional<Rebasing>
        rebased;                  ///< what the target was before re-basing; unset if never re-based
    std::optional<Source> source; ///< where the target is printed; unset when not recorded
    std::vector<std::string>
        notes; ///< encoder's remarks in English (ambiguity, what was not encoded)

    /// Every problem with this target, each as "<path>: <message>", in one pass (empty when valid).
    std::vector<std::string> problems(const std::string& path = "") const;
    /// @throws InvalidTargetError with the first problem (a bad value included).
    void validate() const;
    /// The milestone's instant on the time axis. @throws InvalidTargetError for a horizon without
    /// baseline.
    double milestone_time(std::size_t i, YearAnchor anchor = default_year_anchor) const;
    /// The calendar year a milestone falls in (derived for a horizon).
    int milestone_year(std::size_t i, YearAnchor anchor = default_year_anchor) const;
    /// Resolves milestone i. Unresolvable milestones come back with `resolved == false` and a
    /// reason.
    /// @throws InvalidTargetError for a relative change on a zero baseline; InvalidInputError when
    /// the
    ///         level falls outside the indicator's range or is not finite; std::out_of_range for a
    ///         bad i.
    Resolution resolve(std::size_t i, const ResolveOptions& options = {}) const;
    /// Resolves every milestone.
    std::vector<Resolution> resolve_all(const ResolveOptions& options = {}) const;
    /// The level of milestone i. @throws UnresolvedTargetError with the reason when it cannot
    /// resolve; NotFoundError when there is no milestone i.
    double level(std::size_t i, const ResolveOptions& options = {}) const;
    /// The baseline value in force (the override in options, else the recorded one).
    std::optional<double> baseline_value(const ResolveOptions& options = {}) const;
    /// The same ambition on a new baseline (a new zero-measurement), keeping it by ratio or
    /// difference.
    /// @throws InvalidTargetError when the old baseline value is unknown, or zero under the ratio
    /// rule.
    Target rebase(const Baseline& new_baseline, RebaseRule rule) const;

    /// Field-by-field equality.
    friend bool operator==(const Target& a, const Target& b);
};

} // namespace charterkit

#include "charterkit/detail/target_impl.hpp"
