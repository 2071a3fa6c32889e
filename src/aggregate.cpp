// assess_dataset() and aggregate(): roll-ups of assessments (see aggregate.hpp).
#include "charterkit/aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace charterkit {

namespace {

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

constexpr std::pair<GroupBy, std::string_view> group_names[] = {{GroupBy::ambition, "ambition"},
                                                                {GroupBy::theme, "theme"},
                                                                {GroupBy::district, "district"},
                                                                {GroupBy::city, "city"},
                                                                {GroupBy::dataset, "dataset"}};

} // namespace

std::string_view to_string(GroupBy g) {
    for (const auto& [k, v] : group_names)
        if (k == g) return v;
    return "dataset";
}

GroupBy group_by_from_string(std::string_view s, std::string_view field) {
    for (const auto& [k, v] : group_names)
        if (v == s) return k;
    throw InvalidInputError(std::string(field) + ": unknown grouping '" + std::string(s) +
                            "' (expected ambition, theme, district, city or dataset)");
}

const std::string& AssessedTarget::key(GroupBy by) const {
    switch (by) {
    case GroupBy::ambition: return ambition;
    case GroupBy::theme: return theme;
    case GroupBy::district: return district;
    case GroupBy::city: return city;
    case GroupBy::dataset: return dataset;
    }
    return dataset;
}

bool operator==(const AssessedTarget& a, const AssessedTarget& b) {
    return a.dataset == b.dataset && a.charter == b.charter && a.city == b.city &&
           a.district == b.district && a.theme == b.theme && a.ambition == b.ambition &&
           a.target == b.target && a.indicator == b.indicator && a.assessment == b.assessment;
}

bool operator==(const GroupSummary& a, const GroupSummary& b) {
    return a.key == b.key && a.count == b.count && a.by_status == b.by_status &&
           a.reached == b.reached && same(a.mean_score, b.mean_score) && a.scored == b.scored &&
           same(a.mean_share_achieved, b.mean_share_achieved) && a.with_share == b.with_share &&
           same(a.weight, b.weight) && a.worst == b.worst && a.best == b.best;
}

std::vector<AssessedTarget> assess_dataset(const Dataset& dataset,
                                           const std::map<std::string, Series>& observations,
                                           const AssessOptions& options) {
    std::set<std::string> unused;
    for (const auto& [k, v] : observations) unused.insert(k);
    std::vector<AssessedTarget> out;
    for (const Charter& c : dataset.charters) {
        for (const Ambition& a : c.ambitions) {
            for (const Target& t : a.targets) {
                auto it = observations.find(t.id);
                if (it == observations.end()) continue;
                unused.erase(t.id);
                AssessedTarget row;
                row.dataset = dataset.name;
                row.charter = c.id;
                row.city = c.city;
                row.district = t.district ? *t.district : "(all)";
                row.theme = std::string(to_string(a.theme));
                row.ambition = a.id;
                row.target = t.id;
                row.indicator = t.indicator.id;
                try {
                    row.assessment = assess(t, it->second, options);
                } catch (const Error& e) {
                    const std::string msg = "observations['" + t.id + "']: " + e.what();
                    if (dynamic_cast<const NotFoundError*>(&e)) throw NotFoundError(msg);
                    if (dynamic_cast<const NotAssessableError*>(&e)) throw NotAssessableError(msg);
                    if (dynamic_cast<const InvalidTargetError*>(&e)) throw InvalidTargetError(msg);
                    if (dynamic_cast<const UnresolvedTargetError*>(&e))
                        throw UnresolvedTargetError(msg);
                    throw InvalidInputError(msg);
                }
                out.push_back(std::move(row));
            }
        }
    }
    if (!unused.empty()) {
        std::string names;
        for (const auto& k : unused) names += (names.empty() ? "'" : ", '") + k + "'";
        throw NotFoundError("observations: no target " + names + " in data set '" + dataset.name +
                            "'");
    }
    return out;
}

std::vector<GroupSummary> aggregate(const std::vector<AssessedTarget>& rows, GroupBy by,
                                    const AggregateOptions& options) {
    const bool weighted = !options.weights.empty();
    if (weighted) {
        std::set<std::string> missing, bad;
        for (const auto& r : rows) {
            const std::string& k = r.key(options.weight_by);
            auto it = options.weights.find(k);
            if (it == options.weights.end())
                missing.insert(k);
            else if (!(it->second >= 0) || !std::isfinite(it->second))
                bad.insert(k);
        }
        const std::string field = "weights (by " + std::string(to_string(options.weight_by)) + ")";
        if (!missing.empty()) {
            std::string names;
            for (const auto& k : missing) names += (names.empty() ? "'" : ", '") + k + "'";
            throw InvalidInputError(field + ": no weight for " + names + " (" +
                                    std::to_string(missing.size()) + " of the keys of " +
                                    std::to_string(rows.size()) + " rows)");
        }
        if (!bad.empty()) {
            std::string names;
            for (const auto& k : bad)
                names += (names.empty() ? "'" : ", '") + k +
                         "' = " + detail::number(options.weights.at(k));
            throw InvalidInputError(field + ": weights must be finite and >= 0: " + names);
        }
    }
    std::map<std::string, std::vector<const AssessedTarget*>> groups;
    for (const auto& r : rows) groups[r.key(by)].push_back(&r);

    std::vector<GroupSummary> out;
    for (const auto& [key, members] : groups) {
        GroupSummary g;
        g.key = key;
        g.count = members.size();
        double ws = 0, wsum_s = 0, wh = 0, wsum_h = 0, wtotal = 0;
        std::vector<std::pair<double, const std::string*>> scored;
        for (const AssessedTarget* r : members) {
            const MilestoneAssessment& m = r->assessment.assessed();
            ++g.by_status[std::string(to_string(m.result.status))];
            if (m.reached) ++g.reached;
            const double w = weighted ? options.weights.at(r->key(options.weight_by)) : 1.0;
            wtotal += w;
            if (!std::isnan(m.result.score)) {
                ++g.scored;
                ws += w * m.result.score;
                wsum_s += w;
                scored.emplace_back(m.result.score, &r->target);
            }
            if (!std::isnan(m.share_achieved)) {
                ++g.with_share;
                wh += w * m.share_achieved;
                wsum_h += w;
            }
        }
        if (wsum_s > 0) g.mean_score = ws / wsum_s;
        if (wsum_h > 0) g.mean_share_achieved = wh / wsum_h;
        if (weighted) g.weight = wtotal;
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : *a.second < *b.second;
        });
        const std::size_t k = std::min(options.top, scored.size());
        for (std::size_t i = 0; i < k; ++i) g.worst.push_back(*scored[i].second);
        std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : *a.second < *b.second;
        });
        for (std::size_t i = 0; i < k; ++i) g.best.push_back(*scored[i].second);
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace charterkit
