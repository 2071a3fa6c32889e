// The plan model's queries and checks: resolving dates through the plan, the flattened event list,
// the date queries, consistency findings, structural problems, the budget's audit and time
// investments.
#include "charterkit/plan.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <sstream>

namespace charterkit {

namespace {

std::string idx(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

/// The span of several intervals: the earliest known first day to the latest known last day.
DateInterval span(const std::vector<DateInterval>& parts) {
    DateInterval out;
    for (const auto& p : parts) {
        if (p.first && (!out.first || *p.first < *out.first)) out.first = p.first;
        if (p.last && (!out.last || *p.last > *out.last)) out.last = p.last;
    }
    return out;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string lines_of(const std::optional<Source>& s) {
    if (!s || s->lines.empty()) return {};
    std::string out = s->lines.size() == 1 ? " (line " : " (lines ";
    const char* sep = s->lines.size() == 2 ? "-" : ", "; // two lines are a span [first, last]
    for (std::size_t i = 0; i < s->lines.size(); ++i)
        out += (i ? sep : "") + std::to_string(s->lines[i]);
    return out + ")";
}

/// Resolves ids of a plan to intervals, guarding against cycles of relative dates.
class Resolver {
public:
    explicit Resolver(const Plan& p) : plan_(p) {}

    std::optional<DateInterval> interval_of(const std::string& id) {
        if (!visiting_.insert(id).second)
            throw InvalidInputError("plan '" + plan_.id +
                                    "': relative dates form a cycle through '" + id + "'");
        struct Leave {
            std::set<std::string>& s;
            std::string id;
            ~Leave() { s.erase(id); }
        } leave{visiting_, id};
        const auto hash = id.find('#');
        if (hash != std::string::npos) {
            const std::string series = id.substr(0, hash);
            int n = 0;
            try {
                n = std::stoi(id.substr(hash + 1));
            } catch (const std::exception&) {
                return std::nullopt;
            }
            for (const auto& s : plan_.meetings)
                if (s.id == series) {
                    const auto ms = meetings_of(s);
                    if (n < 1 || static_cast<std::size_t>(n) > ms.size()) return std::nullopt;
                    return resolve(ms[static_cast<std::size_t>(n - 1)].date);
                }
            return std::nullopt;
        }
        for (const auto& ph : plan_.phases) {
            if (ph.id == id) return phase_span(ph);
            for (const auto& a : ph.actions)
                if (a.id == id) return schedule_span(a.schedule);
            for (const auto& r : ph.results)
                if (r.id == id) return schedule_span(r.planned);
        }
        for (const auto& d : plan_.deliverables)
            if (d.id == id) return schedule_span(d.planned);
        for (const auto& g : plan_.goals)
            if (g.id == id)
                return g.deadline ? std::optional<DateInterval>(resolve(*g.deadline))
                                  : std::nullopt;
        for (const auto& s : plan_.meetings)
            if (s.id == id) {
                std::vector<DateInterval> parts;
                for (const auto& m : meetings_of(s)) parts.push_back(resolve(m.date));
                return span(parts);
            }
        return std::nullopt;
    }

    DateInterval resolve(const PlanDate& d) {
        return d.resolve([this](const std::string& id) { return interval_of(id); });
    }

    /// Like resolve, but nothing when the anchor is missing.
    std::optional<DateInterval> try_resolve(const PlanDate& d) {
        try {
            return resolve(d);
        } catch (const NotFoundError&) {
            return std::nullopt;
        }
    }

    DateInterval schedule_span(const std::vector<ScheduleEntry>& entries) {
        std::vector<DateInterval> parts;
        for (const auto& e : entries)
            if (auto i = try_resolve(e.date)) parts.push_back(*i);
        return span(parts);
    }

    DateInterval phase_span(const Phase& ph) {
        std::vector<DateInterval> parts;
        for (const auto& a : ph.actions) parts.push_back(schedule_span(a.schedule));
        for (const auto& r : ph.results) parts.push_back(schedule_span(r.planned));
        return span(parts);
    }

    std::vector<Meeting> meetings_of(const MeetingSeries& s) {
        std::vector<Meeting> out = s.meetings;
        if (s.follows) {
            for (const auto& other : plan_.meetings) {
                if (other.id != s.follows->series || other.id == s.id) continue;
                const std::size_t n =
                    other.meetings.size(); // one level: a series follows a listed one
                for (std::size_t k = 0; k < n; ++k) {
                    Meeting m;
                    m.date = PlanDate::relative_to(other.id + "#" + std::to_string(k + 1),
                                                   s.follows->offset_days,
                                                   RelativeRelation::shifted, s.follows->text);
                    m.source = s.follows->source;
                    out.push_back(std::move(m));
                }
            }
        }
        return out;
    }

private:
    const Plan& plan_;
    std::set<std::string> visiting_;
};

/// Calls f(path, date) for every PlanDate of the plan.
void for_each_date(const Plan& p,
                   const std::function<void(const std::string&, const PlanDate&)>& f) {
    auto schedule = [&](const std::string& path, const std::vector<ScheduleEntry>& es) {
        for (std::size_t k = 0; k < es.size(); ++k) f(idx(path, k) + ".date", es[k].date);
    };
    for (std::size_t g = 0; g < p.goals.size(); ++g)
        if (p.goals[g].deadline) f(idx("goals", g) + ".deadline", *p.goals[g].deadline);
    for (std::size_t i = 0; i < p.phases.size(); ++i) {
        const std::string pp = idx("phases", i);
        for (std::size_t a = 0; a < p.phases[i].actions.size(); ++a) {
            const Action& act = p.phases[i].actions[a];
            const std::string ap = idx(pp + ".actions", a);
            schedule(ap + ".schedule", act.schedule);
            for (std::size_t c = 0; c < act.council.size(); ++c)
                if (act.council[c].date) f(idx(ap + ".council", c) + ".date", *act.council[c].date);
        }
        for (std::size_t r = 0; r < p.phases[i].results.size(); ++r)
            schedule(idx(pp + ".results", r) + ".planned", p.phases[i].results[r].planned);
    }
    for (std::size_t d = 0; d < p.deliverables.size(); ++d)
        schedule(idx("deliverables", d) + ".planned", p.deliverables[d].planned);
    for (std::size_t s = 0; s < p.meetings.size(); ++s)
        for (std::size_t m = 0; m < p.meetings[s].meetings.size(); ++m)
            f(idx(idx("meetings", s) + ".meetings", m) + ".date", p.meetings[s].meetings[m].date);
    if (p.monitor)
        for (std::size_t r = 0; r < p.monitor->rounds.size(); ++r)
            if (p.monitor->rounds[r].performed)
                f(idx("monitor.rounds", r) + ".performed", *p.monitor->rounds[r].performed);
}

bool before_by_first(const PlanEvent& a, const PlanEvent& b) {
    const Date fa = a.interval.first ? *a.interval.first : *a.interval.last;
    const Date fb = b.interval.first ? *b.interval.first : *b.interval.last;
    return fa < fb;
}

} // namespace

// ---------------------------------------------------------------- lookups

const Party& Plan::party(const std::string& pid) const {
    for (const auto& p : parties)
        if (p.id == pid) return p;
    throw NotFoundError("plan '" + id + "': no party '" + pid + "'");
}

const Action& Plan::action(int number) const {
    for (const auto& ph : phases)
        for (const auto& a : ph.actions)
            if (a.number && *a.number == number) return a;
    throw NotFoundError("plan '" + id + "': no step " + std::to_string(number));
}

const MeetingSeries& Plan::meeting_series(const std::string& sid) const {
    for (const auto& s : meetings)
        if (s.id == sid) return s;
    throw NotFoundError("plan '" + id + "': no meeting series '" + sid + "'");
}

const Deliverable& Plan::deliverable(const std::string& did) const {
    for (const auto& d : deliverables)
        if (d.id == did) return d;
    throw NotFoundError("plan '" + id + "': no deliverable '" + did + "'");
}

std::vector<Action> Plan::actions() const {
    std::vector<Action> out;
    for (const auto& ph : phases) out.insert(out.end(), ph.actions.begin(), ph.actions.end());
    return out;
}

std::vector<Meeting> Plan::meetings_of(const std::string& series) const {
    Resolver r(*this);
    return r.meetings_of(meeting_series(series));
}

std::optional<DateInterval> Plan::interval_of(const std::string& eid) const {
    Resolver r(*this);
    return r.interval_of(eid);
}

DateInterval Plan::resolve(const PlanDate& d) const {
    Resolver r(*this);
    return r.resolve(d);
}

std::size_t Plan::count_actions() const {
    std::size_t n = 0;
    for (const auto& ph : phases) n += ph.actions.size();
    return n;
}

std::size_t Plan::count_meetings() const {
    Resolver r(*this);
    std::size_t n = 0;
    for (const auto& s : meetings) n += r.meetings_of(s).size();
    return n;
}

// ---------------------------------------------------------------- events and date queries

std::vector<PlanEvent> Plan::events() const {
    Resolver r(*this);
    std::vector<PlanEvent> out;
    auto add = [&](EventKind kind, std::string eid, std::string item, std::string path,
                   std::string item_title, std::string item_title_en, std::string label,
                   const PlanDate& when, bool is_due, const std::optional<Source>& where) {
        if (when.is_open()) return;
        const auto interval = r.try_resolve(when);
        if (!interval || (!interval->first && !interval->last)) return;
        PlanEvent e;
        e.kind = kind;
        e.id = std::move(eid);
        e.item = std::move(item);
        e.path = std::move(path);
        e.title = std::move(item_title);
        e.title_en = std::move(item_title_en);
        e.label = std::move(label);
        e.date = when;
        e.interval = *interval;
        e.due = is_due;
        e.source = where;
        out.push_back(std::move(e));
    };
    auto schedule = [&](EventKind kind, const std::string& item, const std::string& path,
                        const std::string& item_title, const std::string& item_title_en,
                        const std::vector<ScheduleEntry>& es, bool by_deadline) {
        bool any_deadline = false;
        for (const auto& e : es) any_deadline = any_deadline || e.deadline;
        for (std::size_t k = 0; k < es.size(); ++k) {
            const bool is_due = by_deadline && any_deadline ? es[k].deadline : k + 1 == es.size();
            add(kind, item + "@" + std::to_string(k + 1), item, idx(path, k), item_title,
                item_title_en, es[k].label, es[k].date, is_due, es[k].source);
        }
    };
    for (std::size_t g = 0; g < goals.size(); ++g)
        if (goals[g].deadline)
            add(EventKind::goal, goals[g].id, goals[g].id, idx("goals", g) + ".deadline",
                goals[g].title, goals[g].title_en, "", *goals[g].deadline, true, goals[g].source);
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const Phase& ph = phases[i];
        const std::string pp = idx("phases", i);
        for (std::size_t a = 0; a < ph.actions.size(); ++a) {
            const Action& act = ph.actions[a];
            const std::string ap = idx(pp + ".actions", a);
            schedule(EventKind::action, act.id, ap + ".schedule", act.title, act.title_en,
                     act.schedule, true);
            for (std::size_t c = 0; c < act.council.size(); ++c)
                if (act.council[c].date)
                    add(EventKind::council, act.id + ":council@" + std::to_string(c + 1), act.id,
                        idx(ap + ".council", c), act.title, act.title_en, act.council[c].text,
                        *act.council[c].date, false, act.council[c].source);
        }
        for (std::size_t k = 0; k < ph.results.size(); ++k)
            schedule(EventKind::phase_result, ph.results[k].id,
                     idx(pp + ".results", k) + ".planned", ph.results[k].title,
                     ph.results[k].title_en, ph.results[k].planned, false);
    }
    for (std::size_t d = 0; d < deliverables.size(); ++d)
        schedule(EventKind::deliverable, deliverables[d].id, idx("deliverables", d) + ".planned",
                 deliverables[d].title, deliverables[d].title_en, deliverables[d].planned, false);
    for (std::size_t s = 0; s < meetings.size(); ++s) {
        const MeetingSeries& ms = meetings[s];
        const auto list = r.meetings_of(ms);
        for (std::size_t k = 0; k < list.size(); ++k) {
            const std::string path = k < ms.meetings.size()
                                         ? idx(idx("meetings", s) + ".meetings", k)
                                         : idx("meetings", s) + ".follows";
            add(EventKind::meeting, ms.id + "#" + std::to_string(k + 1), ms.id, path, ms.body,
                ms.body_en, list[k].topic, list[k].date, false, list[k].source);
        }
    }
    if (monitor)
        for (std::size_t k = 0; k < monitor->rounds.size(); ++k)
            if (monitor->rounds[k].performed)
                add(EventKind::monitor, monitor->id + "@" + std::to_string(k + 1), monitor->id,
                    idx("monitor.rounds", k) + ".performed", monitor->name, monitor->name_en,
                    monitor->rounds[k].label, *monitor->rounds[k].performed, false,
                    monitor->rounds[k].source);
    return out;
}

std::vector<PlanEvent> Plan::events_between(const Date& from, const Date& to) const {
    if (to < from)
        throw InvalidInputError("events_between: " + to_iso(to) + " is before " + to_iso(from));
    std::vector<PlanEvent> out;
    for (auto& e : events())
        if (e.interval.overlaps(from, to)) out.push_back(std::move(e));
    return out;
}

std::vector<PlanEvent> Plan::due(const Date& as_of, int within_days) const {
    if (within_days < 0)
        throw InvalidInputError("within_days: " + std::to_string(within_days) + " is negative");
    const Date until = as_of + boost::gregorian::days(within_days);
    std::vector<PlanEvent> out;
    for (auto& e : events())
        if (e.due && e.interval.overlaps(as_of, until)) out.push_back(std::move(e));
    return out;
}

std::vector<PlanEvent> Plan::overdue(const Date& as_of) const {
    std::vector<PlanEvent> out;
    for (auto& e : events()) {
        if (!e.due || !e.interval.ends_before(as_of)) continue;
        if (e.kind == EventKind::deliverable) {
            const Deliverable& d = deliverable(e.item);
            if (d.delivered && *d.delivered < as_of) continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<PlanEvent> Plan::upcoming(const Date& as_of) const {
    std::vector<PlanEvent> out;
    for (auto& e : events())
        if (e.interval.starts_after(as_of)) out.push_back(std::move(e));
    std::stable_sort(out.begin(), out.end(), before_by_first);
    return out;
}

std::vector<PlanEvent> Plan::next_meetings(const Date& as_of) const {
    std::map<std::string, PlanEvent> best;
    for (auto& e : events()) {
        if (e.kind != EventKind::meeting || !e.interval.first || *e.interval.first < as_of)
            continue;
        auto it = best.find(e.item);
        if (it == best.end() || *e.interval.first < *it->second.interval.first) best[e.item] = e;
    }
    std::vector<PlanEvent> out;
    for (const auto& s : meetings)
        if (auto it = best.find(s.id); it != best.end()) out.push_back(it->second);
    return out;
}

std::vector<PhaseSpan> Plan::phase_spans() const {
    Resolver r(*this);
    std::vector<PhaseSpan> out;
    for (const auto& ph : phases) out.push_back({ph.id, ph.title, r.phase_span(ph)});
    return out;
}

std::vector<PhaseSpan> Plan::phases_in_progress(const Date& as_of) const {
    std::vector<PhaseSpan> out;
    for (auto& s : phase_spans())
        if (s.interval.closed() && s.interval.contains(as_of)) out.push_back(std::move(s));
    return out;
}

std::vector<FunderTotal> Plan::budget_by_funder() const {
    return budget ? budget->by_funder() : std::vector<FunderTotal>{};
}

// ---------------------------------------------------------------- findings

std::vector<PlanFinding> Plan::findings() const {
    std::vector<PlanFinding> out;
    Resolver r(*this);
    auto add = [&](const char* kind, const std::string& path, const std::string& message) {
        out.push_back({kind, path, message});
    };

    // relative dates whose anchor does not exist
    for_each_date(*this, [&](const std::string& path, const PlanDate& d) {
        if (!d.relative) return;
        if (!r.interval_of(d.relative->to))
            add("reference", path,
                "the date '" + d.text + "' counts from '" + d.relative->to +
                    "', which is no event of this plan");
    });
    for (std::size_t s = 0; s < meetings.size(); ++s)
        if (meetings[s].follows) {
            bool found = false;
            for (const auto& o : meetings)
                found = found || (o.id == meetings[s].follows->series && o.id != meetings[s].id);
            if (!found)
                add("reference", idx("meetings", s) + ".follows.series",
                    "follows '" + meetings[s].follows->series +
                        "', which is no other meeting series of this plan");
        }

    // milestones out of order within a schedule (printed order should be chronological)
    auto check_order = [&](const std::string& path, const std::string& what,
                           const std::vector<PlanDate>& dates) {
        std::optional<DateInterval> prev;
        std::size_t prev_k = 0;
        for (std::size_t k = 0; k < dates.size(); ++k) {
            const auto cur = r.try_resolve(dates[k]);
            if (!cur || !cur->first || !cur->last) continue;
            if (prev && *cur->first < *prev->first && *cur->last < *prev->last)
                add("order", idx(path, k),
                    what + ": '" + dates[k].text + "' (" + cur->to_string() +
                        ") is listed after '" + dates[prev_k].text + "' (" + prev->to_string() +
                        ") but falls before it");
            prev = cur;
            prev_k = k;
        }
    };
    auto dates_of = [](const std::vector<ScheduleEntry>& es) {
        std::vector<PlanDate> d;
        for (const auto& e : es) d.push_back(e.date);
        return d;
    };
    for (std::size_t i = 0; i < phases.size(); ++i) {
        for (std::size_t a = 0; a < phases[i].actions.size(); ++a) {
            const Action& act = phases[i].actions[a];
            check_order(idx(idx("phases", i) + ".actions", a) + ".schedule",
                        "step " + quoted(act.title), dates_of(act.schedule));
        }
        for (std::size_t k = 0; k < phases[i].results.size(); ++k)
            check_order(idx(idx("phases", i) + ".results", k) + ".planned",
                        quoted(phases[i].results[k].title), dates_of(phases[i].results[k].planned));
    }
    for (std::size_t d = 0; d < deliverables.size(); ++d)
        check_order(idx("deliverables", d) + ".planned", quoted(deliverables[d].title),
                    dates_of(deliverables[d].planned));
    for (std::size_t s = 0; s < meetings.size(); ++s) {
        std::vector<PlanDate> ds;
        for (const auto& m : meetings[s].meetings) ds.push_back(m.date);
        check_order(idx("meetings", s) + ".meetings", quoted(meetings[s].body), ds);
    }

    // step numbers: in sequence, and the steps a step follows end before it does
    std::optional<int> last_number;
    std::map<int, std::pair<std::string, const Action*>> by_number;
    for (std::size_t i = 0; i < phases.size(); ++i)
        for (std::size_t a = 0; a < phases[i].actions.size(); ++a) {
            const Action& act = phases[i].actions[a];
            const std::string ap = idx(idx("phases", i) + ".actions", a);
            if (!act.number) continue;
            if (last_number && *act.number != *last_number + 1)
                add("order", ap + ".number",
                    "step " + std::to_string(*act.number) + " follows step " +
                        std::to_string(*last_number) + " (expected " +
                        std::to_string(*last_number + 1) + ")");
            last_number = act.number;
            by_number.emplace(*act.number, std::make_pair(ap, &act));
        }
    for (std::size_t i = 0; i < phases.size(); ++i)
        for (std::size_t a = 0; a < phases[i].actions.size(); ++a) {
            const Action& act = phases[i].actions[a];
            const std::string ap = idx(idx("phases", i) + ".actions", a);
            const std::string me =
                act.number ? "step " + std::to_string(*act.number) + " " + quoted(act.title)
                           : "step " + quoted(act.title);
            for (std::size_t k = 0; k < act.after.size(); ++k) {
                const auto it = by_number.find(act.after[k]);
                if (it == by_number.end()) {
                    add("reference", idx(ap + ".after", k),
                        me + " follows step " + std::to_string(act.after[k]) +
                            ", which does not exist");
                    continue;
                }
                const Action& dep = *it->second.second;
                const DateInterval mine = r.schedule_span(act.schedule);
                const DateInterval theirs = r.schedule_span(dep.schedule);
                if (mine.last && theirs.last && *mine.last < *theirs.last)
                    add("order", idx(ap + ".after", k),
                        me + " (" + mine.to_string() + ") is planned to end before step " +
                            std::to_string(act.after[k]) + " " + quoted(dep.title) +
                            ", which it follows, ends (" + theirs.to_string() + ")");
            }
            for (std::size_t k = 0; k < act.references.size(); ++k) {
                const CrossReference& cr = act.references[k];
                for (int step : cr.steps) {
                    const auto it = by_number.find(step);
                    const std::string rp = idx(ap + ".references", k);
                    if (it == by_number.end()) {
                        add("reference", rp,
                            quoted(cr.text) + lines_of(cr.source) + " refers to step " +
                                std::to_string(step) + ", which does not exist");
                    } else if (!cr.kind.empty() && it->second.second->kind != cr.kind) {
                        std::string same;
                        for (const auto& [n, v] : by_number)
                            if (v.second->kind == cr.kind)
                                same += (same.empty() ? "" : ", ") + std::to_string(n);
                        add("reference", rp,
                            quoted(cr.text) + lines_of(cr.source) + " refers to step " +
                                std::to_string(step) + " as a " + cr.kind + ", but step " +
                                std::to_string(step) + " is " + quoted(it->second.second->title) +
                                (it->second.second->kind.empty()
                                     ? std::string()
                                     : " (" + it->second.second->kind + ")") +
                                (same.empty() ? std::string()
                                              : "; the " + cr.kind + " steps are " + same));
                    }
                }
            }
        }

    // stated counts
    auto compare = [&](const std::string& path, const StatedCount& c, std::size_t actual,
                       const std::string& what) {
        const long n = static_cast<long>(actual);
        bool bad = false;
        switch (c.kind) {
        case CountKind::exact:
        case CountKind::provisional: bad = n != c.value; break;
        case CountKind::at_least: bad = n < c.value; break;
        case CountKind::at_most: bad = n > c.value; break;
        }
        if (bad)
            add("count", path,
                "the text states " +
                    std::string(c.kind == CountKind::at_least  ? "at least "
                                : c.kind == CountKind::at_most ? "at most "
                                                               : "") +
                    std::to_string(c.value) + " " + what + " ('" + c.text + "'" +
                    lines_of(c.source) + "), but " + std::to_string(actual) + " are listed");
    };
    for (std::size_t s = 0; s < meetings.size(); ++s)
        if (meetings[s].stated_count)
            compare(idx("meetings", s) + ".stated_count", *meetings[s].stated_count,
                    r.meetings_of(meetings[s]).size(), "meetings of " + quoted(meetings[s].body));
    for (std::size_t k = 0; k < stated_counts.size(); ++k) {
        const StatedCount& c = stated_counts[k];
        const std::string path = idx("stated_counts", k);
        if (c.of == "phases")
            compare(path, c, phases.size(), "phases");
        else if (c.of == "actions")
            compare(path, c, count_actions(), "actions");
        else if (c.of == "deliverables")
            compare(path, c, deliverables.size(), "deliverables");
        else if (c.of == "goals")
            compare(path, c, goals.size(), "goals");
        else if (c.of.rfind("meetings:", 0) == 0) {
            const std::string sid = c.of.substr(9);
            for (const auto& s : meetings)
                if (s.id == sid)
                    compare(path, c, r.meetings_of(s).size(), "meetings of " + quoted(s.body));
        } else if (c.of.rfind("actions:", 0) == 0) {
            const std::string pid = c.of.substr(8);
            for (const auto& ph : phases)
                if (ph.id == pid)
                    compare(path, c, ph.actions.size(), "actions in phase " + quoted(ph.title));
        }
    }

    // the council's part in every phase, where the plan promises it
    if (council_every_phase)
        for (std::size_t i = 0; i < phases.size(); ++i) {
            bool involved = false;
            for (const auto& a : phases[i].actions)
                for (const auto& c : a.council) involved = involved || c.role != CouncilRole::none;
            if (!involved)
                add("council", idx("phases", i),
                    "phase " + quoted(phases[i].title) +
                        " gives the council no part in any of its " +
                        std::to_string(phases[i].actions.size()) +
                        " actions, though the plan promises to involve the council in every phase" +
                        lines_of(council_source));
        }

    // the budget's stated total
    if (budget)
        for (const auto& f : budget->audit(false))
            if (f.status == AuditFinding::Status::mismatch)
                add("budget", "budget.stated_total", f.message);
    return out;
}

// ---------------------------------------------------------------- structural problems

std::vector<std::string> Plan::problems() const {
    std::vector<std::string> out;
    std::set<std::string> party_ids, series_ids, item_ids;
    for (std::size_t k = 0; k < parties.size(); ++k) {
        if (parties[k].id.empty())
            out.push_back(idx("parties", k) + ".id: is empty");
        else if (!party_ids.insert(parties[k].id).second)
            out.push_back(idx("parties", k) + ".id: '" + parties[k].id + "' occurs twice");
    }
    auto item_id = [&](const std::string& path, const std::string& iid) {
        if (iid.empty())
            out.push_back(path + ".id: is empty");
        else if (iid.find('#') != std::string::npos || iid.find('@') != std::string::npos)
            out.push_back(path + ".id: '" + iid + "' may not contain '#' or '@'");
        else if (!item_ids.insert(iid).second)
            out.push_back(path + ".id: '" + iid + "' occurs twice");
    };
    auto refs = [&](const std::string& path, const std::vector<PartyRef>& rs) {
        for (std::size_t k = 0; k < rs.size(); ++k) {
            if (!rs[k].party.empty() && !party_ids.count(rs[k].party))
                out.push_back(idx(path, k) + ".party: no party '" + rs[k].party + "'");
            if (rs[k].party.empty() && rs[k].text.empty())
                out.push_back(idx(path, k) + ": names neither a party nor printed words");
        }
    };
    auto count = [&](const std::string& path, const StatedCount& c) {
        if (c.value < 0)
            out.push_back(path + ".value: " + std::to_string(c.value) + " is negative");
    };
    for (std::size_t g = 0; g < goals.size(); ++g) {
        const std::string gp = idx("goals", g);
        item_id(gp, goals[g].id);
        for (std::size_t t = 0; t < goals[g].targets.size(); ++t) {
            auto p = goals[g].targets[t].problems(idx(gp + ".targets", t));
            out.insert(out.end(), p.begin(), p.end());
        }
    }
    std::set<int> numbers;
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const std::string pp = idx("phases", i);
        item_id(pp, phases[i].id);
        for (std::size_t a = 0; a < phases[i].actions.size(); ++a) {
            const Action& act = phases[i].actions[a];
            const std::string ap = idx(pp + ".actions", a);
            item_id(ap, act.id);
            if (act.number && !numbers.insert(*act.number).second)
                out.push_back(ap + ".number: step " + std::to_string(*act.number) +
                              " occurs twice");
            if (act.number_inferred && !act.number)
                out.push_back(ap + ".number_inferred: there is no number");
            refs(ap + ".responsible", act.responsible);
        }
        for (std::size_t k = 0; k < phases[i].results.size(); ++k) {
            item_id(idx(pp + ".results", k), phases[i].results[k].id);
            refs(idx(pp + ".results", k) + ".responsible", phases[i].results[k].responsible);
            refs(idx(pp + ".results", k) + ".co_involved", phases[i].results[k].co_involved);
        }
    }
    for (std::size_t d = 0; d < deliverables.size(); ++d) {
        const std::string dp = idx("deliverables", d);
        item_id(dp, deliverables[d].id);
        refs(dp + ".responsible", deliverables[d].responsible);
        refs(dp + ".co_involved", deliverables[d].co_involved);
    }
    for (std::size_t s = 0; s < meetings.size(); ++s) {
        const std::string sp = idx("meetings", s);
        item_id(sp, meetings[s].id);
        series_ids.insert(meetings[s].id);
        refs(sp + ".lead", meetings[s].lead);
        refs(sp + ".participants", meetings[s].participants);
        if (meetings[s].stated_count) count(sp + ".stated_count", *meetings[s].stated_count);
    }
    for (std::size_t s = 0; s < meetings.size(); ++s)
        if (meetings[s].follows) {
            const std::string other = meetings[s].follows->series;
            if (other == meetings[s].id)
                out.push_back(idx("meetings", s) +
                              ".follows.series: a series cannot follow itself");
            for (const auto& o : meetings)
                if (o.id == other && o.follows)
                    out.push_back(idx("meetings", s) + ".follows.series: '" + other +
                                  "' is itself derived; follow a series with listed meetings");
        }
    if (monitor) {
        item_id("monitor", monitor->id);
        refs("monitor.responsible", monitor->responsible);
        for (std::size_t k = 0; k < monitor->rounds.size(); ++k) {
            const int y = monitor->rounds[k].data_year;
            if (y < 1400 || y > 9998)
                out.push_back(idx("monitor.rounds", k) + ".data_year: " + std::to_string(y) +
                              " is not a year");
        }
    }
    for (std::size_t k = 0; k < staffing.size(); ++k)
        if (!staffing[k].party.empty() && !party_ids.count(staffing[k].party))
            out.push_back(idx("staffing", k) + ".party: no party '" + staffing[k].party + "'");
    if (budget) {
        std::set<std::string> keys;
        for (std::size_t k = 0; k < budget->lines.size(); ++k) {
            const BudgetLine& l = budget->lines[k];
            const std::string lp = idx("budget.lines", k);
            if (l.key.empty())
                out.push_back(lp + ".key: is empty");
            else if (l.key == "total")
                out.push_back(lp + ".key: 'total' is reserved for the stated total");
            else if (!keys.insert(l.key).second)
                out.push_back(lp + ".key: '" + l.key + "' occurs twice");
            if (l.amount && (!std::isfinite(*l.amount) || *l.amount < 0))
                out.push_back(lp + ".amount: " + detail::number(*l.amount) +
                              " is not a non-negative number");
            for (std::size_t f = 0; f < l.funders.size(); ++f)
                if (!party_ids.count(l.funders[f]))
                    out.push_back(idx(lp + ".funders", f) + ": no party '" + l.funders[f] + "'");
        }
        if (budget->stated_total &&
            (!std::isfinite(*budget->stated_total) || *budget->stated_total < 0))
            out.push_back("budget.stated_total: " + detail::number(*budget->stated_total) +
                          " is not a non-negative number");
        if (budget->decimals < 0 || budget->decimals > 9)
            out.push_back("budget.decimals: " + std::to_string(budget->decimals) +
                          " is not between 0 and 9");
    }
    for (std::size_t k = 0; k < stated_counts.size(); ++k) {
        const StatedCount& c = stated_counts[k];
        const std::string cp = idx("stated_counts", k);
        count(cp, c);
        const bool known =
            c.of == "phases" || c.of == "actions" || c.of == "deliverables" || c.of == "goals";
        bool found = known;
        if (c.of.rfind("meetings:", 0) == 0) found = series_ids.count(c.of.substr(9)) > 0;
        if (c.of.rfind("actions:", 0) == 0)
            for (const auto& ph : phases) found = found || ph.id == c.of.substr(8);
        if (!found)
            out.push_back(cp + ".of: '" + c.of +
                          "' is not phases, actions, deliverables, goals, meetings:<series id> or "
                          "actions:<phase id> of this plan");
    }
    if (council_source && !council_every_phase)
        out.push_back("council_source: given, but council_every_phase is false");
    for_each_date(*this, [&](const std::string& path, const PlanDate& d) {
        auto p = d.problems(path);
        out.insert(out.end(), p.begin(), p.end());
    });
    return out;
}

bool operator==(const Plan& a, const Plan& b) {
    return a.id == b.id && a.title == b.title && a.title_en == b.title_en && a.genre == b.genre &&
           a.date == b.date && a.version == b.version && a.year == b.year &&
           a.organisation == b.organisation && a.organisation_en == b.organisation_en &&
           a.summary == b.summary && a.source == b.source && a.parties == b.parties &&
           a.goals == b.goals && a.phases == b.phases && a.deliverables == b.deliverables &&
           a.meetings == b.meetings && a.staffing == b.staffing && a.budget == b.budget &&
           a.monitor == b.monitor && a.council_every_phase == b.council_every_phase &&
           a.council_source == b.council_source && a.stated_counts == b.stated_counts &&
           a.notes == b.notes;
}

// ---------------------------------------------------------------- budget

double Budget::sum() const {
    double s = 0.0;
    for (const auto& l : lines)
        if (l.amount) s += *l.amount;
    return s;
}

FinanceTable Budget::to_finance_table() const {
    FinanceTable t;
    t.id = id;
    t.title = title;
    t.title_en = title_en;
    t.currency = currency;
    t.decimals = decimals;
    t.source = source;
    t.columns.push_back(FinanceColumn{"amount", "amount", "", false, {}});
    std::vector<FinanceTerm> terms;
    for (const auto& l : lines) {
        Cell c;
        c.value = l.amount;
        c.pm = l.pm;
        c.source = l.source;
        t.rows.push_back(FinanceRow{l.key, l.label, false, {}, {c}, l.source});
        terms.push_back(FinanceTerm{l.key, 1});
    }
    if (stated_total) {
        Cell c;
        c.value = stated_total;
        c.source = total_source;
        t.rows.push_back(FinanceRow{"total", "total", true, terms, {c}, total_source});
    }
    return t;
}

std::vector<AuditFinding> Budget::audit(bool include_ok) const {
    if (!stated_total) return {};
    return charterkit::audit(to_finance_table(), include_ok);
}

std::vector<FunderTotal> Budget::by_funder() const {
    std::vector<FunderTotal> out;
    for (const auto& l : lines) {
        std::string key;
        for (std::size_t k = 0; k < l.funders.size(); ++k) key += (k ? "+" : "") + l.funders[k];
        if (key.empty()) key = "(unspecified)";
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const FunderTotal& f) { return f.funder == key; });
        if (it == out.end()) {
            out.push_back(FunderTotal{key, 0.0, 0, 0, 0});
            it = out.end() - 1;
        }
        if (l.amount) it->amount += *l.amount;
        ++it->lines;
        if (l.pm) ++it->pm_lines;
        if (l.in_kind) ++it->in_kind_lines;
    }
    return out;
}

// ---------------------------------------------------------------- time investments

std::optional<std::pair<double, double>> TimeInvestment::per_week() const {
    if (on_call || period == TimePeriod::none) return std::nullopt;
    const double weeks = period == TimePeriod::week    ? 1.0
                         : period == TimePeriod::month ? 52.0 / 12.0
                                                       : 52.0;
    return std::make_pair(amount_low / (every_high * weeks), amount_high / (every_low * weeks));
}

std::optional<TimeInvestment> parse_time_investment(const std::string& text) {
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xc3\xa0") == 0) { // "à"
            s += 'a';
            ++i;
            continue;
        }
        s += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
    std::vector<std::string> w;
    {
        std::istringstream in(s);
        std::string x;
        while (in >> x) {
            while (!x.empty() && (x.back() == '.' || x.back() == ',' || x.back() == ';'))
                x.pop_back();
            if (!x.empty()) w.push_back(x);
        }
    }
    if (w.empty()) return std::nullopt;
    TimeInvestment t;
    if (std::find(w.begin(), w.end(), "afroep") != w.end()) {
        t.on_call = true;
        t.unit = TimeUnit::occasion;
        t.amount_low = t.amount_high = 0.0;
        return t;
    }
    auto number = [](const std::string& x) -> std::optional<double> {
        if (x == "een" || x == "één" || x == "eens") return 1.0;
        if (x == "twee") return 2.0;
        if (x == "drie") return 3.0;
        if (x == "vier") return 4.0;
        if (x.empty() || !std::all_of(x.begin(), x.end(),
                                      [](char c) { return (c >= '0' && c <= '9') || c == ','; }))
            return std::nullopt;
        std::string y = x;
        std::replace(y.begin(), y.end(), ',', '.');
        return std::stod(y);
    };
    auto unit_of = [](const std::string& x) -> std::optional<TimeUnit> {
        if (x == "dag" || x == "dagen" || x == "dgn") return TimeUnit::day;
        if (x == "uur" || x == "uren" || x == "u") return TimeUnit::hour;
        if (x == "keer" || x == "maal" || x == "x") return TimeUnit::occasion;
        return std::nullopt;
    };
    auto period_of = [](const std::string& x) -> std::optional<TimePeriod> {
        if (x == "week" || x == "weken" || x == "pw" || x == "p/w") return TimePeriod::week;
        if (x == "maand" || x == "maanden" || x == "pm" || x == "p/m") return TimePeriod::month;
        if (x == "jaar" || x == "jaren" || x == "pj") return TimePeriod::year;
        return std::nullopt;
    };
    std::size_t i = 0;
    // amount: "eens" | "<n> <unit>" | "<n> [a|-|tot] <m> <unit>"
    if (w[i] == "eens") {
        t.unit = TimeUnit::occasion;
        t.amount_low = t.amount_high = 1.0;
        ++i;
    } else {
        const auto a = number(w[i]);
        if (!a) return std::nullopt;
        t.amount_low = t.amount_high = *a;
        ++i;
        if (i + 1 < w.size() && (w[i] == "a" || w[i] == "-" || w[i] == "tot")) {
            const auto b = number(w[i + 1]);
            if (!b) return std::nullopt;
            t.amount_high = *b;
            i += 2;
        }
        if (i >= w.size()) return std::nullopt;
        const auto u = unit_of(w[i]);
        if (!u) return std::nullopt;
        t.unit = *u;
        ++i;
    }
    if (i == w.size())
        return t.unit == TimeUnit::occasion ? std::nullopt : std::optional<TimeInvestment>(t);
    // period: "pw" | "per week" | "per <k> weken" | "per <k> a <l> weken"
    if (auto p = period_of(w[i]); p && i + 1 == w.size()) {
        t.period = *p;
        return t;
    }
    if (w[i] != "per" && w[i] != "elke" && w[i] != "iedere") return std::nullopt;
    ++i;
    if (i >= w.size()) return std::nullopt;
    if (auto p = period_of(w[i]); p && i + 1 == w.size()) {
        t.period = *p;
        return t;
    }
    const auto k = number(w[i]);
    if (!k) return std::nullopt;
    t.every_low = t.every_high = *k;
    ++i;
    if (i + 1 < w.size() && (w[i] == "a" || w[i] == "-" || w[i] == "tot")) {
        const auto l = number(w[i + 1]);
        if (!l) return std::nullopt;
        t.every_high = *l;
        i += 2;
    }
    if (i + 1 != w.size()) return std::nullopt;
    const auto p = period_of(w[i]);
    if (!p) return std::nullopt;
    t.period = *p;
    if (t.every_low <= 0 || t.every_high < t.every_low) return std::nullopt;
    return t;
}

} // namespace charterkit
