// Reading and writing the plan JSON format ("format": "charterkit.plan") and the plans data set:
// one reader and one writer per model type, through the private Reader that collects every problem.
#include "charterkit/dataset.hpp"
#include "charterkit/plan_io.hpp"
#include "charterkit/version.hpp"

#include "json_model.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace charterkit {
namespace detail {
namespace {

// ---------------------------------------------------------------- dates

std::optional<DateSpec> read_spec_fields(Reader& r, const json& j, const std::string& path) {
    const bool has_day = j.contains("day");
    const bool has_year = j.contains("year");
    const int parts = (j.contains("month") ? 1 : 0) + (j.contains("quarter") ? 1 : 0) +
                      (j.contains("half") ? 1 : 0);
    if (!has_day && !has_year) {
        if (parts || j.contains("qualifier") || j.contains("year_inferred"))
            r.problem(path, "a date needs 'day' or 'year'");
        return std::nullopt;
    }
    const std::size_t before = r.count();
    DateSpec s;
    if (has_day) {
        if (has_year || parts || j.contains("qualifier"))
            r.problem(path, "a 'day' stands alone (no year, month, quarter, half or qualifier)");
        if (auto d = r.date(j, path, "day")) s = DateSpec::of_day(*d);
    } else {
        if (parts > 1) r.problem(path, "give one of month, quarter and half");
        s.year = r.year(j, path, "year").value_or(2000);
        s.precision = DatePrecision::year;
        if (j.contains("month")) {
            s.precision = DatePrecision::month;
            s.part = r.integer(j, path, "month").value_or(1);
        } else if (j.contains("quarter")) {
            s.precision = DatePrecision::quarter;
            s.part = r.integer(j, path, "quarter").value_or(1);
        } else if (j.contains("half")) {
            s.precision = DatePrecision::half_year;
            s.part = r.integer(j, path, "half").value_or(1);
        }
        if (auto q = r.enumeration<DateQualifier>(j, path, "qualifier", date_qualifier_from_string))
            s.qualifier = *q;
    }
    s.year_inferred = r.boolean(j, path, "year_inferred");
    if (r.count() == before)
        r.add_prefixed(s.problems(path)); // the field names match the JSON keys
    return s;
}

void write_spec_fields(json& j, const DateSpec& s) {
    if (s.precision == DatePrecision::day) {
        j["day"] = to_iso(*s.interval().first);
    } else {
        j["year"] = s.year;
        if (s.precision == DatePrecision::month) j["month"] = s.part;
        if (s.precision == DatePrecision::quarter) j["quarter"] = s.part;
        if (s.precision == DatePrecision::half_year) j["half"] = s.part;
        if (s.qualifier != DateQualifier::none)
            j["qualifier"] = std::string(to_string(s.qualifier));
    }
    if (s.year_inferred) j["year_inferred"] = true;
}

PlanDate read_plan_date(Reader& r, const json& j, const std::string& path) {
    PlanDate d;
    if (!r.object(j, path,
                  {"text", "day", "year", "month", "quarter", "half", "qualifier", "year_inferred",
                   "until", "by", "relative"}))
        return d;
    const std::size_t before = r.count();
    d.text = r.str(j, path, "text", true);
    d.start = read_spec_fields(r, j, path);
    if (const json* u = r.get(j, path, "until", false)) {
        const std::string up = Reader::join(path, "until");
        if (r.object(*u, up,
                     {"day", "year", "month", "quarter", "half", "qualifier", "year_inferred"})) {
            d.until = read_spec_fields(r, *u, up);
            if (!d.until) r.problem(up, "needs 'day' or 'year'");
        }
    }
    d.by = r.boolean(j, path, "by");
    if (const json* rel = r.get(j, path, "relative", false)) {
        const std::string rp = Reader::join(path, "relative");
        if (r.object(*rel, rp, {"to", "offset_days", "relation"})) {
            RelativeDate rd;
            rd.to = r.str(*rel, rp, "to", true);
            rd.offset_days = r.integer(*rel, rp, "offset_days").value_or(0);
            if (auto x = r.enumeration<RelativeRelation>(*rel, rp, "relation",
                                                         relative_relation_from_string))
                rd.relation = *x;
            d.relative = rd;
        }
    }
    if (r.count() == before) {
        // the periods' own problems were reported by read_spec_fields; add only the date's
        std::vector<std::string> own;
        const auto a = d.start ? d.start->problems(path) : std::vector<std::string>{};
        const auto b =
            d.until ? d.until->problems(Reader::join(path, "until")) : std::vector<std::string>{};
        for (const auto& p : d.problems(path))
            if (std::find(a.begin(), a.end(), p) == a.end() &&
                std::find(b.begin(), b.end(), p) == b.end())
                own.push_back(p);
        r.add_prefixed(own);
    }
    return d;
}

json write_plan_date(const PlanDate& d) {
    json j = json::object();
    j["text"] = d.text;
    if (d.start) write_spec_fields(j, *d.start);
    if (d.until) {
        json u = json::object();
        write_spec_fields(u, *d.until);
        j["until"] = u;
    }
    if (d.by) j["by"] = true;
    if (d.relative) {
        json rel = json::object();
        rel["to"] = d.relative->to;
        if (d.relative->offset_days) rel["offset_days"] = d.relative->offset_days;
        if (d.relative->relation != RelativeRelation::shifted)
            rel["relation"] = std::string(to_string(d.relative->relation));
        j["relative"] = rel;
    }
    return j;
}

std::optional<PlanDate> opt_plan_date(Reader& r, const json& j, const std::string& path,
                                      const char* key) {
    if (const json* v = r.get(j, path, key, false))
        return read_plan_date(r, *v, Reader::join(path, key));
    return std::nullopt;
}

// ---------------------------------------------------------------- small parts

void put_str(json& j, const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
}

PartyRef read_party_ref(Reader& r, const json& j, const std::string& path) {
    PartyRef p;
    if (!r.object(j, path, {"party", "text", "text_en", "purpose"})) return p;
    p.party = r.str(j, path, "party");
    p.text = r.str(j, path, "text");
    p.text_en = r.str(j, path, "text_en");
    p.purpose = r.str(j, path, "purpose");
    return p;
}

json write_party_ref(const PartyRef& p) {
    json j = json::object();
    put_str(j, "party", p.party);
    put_str(j, "text", p.text);
    put_str(j, "text_en", p.text_en);
    put_str(j, "purpose", p.purpose);
    return j;
}

std::vector<PartyRef> read_party_refs(Reader& r, const json& j, const std::string& path,
                                      const char* key) {
    std::vector<PartyRef> out;
    r.each(j, path, key,
           [&](const json& e, const std::string& p) { out.push_back(read_party_ref(r, e, p)); });
    return out;
}

void put_party_refs(json& j, const char* key, const std::vector<PartyRef>& refs) {
    if (refs.empty()) return;
    json a = json::array();
    for (const auto& p : refs) a.push_back(write_party_ref(p));
    j[key] = a;
}

ScheduleEntry read_entry(Reader& r, const json& j, const std::string& path) {
    ScheduleEntry e;
    if (!r.object(j, path, {"label", "label_en", "date", "deadline", "source"})) return e;
    e.label = r.str(j, path, "label");
    e.label_en = r.str(j, path, "label_en");
    if (const json* d = r.get(j, path, "date", true))
        e.date = read_plan_date(r, *d, Reader::join(path, "date"));
    e.deadline = r.boolean(j, path, "deadline");
    e.source = r.source(j, path);
    return e;
}

json write_entry(const ScheduleEntry& e) {
    json j = json::object();
    put_str(j, "label", e.label);
    put_str(j, "label_en", e.label_en);
    j["date"] = write_plan_date(e.date);
    if (e.deadline) j["deadline"] = true;
    put_source(j, e.source);
    return j;
}

std::vector<ScheduleEntry> read_entries(Reader& r, const json& j, const std::string& path,
                                        const char* key) {
    std::vector<ScheduleEntry> out;
    r.each(j, path, key,
           [&](const json& e, const std::string& p) { out.push_back(read_entry(r, e, p)); });
    return out;
}

void put_entries(json& j, const char* key, const std::vector<ScheduleEntry>& es,
                 bool always = false) {
    if (es.empty() && !always) return;
    json a = json::array();
    for (const auto& e : es) a.push_back(write_entry(e));
    j[key] = a;
}

StatedCount read_count(Reader& r, const json& j, const std::string& path, bool needs_of) {
    StatedCount c;
    if (!r.object(j, path, {"of", "value", "kind", "text", "source"})) return c;
    c.of = r.str(j, path, "of", needs_of);
    if (!needs_of && !c.of.empty())
        r.problem(Reader::join(path, "of"), "a series' count counts its meetings; leave 'of' out");
    c.value = r.integer(j, path, "value", true).value_or(0);
    if (auto k = r.enumeration<CountKind>(j, path, "kind", count_kind_from_string)) c.kind = *k;
    c.text = r.str(j, path, "text", true);
    c.source = r.source(j, path);
    return c;
}

json write_count(const StatedCount& c) {
    json j = json::object();
    put_str(j, "of", c.of);
    j["value"] = c.value;
    if (c.kind != CountKind::exact) j["kind"] = std::string(to_string(c.kind));
    j["text"] = c.text;
    put_source(j, c.source);
    return j;
}

std::vector<int> read_ints(Reader& r, const json& j, const std::string& path, const char* key) {
    std::vector<int> out;
    r.each(j, path, key, [&](const json& e, const std::string& p) {
        if (!e.is_number_integer())
            r.problem(p, Reader::shown(e) + " is not a whole number");
        else
            out.push_back(e.get<int>());
    });
    return out;
}

// ---------------------------------------------------------------- items

Deliverable read_deliverable(Reader& r, const json& j, const std::string& path) {
    Deliverable d;
    if (!r.object(j, path,
                  {"id", "title", "title_en", "planned", "responsible", "co_involved", "delivered",
                   "source", "notes"}))
        return d;
    d.id = r.str(j, path, "id", true);
    d.title = r.str(j, path, "title", true);
    d.title_en = r.str(j, path, "title_en");
    d.planned = read_entries(r, j, path, "planned");
    d.responsible = read_party_refs(r, j, path, "responsible");
    d.co_involved = read_party_refs(r, j, path, "co_involved");
    d.delivered = r.date(j, path, "delivered", false, true);
    d.source = r.source(j, path);
    d.notes = r.strings(j, path, "notes");
    return d;
}

json write_deliverable(const Deliverable& d) {
    json j = json::object();
    j["id"] = d.id;
    j["title"] = d.title;
    put_str(j, "title_en", d.title_en);
    put_entries(j, "planned", d.planned, true);
    put_party_refs(j, "responsible", d.responsible);
    put_party_refs(j, "co_involved", d.co_involved);
    if (d.delivered) j["delivered"] = to_iso(*d.delivered);
    put_source(j, d.source);
    put_notes(j, d.notes);
    return j;
}

Action read_action(Reader& r, const json& j, const std::string& path) {
    Action a;
    if (!r.object(j, path,
                  {"id", "number", "number_inferred", "title", "title_en", "kind", "interim_result",
                   "interim_result_en", "schedule", "council", "after", "references", "responsible",
                   "source", "notes"}))
        return a;
    a.id = r.str(j, path, "id", true);
    a.number = r.integer(j, path, "number", false, true);
    a.number_inferred = r.boolean(j, path, "number_inferred");
    a.title = r.str(j, path, "title", true);
    a.title_en = r.str(j, path, "title_en");
    a.kind = r.str(j, path, "kind");
    a.interim_result = r.str(j, path, "interim_result");
    a.interim_result_en = r.str(j, path, "interim_result_en");
    a.schedule = read_entries(r, j, path, "schedule");
    r.each(j, path, "council", [&](const json& e, const std::string& p) {
        CouncilStep c;
        if (r.object(e, p, {"role", "date", "text", "source"})) {
            if (auto x = r.enumeration<CouncilRole>(e, p, "role", council_role_from_string, true))
                c.role = *x;
            c.date = opt_plan_date(r, e, p, "date");
            c.text = r.str(e, p, "text");
            c.source = r.source(e, p);
        }
        a.council.push_back(std::move(c));
    });
    a.after = read_ints(r, j, path, "after");
    r.each(j, path, "references", [&](const json& e, const std::string& p) {
        CrossReference c;
        if (r.object(e, p, {"text", "steps", "kind", "source"})) {
            c.text = r.str(e, p, "text", true);
            c.steps = read_ints(r, e, p, "steps");
            if (c.steps.empty()) r.problem(Reader::join(p, "steps"), "names no step");
            c.kind = r.str(e, p, "kind");
            c.source = r.source(e, p);
        }
        a.references.push_back(std::move(c));
    });
    a.responsible = read_party_refs(r, j, path, "responsible");
    a.source = r.source(j, path);
    a.notes = r.strings(j, path, "notes");
    return a;
}

json write_action(const Action& a) {
    json j = json::object();
    j["id"] = a.id;
    if (a.number) j["number"] = *a.number;
    if (a.number_inferred) j["number_inferred"] = true;
    j["title"] = a.title;
    put_str(j, "title_en", a.title_en);
    put_str(j, "kind", a.kind);
    put_str(j, "interim_result", a.interim_result);
    put_str(j, "interim_result_en", a.interim_result_en);
    put_entries(j, "schedule", a.schedule);
    if (!a.council.empty()) {
        json cs = json::array();
        for (const auto& c : a.council) {
            json cj = json::object();
            cj["role"] = std::string(to_string(c.role));
            if (c.date) cj["date"] = write_plan_date(*c.date);
            put_str(cj, "text", c.text);
            put_source(cj, c.source);
            cs.push_back(cj);
        }
        j["council"] = cs;
    }
    if (!a.after.empty()) j["after"] = a.after;
    if (!a.references.empty()) {
        json rs = json::array();
        for (const auto& c : a.references) {
            json cj = json::object();
            cj["text"] = c.text;
            cj["steps"] = c.steps;
            put_str(cj, "kind", c.kind);
            put_source(cj, c.source);
            rs.push_back(cj);
        }
        j["references"] = rs;
    }
    put_party_refs(j, "responsible", a.responsible);
    put_source(j, a.source);
    put_notes(j, a.notes);
    return j;
}

Phase read_phase(Reader& r, const json& j, const std::string& path) {
    Phase ph;
    if (!r.object(j, path,
                  {"id", "number", "title", "title_en", "summary", "actions", "results", "source",
                   "notes"}))
        return ph;
    ph.id = r.str(j, path, "id", true);
    ph.number = r.integer(j, path, "number", false, true);
    ph.title = r.str(j, path, "title", true);
    ph.title_en = r.str(j, path, "title_en");
    ph.summary = r.str(j, path, "summary");
    r.each(
        j, path, "actions",
        [&](const json& e, const std::string& p) { ph.actions.push_back(read_action(r, e, p)); },
        true);
    r.each(j, path, "results", [&](const json& e, const std::string& p) {
        ph.results.push_back(read_deliverable(r, e, p));
    });
    ph.source = r.source(j, path);
    ph.notes = r.strings(j, path, "notes");
    return ph;
}

json write_phase(const Phase& ph) {
    json j = json::object();
    j["id"] = ph.id;
    if (ph.number) j["number"] = *ph.number;
    j["title"] = ph.title;
    put_str(j, "title_en", ph.title_en);
    put_str(j, "summary", ph.summary);
    put_array(j, "actions", ph.actions, write_action);
    put_array(j, "results", ph.results, write_deliverable, true);
    put_source(j, ph.source);
    put_notes(j, ph.notes);
    return j;
}

Goal read_goal(Reader& r, const json& j, const std::string& path) {
    Goal g;
    if (!r.object(j, path,
                  {"id", "title", "title_en", "summary", "deadline", "targets", "source", "notes"}))
        return g;
    g.id = r.str(j, path, "id", true);
    g.title = r.str(j, path, "title");
    g.title_en = r.str(j, path, "title_en");
    g.summary = r.str(j, path, "summary", true);
    g.deadline = opt_plan_date(r, j, path, "deadline");
    r.each(j, path, "targets",
           [&](const json& e, const std::string& p) { g.targets.push_back(read_target(r, e, p)); });
    g.source = r.source(j, path);
    g.notes = r.strings(j, path, "notes");
    return g;
}

json write_goal(const Goal& g) {
    json j = json::object();
    j["id"] = g.id;
    put_str(j, "title", g.title);
    put_str(j, "title_en", g.title_en);
    j["summary"] = g.summary;
    if (g.deadline) j["deadline"] = write_plan_date(*g.deadline);
    put_array(j, "targets", g.targets, write_target, true);
    put_source(j, g.source);
    put_notes(j, g.notes);
    return j;
}

MeetingSeries read_series(Reader& r, const json& j, const std::string& path) {
    MeetingSeries s;
    if (!r.object(j, path,
                  {"id", "body", "body_en", "purpose", "lead", "participants", "meetings",
                   "follows", "stated_count", "source", "notes"}))
        return s;
    s.id = r.str(j, path, "id", true);
    s.body = r.str(j, path, "body", true);
    s.body_en = r.str(j, path, "body_en");
    s.purpose = r.str(j, path, "purpose");
    s.lead = read_party_refs(r, j, path, "lead");
    s.participants = read_party_refs(r, j, path, "participants");
    r.each(j, path, "meetings", [&](const json& e, const std::string& p) {
        Meeting m;
        if (r.object(e, p, {"date", "topic", "topic_en", "source"})) {
            if (const json* d = r.get(e, p, "date", true))
                m.date = read_plan_date(r, *d, Reader::join(p, "date"));
            m.topic = r.str(e, p, "topic");
            m.topic_en = r.str(e, p, "topic_en");
            m.source = r.source(e, p);
        }
        s.meetings.push_back(std::move(m));
    });
    if (const json* f = r.get(j, path, "follows", false)) {
        const std::string fp = Reader::join(path, "follows");
        FollowRule rule;
        if (r.object(*f, fp, {"series", "offset_days", "text", "source"})) {
            rule.series = r.str(*f, fp, "series", true);
            rule.offset_days = r.integer(*f, fp, "offset_days", true).value_or(0);
            rule.text = r.str(*f, fp, "text", true);
            rule.source = r.source(*f, fp);
        }
        s.follows = rule;
    }
    if (const json* c = r.get(j, path, "stated_count", false))
        s.stated_count = read_count(r, *c, Reader::join(path, "stated_count"), false);
    s.source = r.source(j, path);
    s.notes = r.strings(j, path, "notes");
    return s;
}

json write_series(const MeetingSeries& s) {
    json j = json::object();
    j["id"] = s.id;
    j["body"] = s.body;
    put_str(j, "body_en", s.body_en);
    put_str(j, "purpose", s.purpose);
    put_party_refs(j, "lead", s.lead);
    put_party_refs(j, "participants", s.participants);
    json ms = json::array();
    for (const auto& m : s.meetings) {
        json mj = json::object();
        mj["date"] = write_plan_date(m.date);
        put_str(mj, "topic", m.topic);
        put_str(mj, "topic_en", m.topic_en);
        put_source(mj, m.source);
        ms.push_back(mj);
    }
    j["meetings"] = ms;
    if (s.follows) {
        json f = json::object();
        f["series"] = s.follows->series;
        f["offset_days"] = s.follows->offset_days;
        f["text"] = s.follows->text;
        put_source(f, s.follows->source);
        j["follows"] = f;
    }
    if (s.stated_count) j["stated_count"] = write_count(*s.stated_count);
    put_source(j, s.source);
    put_notes(j, s.notes);
    return j;
}

/// A number or a [low, high] pair.
std::pair<double, double> read_span(Reader& r, const json& j, const std::string& path,
                                    const char* key, double fallback) {
    const json* v = r.get(j, path, key, false);
    if (!v) return {fallback, fallback};
    if (v->is_number()) {
        const double x = r.as_number(*v, Reader::join(path, key)).value_or(fallback);
        return {x, x};
    }
    const auto xs = r.numbers(j, path, key);
    if (xs.size() != 2 || xs[0] > xs[1]) {
        r.problem(Reader::join(path, key),
                  Reader::shown(*v) + " is not a number or a range [low, high]");
        return {fallback, fallback};
    }
    return {xs[0], xs[1]};
}

json write_span(double lo, double hi) { return lo == hi ? json(lo) : json::array({lo, hi}); }

Staffing read_staffing(Reader& r, const json& j, const std::string& path) {
    Staffing s;
    if (!r.object(j, path,
                  {"role", "role_en", "who", "who_en", "party", "time_text", "time", "source"}))
        return s;
    s.role = r.str(j, path, "role", true);
    s.role_en = r.str(j, path, "role_en");
    s.who = r.str(j, path, "who");
    s.who_en = r.str(j, path, "who_en");
    s.party = r.str(j, path, "party");
    s.time_text = r.str(j, path, "time_text");
    if (const json* t = r.get(j, path, "time", false)) {
        const std::string tp = Reader::join(path, "time");
        TimeInvestment ti;
        if (r.object(*t, tp, {"amount", "unit", "every", "period", "on_call"})) {
            ti.on_call = r.boolean(*t, tp, "on_call");
            if (ti.on_call) {
                ti.unit = TimeUnit::occasion;
                if (t->contains("amount") || t->contains("every") || t->contains("period"))
                    r.problem(tp, "on call takes no amount, every or period");
            } else {
                std::tie(ti.amount_low, ti.amount_high) = read_span(r, *t, tp, "amount", 0.0);
                if (!t->contains("amount")) r.problem(Reader::join(tp, "amount"), "missing");
                if (auto u = r.enumeration<TimeUnit>(*t, tp, "unit", time_unit_from_string, true))
                    ti.unit = *u;
                std::tie(ti.every_low, ti.every_high) = read_span(r, *t, tp, "every", 1.0);
                if (auto p = r.enumeration<TimePeriod>(*t, tp, "period", time_period_from_string))
                    ti.period = *p;
                if (ti.every_low <= 0) r.problem(Reader::join(tp, "every"), "is not positive");
                if (ti.amount_low < 0) r.problem(Reader::join(tp, "amount"), "is negative");
            }
        }
        s.time = ti;
    }
    s.source = r.source(j, path);
    return s;
}

json write_staffing(const Staffing& s) {
    json j = json::object();
    j["role"] = s.role;
    put_str(j, "role_en", s.role_en);
    put_str(j, "who", s.who);
    put_str(j, "who_en", s.who_en);
    put_str(j, "party", s.party);
    put_str(j, "time_text", s.time_text);
    if (s.time) {
        json t = json::object();
        if (s.time->on_call) {
            t["on_call"] = true;
        } else {
            t["amount"] = write_span(s.time->amount_low, s.time->amount_high);
            t["unit"] = std::string(to_string(s.time->unit));
            if (!(s.time->every_low == 1.0 && s.time->every_high == 1.0))
                t["every"] = write_span(s.time->every_low, s.time->every_high);
            if (s.time->period != TimePeriod::none)
                t["period"] = std::string(to_string(s.time->period));
        }
        j["time"] = t;
    }
    put_source(j, s.source);
    return j;
}

Budget read_budget(Reader& r, const json& j, const std::string& path) {
    Budget b;
    if (!r.object(j, path,
                  {"id", "title", "title_en", "currency", "decimals", "lines", "stated_total",
                   "total_source", "source", "notes"}))
        return b;
    b.id = r.str(j, path, "id", true);
    b.title = r.str(j, path, "title");
    b.title_en = r.str(j, path, "title_en");
    if (j.contains("currency")) {
        b.currency = r.str(j, path, "currency");
        if (b.currency != "EUR")
            r.problem(Reader::join(path, "currency"), "'" + b.currency + "' is not EUR");
    }
    b.decimals = r.integer(j, path, "decimals").value_or(0);
    r.each(
        j, path, "lines",
        [&](const json& e, const std::string& p) {
            BudgetLine l;
            if (r.object(e, p,
                         {"key", "label", "label_en", "amount", "pm", "in_kind", "cost_text",
                          "funders", "funder_text", "source"})) {
                l.key = r.str(e, p, "key", true);
                l.label = r.str(e, p, "label", true);
                l.label_en = r.str(e, p, "label_en");
                l.amount = r.number(e, p, "amount");
                l.pm = r.boolean(e, p, "pm");
                l.in_kind = r.boolean(e, p, "in_kind");
                l.cost_text = r.str(e, p, "cost_text");
                l.funders = r.strings(e, p, "funders");
                l.funder_text = r.str(e, p, "funder_text");
                l.source = r.source(e, p);
            }
            b.lines.push_back(std::move(l));
        },
        true);
    b.stated_total = r.number(j, path, "stated_total");
    b.total_source = r.source(j, path, "total_source");
    b.source = r.source(j, path);
    b.notes = r.strings(j, path, "notes");
    return b;
}

json write_budget(const Budget& b) {
    json j = json::object();
    j["id"] = b.id;
    put_str(j, "title", b.title);
    put_str(j, "title_en", b.title_en);
    j["currency"] = b.currency;
    j["decimals"] = b.decimals;
    json ls = json::array();
    for (const auto& l : b.lines) {
        json lj = json::object();
        lj["key"] = l.key;
        lj["label"] = l.label;
        put_str(lj, "label_en", l.label_en);
        if (l.amount) lj["amount"] = *l.amount;
        if (l.pm) lj["pm"] = true;
        if (l.in_kind) lj["in_kind"] = true;
        put_str(lj, "cost_text", l.cost_text);
        if (!l.funders.empty()) lj["funders"] = l.funders;
        put_str(lj, "funder_text", l.funder_text);
        put_source(lj, l.source);
        ls.push_back(lj);
    }
    j["lines"] = ls;
    if (b.stated_total) j["stated_total"] = *b.stated_total;
    put_source(j, b.total_source, "total_source");
    put_source(j, b.source);
    put_notes(j, b.notes);
    return j;
}

Monitor read_monitor(Reader& r, const json& j, const std::string& path) {
    Monitor m;
    if (!r.object(j, path,
                  {"id", "name", "name_en", "themes", "responsible", "rounds", "source", "notes"}))
        return m;
    m.id = r.str(j, path, "id", true);
    m.name = r.str(j, path, "name", true);
    m.name_en = r.str(j, path, "name_en");
    m.themes = r.strings(j, path, "themes");
    m.responsible = read_party_refs(r, j, path, "responsible");
    r.each(
        j, path, "rounds",
        [&](const json& e, const std::string& p) {
            MonitorRound x;
            if (r.object(e, p,
                         {"label", "label_en", "data_year", "zero_measurement", "performed",
                          "source"})) {
                x.label = r.str(e, p, "label", true);
                x.label_en = r.str(e, p, "label_en");
                x.data_year = r.year(e, p, "data_year", true).value_or(2000);
                x.zero_measurement = r.boolean(e, p, "zero_measurement");
                x.performed = opt_plan_date(r, e, p, "performed");
                x.source = r.source(e, p);
            }
            m.rounds.push_back(std::move(x));
        },
        true);
    m.source = r.source(j, path);
    m.notes = r.strings(j, path, "notes");
    return m;
}

json write_monitor(const Monitor& m) {
    json j = json::object();
    j["id"] = m.id;
    j["name"] = m.name;
    put_str(j, "name_en", m.name_en);
    if (!m.themes.empty()) j["themes"] = m.themes;
    put_party_refs(j, "responsible", m.responsible);
    json rs = json::array();
    for (const auto& x : m.rounds) {
        json xj = json::object();
        xj["label"] = x.label;
        put_str(xj, "label_en", x.label_en);
        xj["data_year"] = x.data_year;
        if (x.zero_measurement) xj["zero_measurement"] = true;
        if (x.performed) xj["performed"] = write_plan_date(*x.performed);
        put_source(xj, x.source);
        rs.push_back(xj);
    }
    j["rounds"] = rs;
    put_source(j, m.source);
    put_notes(j, m.notes);
    return j;
}

// ---------------------------------------------------------------- the plan

Plan read_plan(Reader& r, const json& j) {
    Plan p;
    const std::string path;
    if (!r.object(j, path,
                  {"format",
                   "format_version",
                   "id",
                   "title",
                   "title_en",
                   "genre",
                   "date",
                   "version",
                   "year",
                   "organisation",
                   "organisation_en",
                   "summary",
                   "source",
                   "parties",
                   "goals",
                   "phases",
                   "deliverables",
                   "meetings",
                   "staffing",
                   "budget",
                   "monitor",
                   "council_every_phase",
                   "council_source",
                   "stated_counts",
                   "notes"}))
        return p;
    const std::string format = r.str(j, path, "format", true);
    if (!format.empty() && format != "charterkit.plan")
        r.problem("format", "'" + format + "' is not charterkit.plan");
    if (auto v = r.integer(j, path, "format_version", true); v && *v != 1)
        r.problem("format_version", std::to_string(*v) + " is not a supported version (1)");
    p.id = r.str(j, path, "id", true);
    p.title = r.str(j, path, "title", true);
    p.title_en = r.str(j, path, "title_en");
    p.genre = r.str(j, path, "genre");
    p.date = r.date(j, path, "date", false, true);
    p.version = r.str(j, path, "version");
    p.year = r.year(j, path, "year", false, true);
    p.organisation = r.str(j, path, "organisation");
    p.organisation_en = r.str(j, path, "organisation_en");
    p.summary = r.str(j, path, "summary");
    p.source = r.source(j, path);
    r.each(j, path, "parties", [&](const json& e, const std::string& pp) {
        p.parties.push_back(read_party(r, e, pp));
    });
    r.each(j, path, "goals",
           [&](const json& e, const std::string& pp) { p.goals.push_back(read_goal(r, e, pp)); });
    r.each(j, path, "phases",
           [&](const json& e, const std::string& pp) { p.phases.push_back(read_phase(r, e, pp)); });
    r.each(j, path, "deliverables", [&](const json& e, const std::string& pp) {
        p.deliverables.push_back(read_deliverable(r, e, pp));
    });
    r.each(j, path, "meetings", [&](const json& e, const std::string& pp) {
        p.meetings.push_back(read_series(r, e, pp));
    });
    r.each(j, path, "staffing", [&](const json& e, const std::string& pp) {
        p.staffing.push_back(read_staffing(r, e, pp));
    });
    if (const json* b = r.get(j, path, "budget", false)) p.budget = read_budget(r, *b, "budget");
    if (const json* m = r.get(j, path, "monitor", false))
        p.monitor = read_monitor(r, *m, "monitor");
    p.council_every_phase = r.boolean(j, path, "council_every_phase");
    p.council_source = r.source(j, path, "council_source");
    r.each(j, path, "stated_counts", [&](const json& e, const std::string& pp) {
        p.stated_counts.push_back(read_count(r, e, pp, true));
    });
    p.notes = r.strings(j, path, "notes");
    return p;
}

json write_plan(const Plan& p) {
    json j = json::object();
    j["format"] = "charterkit.plan";
    j["format_version"] = 1;
    j["id"] = p.id;
    j["title"] = p.title;
    put_str(j, "title_en", p.title_en);
    put_str(j, "genre", p.genre);
    j["date"] = p.date ? json(to_iso(*p.date)) : json(nullptr);
    put_str(j, "version", p.version);
    if (p.year) j["year"] = *p.year;
    put_str(j, "organisation", p.organisation);
    put_str(j, "organisation_en", p.organisation_en);
    put_str(j, "summary", p.summary);
    put_source(j, p.source);
    put_array(j, "parties", p.parties, write_party);
    put_array(j, "goals", p.goals, write_goal);
    put_array(j, "phases", p.phases, write_phase);
    put_array(j, "deliverables", p.deliverables, write_deliverable);
    put_array(j, "meetings", p.meetings, write_series);
    put_array(j, "staffing", p.staffing, write_staffing);
    if (p.budget) j["budget"] = write_budget(*p.budget);
    if (p.monitor) j["monitor"] = write_monitor(*p.monitor);
    if (p.council_every_phase) j["council_every_phase"] = true;
    put_source(j, p.council_source, "council_source");
    put_array(j, "stated_counts", p.stated_counts, write_count, true);
    put_notes(j, p.notes);
    return j;
}

Plan plan_from_json(const json& j, const std::string& name) {
    Reader r(name);
    Plan p = read_plan(r, j);
    if (r.count() == 0) {
        // the plan's cross-checks, without repeating what the parts already reported
        const auto seen = r.problems();
        std::vector<std::string> extra;
        for (const auto& x : p.problems())
            if (std::find(seen.begin(), seen.end(), name + ": " + x) == seen.end())
                extra.push_back(x);
        r.add_prefixed(extra);
    }
    r.throw_if_any();
    return p;
}

} // namespace
} // namespace detail

using detail::json;
using detail::Reader;

Plan parse_plan(const std::string& text, const std::string& name) {
    return detail::plan_from_json(detail::parse_json(text, name), name);
}

Plan load_plan(const std::string& path) { return parse_plan(detail::read_file(path), path); }

std::string to_json(const Plan& plan, int indent) {
    return detail::dump(detail::write_plan(plan), indent);
}

void save_plan(const Plan& plan, const std::string& path, int indent) {
    detail::write_file(path, to_json(plan, indent));
}

std::vector<std::string> validate_plan_text(const std::string& text, const std::string& name) {
    try {
        parse_plan(text, name);
    } catch (const ValidationError& e) {
        return e.problems();
    } catch (const ParseError& e) {
        return {e.what()};
    }
    return {};
}

std::vector<std::string> validate_plan_file(const std::string& path) {
    std::string text;
    try {
        text = detail::read_file(path);
    } catch (const ParseError& e) {
        return {e.what()};
    }
    return validate_plan_text(text, path);
}

PlanDate parse_plan_date_json(const std::string& text, const std::string& name) {
    const json j = detail::parse_json(text, name);
    Reader r(name);
    PlanDate d = detail::read_plan_date(r, j, "date");
    r.throw_if_any();
    return d;
}

std::string to_json(const PlanDate& date, int indent) {
    return detail::dump(detail::write_plan_date(date), indent);
}

PlanManifestEntry manifest_entry(const Plan& p, const std::string& file) {
    return PlanManifestEntry{file,
                             p.id,
                             p.goals.size(),
                             p.phases.size(),
                             p.count_actions(),
                             p.deliverables.size(),
                             p.meetings.size(),
                             p.count_meetings()};
}

PlanSet load_plan_set(const std::string& folder) {
    const fs::path dir(folder);
    const fs::path manifest = dir / "manifest.json";
    if (!fs::is_directory(dir)) throw ParseError(folder, 0, 0, "no such folder");
    const std::string mname = manifest.string();
    const json j = detail::parse_json(detail::read_file(mname), mname);
    Reader r(mname);
    PlanSet set;
    std::vector<std::string> problems;
    if (r.object(j, "", {"format", "name", "version", "description", "plans"})) {
        if (r.str(j, "", "format", true) != "charterkit.plan-manifest")
            r.problem("format", "is not charterkit.plan-manifest");
        set.name = r.str(j, "", "name", true);
        // No version in the source tree (this release's data); installed copies have it written in.
        set.version = r.str(j, "", "version");
        if (set.version.empty()) set.version = charterkit::version;
        set.description = r.str(j, "", "description");
        r.each(
            j, "", "plans",
            [&](const json& e, const std::string& p) {
                PlanManifestEntry m;
                if (r.object(e, p,
                             {"file", "id", "goals", "phases", "actions", "deliverables",
                              "meeting_series", "meetings"})) {
                    m.file = r.str(e, p, "file", true);
                    m.id = r.str(e, p, "id", true);
                    auto count = [&](const char* key) {
                        const auto v = r.integer(e, p, key, true);
                        if (v && *v < 0)
                            r.problem(Reader::join(p, key), std::to_string(*v) + " is negative");
                        return static_cast<std::size_t>(std::max(0, v.value_or(0)));
                    };
                    m.goals = count("goals");
                    m.phases = count("phases");
                    m.actions = count("actions");
                    m.deliverables = count("deliverables");
                    m.meeting_series = count("meeting_series");
                    m.meetings = count("meetings");
                }
                set.manifest.push_back(m);
            },
            true);
    }
    problems = r.problems();
    for (const auto& m : set.manifest) {
        if (m.file.empty()) continue;
        try {
            set.plans.push_back(load_plan((dir / m.file).string()));
        } catch (const ValidationError& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
        } catch (const ParseError& e) {
            problems.push_back(e.what());
        }
    }
    if (problems.empty()) {
        for (std::size_t i = 0; i < set.manifest.size(); ++i) {
            const PlanManifestEntry& m = set.manifest[i];
            const Plan& p = set.plans[i];
            const std::string mp = "plans[" + std::to_string(i) + "]";
            if (p.id != m.id)
                r.problem(mp + ".id",
                          "'" + m.id + "' but " + m.file + " holds plan '" + p.id + "'");
            const PlanManifestEntry actual = manifest_entry(p, m.file);
            auto compare = [&](const char* field, std::size_t stated, std::size_t real) {
                if (stated != real)
                    r.problem(mp + "." + field, std::to_string(stated) + " but " + m.file +
                                                    " has " + std::to_string(real));
            };
            compare("goals", m.goals, actual.goals);
            compare("phases", m.phases, actual.phases);
            compare("actions", m.actions, actual.actions);
            compare("deliverables", m.deliverables, actual.deliverables);
            compare("meeting_series", m.meeting_series, actual.meeting_series);
            compare("meetings", m.meetings, actual.meetings);
        }
        problems = r.problems();
    }
    if (!problems.empty()) throw ValidationError(problems);
    return set;
}

PlanSet plans() { return load_plan_set((fs::path(data_directory()) / "plans").string()); }

} // namespace charterkit
