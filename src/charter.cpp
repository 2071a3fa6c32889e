// Charter-level validation (cross references, unique ids) and as_of (amendments as JSON Patch).
#include "charterkit/charter.hpp"

#include "json_model.hpp"

#include <algorithm>
#include <set>

namespace charterkit {

namespace {

void collect_sub_area_ids(const std::vector<SubArea>& subs, const std::string& path,
                          std::set<std::string>& ids, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < subs.size(); ++i) {
        const std::string p = path + ".sub_areas[" + std::to_string(i) + "]";
        if (!ids.insert(subs[i].id).second)
            out.push_back(p + ".id: '" + subs[i].id + "' occurs twice");
        collect_sub_area_ids(subs[i].sub_areas, p, ids, out);
    }
}

template <class T, class Key>
void unique_ids(const std::vector<T>& items, const std::string& path, Key key,
                std::vector<std::string>& out) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!seen.insert(key(items[i])).second)
            out.push_back(path + "[" + std::to_string(i) + "].id: '" + key(items[i]) +
                          "' occurs twice");
}

} // namespace

std::vector<std::string> Charter::problems() const {
    std::vector<std::string> out;
    std::set<std::string> districts_, parties_, area_ids;
    for (std::size_t i = 0; i < districts.size(); ++i) {
        const std::string p = "districts[" + std::to_string(i) + "]";
        if (!districts_.insert(districts[i].id).second)
            out.push_back(p + ".id: '" + districts[i].id + "' occurs twice");
        collect_sub_area_ids(districts[i].sub_areas, p, area_ids, out);
    }
    for (std::size_t i = 0; i < parties.size(); ++i)
        if (!parties_.insert(parties[i].id).second)
            out.push_back("parties[" + std::to_string(i) + "].id: '" + parties[i].id +
                          "' occurs twice");
    auto district_ref = [&](const std::string& path, const std::string& id_) {
        if (!districts_.count(id_))
            out.push_back(path + ": no district '" + id_ + "' in this charter");
    };
    auto party_ref = [&](const std::string& path, const std::string& id_) {
        if (!id_.empty() && !parties_.count(id_))
            out.push_back(path + ": no party '" + id_ + "' in this charter");
    };
    for (std::size_t i = 0; i < signatories.size(); ++i)
        party_ref("signatories[" + std::to_string(i) + "].party", signatories[i].party);
    if (signed_.status == SigningStatus::known && !signed_.date)
        out.push_back("signed.date: status is known but no date is given");
    if (signed_.status != SigningStatus::known && signed_.note.empty())
        out.push_back("signed.note: say what is wrong with the printed date (status " +
                      std::string(to_string(signed_.status)) + ")");
    if (validity.from && validity.to && *validity.to < *validity.from)
        out.push_back("validity.to: " + to_iso(*validity.to) + " is before validity.from " +
                      to_iso(*validity.from));
    unique_ids(
        ambitions, "ambitions", [](const Ambition& a) { return a.id; }, out);
    std::set<std::string> target_ids;
    for (std::size_t a = 0; a < ambitions.size(); ++a) {
        const std::string ap = "ambitions[" + std::to_string(a) + "]";
        for (std::size_t k = 0; k < ambitions[a].districts.size(); ++k)
            district_ref(ap + ".districts[" + std::to_string(k) + "]", ambitions[a].districts[k]);
        for (std::size_t t = 0; t < ambitions[a].targets.size(); ++t) {
            const Target& target = ambitions[a].targets[t];
            const std::string tp = ap + ".targets[" + std::to_string(t) + "]";
            if (!target_ids.insert(target.id).second)
                out.push_back(tp + ".id: '" + target.id + "' occurs twice");
            if (target.district) district_ref(tp + ".district", *target.district);
            if (!target.area.empty()) {
                bool found = false;
                std::vector<const SubArea*> todo;
                for (const auto& d : districts)
                    if (!target.district || d.id == *target.district)
                        for (const auto& s : d.sub_areas) todo.push_back(&s);
                while (!todo.empty() && !found) {
                    const SubArea* s = todo.back();
                    todo.pop_back();
                    found = s->id == target.area;
                    for (const auto& c : s->sub_areas) todo.push_back(&c);
                }
                if (!found)
                    out.push_back(tp + ".area: no sub-area '" + target.area + "' in " +
                                  (target.district ? "district '" + *target.district + "'"
                                                   : std::string("this charter")));
            }
        }
    }
    unique_ids(
        commitments, "commitments", [](const Commitment& c) { return c.id; }, out);
    for (std::size_t i = 0; i < commitments.size(); ++i) {
        const std::string cp = "commitments[" + std::to_string(i) + "]";
        party_ref(cp + ".party", commitments[i].party);
        for (std::size_t k = 0; k < commitments[i].districts.size(); ++k)
            district_ref(cp + ".districts[" + std::to_string(k) + "]", commitments[i].districts[k]);
        if (commitments[i].amount && !std::isfinite(commitments[i].amount->value))
            out.push_back(cp + ".amount.value: not a finite number");
    }
    unique_ids(
        finance_tables, "finance_tables", [](const FinanceTable& t) { return t.id; }, out);
    for (std::size_t i = 0; i < finance_tables.size(); ++i) {
        const std::string fp = "finance_tables[" + std::to_string(i) + "]";
        if (finance_tables[i].district) district_ref(fp + ".district", *finance_tables[i].district);
        for (std::size_t j = 0; j < finance_tables[i].columns.size(); ++j)
            party_ref(fp + ".columns[" + std::to_string(j) + "].party",
                      finance_tables[i].columns[j].party);
    }
    for (std::size_t i = 0; i < progress.size(); ++i)
        for (std::size_t k = 0; k < progress[i].parties.size(); ++k)
            party_ref("progress[" + std::to_string(i) + "].parties[" + std::to_string(k) + "]",
                      progress[i].parties[k]);
    return out;
}

Charter Charter::as_of(const Date& date) const {
    if (!validity.contains(date))
        throw InvalidInputError(
            "charter '" + id + "'.as_of: " + to_iso(date) + " lies outside the validity period " +
            (validity.from ? to_iso(*validity.from) : std::string("(open)")) + " to " +
            (validity.to ? to_iso(*validity.to) : std::string("(open)")));
    std::vector<const Amendment*> in_force;
    for (const auto& a : amendments)
        if (a.date <= date) in_force.push_back(&a);
    std::stable_sort(in_force.begin(), in_force.end(),
                     [](const Amendment* x, const Amendment* y) { return x->date < y->date; });
    detail::json j = detail::write_charter(*this);
    for (const Amendment* a : in_force) {
        const std::string name = "amendment of " + to_iso(a->date);
        try {
            j = j.patch(detail::json::parse(a->patch_json));
        } catch (const nlohmann::json::exception& e) {
            throw InvalidInputError("charter '" + id + "'.amendments (" + name +
                                    "): the patch does not apply: " + e.what());
        }
    }
    try {
        return detail::charter_from_json(j, "charter '" + id + "' as of " + to_iso(date));
    } catch (const ValidationError& e) {
        throw InvalidInputError("charter '" + id + "': the amendments in force on " + to_iso(date) +
                                " leave an invalid charter: " + e.what());
    }
}

} // namespace charterkit
