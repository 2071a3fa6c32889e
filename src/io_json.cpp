// Reading and writing the charter JSON format: one reader and one writer per model type.
#include "charterkit/io_json.hpp"

#include "json_model.hpp"

#include <algorithm>

namespace charterkit {
namespace detail {

// ---------------------------------------------------------------- reading

namespace {

std::optional<When> read_when(Reader& r, const json& j, const std::string& path, bool required) {
    const bool has_year = j.contains("year"), has_date = j.contains("date");
    if (has_year && has_date) {
        r.problem(path, "give a year or a date, not both");
        return std::nullopt;
    }
    if (has_date) {
        if (auto d = r.date(j, path, "date")) return When::date(*d);
        return std::nullopt;
    }
    if (has_year) {
        if (auto y = r.year(j, path, "year")) return When::year(*y);
        return std::nullopt;
    }
    if (required) r.problem(path, "needs a year or a date");
    return std::nullopt;
}

void write_when(json& j, const When& w) {
    if (w.is_year())
        j["year"] = w.calendar_year();
    else
        j["date"] = to_iso(w.exact_date());
}

DatedValue read_dated_value(Reader& r, const json& j, const std::string& path) {
    DatedValue v;
    if (!r.object(j, path, {"year", "date", "value", "source", "note"})) return v;
    if (auto w = read_when(r, j, path, true)) v.when = *w;
    if (auto x = r.number(j, path, "value", true)) v.value = *x;
    v.source = r.source(j, path);
    v.note = r.str(j, path, "note");
    return v;
}

json write_dated_value(const DatedValue& v) {
    json j = json::object();
    write_when(j, v.when);
    j["value"] = v.value;
    put_source(j, v.source);
    if (!v.note.empty()) j["note"] = v.note;
    return j;
}

Indicator read_indicator(Reader& r, const json& j, const std::string& path) {
    Indicator ind;
    if (!r.object(j, path, {"id", "name", "name_en", "unit", "direction", "range"})) return ind;
    ind.id = r.str(j, path, "id", true);
    ind.name = r.str(j, path, "name", true);
    ind.name_en = r.str(j, path, "name_en");
    if (auto u = r.enumeration<Unit>(j, path, "unit", unit_from_string, true)) ind.unit = *u;
    if (auto d = r.enumeration<Direction>(j, path, "direction", direction_from_string, true))
        ind.direction = *d;
    ind.range = default_range(ind.unit);
    if (j.contains("range")) {
        const auto lohi = r.numbers(j, path, "range");
        if (lohi.size() != 2 || lohi[0] > lohi[1])
            r.problem(Reader::join(path, "range"),
                      Reader::shown(j["range"]) + " is not a range [low, high]");
        else
            ind.range = ValueRange{lohi[0], lohi[1]};
    }
    return ind;
}

json write_indicator(const Indicator& ind) {
    json j = json::object();
    j["id"] = ind.id;
    j["name"] = ind.name;
    if (!ind.name_en.empty()) j["name_en"] = ind.name_en;
    j["unit"] = std::string(to_string(ind.unit));
    j["direction"] = std::string(to_string(ind.direction));
    if (ind.range && !(default_range(ind.unit) && *default_range(ind.unit) == *ind.range))
        j["range"] = {ind.range->low, ind.range->high};
    return j;
}

Baseline read_baseline(Reader& r, const json& j, const std::string& path) {
    Baseline b;
    if (!r.object(j, path, {"year", "date", "value", "pending", "parts", "inferred", "source"}))
        return b;
    if (auto w = read_when(r, j, path, true)) b.when = *w;
    b.value = r.number(j, path, "value");
    b.pending = r.str(j, path, "pending");
    if (j.contains("value") && j.contains("pending"))
        r.problem(path, "give a value or the reason it is pending, not both");
    if (!j.contains("value") && !j.contains("pending"))
        r.problem(path, "needs a value, or 'pending' saying why it is not known");
    b.parts = r.numbers(j, path, "parts");
    b.inferred = r.boolean(j, path, "inferred");
    b.source = r.source(j, path);
    return b;
}

json write_baseline(const Baseline& b) {
    json j = json::object();
    write_when(j, b.when);
    if (b.value) j["value"] = *b.value;
    if (!b.pending.empty()) j["pending"] = b.pending;
    if (!b.parts.empty()) j["parts"] = b.parts;
    if (b.inferred) j["inferred"] = true;
    put_source(j, b.source);
    return j;
}

Milestone read_milestone(Reader& r, const json& j, const std::string& path) {
    Milestone m;
    if (!r.object(j, path,
                  {"year", "date", "horizon_years", "horizon_from_year", "horizon_from_date",
                   "inferred", "form", "value", "value_high", "reference_year", "reference_date",
                   "comparator", "period", "parts", "note", "source"}))
        return m;
    if (j.contains("horizon_years")) {
        if (j.contains("year") || j.contains("date"))
            r.problem(path, "give a year, a date or horizon_years, only one");
        m.horizon_years = r.number(j, path, "horizon_years");
        if (j.contains("horizon_from_year") && j.contains("horizon_from_date"))
            r.problem(path, "give horizon_from_year or horizon_from_date, not both");
        if (auto y = r.year(j, path, "horizon_from_year")) m.horizon_from = When::year(*y);
        if (auto d = r.date(j, path, "horizon_from_date")) m.horizon_from = When::date(*d);
    } else {
        if (j.contains("horizon_from_year") || j.contains("horizon_from_date"))
            r.problem(path, "horizon_from_year/horizon_from_date go with horizon_years");
        m.when = read_when(r, j, path, true);
    }
    if (auto f = r.enumeration<TargetForm>(j, path, "form", target_form_from_string, true))
        m.form = *f;
    m.inferred = r.boolean(j, path, "inferred");
    m.value = r.number(j, path, "value");
    m.value_high = r.number(j, path, "value_high");
    if (j.contains("reference_year") && j.contains("reference_date"))
        r.problem(path, "give reference_year or reference_date, not both");
    if (auto y = r.year(j, path, "reference_year")) m.reference_at = When::year(*y);
    if (auto d = r.date(j, path, "reference_date")) m.reference_at = When::date(*d);
    if (auto c = r.enumeration<Comparator>(j, path, "comparator", comparator_from_string))
        m.comparator = *c;
    m.period = r.str(j, path, "period");
    m.parts = r.numbers(j, path, "parts");
    m.note = r.str(j, path, "note");
    m.source = r.source(j, path);
    return m;
}

json write_milestone(const Milestone& m) {
    json j = json::object();
    if (m.when) write_when(j, *m.when);
    if (m.horizon_years) j["horizon_years"] = *m.horizon_years;
    if (m.horizon_from) {
        if (m.horizon_from->is_year())
            j["horizon_from_year"] = m.horizon_from->calendar_year();
        else
            j["horizon_from_date"] = to_iso(m.horizon_from->exact_date());
    }
    if (m.inferred) j["inferred"] = true;
    j["form"] = std::string(to_string(m.form));
    if (m.value) j["value"] = *m.value;
    if (m.value_high) j["value_high"] = *m.value_high;
    if (m.reference_at) {
        if (m.reference_at->is_year())
            j["reference_year"] = m.reference_at->calendar_year();
        else
            j["reference_date"] = to_iso(m.reference_at->exact_date());
    }
    if (m.comparator != Comparator::reach) j["comparator"] = std::string(to_string(m.comparator));
    if (!m.period.empty()) j["period"] = m.period;
    if (!m.parts.empty()) j["parts"] = m.parts;
    if (!m.note.empty()) j["note"] = m.note;
    put_source(j, m.source);
    return j;
}

} // namespace

Target read_target(Reader& r, const json& j, const std::string& path) {
    Target t;
    const std::size_t before = r.count();
    if (!r.object(j, path,
                  {"id", "indicator", "district", "area", "group", "baseline", "history",
                   "reference", "milestones", "rebased", "source", "notes"}))
        return t;
    t.id = r.str(j, path, "id", true);
    if (const json* v = r.get(j, path, "indicator", true))
        t.indicator = read_indicator(r, *v, Reader::join(path, "indicator"));
    t.district = r.opt_str(j, path, "district");
    t.area = r.str(j, path, "area");
    t.group = r.str(j, path, "group");
    if (const json* v = r.get(j, path, "baseline", false))
        t.baseline = read_baseline(r, *v, Reader::join(path, "baseline"));
    r.each(j, path, "history", [&](const json& e, const std::string& p) {
        t.history.push_back(read_dated_value(r, e, p));
    });
    if (const json* v = r.get(j, path, "reference", false)) {
        const std::string p = Reader::join(path, "reference");
        Reference ref;
        if (r.object(*v, p, {"label", "label_en", "values"})) {
            ref.label = r.str(*v, p, "label", true);
            ref.label_en = r.str(*v, p, "label_en");
            r.each(
                *v, p, "values",
                [&](const json& e, const std::string& ep) {
                    ref.values.push_back(read_dated_value(r, e, ep));
                },
                true);
        }
        t.reference = ref;
    }
    r.each(
        j, path, "milestones",
        [&](const json& e, const std::string& p) {
            t.milestones.push_back(read_milestone(r, e, p));
        },
        true);
    if (const json* v = r.get(j, path, "rebased", false)) {
        const std::string p = Reader::join(path, "rebased");
        Rebasing rb;
        if (r.object(*v, p, {"rule", "previous_baseline", "previous_milestones", "source"})) {
            if (auto rule = r.enumeration<RebaseRule>(*v, p, "rule", rebase_rule_from_string, true))
                rb.rule = *rule;
            if (const json* b = r.get(*v, p, "previous_baseline", true))
                rb.previous_baseline = read_baseline(r, *b, Reader::join(p, "previous_baseline"));
            r.each(
                *v, p, "previous_milestones",
                [&](const json& e, const std::string& ep) {
                    rb.previous_milestones.push_back(read_milestone(r, e, ep));
                },
                true);
            rb.source = r.source(*v, p);
        }
        t.rebased = rb;
    }
    t.source = r.source(j, path);
    t.notes = r.strings(j, path, "notes");
    // Semantic checks only on a target that is structurally sound: otherwise they would echo its
    // problems.
    if (r.count() == before) r.add_semantic(t.problems(path));
    return t;
}

json write_target(const Target& t) {
    json j = json::object();
    j["id"] = t.id;
    j["indicator"] = write_indicator(t.indicator);
    if (t.district)
        j["district"] = *t.district;
    else
        j["district"] = nullptr;
    if (!t.area.empty()) j["area"] = t.area;
    if (!t.group.empty()) j["group"] = t.group;
    if (t.baseline) j["baseline"] = write_baseline(*t.baseline);
    put_array(j, "history", t.history, write_dated_value, true);
    if (t.reference) {
        json ref = json::object();
        ref["label"] = t.reference->label;
        if (!t.reference->label_en.empty()) ref["label_en"] = t.reference->label_en;
        put_array(ref, "values", t.reference->values, write_dated_value);
        j["reference"] = ref;
    }
    put_array(j, "milestones", t.milestones, write_milestone);
    if (t.rebased) {
        json rb = json::object();
        rb["rule"] = std::string(to_string(t.rebased->rule));
        rb["previous_baseline"] = write_baseline(t.rebased->previous_baseline);
        put_array(rb, "previous_milestones", t.rebased->previous_milestones, write_milestone);
        put_source(rb, t.rebased->source);
        j["rebased"] = rb;
    }
    put_source(j, t.source);
    put_notes(j, t.notes);
    return j;
}

Ambition read_ambition(Reader& r, const json& j, const std::string& path) {
    Ambition a;
    if (!r.object(
            j, path,
            {"id", "theme", "theme_label", "districts", "summary", "targets", "source", "notes"}))
        return a;
    a.id = r.str(j, path, "id", true);
    if (auto k = r.enumeration<ThemeKey>(j, path, "theme", theme_key_from_string, true))
        a.theme = *k;
    a.theme_label = r.str(j, path, "theme_label");
    a.districts = r.strings(j, path, "districts");
    a.summary = r.str(j, path, "summary");
    r.each(
        j, path, "targets",
        [&](const json& e, const std::string& p) { a.targets.push_back(read_target(r, e, p)); },
        true);
    a.source = r.source(j, path);
    a.notes = r.strings(j, path, "notes");
    return a;
}

json write_ambition(const Ambition& a) {
    json j = json::object();
    j["id"] = a.id;
    j["theme"] = std::string(to_string(a.theme));
    if (!a.theme_label.empty()) j["theme_label"] = a.theme_label;
    j["districts"] = a.districts;
    if (!a.summary.empty()) j["summary"] = a.summary;
    put_source(j, a.source);
    put_array(j, "targets", a.targets, write_target);
    put_notes(j, a.notes);
    return j;
}

Commitment read_commitment(Reader& r, const json& j, const std::string& path) {
    Commitment c;
    if (!r.object(
            j, path,
            {"id", "party", "side", "theme", "districts", "summary", "amount", "source", "notes"}))
        return c;
    c.id = r.str(j, path, "id", true);
    c.party = r.str(j, path, "party");
    if (auto s = r.enumeration<Side>(j, path, "side", side_from_string, true)) c.side = *s;
    c.theme = r.enumeration<ThemeKey>(j, path, "theme", theme_key_from_string);
    c.districts = r.strings(j, path, "districts");
    c.summary = r.str(j, path, "summary", true);
    if (const json* v = r.get(j, path, "amount", false)) {
        const std::string p = Reader::join(path, "amount");
        Amount a;
        if (r.object(*v, p,
                     {"value", "currency", "basis", "from_year", "to_year", "approximate"})) {
            if (auto x = r.number(*v, p, "value", true)) a.value = *x;
            if (v->contains("currency")) {
                a.currency = r.str(*v, p, "currency");
                if (a.currency != "EUR")
                    r.problem(Reader::join(p, "currency"), "'" + a.currency + "' is not EUR");
            }
            if (auto b = r.enumeration<AmountBasis>(*v, p, "basis", amount_basis_from_string, true))
                a.basis = *b;
            a.from_year = r.year(*v, p, "from_year", false, true);
            a.to_year = r.year(*v, p, "to_year", false, true);
            if (a.from_year && a.to_year && *a.to_year < *a.from_year)
                r.problem(Reader::join(p, "to_year"), std::to_string(*a.to_year) +
                                                          " is before from_year " +
                                                          std::to_string(*a.from_year));
            a.approximate = r.boolean(*v, p, "approximate");
        }
        c.amount = a;
    }
    c.source = r.source(j, path);
    c.notes = r.strings(j, path, "notes");
    return c;
}

json write_commitment(const Commitment& c) {
    json j = json::object();
    j["id"] = c.id;
    if (!c.party.empty()) j["party"] = c.party;
    j["side"] = std::string(to_string(c.side));
    if (c.theme) j["theme"] = std::string(to_string(*c.theme));
    if (!c.districts.empty()) j["districts"] = c.districts;
    j["summary"] = c.summary;
    if (c.amount) {
        json a = json::object();
        a["value"] = c.amount->value;
        a["currency"] = c.amount->currency;
        a["basis"] = std::string(to_string(c.amount->basis));
        if (c.amount->from_year) a["from_year"] = *c.amount->from_year;
        if (c.amount->to_year) a["to_year"] = *c.amount->to_year;
        if (c.amount->approximate) a["approximate"] = true;
        j["amount"] = a;
    }
    put_source(j, c.source);
    put_notes(j, c.notes);
    return j;
}

namespace {

Cell read_cell(Reader& r, const json& j, const std::string& path) {
    Cell c;
    if (j.is_null()) return c;
    if (j.is_number()) {
        c.value = r.as_number(j, path);
        return c;
    }
    if (j.is_string()) {
        if (j.get_ref<const std::string&>() == "PM")
            c.pm = true;
        else
            r.problem(path, Reader::shown(j) + " is not a number, \"PM\", null or a cell object");
        return c;
    }
    if (!r.object(j, path, {"value", "decimals", "mark", "pm", "source"})) return c;
    if (j.empty()) r.problem(path, "an empty cell object (use null for a blank cell)");
    c.value = r.number(j, path, "value");
    if (auto d = r.integer(j, path, "decimals")) c.decimals = *d;
    c.mark = r.str(j, path, "mark");
    c.pm = r.boolean(j, path, "pm");
    c.source = r.source(j, path);
    return c;
}

json write_cell(const Cell& c) {
    if (c.blank() && !c.decimals && !c.source) return nullptr;
    if (c.pm && !c.value && c.mark.empty() && !c.decimals && !c.source) return "PM";
    if (c.value && !c.pm && c.mark.empty() && !c.decimals && !c.source) return *c.value;
    json j = json::object();
    if (c.value) j["value"] = *c.value;
    if (c.decimals) j["decimals"] = *c.decimals;
    if (!c.mark.empty()) j["mark"] = c.mark;
    if (c.pm) j["pm"] = true;
    put_source(j, c.source);
    return j;
}

} // namespace

FinanceTable read_finance_table(Reader& r, const json& j, const std::string& path) {
    FinanceTable t;
    const std::size_t before = r.count();
    if (!r.object(j, path,
                  {"id", "title", "title_en", "currency", "scale", "decimals", "district",
                   "columns", "rows", "source", "notes"}))
        return t;
    t.id = r.str(j, path, "id", true);
    t.title = r.str(j, path, "title", true);
    t.title_en = r.str(j, path, "title_en");
    if (j.contains("currency")) {
        t.currency = r.str(j, path, "currency");
        if (t.currency != "EUR")
            r.problem(Reader::join(path, "currency"), "'" + t.currency + "' is not EUR");
    }
    if (auto s = r.number(j, path, "scale")) t.scale = *s;
    if (auto d = r.integer(j, path, "decimals")) t.decimals = *d;
    t.district = r.opt_str(j, path, "district");
    r.each(
        j, path, "columns",
        [&](const json& e, const std::string& p) {
            FinanceColumn c;
            if (r.object(e, p, {"key", "label", "party", "kind", "sum_of"})) {
                c.key = r.str(e, p, "key", true);
                c.label = r.str(e, p, "label");
                c.party = r.str(e, p, "party");
                const std::string kind = e.contains("kind") ? r.str(e, p, "kind") : "item";
                if (kind != "item" && kind != "total")
                    r.problem(Reader::join(p, "kind"), "'" + kind + "' is not item or total");
                c.total = kind == "total";
                c.sum_of = r.strings(e, p, "sum_of");
            }
            t.columns.push_back(std::move(c));
        },
        true);
    r.each(
        j, path, "rows",
        [&](const json& e, const std::string& p) {
            FinanceRow row;
            if (r.object(e, p, {"key", "label", "kind", "terms", "cells", "source"})) {
                row.key = r.str(e, p, "key", true);
                row.label = r.str(e, p, "label");
                const std::string kind = e.contains("kind") ? r.str(e, p, "kind") : "item";
                if (kind != "item" && kind != "total")
                    r.problem(Reader::join(p, "kind"), "'" + kind + "' is not item or total");
                row.total = kind == "total";
                r.each(e, p, "terms", [&](const json& te, const std::string& tp) {
                    FinanceTerm term;
                    if (r.object(te, tp, {"row", "sign"})) {
                        term.row = r.str(te, tp, "row", true);
                        if (auto s = r.integer(te, tp, "sign")) term.sign = *s;
                    }
                    row.terms.push_back(term);
                });
                r.each(
                    e, p, "cells",
                    [&](const json& ce, const std::string& cp) {
                        row.cells.push_back(read_cell(r, ce, cp));
                    },
                    true);
                row.source = r.source(e, p);
            }
            t.rows.push_back(std::move(row));
        },
        true);
    t.source = r.source(j, path);
    t.notes = r.strings(j, path, "notes");
    if (r.count() == before) r.add_semantic(t.problems(path));
    return t;
}

json write_finance_table(const FinanceTable& t) {
    json j = json::object();
    j["id"] = t.id;
    j["title"] = t.title;
    if (!t.title_en.empty()) j["title_en"] = t.title_en;
    j["currency"] = t.currency;
    j["scale"] = t.scale;
    j["decimals"] = t.decimals;
    if (t.district) j["district"] = *t.district;
    json cols = json::array();
    for (const auto& c : t.columns) {
        json cj = json::object();
        cj["key"] = c.key;
        cj["label"] = c.label;
        if (!c.party.empty()) cj["party"] = c.party;
        if (c.total) {
            cj["kind"] = "total";
            cj["sum_of"] = c.sum_of;
        }
        cols.push_back(cj);
    }
    j["columns"] = cols;
    json rows = json::array();
    for (const auto& row : t.rows) {
        json rj = json::object();
        rj["key"] = row.key;
        rj["label"] = row.label;
        if (row.total) {
            rj["kind"] = "total";
            json terms = json::array();
            for (const auto& term : row.terms) {
                json tj = json::object();
                tj["row"] = term.row;
                if (term.sign != 1) tj["sign"] = term.sign;
                terms.push_back(tj);
            }
            rj["terms"] = terms;
        }
        put_array(rj, "cells", row.cells, write_cell);
        put_source(rj, row.source);
        rows.push_back(rj);
    }
    j["rows"] = rows;
    put_source(j, t.source);
    put_notes(j, t.notes);
    return j;
}

Party read_party(Reader& r, const json& j, const std::string& path) {
    Party p;
    if (!r.object(j, path, {"id", "name", "name_en", "kind", "role", "source"})) return p;
    p.id = r.str(j, path, "id", true);
    p.name = r.str(j, path, "name", true);
    p.name_en = r.str(j, path, "name_en");
    if (auto k = r.enumeration<PartyKind>(j, path, "kind", party_kind_from_string, true))
        p.kind = *k;
    p.role = r.enumeration<PartyRole>(j, path, "role", party_role_from_string);
    p.source = r.source(j, path);
    return p;
}

json write_party(const Party& p) {
    json j = json::object();
    j["id"] = p.id;
    j["name"] = p.name;
    if (!p.name_en.empty()) j["name_en"] = p.name_en;
    j["kind"] = std::string(to_string(p.kind));
    if (p.role) j["role"] = std::string(to_string(*p.role));
    put_source(j, p.source);
    return j;
}

namespace {

SubArea read_sub_area(Reader& r, const json& j, const std::string& path) {
    SubArea s;
    if (!r.object(j, path, {"id", "name", "kind", "sub_areas", "source"})) return s;
    s.id = r.str(j, path, "id", true);
    s.name = r.str(j, path, "name", true);
    s.kind = r.enumeration<AreaKind>(j, path, "kind", area_kind_from_string);
    r.each(j, path, "sub_areas", [&](const json& e, const std::string& p) {
        s.sub_areas.push_back(read_sub_area(r, e, p));
    });
    s.source = r.source(j, path);
    return s;
}

json write_sub_area(const SubArea& s) {
    json j = json::object();
    j["id"] = s.id;
    j["name"] = s.name;
    if (s.kind) j["kind"] = std::string(to_string(*s.kind));
    put_array(j, "sub_areas", s.sub_areas, write_sub_area, true);
    put_source(j, s.source);
    return j;
}

} // namespace

Charter read_charter(Reader& r, const json& j) {
    Charter c;
    const std::string path;
    if (!r.object(j, path,
                  {"format", "format_version", "id", "city", "title", "title_en", "source",
                   "districts", "parties", "signatories", "signed", "validity", "themes",
                   "ambitions", "commitments", "finance_tables", "progress", "amendments",
                   "notes"}))
        return c;
    const std::string format = r.str(j, path, "format", true);
    if (!format.empty() && format != "charterkit.charter")
        r.problem("format", "'" + format + "' is not charterkit.charter");
    if (auto v = r.integer(j, path, "format_version", true); v && *v != 1)
        r.problem("format_version", std::to_string(*v) + " is not a supported version (1)");
    c.id = r.str(j, path, "id", true);
    c.city = r.str(j, path, "city", true);
    c.title = r.str(j, path, "title", true);
    c.title_en = r.str(j, path, "title_en");
    c.source = r.source(j, path);
    r.each(
        j, path, "districts",
        [&](const json& e, const std::string& p) {
            District d;
            if (r.object(e, p, {"id", "name", "sub_areas", "source", "notes"})) {
                d.id = r.str(e, p, "id", true);
                d.name = r.str(e, p, "name", true);
                r.each(e, p, "sub_areas", [&](const json& se, const std::string& sp) {
                    d.sub_areas.push_back(read_sub_area(r, se, sp));
                });
                d.source = r.source(e, p);
                d.notes = r.strings(e, p, "notes");
            }
            c.districts.push_back(std::move(d));
        },
        true);
    r.each(j, path, "parties",
           [&](const json& e, const std::string& p) { c.parties.push_back(read_party(r, e, p)); });
    r.each(j, path, "signatories", [&](const json& e, const std::string& p) {
        Signatory s;
        if (r.object(e, p, {"person", "office", "party", "date", "place", "source"})) {
            s.person = r.str(e, p, "person", true);
            s.office = r.str(e, p, "office");
            s.party = r.str(e, p, "party");
            s.date = r.date(e, p, "date", false, true);
            s.place = r.opt_str(e, p, "place");
            s.source = r.source(e, p);
        }
        c.signatories.push_back(std::move(s));
    });
    if (const json* v = r.get(j, path, "signed", false)) {
        const std::string p = "signed";
        if (r.object(*v, p, {"date", "place", "status", "note", "source"})) {
            c.signed_.date = r.date(*v, p, "date", false, true);
            c.signed_.place = r.opt_str(*v, p, "place");
            if (auto s =
                    r.enumeration<SigningStatus>(*v, p, "status", signing_status_from_string, true))
                c.signed_.status = *s;
            c.signed_.note = r.str(*v, p, "note");
            c.signed_.source = r.source(*v, p);
        }
    }
    if (const json* v = r.get(j, path, "validity", false)) {
        const std::string p = "validity";
        if (r.object(*v, p, {"from", "to", "source", "notes"})) {
            c.validity.from = r.date(*v, p, "from", false, true);
            c.validity.to = r.date(*v, p, "to", false, true);
            c.validity.source = r.source(*v, p);
            c.validity.notes = r.strings(*v, p, "notes");
        }
    }
    r.each(j, path, "themes", [&](const json& e, const std::string& p) {
        Theme t;
        if (r.object(e, p, {"key", "label", "label_en", "source"})) {
            if (auto k = r.enumeration<ThemeKey>(e, p, "key", theme_key_from_string, true))
                t.key = *k;
            t.label = r.str(e, p, "label");
            t.label_en = r.str(e, p, "label_en");
            t.source = r.source(e, p);
        }
        c.themes.push_back(std::move(t));
    });
    r.each(
        j, path, "ambitions",
        [&](const json& e, const std::string& p) { c.ambitions.push_back(read_ambition(r, e, p)); },
        true);
    r.each(j, path, "commitments", [&](const json& e, const std::string& p) {
        c.commitments.push_back(read_commitment(r, e, p));
    });
    r.each(j, path, "finance_tables", [&](const json& e, const std::string& p) {
        c.finance_tables.push_back(read_finance_table(r, e, p));
    });
    r.each(j, path, "progress", [&](const json& e, const std::string& p) {
        ProgressArrangement a;
        if (r.object(e, p, {"kind", "frequency", "year", "parties", "summary", "source"})) {
            if (auto k = r.enumeration<ArrangementKind>(e, p, "kind", arrangement_kind_from_string,
                                                        true))
                a.kind = *k;
            a.frequency = r.enumeration<Frequency>(e, p, "frequency", frequency_from_string);
            a.year = r.year(e, p, "year", false, true);
            a.parties = r.strings(e, p, "parties");
            a.summary = r.str(e, p, "summary", true);
            a.source = r.source(e, p);
        }
        c.progress.push_back(std::move(a));
    });
    r.each(j, path, "amendments", [&](const json& e, const std::string& p) {
        Amendment a;
        if (r.object(e, p, {"date", "summary", "patch", "source"})) {
            if (auto d = r.date(e, p, "date", true)) a.date = *d;
            a.summary = r.str(e, p, "summary", true);
            if (const json* patch = r.get(e, p, "patch", true)) {
                if (!patch->is_array())
                    r.problem(Reader::join(p, "patch"), "is not an array of JSON Patch operations");
                else
                    a.patch_json = patch->dump();
            }
            a.source = r.source(e, p);
        }
        c.amendments.push_back(std::move(a));
    });
    c.notes = r.strings(j, path, "notes");
    return c;
}

json write_charter(const Charter& c) {
    json j = json::object();
    j["format"] = "charterkit.charter";
    j["format_version"] = 1;
    j["id"] = c.id;
    j["city"] = c.city;
    j["title"] = c.title;
    if (!c.title_en.empty()) j["title_en"] = c.title_en;
    put_source(j, c.source);
    json ds = json::array();
    for (const auto& d : c.districts) {
        json dj = json::object();
        dj["id"] = d.id;
        dj["name"] = d.name;
        put_array(dj, "sub_areas", d.sub_areas, write_sub_area, true);
        put_source(dj, d.source);
        put_notes(dj, d.notes);
        ds.push_back(dj);
    }
    j["districts"] = ds;
    put_array(j, "parties", c.parties, write_party);
    json ss = json::array();
    for (const auto& s : c.signatories) {
        json sj = json::object();
        sj["person"] = s.person;
        if (!s.office.empty()) sj["office"] = s.office;
        if (!s.party.empty()) sj["party"] = s.party;
        if (s.date) sj["date"] = to_iso(*s.date);
        if (s.place) sj["place"] = *s.place;
        put_source(sj, s.source);
        ss.push_back(sj);
    }
    j["signatories"] = ss;
    {
        json sg = json::object();
        sg["date"] = c.signed_.date ? json(to_iso(*c.signed_.date)) : json(nullptr);
        sg["place"] = c.signed_.place ? json(*c.signed_.place) : json(nullptr);
        sg["status"] = std::string(to_string(c.signed_.status));
        if (!c.signed_.note.empty()) sg["note"] = c.signed_.note;
        put_source(sg, c.signed_.source);
        j["signed"] = sg;
    }
    {
        json v = json::object();
        v["from"] = c.validity.from ? json(to_iso(*c.validity.from)) : json(nullptr);
        v["to"] = c.validity.to ? json(to_iso(*c.validity.to)) : json(nullptr);
        put_source(v, c.validity.source);
        put_notes(v, c.validity.notes);
        j["validity"] = v;
    }
    json ts = json::array();
    for (const auto& t : c.themes) {
        json tj = json::object();
        tj["key"] = std::string(to_string(t.key));
        if (!t.label.empty()) tj["label"] = t.label;
        if (!t.label_en.empty()) tj["label_en"] = t.label_en;
        put_source(tj, t.source);
        ts.push_back(tj);
    }
    j["themes"] = ts;
    put_array(j, "ambitions", c.ambitions, write_ambition);
    put_array(j, "commitments", c.commitments, write_commitment);
    put_array(j, "finance_tables", c.finance_tables, write_finance_table);
    json pr = json::array();
    for (const auto& a : c.progress) {
        json aj = json::object();
        aj["kind"] = std::string(to_string(a.kind));
        if (a.frequency) aj["frequency"] = std::string(to_string(*a.frequency));
        if (a.year) aj["year"] = *a.year;
        if (!a.parties.empty()) aj["parties"] = a.parties;
        aj["summary"] = a.summary;
        put_source(aj, a.source);
        pr.push_back(aj);
    }
    j["progress"] = pr;
    json am = json::array();
    for (const auto& a : c.amendments) {
        json aj = json::object();
        aj["date"] = to_iso(a.date);
        aj["summary"] = a.summary;
        aj["patch"] = json::parse(a.patch_json.empty() ? "[]" : a.patch_json);
        put_source(aj, a.source);
        am.push_back(aj);
    }
    j["amendments"] = am;
    put_notes(j, c.notes);
    return j;
}

Charter charter_from_json(const json& j, const std::string& name) {
    Reader r(name);
    Charter c = read_charter(r, j);
    if (r.count() == 0) r.add_semantic(c.problems());
    r.throw_if_any();
    return c;
}

} // namespace detail

// ---------------------------------------------------------------- public API

using detail::json;
using detail::Reader;

Charter parse_charter(const std::string& text, const std::string& name) {
    return detail::charter_from_json(detail::parse_json(text, name), name);
}

Charter load_charter(const std::string& path) {
    return parse_charter(detail::read_file(path), path);
}

std::string to_json(const Charter& charter, int indent) {
    return detail::dump(detail::write_charter(charter), indent);
}

void save_charter(const Charter& charter, const std::string& path, int indent) {
    detail::write_file(path, to_json(charter, indent));
}

std::vector<std::string> validate_charter_text(const std::string& text, const std::string& name) {
    try {
        parse_charter(text, name);
    } catch (const ValidationError& e) {
        return e.problems();
    } catch (const ParseError& e) {
        return {e.what()};
    }
    return {};
}

std::vector<std::string> validate_charter_file(const std::string& path) {
    std::string text;
    try {
        text = detail::read_file(path);
    } catch (const ParseError& e) {
        return {e.what()};
    }
    return validate_charter_text(text, path);
}

namespace {

template <class T, class ReadFn>
T parse_part(const std::string& text, const std::string& name, ReadFn read) {
    const json j = detail::parse_json(text, name);
    Reader r(name);
    T out = read(r, j, std::string());
    r.throw_if_any();
    return out;
}

} // namespace

Target parse_target(const std::string& text, const std::string& name) {
    return parse_part<Target>(text, name, detail::read_target);
}
std::string to_json(const Target& t, int indent) {
    return detail::dump(detail::write_target(t), indent);
}

Ambition parse_ambition(const std::string& text, const std::string& name) {
    return parse_part<Ambition>(text, name, detail::read_ambition);
}
std::string to_json(const Ambition& a, int indent) {
    return detail::dump(detail::write_ambition(a), indent);
}

Commitment parse_commitment(const std::string& text, const std::string& name) {
    return parse_part<Commitment>(text, name, detail::read_commitment);
}
std::string to_json(const Commitment& c, int indent) {
    return detail::dump(detail::write_commitment(c), indent);
}

FinanceTable parse_finance_table(const std::string& text, const std::string& name) {
    return parse_part<FinanceTable>(text, name, detail::read_finance_table);
}
std::string to_json(const FinanceTable& t, int indent) {
    return detail::dump(detail::write_finance_table(t), indent);
}

} // namespace charterkit
