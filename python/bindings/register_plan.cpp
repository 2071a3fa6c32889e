// Bindings of the plan model: plan dates and their intervals, goals, phases and actions, deliverables,
// meeting series, staffing, budget, monitor, the plan's date queries and findings, the trend-break verdict,
// plan files and data set, and the iCalendar export.
#include "pybind11.hpp"

#include "charterkit/ics.hpp"
#include "charterkit/plan.hpp"
#include "charterkit/plan_date.hpp"
#include "charterkit/plan_io.hpp"
#include "charterkit/trend_break.hpp"

#include "enum_arg.hpp"
#include "pickle.hpp"

namespace charterkit::python {

namespace {

template <class E>
void plan_enum(py::module_& m, const char* name, const char* doc, std::initializer_list<std::pair<const char*, E>> values) {
    py::native_enum<E> e(m, name, "enum.Enum", doc);
    for (const auto& [n, v] : values) e.value(n, v);
    e.finalize();
}

std::string interval_repr(const DateInterval& i) { return "DateInterval('" + i.to_string() + "')"; }

void register_dates(py::module_& m) {
    plan_enum<DatePrecision>(m, "DatePrecision", "How precise a printed date is.",
                             {{"day", DatePrecision::day}, {"month", DatePrecision::month},
                              {"quarter", DatePrecision::quarter}, {"half_year", DatePrecision::half_year},
                              {"year", DatePrecision::year}});
    plan_enum<DateQualifier>(m, "DateQualifier", "Which third of a period ('begin', 'medio', 'eind').",
                             {{"none", DateQualifier::none}, {"early", DateQualifier::early},
                              {"mid", DateQualifier::mid}, {"late", DateQualifier::late}});
    plan_enum<RelativeRelation>(m, "RelativeRelation", "How a relative date derives from its anchor.",
                                {{"shifted", RelativeRelation::shifted}, {"before", RelativeRelation::before},
                                 {"after", RelativeRelation::after}});

    py::class_<DateInterval> interval(m, "DateInterval", "Days [first, last]; a side is None when open.");
    interval.def(py::init([](std::optional<Date> first, std::optional<Date> last) { return DateInterval{first, last}; }),
                 "first"_a = py::none(), "last"_a = py::none())
        .def_readwrite("first", &DateInterval::first).def_readwrite("last", &DateInterval::last)
        .def_property_readonly("closed", &DateInterval::closed)
        .def_property_readonly("single_day", &DateInterval::single_day)
        .def("contains", &DateInterval::contains, "date"_a, "first <= date <= last (an open side counts as satisfied).")
        .def("ends_before", &DateInterval::ends_before, "date"_a, "Overdue as of date: last < date (False when open).")
        .def("starts_after", &DateInterval::starts_after, "date"_a, "Upcoming after date: first > date (False when open).")
        .def("overlaps", &DateInterval::overlaps, "start"_a, "stop"_a, "Shares a day with [start, stop].")
        .def("days", &DateInterval::days, "Number of days, None when open.")
        .def("__str__", &DateInterval::to_string)
        .def("__repr__", &interval_repr);
    record_pickle(interval, {"first", "last"});

    py::class_<DateSpec> spec(m, "DateSpec", "One printed period: a day, month, quarter, half-year or year, with a qualifier.");
    spec.def(py::init<>())
        .def_readwrite("precision", &DateSpec::precision).def_readwrite("year", &DateSpec::year)
        .def_readwrite("part", &DateSpec::part).def_readwrite("month", &DateSpec::month)
        .def_readwrite("day", &DateSpec::day).def_readwrite("qualifier", &DateSpec::qualifier)
        .def_readwrite("year_inferred", &DateSpec::year_inferred)
        .def_static("of_day", &DateSpec::of_day, "date"_a)
        .def_static("of_month", [](int y, int mo, const py::object& q) {
            return DateSpec::of_month(y, mo, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
        }, "year"_a, "month"_a, "qualifier"_a = "none")
        .def_static("of_quarter", [](int y, int q_, const py::object& q) {
            return DateSpec::of_quarter(y, q_, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
        }, "year"_a, "quarter"_a, "qualifier"_a = "none")
        .def_static("of_half", [](int y, int h, const py::object& q) {
            return DateSpec::of_half(y, h, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
        }, "year"_a, "half"_a, "qualifier"_a = "none")
        .def_static("of_year", [](int y, const py::object& q) {
            return DateSpec::of_year(y, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
        }, "year"_a, "qualifier"_a = "none")
        .def("interval", &DateSpec::interval, "The days this period covers (see plan_date.hpp for the rules).")
        .def("problems", &DateSpec::problems, "path"_a = "date")
        .def("__str__", &DateSpec::to_string)
        .def("__repr__", [](const DateSpec& s) { return "DateSpec('" + s.to_string() + "')"; });
    record_pickle(spec, {"precision", "year", "part", "month", "day", "qualifier", "year_inferred"});

    py::class_<RelativeDate> rel(m, "RelativeDate", "A date relative to another event of the plan.");
    rel.def(py::init([](std::string to, int offset_days, const py::object& relation) {
            return RelativeDate{std::move(to), offset_days, enum_arg<RelativeRelation>(relation, relative_relation_from_string, "relation")};
        }), "to"_a = "", "offset_days"_a = 0, "relation"_a = "shifted")
        .def_readwrite("to", &RelativeDate::to).def_readwrite("offset_days", &RelativeDate::offset_days)
        .def_readwrite("relation", &RelativeDate::relation);
    record_pickle(rel, {"to", "offset_days", "relation"});

    py::class_<PlanDate> date(m, "PlanDate", "A date as a plan prints it, resolving to an interval of days.");
    date.def(py::init<>())
        .def_readwrite("text", &PlanDate::text).def_readwrite("start", &PlanDate::start)
        .def_readwrite("until", &PlanDate::until).def_readwrite("by", &PlanDate::by)
        .def_readwrite("relative", &PlanDate::relative)
        .def_static("of", &PlanDate::of, "spec"_a, "text"_a = "")
        .def_static("range", &PlanDate::range, "start"_a, "until"_a, "text"_a = "")
        .def_static("relative_to", [](std::string to, int offset, const py::object& relation, std::string text) {
            return PlanDate::relative_to(std::move(to), offset, enum_arg<RelativeRelation>(relation, relative_relation_from_string, "relation"),
                                         std::move(text));
        }, "to"_a, "offset_days"_a = 0, "relation"_a = "shifted", "text"_a = "")
        .def_static("open", &PlanDate::open, "text"_a)
        .def_property_readonly("is_absolute", &PlanDate::is_absolute)
        .def_property_readonly("is_relative", &PlanDate::is_relative)
        .def_property_readonly("is_open", &PlanDate::is_open)
        .def_property_readonly("year_inferred", &PlanDate::year_inferred)
        .def("interval", &PlanDate::interval, "The interval of an absolute date (a relative one needs Plan.resolve).")
        .def("problems", &PlanDate::problems, "path"_a = "date")
        .def("to_json", [](const PlanDate& d, int indent) { return to_json(d, indent); }, "indent"_a = -1)
        .def_static("from_json", [](const std::string& s) { return parse_plan_date_json(s); }, "text"_a)
        .def("__str__", &PlanDate::to_string)
        .def("__repr__", [](const PlanDate& d) { return "PlanDate('" + d.text + "', " + d.to_string() + ")"; });
    record_pickle(date, {"text", "start", "until", "by", "relative"});

    m.def("parse_plan_date", [](const std::string& text, std::optional<Date> reference, std::optional<Date> not_before) {
        DateContext c;
        if (reference) c.reference = *reference;
        c.not_before = not_before;
        return parse_plan_date(text, c);
    }, "text"_a, "reference"_a = py::none(), "not_before"_a = py::none(),
          "Reads a Dutch plan date ('begin september', 'eind 2012', 'uiterlijk juli 2022', 'jan-mei'); years left "
          "out are inferred from `reference` (the document's date) or `not_before` and marked.");
}

void register_items(py::module_& m) {
    plan_enum<CountKind>(m, "CountKind", "How a stated count binds.",
                         {{"exact", CountKind::exact}, {"at_least", CountKind::at_least},
                          {"at_most", CountKind::at_most}, {"provisional", CountKind::provisional}});
    plan_enum<CouncilRole>(m, "CouncilRole", "What the council does at a step.",
                           {{"none", CouncilRole::none}, {"input", CouncilRole::input},
                            {"work_session", CouncilRole::work_session}, {"information", CouncilRole::information},
                            {"consent", CouncilRole::consent}, {"adopt", CouncilRole::adopt}, {"other", CouncilRole::other}});
    plan_enum<TimeUnit>(m, "TimeUnit", "Unit of a time investment.",
                        {{"hour", TimeUnit::hour}, {"day", TimeUnit::day}, {"occasion", TimeUnit::occasion}});
    plan_enum<TimePeriod>(m, "TimePeriod", "Period a time investment recurs over.",
                          {{"none", TimePeriod::none}, {"week", TimePeriod::week}, {"month", TimePeriod::month},
                           {"year", TimePeriod::year}});
    plan_enum<EventKind>(m, "EventKind", "What kind of dated event.",
                         {{"meeting", EventKind::meeting}, {"deliverable", EventKind::deliverable},
                          {"action", EventKind::action}, {"council", EventKind::council}, {"goal", EventKind::goal},
                          {"monitor", EventKind::monitor}, {"phase_result", EventKind::phase_result}});

    py::class_<PartyRef> pref(m, "PartyRef", "A party named at an item, with the words printed there.");
    pref.def(py::init([](std::string party, std::string text, std::string text_en, std::string purpose) {
            return PartyRef{std::move(party), std::move(text), std::move(text_en), std::move(purpose)};
        }), "party"_a = "", "text"_a = "", "text_en"_a = "", "purpose"_a = "")
        .def_readwrite("party", &PartyRef::party).def_readwrite("text", &PartyRef::text)
        .def_readwrite("text_en", &PartyRef::text_en).def_readwrite("purpose", &PartyRef::purpose)
        .def("__repr__", [](const PartyRef& r) { return "PartyRef('" + r.party + "', '" + r.text + "')"; });
    record_pickle(pref, {"party", "text", "text_en", "purpose"});

    py::class_<ScheduleEntry> entry(m, "ScheduleEntry", "One dated entry of a schedule.");
    entry.def(py::init<>())
        .def_readwrite("label", &ScheduleEntry::label).def_readwrite("label_en", &ScheduleEntry::label_en)
        .def_readwrite("date", &ScheduleEntry::date).def_readwrite("deadline", &ScheduleEntry::deadline)
        .def_readwrite("source", &ScheduleEntry::source);
    record_pickle(entry, {"label", "label_en", "date", "deadline", "source"});

    py::class_<StatedCount> count(m, "StatedCount", "A number of things the text states.");
    count.def(py::init<>())
        .def_readwrite("of", &StatedCount::of).def_readwrite("value", &StatedCount::value)
        .def_readwrite("kind", &StatedCount::kind).def_readwrite("text", &StatedCount::text)
        .def_readwrite("source", &StatedCount::source);
    record_pickle(count, {"of", "value", "kind", "text", "source"});

    py::class_<Goal> goal(m, "Goal", "A goal: what the plan wants to reach, by when, and its targets.");
    goal.def(py::init<>())
        .def_readwrite("id", &Goal::id).def_readwrite("title", &Goal::title).def_readwrite("title_en", &Goal::title_en)
        .def_readwrite("summary", &Goal::summary).def_readwrite("deadline", &Goal::deadline)
        .def_readwrite("targets", &Goal::targets).def_readwrite("source", &Goal::source).def_readwrite("notes", &Goal::notes)
        .def("__repr__", [](const Goal& g) { return "Goal('" + g.id + "')"; });
    record_pickle(goal, {"id", "title", "title_en", "summary", "deadline", "targets", "source", "notes"});

    py::class_<Deliverable> deliverable(m, "Deliverable", "A product with its planned moments and who is responsible.");
    deliverable.def(py::init<>())
        .def_readwrite("id", &Deliverable::id).def_readwrite("title", &Deliverable::title)
        .def_readwrite("title_en", &Deliverable::title_en).def_readwrite("planned", &Deliverable::planned)
        .def_readwrite("responsible", &Deliverable::responsible).def_readwrite("co_involved", &Deliverable::co_involved)
        .def_readwrite("delivered", &Deliverable::delivered).def_readwrite("source", &Deliverable::source)
        .def_readwrite("notes", &Deliverable::notes)
        .def("__repr__", [](const Deliverable& d) { return "Deliverable('" + d.id + "')"; });
    record_pickle(deliverable, {"id", "title", "title_en", "planned", "responsible", "co_involved", "delivered", "source", "notes"});

    py::class_<CouncilStep> council(m, "CouncilStep", "One involvement of the council at an action.");
    council.def(py::init<>())
        .def_readwrite("role", &CouncilStep::role).def_readwrite("date", &CouncilStep::date)
        .def_readwrite("text", &CouncilStep::text).def_readwrite("source", &CouncilStep::source);
    record_pickle(council, {"role", "date", "text", "source"});

    py::class_<CrossReference> xref(m, "CrossReference", "A reference in the text to numbered steps.");
    xref.def(py::init<>())
        .def_readwrite("text", &CrossReference::text).def_readwrite("steps", &CrossReference::steps)
        .def_readwrite("kind", &CrossReference::kind).def_readwrite("source", &CrossReference::source);
    record_pickle(xref, {"text", "steps", "kind", "source"});

    py::class_<Action> action(m, "Action", "One step of a phase.");
    action.def(py::init<>())
        .def_readwrite("id", &Action::id).def_readwrite("number", &Action::number)
        .def_readwrite("number_inferred", &Action::number_inferred).def_readwrite("title", &Action::title)
        .def_readwrite("title_en", &Action::title_en).def_readwrite("kind", &Action::kind)
        .def_readwrite("interim_result", &Action::interim_result)
        .def_readwrite("interim_result_en", &Action::interim_result_en).def_readwrite("schedule", &Action::schedule)
        .def_readwrite("council", &Action::council).def_readwrite("after", &Action::after)
        .def_readwrite("references", &Action::references).def_readwrite("responsible", &Action::responsible)
        .def_readwrite("source", &Action::source).def_readwrite("notes", &Action::notes)
        .def("__repr__", [](const Action& a) {
            return "Action(" + (a.number ? std::to_string(*a.number) + ", " : std::string()) + "'" + a.title + "')";
        });
    record_pickle(action, {"id", "number", "number_inferred", "title", "title_en", "kind", "interim_result",
                           "interim_result_en", "schedule", "council", "after", "references", "responsible", "source", "notes"});

    py::class_<Phase> phase(m, "Phase", "A phase with its ordered actions and interim results.");
    phase.def(py::init<>())
        .def_readwrite("id", &Phase::id).def_readwrite("number", &Phase::number).def_readwrite("title", &Phase::title)
        .def_readwrite("title_en", &Phase::title_en).def_readwrite("summary", &Phase::summary)
        .def_readwrite("actions", &Phase::actions).def_readwrite("results", &Phase::results)
        .def_readwrite("source", &Phase::source).def_readwrite("notes", &Phase::notes)
        .def("__repr__", [](const Phase& p) { return "Phase('" + p.id + "', " + std::to_string(p.actions.size()) + " actions)"; });
    record_pickle(phase, {"id", "number", "title", "title_en", "summary", "actions", "results", "source", "notes"});

    py::class_<Meeting> meeting(m, "Meeting", "One planned meeting.");
    meeting.def(py::init<>())
        .def_readwrite("date", &Meeting::date).def_readwrite("topic", &Meeting::topic)
        .def_readwrite("topic_en", &Meeting::topic_en).def_readwrite("source", &Meeting::source);
    record_pickle(meeting, {"date", "topic", "topic_en", "source"});

    py::class_<FollowRule> follow(m, "FollowRule", "A series whose meetings follow another's at an offset.");
    follow.def(py::init<>())
        .def_readwrite("series", &FollowRule::series).def_readwrite("offset_days", &FollowRule::offset_days)
        .def_readwrite("text", &FollowRule::text).def_readwrite("source", &FollowRule::source);
    record_pickle(follow, {"series", "offset_days", "text", "source"});

    py::class_<MeetingSeries> series(m, "MeetingSeries", "A meeting body and its planned meetings.");
    series.def(py::init<>())
        .def_readwrite("id", &MeetingSeries::id).def_readwrite("body", &MeetingSeries::body)
        .def_readwrite("body_en", &MeetingSeries::body_en).def_readwrite("purpose", &MeetingSeries::purpose)
        .def_readwrite("lead", &MeetingSeries::lead).def_readwrite("participants", &MeetingSeries::participants)
        .def_readwrite("meetings", &MeetingSeries::meetings).def_readwrite("follows", &MeetingSeries::follows)
        .def_readwrite("stated_count", &MeetingSeries::stated_count).def_readwrite("source", &MeetingSeries::source)
        .def_readwrite("notes", &MeetingSeries::notes)
        .def("__repr__", [](const MeetingSeries& s) { return "MeetingSeries('" + s.id + "', " + std::to_string(s.meetings.size()) + " listed)"; });
    record_pickle(series, {"id", "body", "body_en", "purpose", "lead", "participants", "meetings", "follows",
                           "stated_count", "source", "notes"});

    py::class_<TimeInvestment> time(m, "TimeInvestment", "A time investment: amount of unit every period, or on call.");
    time.def(py::init<>())
        .def_readwrite("amount_low", &TimeInvestment::amount_low).def_readwrite("amount_high", &TimeInvestment::amount_high)
        .def_readwrite("unit", &TimeInvestment::unit).def_readwrite("every_low", &TimeInvestment::every_low)
        .def_readwrite("every_high", &TimeInvestment::every_high).def_readwrite("period", &TimeInvestment::period)
        .def_readwrite("on_call", &TimeInvestment::on_call)
        .def("per_week", &TimeInvestment::per_week, "Amount per week (low, high) in the unit; None when on call or without a period.");
    record_pickle(time, {"amount_low", "amount_high", "unit", "every_low", "every_high", "period", "on_call"});
    m.def("parse_time_investment", &parse_time_investment, "text"_a,
          "Reads '3 dagen pw', 'eens per 3 à 4 weken', '2 uur per 2 weken', 'op afroep'; None when not understood.");

    py::class_<Staffing> staffing(m, "Staffing", "A role in the project organisation and its time investment.");
    staffing.def(py::init<>())
        .def_readwrite("role", &Staffing::role).def_readwrite("role_en", &Staffing::role_en)
        .def_readwrite("who", &Staffing::who).def_readwrite("who_en", &Staffing::who_en)
        .def_readwrite("party", &Staffing::party).def_readwrite("time_text", &Staffing::time_text)
        .def_readwrite("time", &Staffing::time).def_readwrite("source", &Staffing::source)
        .def("__repr__", [](const Staffing& s) { return "Staffing('" + s.role + "', '" + s.time_text + "')"; });
    record_pickle(staffing, {"role", "role_en", "who", "who_en", "party", "time_text", "time", "source"});

    py::class_<BudgetLine> line(m, "BudgetLine", "One line of a budget.");
    line.def(py::init<>())
        .def_readwrite("key", &BudgetLine::key).def_readwrite("label", &BudgetLine::label)
        .def_readwrite("label_en", &BudgetLine::label_en).def_readwrite("amount", &BudgetLine::amount)
        .def_readwrite("pm", &BudgetLine::pm).def_readwrite("in_kind", &BudgetLine::in_kind)
        .def_readwrite("cost_text", &BudgetLine::cost_text).def_readwrite("funders", &BudgetLine::funders)
        .def_readwrite("funder_text", &BudgetLine::funder_text).def_readwrite("source", &BudgetLine::source);
    record_pickle(line, {"key", "label", "label_en", "amount", "pm", "in_kind", "cost_text", "funders", "funder_text", "source"});

    py::class_<FunderTotal> funder(m, "FunderTotal", "Money per funder in a budget.");
    funder.def(py::init<>())
        .def_readwrite("funder", &FunderTotal::funder).def_readwrite("amount", &FunderTotal::amount)
        .def_readwrite("lines", &FunderTotal::lines).def_readwrite("pm_lines", &FunderTotal::pm_lines)
        .def_readwrite("in_kind_lines", &FunderTotal::in_kind_lines)
        .def("__repr__", [](const FunderTotal& f) { return "FunderTotal('" + f.funder + "', " + detail::number(f.amount) + ")"; });
    record_pickle(funder, {"funder", "amount", "lines", "pm_lines", "in_kind_lines"});

    py::class_<Budget> budget(m, "Budget", "A plan's budget: lines with funder and amount or PM, and a stated total.");
    budget.def(py::init<>())
        .def_readwrite("id", &Budget::id).def_readwrite("title", &Budget::title).def_readwrite("title_en", &Budget::title_en)
        .def_readwrite("currency", &Budget::currency).def_readwrite("decimals", &Budget::decimals)
        .def_readwrite("lines", &Budget::lines).def_readwrite("stated_total", &Budget::stated_total)
        .def_readwrite("total_source", &Budget::total_source).def_readwrite("source", &Budget::source)
        .def_readwrite("notes", &Budget::notes)
        .def("sum", &Budget::sum, "The sum of the printed amounts.")
        .def("to_finance_table", &Budget::to_finance_table, "The budget as a one-column finance table.")
        .def("audit", &Budget::audit, "include_ok"_a = false, "The stated total checked against the lines.")
        .def("by_funder", &Budget::by_funder, "Money per funder.")
        .def("__repr__", [](const Budget& b) { return "Budget('" + b.id + "', " + std::to_string(b.lines.size()) + " lines)"; });
    record_pickle(budget, {"id", "title", "title_en", "currency", "decimals", "lines", "stated_total", "total_source", "source", "notes"});

    py::class_<MonitorRound> round(m, "MonitorRound", "One round of a monitor.");
    round.def(py::init<>())
        .def_readwrite("label", &MonitorRound::label).def_readwrite("label_en", &MonitorRound::label_en)
        .def_readwrite("data_year", &MonitorRound::data_year).def_readwrite("zero_measurement", &MonitorRound::zero_measurement)
        .def_readwrite("performed", &MonitorRound::performed).def_readwrite("source", &MonitorRound::source);
    record_pickle(round, {"label", "label_en", "data_year", "zero_measurement", "performed", "source"});

    py::class_<Monitor> monitor(m, "Monitor", "An outcome monitor: its zero-measurement and follow-up rounds.");
    monitor.def(py::init<>())
        .def_readwrite("id", &Monitor::id).def_readwrite("name", &Monitor::name).def_readwrite("name_en", &Monitor::name_en)
        .def_readwrite("themes", &Monitor::themes).def_readwrite("responsible", &Monitor::responsible)
        .def_readwrite("rounds", &Monitor::rounds).def_readwrite("source", &Monitor::source)
        .def_readwrite("notes", &Monitor::notes)
        .def("zero_measurement_year", &Monitor::zero_measurement_year)
        .def("follow_ups", &Monitor::follow_ups);
    record_pickle(monitor, {"id", "name", "name_en", "themes", "responsible", "rounds", "source", "notes"});

    py::class_<PlanEvent> event(m, "PlanEvent", "One dated event of a plan, with its date resolved.");
    event.def(py::init<>())
        .def_readwrite("kind", &PlanEvent::kind).def_readwrite("id", &PlanEvent::id).def_readwrite("item", &PlanEvent::item)
        .def_readwrite("path", &PlanEvent::path).def_readwrite("title", &PlanEvent::title)
        .def_readwrite("title_en", &PlanEvent::title_en).def_readwrite("label", &PlanEvent::label)
        .def_readwrite("date", &PlanEvent::date).def_readwrite("interval", &PlanEvent::interval)
        .def_readwrite("due", &PlanEvent::due).def_readwrite("source", &PlanEvent::source)
        .def("__repr__", [](const PlanEvent& e) {
            return "PlanEvent(" + std::string(to_string(e.kind)) + ", '" + e.id + "', " + e.interval.to_string() + ")";
        });
    record_pickle(event, {"kind", "id", "item", "path", "title", "title_en", "label", "date", "interval", "due", "source"});

    py::class_<PhaseSpan> span(m, "PhaseSpan", "A phase with its span on the calendar.");
    span.def(py::init<>())
        .def_readwrite("phase", &PhaseSpan::phase).def_readwrite("title", &PhaseSpan::title)
        .def_readwrite("interval", &PhaseSpan::interval)
        .def("__repr__", [](const PhaseSpan& s) { return "PhaseSpan('" + s.phase + "', " + s.interval.to_string() + ")"; });
    record_pickle(span, {"phase", "title", "interval"});

    py::class_<PlanFinding> finding(m, "PlanFinding", "A consistency finding: kind, path and message.");
    finding.def(py::init<>())
        .def_readwrite("kind", &PlanFinding::kind).def_readwrite("path", &PlanFinding::path)
        .def_readwrite("message", &PlanFinding::message)
        .def("__repr__", [](const PlanFinding& f) { return "PlanFinding(" + f.kind + ", " + f.path + ": " + f.message + ")"; });
    record_pickle(finding, {"kind", "path", "message"});
}

void register_trend_break(py::module_& m) {
    plan_enum<TrendBreakVerdict>(m, "TrendBreakVerdict", "The verdict on a comparative target.",
                                 {{"achieved", TrendBreakVerdict::achieved}, {"not_achieved", TrendBreakVerdict::not_achieved},
                                  {"not_assessable", TrendBreakVerdict::not_assessable}});
    plan_enum<ChangeMeasure>(m, "ChangeMeasure", "How the two groups' changes are compared.",
                             {{"relative", ChangeMeasure::relative}, {"points", ChangeMeasure::points}});

    py::class_<GroupChange> group(m, "GroupChange", "One group's change between the two points.");
    group.def(py::init<>())
        .def_readwrite("name", &GroupChange::name).def_readwrite("start_date", &GroupChange::start_date)
        .def_readwrite("start", &GroupChange::start).def_readwrite("end_date", &GroupChange::end_date)
        .def_readwrite("end", &GroupChange::end).def_readwrite("change_points", &GroupChange::change_points)
        .def_readwrite("change_percent", &GroupChange::change_percent);
    record_pickle(group, {"name", "start_date", "start", "end_date", "end", "change_points", "change_percent"});

    py::class_<TrendBreakResult> result(m, "TrendBreakResult", "The verdict on a comparative target with the numbers behind it.");
    result.def(py::init<>())
        .def_readwrite("verdict", &TrendBreakResult::verdict).def_readwrite("measure", &TrendBreakResult::measure)
        .def_readwrite("direction", &TrendBreakResult::direction)
        .def_readwrite("target_group", &TrendBreakResult::target_group)
        .def_readwrite("comparison_group", &TrendBreakResult::comparison_group)
        .def_readwrite("margin", &TrendBreakResult::margin).def_readwrite("ratio_start", &TrendBreakResult::ratio_start)
        .def_readwrite("ratio_end", &TrendBreakResult::ratio_end).def_readwrite("explanation", &TrendBreakResult::explanation)
        .def("__repr__", [](const TrendBreakResult& r) { return "TrendBreakResult(" + r.explanation + ")"; });
    record_pickle(result, {"verdict", "measure", "direction", "target_group", "comparison_group", "margin", "ratio_start",
                           "ratio_end", "explanation"});

    m.def("assess_trend_break", [](const Series& tg, const Series& cg, const When& start, const When& end,
                                   const py::object& direction, const py::object& measure) {
        return assess_trend_break(tg, cg, start, end, enum_arg<Direction>(direction, direction_from_string, "direction"),
                                  enum_arg<ChangeMeasure>(measure, change_measure_from_string, "measure"));
    }, "target_group"_a, "comparison_group"_a, "start"_a, "end"_a, "direction"_a = "lower_is_better",
          "measure"_a = "relative",
          "Judges a comparative target ('trendbreuk'): did the target group improve, and faster than the comparison group?");
    m.def("assess_trend_break_target", [](const Target& t, const Series& tg, const Series& cg, const py::object& measure) {
        return assess_trend_break(t, tg, cg, enum_arg<ChangeMeasure>(measure, change_measure_from_string, "measure"));
    }, "target"_a, "target_group"_a, "comparison_group"_a, "measure"_a = "relative",
          "Judges a target with a comparative milestone, from its baseline to that milestone.");
}

void register_plan_class(py::module_& m) {
    py::class_<Plan> plan(m, "Plan", "A programme or process plan, queryable as of a date.");
    plan.def(py::init<>())
        .def_readwrite("id", &Plan::id).def_readwrite("title", &Plan::title).def_readwrite("title_en", &Plan::title_en)
        .def_readwrite("genre", &Plan::genre).def_readwrite("date", &Plan::date).def_readwrite("version", &Plan::version)
        .def_readwrite("year", &Plan::year).def_readwrite("organisation", &Plan::organisation)
        .def_readwrite("organisation_en", &Plan::organisation_en).def_readwrite("summary", &Plan::summary)
        .def_readwrite("source", &Plan::source).def_readwrite("parties", &Plan::parties)
        .def_readwrite("goals", &Plan::goals).def_readwrite("phases", &Plan::phases)
        .def_readwrite("deliverables", &Plan::deliverables).def_readwrite("meetings", &Plan::meetings)
        .def_readwrite("staffing", &Plan::staffing).def_readwrite("budget", &Plan::budget)
        .def_readwrite("monitor", &Plan::monitor).def_readwrite("council_every_phase", &Plan::council_every_phase)
        .def_readwrite("council_source", &Plan::council_source).def_readwrite("stated_counts", &Plan::stated_counts)
        .def_readwrite("notes", &Plan::notes)
        .def("party", &Plan::party, "id"_a, "Raises NotFoundError (a KeyError) when absent.")
        .def("action", &Plan::action, "number"_a, "The action with a step number.")
        .def("meeting_series", &Plan::meeting_series, "id"_a)
        .def("deliverable", &Plan::deliverable, "id"_a)
        .def("actions", &Plan::actions, "Every action, in phase order.")
        .def("meetings_of", &Plan::meetings_of, "series"_a, "The meetings of a series, derived ones included.")
        .def("interval_of", &Plan::interval_of, "id"_a, "The interval of an item or event by id; None when there is none.")
        .def("resolve", &Plan::resolve, "date"_a, "Resolves a date of this plan (relative dates through the plan).")
        .def("events", &Plan::events, "Every dated event, in plan order.")
        .def("events_between", &Plan::events_between, "start"_a, "stop"_a, "Events overlapping [start, stop].")
        .def("due", &Plan::due, "as_of"_a, "within_days"_a = 0, "Due dates falling in [as_of, as_of + within_days].")
        .def("overdue", &Plan::overdue, "as_of"_a, "Due dates that ended before as_of (not delivered).")
        .def("upcoming", &Plan::upcoming, "as_of"_a, "Events starting after as_of, in date order.")
        .def("next_meetings", &Plan::next_meetings, "as_of"_a, "For each meeting body, its first meeting on or after as_of.")
        .def("phase_spans", &Plan::phase_spans)
        .def("phases_in_progress", &Plan::phases_in_progress, "as_of"_a)
        .def("budget_by_funder", &Plan::budget_by_funder)
        .def("findings", &Plan::findings, "Consistency findings a reader wants flagged.")
        .def("problems", &Plan::problems, "Structural problems ('path: message').")
        .def("count_actions", &Plan::count_actions)
        .def("count_meetings", &Plan::count_meetings)
        .def("to_ics", [](const Plan& p, const std::string& stamp, bool meetings, bool deadlines, const std::string& domain) {
            IcsOptions o;
            o.stamp = stamp;
            o.meetings = meetings;
            o.deadlines = deadlines;
            o.domain = domain;
            return to_ics(p, o);
        }, "stamp"_a = "", "meetings"_a = true, "deadlines"_a = true, "domain"_a = "charterkit.invalid",
             "The meetings and deadlines as an iCalendar (RFC 5545) text.")
        .def("to_json", [](const Plan& p, int indent) { return to_json(p, indent); }, "indent"_a = 2)
        .def_static("from_json", [](const std::string& s, const std::string& name) { return parse_plan(s, name); },
                    "text"_a, "name"_a = "<string>")
        .def("__eq__", [](const Plan& a, const Plan& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Plan& p) {
            return "Plan('" + p.id + "', " + std::to_string(p.phases.size()) + " phases, " +
                   std::to_string(p.deliverables.size()) + " deliverables, " + std::to_string(p.meetings.size()) + " meeting series)";
        })
        .def(py::pickle([](const Plan& p) { return py::make_tuple(record_state_version, to_json(p, -1)); },
                        [](const py::tuple& t) {
                            if (t.size() != 2 || t[0].cast<int>() != record_state_version)
                                throw InvalidInputError("Plan: cannot unpickle state of another version or shape");
                            return parse_plan(t[1].cast<std::string>(), "<pickle>");
                        }));

    m.def("load_plan", &load_plan, "path"_a, "Reads a plan file. Raises ParseError or ValidationError (.problems).");
    m.def("loads_plan", &parse_plan, "text"_a, "name"_a = "<string>", "Reads a plan from JSON text.");
    m.def("dumps_plan", [](const Plan& p, int indent) { return to_json(p, indent); }, "plan"_a, "indent"_a = 2);
    m.def("save_plan", &save_plan, "plan"_a, "path"_a, "indent"_a = 2);
    m.def("validate_plan_file", &validate_plan_file, "path"_a, "Every problem of a plan file; empty when valid.");
    m.def("validate_plan_text", &validate_plan_text, "text"_a, "name"_a = "<string>");
    m.def("to_ics", [](const Plan& p, const std::string& stamp, bool meetings, bool deadlines, const std::string& domain) {
        IcsOptions o;
        o.stamp = stamp;
        o.meetings = meetings;
        o.deadlines = deadlines;
        o.domain = domain;
        return to_ics(p, o);
    }, "plan"_a, "stamp"_a = "", "meetings"_a = true, "deadlines"_a = true, "domain"_a = "charterkit.invalid",
          "The plan's meetings and deadlines as an iCalendar (RFC 5545) text.");
    m.def("ics_escape", &ics_escape, "text"_a, "Escapes an iCalendar TEXT value.");
    m.def("ics_fold", &ics_fold, "line"_a, "Folds an iCalendar content line at 75 octets.");

    py::class_<PlanManifestEntry> entry(m, "PlanManifestEntry", "What the plans manifest says of one plan file.");
    entry.def(py::init<>())
        .def_readwrite("file", &PlanManifestEntry::file).def_readwrite("id", &PlanManifestEntry::id)
        .def_readwrite("goals", &PlanManifestEntry::goals).def_readwrite("phases", &PlanManifestEntry::phases)
        .def_readwrite("actions", &PlanManifestEntry::actions).def_readwrite("deliverables", &PlanManifestEntry::deliverables)
        .def_readwrite("meeting_series", &PlanManifestEntry::meeting_series)
        .def_readwrite("meetings", &PlanManifestEntry::meetings);
    record_pickle(entry, {"file", "id", "goals", "phases", "actions", "deliverables", "meeting_series", "meetings"});

    py::class_<PlanSet> set(m, "PlanSet", "Several plans with their manifest.");
    set.def(py::init<>())
        .def_readwrite("name", &PlanSet::name).def_readwrite("version", &PlanSet::version)
        .def_readwrite("description", &PlanSet::description).def_readwrite("plans", &PlanSet::plans)
        .def_readwrite("manifest", &PlanSet::manifest)
        .def("plan", &PlanSet::plan, "id"_a, "Raises NotFoundError (a KeyError) when absent.")
        .def("__len__", [](const PlanSet& s) { return s.plans.size(); })
        .def("__iter__", [](const PlanSet& s) { return py::make_iterator(s.plans.begin(), s.plans.end()); },
             py::keep_alive<0, 1>())
        .def("__repr__", [](const PlanSet& s) { return "PlanSet('" + s.name + "', " + std::to_string(s.plans.size()) + " plans)"; });
    record_pickle(set, {"name", "version", "description", "plans", "manifest"});
    m.def("load_plan_set", &load_plan_set, "folder"_a, "Loads a folder of plan files with its manifest.json.");
}

} // namespace

void register_plan(py::module_& m) {
    register_dates(m);
    register_items(m);
    register_trend_break(m);
    register_plan_class(m);
}

} // namespace charterkit::python
