// Progress statuses, the public scalar rules, the built-in methods and the method registry.
#include "charterkit/progress_methods.hpp"

#include "progress_kernels.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace charterkit {

namespace {

constexpr std::string_view status_names[progress_status_count] = {"not_available",
                                                                  "target_achieved",
                                                                  "substantial_progress",
                                                                  "moderate_progress",
                                                                  "limited_progress",
                                                                  "deterioration",
                                                                  "significant_progress",
                                                                  "insufficient_progress",
                                                                  "moving_away",
                                                                  "ahead",
                                                                  "on_track",
                                                                  "behind",
                                                                  "improving",
                                                                  "no_change",
                                                                  "worsening"};

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

double direction_sign(Direction d) { return d == Direction::higher_is_better ? 1.0 : -1.0; }

class StatcanMethod final : public ProgressMethod {
public:
    std::string name() const override { return "statcan"; }
    int version() const override { return 1; }
    std::string description() const override {
        return "Statistics Canada's progress measure as published in Open SDG's progress "
               "methodology "
               "(open-sdg docs/progress-methodology.md): the compound annual growth rate since the "
               "base "
               "year, against the rate the target needs (thresholds 0.95, 0.6, 0) or, without a "
               "target, "
               "against fixed rates (1.5 %, 0.5 %, 0) scaled near a natural limit; scores in [-5, "
               "5]. "
               "Years are calendar years.";
    }
    MethodResult evaluate(const MethodInput& in) const override {
        const double d = direction_sign(in.direction);
        const double b = in.baseline_year, t = in.latest_year;
        if (in.level)
            return detail::to_result(detail::statcan_rule(b, in.baseline_value, t, in.latest_value,
                                                          *in.level, in.milestone_year, d,
                                                          detail::nan));
        return detail::to_result(detail::statcan_rule(b, in.baseline_value, t, in.latest_value,
                                                      detail::nan, detail::nan, d,
                                                      in.limit.value_or(detail::nan)));
    }
};

class EurostatMethod final : public ProgressMethod {
public:
    std::string name() const override { return "eurostat"; }
    int version() const override { return 1; }
    std::string description() const override {
        return "Eurostat's EU SDG monitoring rule for quantified targets: the ratio RR of the "
               "actual "
               "compound annual growth rate since the baseline to the rate required to reach the "
               "level by "
               "the milestone; RR >= 95 % significant progress, 60-95 % moderate, 0-60 % "
               "insufficient, "
               "< 0 moving away. A met level is significant progress. Times on the fractional-year "
               "axis.";
    }
    MethodResult evaluate(const MethodInput& in) const override {
        const double d = direction_sign(in.direction);
        if (!in.level)
            return detail::to_result(detail::direction_rule(in.baseline_value, in.latest_value, d));
        return detail::to_result(detail::eurostat_rule(in.baseline_time, in.baseline_value,
                                                       in.latest_time, in.latest_value, *in.level,
                                                       in.milestone_time, d, in.reached));
    }
};

class LinearPathMethod final : public ProgressMethod {
public:
    std::string name() const override { return "linear_path"; }
    int version() const override { return 1; }
    std::string description() const override {
        return "The latest observation against the charter's own trajectory at the same date: "
               "ahead, on "
               "track within a tolerance (a share of the planned change, or indicator units), "
               "behind, or "
               "moving away (worse than the baseline). Progress value: the gap as a share of the "
               "planned "
               "change; score 10 x that, clipped to [-5, 5].";
    }
    MethodResult evaluate(const MethodInput& in) const override {
        const double d = direction_sign(in.direction);
        if (!in.level)
            return detail::to_result(detail::direction_rule(in.baseline_value, in.latest_value, d));
        return detail::to_result(detail::linear_path_rule(in.baseline_value, in.latest_value,
                                                          in.expected, *in.level, d, in.tolerance,
                                                          in.tolerance_units));
    }
};

struct Registry {
    std::mutex mutex;
    std::vector<std::shared_ptr<const ProgressMethod>> methods{
        std::make_shared<StatcanMethod>(), std::make_shared<EurostatMethod>(),
        std::make_shared<LinearPathMethod>()};
    static constexpr std::size_t builtins = 3;
};

Registry& registry() {
    static Registry r;
    return r;
}

} // namespace

std::string_view to_string(ProgressStatus s) {
    const auto i = static_cast<int>(s);
    return i >= 0 && i < progress_status_count ? status_names[i] : "not_available";
}

ProgressStatus progress_status_from_string(std::string_view s, std::string_view field) {
    for (int i = 0; i < progress_status_count; ++i)
        if (status_names[i] == s) return static_cast<ProgressStatus>(i);
    std::string known;
    for (int i = 0; i < progress_status_count; ++i)
        known += (i ? ", " : "") + std::string(status_names[i]);
    throw InvalidInputError(std::string(field) + ": unknown progress status '" + std::string(s) +
                            "' (expected one of " + known + ")");
}

const std::vector<ProgressStatus>& all_progress_statuses() {
    static const std::vector<ProgressStatus> all = [] {
        std::vector<ProgressStatus> v;
        for (int i = 0; i < progress_status_count; ++i) v.push_back(static_cast<ProgressStatus>(i));
        return v;
    }();
    return all;
}

bool operator==(const MethodResult& a, const MethodResult& b) {
    return a.status == b.status && same(a.progress_value, b.progress_value) &&
           same(a.score, b.score) && a.reason == b.reason;
}

bool operator==(const MethodInput& a, const MethodInput& b) {
    return a.target == b.target && a.direction == b.direction &&
           same(a.baseline_time, b.baseline_time) && a.baseline_year == b.baseline_year &&
           same(a.baseline_value, b.baseline_value) && same(a.latest_time, b.latest_time) &&
           a.latest_year == b.latest_year && same(a.latest_value, b.latest_value) &&
           a.level == b.level && same(a.milestone_time, b.milestone_time) &&
           a.milestone_year == b.milestone_year && a.comparator == b.comparator &&
           a.reached == b.reached && same(a.expected, b.expected) &&
           same(a.tolerance, b.tolerance) && same(a.tolerance_units, b.tolerance_units) &&
           a.limit == b.limit;
}

MethodResult statcan_progress(const StatcanInput& in) {
    return detail::to_result(detail::statcan_rule(in.base_year, in.base_value, in.current_year,
                                                  in.current_value, in.target, in.target_year,
                                                  in.direction, in.limit));
}

MethodResult eurostat_progress(double base_time, double base_value, double current_time,
                               double current_value, double level, double target_time,
                               double direction, bool reached) {
    return detail::to_result(detail::eurostat_rule(base_time, base_value, current_time,
                                                   current_value, level, target_time, direction,
                                                   reached));
}

MethodResult linear_path_progress(double base_value, double current_value, double expected,
                                  double level, double direction, double tolerance,
                                  double tolerance_units) {
    return detail::to_result(detail::linear_path_rule(base_value, current_value, expected, level,
                                                      direction, tolerance, tolerance_units));
}

MethodResult direction_progress(double base_value, double current_value, double direction) {
    return detail::to_result(detail::direction_rule(base_value, current_value, direction));
}

bool meets_level(double value, double level, Comparator comparator, Direction direction) {
    switch (comparator) {
    case Comparator::at_least: return value >= level;
    case Comparator::at_most: return value <= level;
    case Comparator::reach: break;
    }
    return detail::reaches(value, level, direction_sign(direction));
}

std::shared_ptr<const ProgressMethod> progress_method(const std::string& name) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    std::string known;
    for (const auto& m : r.methods) {
        if (m->name() == name) return m;
        known += (known.empty() ? "" : ", ") + m->name();
    }
    throw NotFoundError("method: no progress method '" + name + "' (known: " + known + ")");
}

void register_progress_method(std::shared_ptr<const ProgressMethod> method, bool replace) {
    if (!method) throw InvalidInputError("method: is null");
    const std::string name = method->name();
    if (name.empty()) throw InvalidInputError("method.name: is empty");
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    for (std::size_t i = 0; i < r.methods.size(); ++i) {
        if (r.methods[i]->name() != name) continue;
        if (i < Registry::builtins)
            throw InvalidInputError("method.name: '" + name +
                                    "' is a built-in method and cannot be replaced");
        if (!replace)
            throw InvalidInputError("method.name: '" + name +
                                    "' is already registered (pass replace=true to replace it)");
        r.methods[i] = std::move(method);
        return;
    }
    r.methods.push_back(std::move(method));
}

bool unregister_progress_method(const std::string& name) {
    Registry& r = registry();
    std::shared_ptr<const ProgressMethod> removed; // released after the lock
    {
        std::lock_guard<std::mutex> lock(r.mutex);
        for (std::size_t i = 0; i < r.methods.size(); ++i) {
            if (r.methods[i]->name() != name) continue;
            if (i < Registry::builtins)
                throw InvalidInputError("method.name: '" + name +
                                        "' is a built-in method and cannot be removed");
            removed = std::move(r.methods[i]);
            r.methods.erase(r.methods.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    return removed != nullptr;
}

std::vector<std::string> progress_method_names() {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    std::vector<std::string> out;
    for (const auto& m : r.methods) out.push_back(m->name());
    return out;
}

} // namespace charterkit
