// Bindings of the plan model: plan dates and their intervals, goals, phases and actions,
// deliverables, meeting series, staffing, budget, monitor, the plan's date queries and findings,
// the trend-break verdict, plan files and data set, and the iCalendar export.
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
void plan_enum(py::module_& m, const char* name, const char* doc,
               std::initializer_list<std::pair<const char*, E>> values) {
    py::native_enum<E> e(m, name, "enum.Enum", doc);
    for (const auto& [n, v] : values) e.value(n, v);
    e.finalize();
}

std::string interval_repr(const DateInterval& i) { return "DateInterval('" + i.to_string() + "')"; }

void register_dates(py::module_& m) {
    plan_enum<DatePrecision>(m, "DatePrecision", "How precise a printed date is.",
                             {{"day", DatePrecision::day},
                              {"month", DatePrecision::month},
                              {"quarter", DatePrecision::quarter},
                              {"half_year", DatePrecision::half_year},
                              {"year", DatePrecision::year}});
    plan_enum<DateQualifier>(m, "DateQualifier",
                             "Which third of a period ('begin', 'medio', 'eind').",
                             {{"none", DateQualifier::none},
                              {"early", DateQualifier::early},
                              {"mid", DateQualifier::mid},
                              {"late", DateQualifier::late}});
    plan_enum<RelativeRelation>(m, "RelativeRelation",
                                "How a relative date derives from its anchor.",
                                {{"shifted", RelativeRelation::shifted},
                                 {"before", RelativeRelation::before},
                                 {"after", RelativeRelation::after}});

    RecordClass<DateInterval> interval(m, "DateInterval",
                                       "Days [first, last]; a side is None when open.");
    interval
        .def(py::init([](std::optional<Date> first, std::optional<Date> last) {
                 return DateInterval{first, last};
             }),
             "first"_a = py::none(), "last"_a = py::none())
        .field("first", &DateInterval::first)
        .field("last", &DateInterval::last)
        .def_property_readonly("closed", &DateInterval::closed)
        .def_property_readonly("single_day", &DateInterval::single_day)
        .def("contains", &DateInterval::contains, "date"_a,
             "first <= date <= last (an open side counts as satisfied).")
        .def("ends_before", &DateInterval::ends_before, "date"_a,
             "Overdue as of date: last < date (False when open).")
        .def("starts_after", &DateInterval::starts_after, "date"_a,
             "Upcoming after date: first > date (False when open).")
        .def("overlaps", &DateInterval::overlaps, "start"_a, "stop"_a,
             "Shares a day with [start, stop].")
        .def("days", &DateInterval::days, "Number of days, None when open.")
        .def("__str__", &DateInterval::to_string)
        .def("__repr__", &interval_repr);

    RecordClass<DateSpec> spec(
        m, "DateSpec",
        "One printed period: a day, month, quarter, half-year or year, with a qualifier.");
    spec.def(py::init<>())
        .field("precision", &DateSpec::precision)
        .field("year", &DateSpec::year)
        .field("part", &DateSpec::part)
        .field("month", &DateSpec::month)
        .field("day", &DateSpec::day)
        .field("qualifier", &DateSpec::qualifier)
        .field("year_inferred", &DateSpec::year_inferred)
        .def_static("of_day", &DateSpec::of_day, "date"_a)
        .def_static(
            "of_month",
            [](int y, int mo, const py::object& q) {
                return DateSpec::of_month(
                    y, mo, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
            },
            "year"_a, "month"_a, "qualifier"_a = "none")
        .def_static(
            "of_quarter",
            [](int y, int q_, const py::object& q) {
                return DateSpec::of_quarter(
                    y, q_, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
            },
            "year"_a, "quarter"_a, "qualifier"_a = "none")
        .def_static(
            "of_half",
            [](int y, int h, const py::object& q) {
                return DateSpec::of_half(
                    y, h, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
            },
            "year"_a, "half"_a, "qualifier"_a = "none")
        .def_static(
            "of_year",
            [](int y, const py::object& q) {
                return DateSpec::of_year(
                    y, enum_arg<DateQualifier>(q, date_qualifier_from_string, "qualifier"));
            },
            "year"_a, "qualifier"_a = "none")
        .def("interval", &DateSpec::interval,
             "The days this period covers (see plan_date.hpp for the rules).")
        .def("problems", &DateSpec::problems, "path"_a = "date")
        .def("__str__", &DateSpec::to_string)
        .def("__repr__", [](const DateSpec& s) { return "DateSpec('" + s.to_string() + "')"; });

    RecordClass<RelativeDate> rel(m, "RelativeDate",
                                  "A date relative to another event of the plan.");
    rel.def(py::init([](std::string to, int offset_days, const py::object& relation) {
                return RelativeDate{std::move(to), offset_days,
                                    enum_arg<RelativeRelation>(
                                        relation, relative_relation_from_string, "relation")};
            }),
            "to"_a = "", "offset_days"_a = 0, "relation"_a = "shifted")
        .field("to", &RelativeDate::to)
        .field("offset_days", &RelativeDate::offset_days)
        .field("relation", &RelativeDate::relation);

    RecordClass<PlanDate> date(m, "PlanDate",
                               "A date as a plan prints it, resolving to an interval of days.");
    date.def(py::init<>())
        .field("text", &PlanDate::text)
        .field("start", &PlanDate::start)
        .field("until", &PlanDate::until)
        .field("by", &PlanDate::by)
        .field("relative", &PlanDate::relative)
        .def_static("of", &PlanDate::of, "spec"_a, "text"_a = "")
        .def_static("range", &PlanDate::range, "start"_a, "until"_a, "text"_a = "")
        .def_static(
            "relative_to",
            [](std::string to, int offset, const py::object& relation, std::string text) {
                return PlanDate::relative_to(
                    std::move(to), offset,
                    enum_arg<RelativeRelation>(relation, relative_relation_from_string, "relation"),
                    std::move(text));
            },
            "to"_a, "offset_days"_a = 0, "relation"_a = "shifted", "text"_a = "")
        .def_static("open", &PlanDate::open, "text"_a)
        .def_property_readonly("is_absolute", &PlanDate::is_absolute)
        .def_property_readonly("is_relative", &PlanDate::is_relative)
        .def_property_readonly("is_open", &PlanDate::is_open)
        .def_property_readonly("year_inferred", &PlanDate::year_inferred)
        .def("interval", &PlanDate::interval,
             "The interval of an absolute date (a relative one needs Plan.resolve).")
        .def("problems", &PlanDate::problems, "path"_a = "date")
        .def(
            "to_json", [](const PlanDate& d, int indent) { return to_json(d, indent); },
            "indent"_a = -1)
        .def_static(
            "from_json", [](const std::string& s) { return parse_plan_date_json(s); }, "text"_a)
        .def("__str__", &PlanDate::to_string)
        .def("__repr__",
             [](const PlanDate& d) { return "PlanDate('" + d.text + "', " + d.to_string() + ")"; });

    m.def(
        "parse_plan_date",
        [](const std::string& text, std::optional<Date> reference, std::optional<Date> not_before) {
            DateContext c;
            if (reference) c.reference = *reference;
            c.not_before = not_before;
            return parse_plan_date(text, c);
        },
        "text"_a, "reference"_a = py::none(), "not_before"_a = py::none(),
        "Reads a Dutch plan date ('begin september', 'eind 2012', 'uiterlijk juli 2022', "
        "'jan-mei'); years left "
        "out are inferred from `reference` (the document's date) or `not_before` and marked.");
}

void register_items(py::module_& m) {
    plan_enum<CountKind>(m, "CountKind", "How a stated count binds.",
                         {{"exact", CountKind::exact},
                          {"at_least", CountKind::at_least},
                          {"at_most", CountKind::at_most},
                          {"provisional", CountKind::provisional}});
    plan_enum<CouncilRole>(m, "CouncilRole", "What the council does at a step.",
                           {{"none", CouncilRole::none},
                            {"input", CouncilRole::input},
                            {"work_session", CouncilRole::work_session},
                            {"information", CouncilRole::information},
                            {"consent", CouncilRole::consent},
                            {"adopt", CouncilRole::adopt},
                            {"other", CouncilRole::other}});
    plan_enum<TimeUnit>(
        m, "TimeUnit", "Unit of a time investment.",
        {{"hour", TimeUnit::hour}, {"day", TimeUnit::day}, {"occasion", TimeUnit::occasion}});
    plan_enum<TimePeriod>(m, "TimePeriod", "Period a time investment recurs over.",
                          {{"none", TimePeriod::none},
                           {"week", TimePeriod::week},
                           {"month", TimePeriod::month},
                           {"year", TimePeriod::year}});
    plan_enum<EventKind>(m, "EventKind", "What kind of dated event.",
                         {{"meeting", EventKind::meeting},
                          {"deliverable", EventKind::deliverable},
                          {"action", EventKind::action},
                          {"council", EventKind::council},
                          {"goal", EventKind::goal},
                          {"monitor", EventKind::monitor},
                          {"phase_result", EventKind::phase_result}});

    RecordClass<PartyRef> pref(m, "PartyRef",
                               "A party named at an item, with the words printed there.");
    pref.def(py::init(
                 [](std::string party, std::string text, std::string text_en, std::string purpose) {
                     return PartyRef{std::move(party), std::move(text), std::move(text_en),
                                     std::move(purpose)};
                 }),
             "party"_a = "", "text"_a = "", "text_en"_a = "", "purpose"_a = "")
        .field("party", &PartyRef::party)
        .field("text", &PartyRef::text)
        .field("text_en", &PartyRef::text_en)
        .field("purpose", &PartyRef::purpose)
        .def("__repr__",
             [](const PartyRef& r) { return "PartyRef('" + r.party + "', '" + r.text + "')"; });

    RecordClass<ScheduleEntry> entry(m, "ScheduleEntry", "One dated entry of a schedule.");
    entry.def(py::init<>())
        .field("label", &ScheduleEntry::label)
        .field("label_en", &ScheduleEntry::label_en)
        .field("date", &ScheduleEntry::date)
        .field("deadline", &ScheduleEntry::deadline)
        .field("source", &ScheduleEntry::source);

    RecordClass<StatedCount> count(m, "StatedCount", "A number of things the text states.");
    count.def(py::init<>())
        .field("of", &StatedCount::of)
        .field("value", &StatedCount::value)
        .field("kind", &StatedCount::kind)
        .field("text", &StatedCount::text)
        .field("source", &StatedCount::source);

    RecordClass<Goal> goal(m, "Goal",
                           "A goal: what the plan wants to reach, by when, and its targets.");
    goal.def(py::init<>())
        .field("id", &Goal::id)
        .field("title", &Goal::title)
        .field("title_en", &Goal::title_en)
        .field("summary", &Goal::summary)
        .field("deadline", &Goal::deadline)
        .field("targets", &Goal::targets)
        .field("source", &Goal::source)
        .field("notes", &Goal::notes)
        .def("__repr__", [](const Goal& g) { return "Goal('" + g.id + "')"; });

    RecordClass<Deliverable> deliverable(
        m, "Deliverable", "A product with its planned moments and who is responsible.");
    deliverable.def(py::init<>())
        .field("id", &Deliverable::id)
        .field("title", &Deliverable::title)
        .field("title_en", &Deliverable::title_en)
        .field("planned", &Deliverable::planned)
        .field("responsible", &Deliverable::responsible)
        .field("co_involved", &Deliverable::co_involved)
        .field("delivered", &Deliverable::delivered)
        .field("source", &Deliverable::source)
        .field("notes", &Deliverable::notes)
        .def("__repr__", [](const Deliverable& d) { return "Deliverable('" + d.id + "')"; });

    RecordClass<CouncilStep> council(m, "CouncilStep",
                                     "One involvement of the council at an action.");
    council.def(py::init<>())
        .field("role", &CouncilStep::role)
        .field("date", &CouncilStep::date)
        .field("text", &CouncilStep::text)
        .field("source", &CouncilStep::source);

    RecordClass<CrossReference> xref(m, "CrossReference",
                                     "A reference in the text to numbered steps.");
    xref.def(py::init<>())
        .field("text", &CrossReference::text)
        .field("steps", &CrossReference::steps)
        .field("kind", &CrossReference::kind)
        .field("source", &CrossReference::source);

    RecordClass<Action> action(m, "Action", "One step of a phase.");
    action.def(py::init<>())
        .field("id", &Action::id)
        .field("number", &Action::number)
        .field("number_inferred", &Action::number_inferred)
        .field("title", &Action::title)
        .field("title_en", &Action::title_en)
        .field("kind", &Action::kind)
        .field("interim_result", &Action::interim_result)
        .field("interim_result_en", &Action::interim_result_en)
        .field("schedule", &Action::schedule)
        .field("council", &Action::council)
        .field("after", &Action::after)
        .field("references", &Action::references)
        .field("responsible", &Action::responsible)
        .field("source", &Action::source)
        .field("notes", &Action::notes)
        .def("__repr__", [](const Action& a) {
            return "Action(" + (a.number ? std::to_string(*a.number) + ", " : std::string()) + "'" +
                   a.title + "')";
        });

    RecordClass<Phase> phase(m, "Phase", "A phase with its ordered actions and interim results.");
    phase.def(py::init<>())
        .field("id", &Phase::id)
        .field("number", &Phase::number)
        .field("title", &Phase::title)
        .field("title_en", &Phase::title_en)
        .field("summary", &Phase::summary)
        .field("actions", &Phase::actions)
        .field("results", &Phase::results)
        .field("source", &Phase::source)
        .field("notes", &Phase::notes)
        .def("__repr__", [](const Phase& p) {
            return "Phase('" + p.id + "', " + std::to_string(p.actions.size()) + " actions)";
        });

    RecordClass<Meeting> meeting(m, "Meeting", "One planned meeting.");
    meeting.def(py::init<>())
        .field("date", &Meeting::date)
        .field("topic", &Meeting::topic)
        .field("topic_en", &Meeting::topic_en)
        .field("source", &Meeting::source);

    RecordClass<FollowRule> follow(m, "FollowRule",
                                   "A series whose meetings follow another's at an offset.");
    follow.def(py::init<>())
        .field("series", &FollowRule::series)
        .field("offset_days", &FollowRule::offset_days)
        .field("text", &FollowRule::text)
        .field("source", &FollowRule::source);

    RecordClass<MeetingSeries> series(m, "MeetingSeries",
                                      "A meeting body and its planned meetings.");
    series.def(py::init<>())
        .field("id", &MeetingSeries::id)
        .field("body", &MeetingSeries::body)
        .field("body_en", &MeetingSeries::body_en)
        .field("purpose", &MeetingSeries::purpose)
        .field("lead", &MeetingSeries::lead)
        .field("participants", &MeetingSeries::participants)
        .field("meetings", &MeetingSeries::meetings)
        .field("follows", &MeetingSeries::follows)
        .field("stated_count", &MeetingSeries::stated_count)
        .field("source", &MeetingSeries::source)
        .field("notes", &MeetingSeries::notes)
        .def("__repr__", [](const MeetingSeries& s) {
            return "MeetingSeries('" + s.id + "', " + std::to_string(s.meetings.size()) +
                   " listed)";
        });

    RecordClass<TimeInvestment> time(m, "TimeInvestment",
                                     "A time investment: amount of unit every period, or on call.");
    time.def(py::init<>())
        .field("amount_low", &TimeInvestment::amount_low)
        .field("amount_high", &TimeInvestment::amount_high)
        .field("unit", &TimeInvestment::unit)
        .field("every_low", &TimeInvestment::every_low)
        .field("every_high", &TimeInvestment::every_high)
        .field("period", &TimeInvestment::period)
        .field("on_call", &TimeInvestment::on_call)
        .def("per_week", &TimeInvestment::per_week,
             "Amount per week (low, high) in the unit; None when on call or without a period.");
    m.def("parse_time_investment", &parse_time_investment, "text"_a,
          "Reads '3 dagen pw', 'eens per 3 à 4 weken', '2 uur per 2 weken', 'op afroep'; None when "
          "not understood.");

    RecordClass<Staffing> staffing(m, "Staffing",
                                   "A role in the project organisation and its time investment.");
    staffing.def(py::init<>())
        .field("role", &Staffing::role)
        .field("role_en", &Staffing::role_en)
        .field("who", &Staffing::who)
        .field("who_en", &Staffing::who_en)
        .field("party", &Staffing::party)
        .field("time_text", &Staffing::time_text)
        .field("time", &Staffing::time)
        .field("source", &Staffing::source)
        .def("__repr__",
             [](const Staffing& s) { return "Staffing('" + s.role + "', '" + s.time_text + "')"; });

    RecordClass<BudgetLine> line(m, "BudgetLine", "One line of a budget.");
    line.def(py::init<>())
        .field("key", &BudgetLine::key)
        .field("label", &BudgetLine::label)
        .field("label_en", &BudgetLine::label_en)
        .field("amount", &BudgetLine::amount)
        .field("pm", &BudgetLine::pm)
        .field("in_kind", &BudgetLine::in_kind)
        .field("cost_text", &BudgetLine::cost_text)
        .field("funders", &BudgetLine::funders)
        .field("funder_text", &BudgetLine::funder_text)
        .field("source", &BudgetLine::source);

    RecordClass<FunderTotal> funder(m, "FunderTotal", "Money per funder in a budget.");
    funder.def(py::init<>())
        .field("funder", &FunderTotal::funder)
        .field("amount", &FunderTotal::amount)
        .field("lines", &FunderTotal::lines)
        .field("pm_lines", &FunderTotal::pm_lines)
        .field("in_kind_lines", &FunderTotal::in_kind_lines)
        .def("__repr__", [](const FunderTotal& f) {
            return "FunderTotal('" + f.funder + "', " + detail::number(f.amount) + ")";
        });

    RecordClass<Budget> budget(
        m, "Budget", "A plan's budget: lines with funder and amount or PM, and a stated total.");
    budget.def(py::init<>())
        .field("id", &Budget::id)
        .field("title", &Budget::title)
        .field("title_en", &Budget::title_en)
        .field("currency", &Budget::currency)
        .field("decimals", &Budget::decimals)
        .field("lines", &Budget::lines)
        .field("stated_total", &Budget::stated_total)
        .field("total_source", &Budget::total_source)
        .field("source", &Budget::source)
        .field("notes", &Budget::notes)
        .def("sum", &Budget::sum, "The sum of the printed amounts.")
        .def("to_finance_table", &Budget::to_finance_table,
             "The budget as a one-column finance table.")
        .def("audit", &Budget::audit, "include_ok"_a = false,
             "The stated total checked against the lines.")
        .def("by_funder", &Budget::by_funder, "Money per funder.")
        .def("__repr__", [](const Budget& b) {
            return "Budget('" + b.id + "', " + std::to_string(b.lines.size()) + " lines)";
        });

    RecordClass<MonitorRound> round(m, "MonitorRound", "One round of a monitor.");
    round.def(py::init<>())
        .field("label", &MonitorRound::label)
        .field("label_en", &MonitorRound::label_en)
        .field("data_year", &MonitorRound::data_year)
        .field("zero_measurement", &MonitorRound::zero_measurement)
        .field("performed", &MonitorRound::performed)
        .field("source", &MonitorRound::source);

    RecordClass<Monitor> monitor(m, "Monitor",
                                 "An outcome monitor: its zero-measurement and follow-up rounds.");
    monitor.def(py::init<>())
        .field("id", &Monitor::id)
        .field("name", &Monitor::name)
        .field("name_en", &Monitor::name_en)
        .field("themes", &Monitor::themes)
        .field("responsible", &Monitor::responsible)
        .field("rounds", &Monitor::rounds)
        .field("source", &Monitor::source)
        .field("notes", &Monitor::notes)
        .def("zero_measurement_year", &Monitor::zero_measurement_year)
        .def("follow_ups", &Monitor::follow_ups);

    RecordClass<PlanEvent> event(m, "PlanEvent",
                                 "One dated event of a plan, with its date resolved.");
    event.def(py::init<>())
        .field("kind", &PlanEvent::kind)
        .field("id", &PlanEvent::id)
        .field("item", &PlanEvent::item)
        .field("path", &PlanEvent::path)
        .field("title", &PlanEvent::title)
        .field("title_en", &PlanEvent::title_en)
        .field("label", &PlanEvent::label)
        .field("date", &PlanEvent::date)
        .field("interval", &PlanEvent::interval)
        .field("due", &PlanEvent::due)
        .field("source", &PlanEvent::source)
        .def("__repr__", [](const PlanEvent& e) {
            return "PlanEvent(" + std::string(to_string(e.kind)) + ", '" + e.id + "', " +
                   e.interval.to_string() + ")";
        });

    RecordClass<PhaseSpan> span(m, "PhaseSpan", "A phase with its span on the calendar.");
    span.def(py::init<>())
        .field("phase", &PhaseSpan::phase)
        .field("title", &PhaseSpan::title)
        .field("interval", &PhaseSpan::interval)
        .def("__repr__", [](const PhaseSpan& s) {
            return "PhaseSpan('" + s.phase + "', " + s.interval.to_string() + ")";
        });

    RecordClass<PlanFinding> finding(m, "PlanFinding",
                                     "A consistency finding: kind, path and message.");
    finding.def(py::init<>())
        .field("kind", &PlanFinding::kind)
        .field("path", &PlanFinding::path)
        .field("message", &PlanFinding::message)
        .def("__repr__", [](const PlanFinding& f) {
            return "PlanFinding(" + f.kind + ", " + f.path + ": " + f.message + ")";
        });
}

void register_trend_break(py::module_& m) {
    plan_enum<TrendBreakVerdict>(m, "TrendBreakVerdict", "The verdict on a comparative target.",
                                 {{"achieved", TrendBreakVerdict::achieved},
                                  {"not_achieved", TrendBreakVerdict::not_achieved},
                                  {"not_assessable", TrendBreakVerdict::not_assessable}});
    plan_enum<ChangeMeasure>(
        m, "ChangeMeasure", "How the two groups' changes are compared.",
        {{"relative", ChangeMeasure::relative}, {"points", ChangeMeasure::points}});

    RecordClass<GroupChange> group(m, "GroupChange", "One group's change between the two points.");
    group.def(py::init<>())
        .field("name", &GroupChange::name)
        .field("start_date", &GroupChange::start_date)
        .field("start", &GroupChange::start)
        .field("end_date", &GroupChange::end_date)
        .field("end", &GroupChange::end)
        .field("change_points", &GroupChange::change_points)
        .field("change_percent", &GroupChange::change_percent);

    RecordClass<TrendBreakResult> result(
        m, "TrendBreakResult", "The verdict on a comparative target with the numbers behind it.");
    result.def(py::init<>())
        .field("verdict", &TrendBreakResult::verdict)
        .field("measure", &TrendBreakResult::measure)
        .field("direction", &TrendBreakResult::direction)
        .field("target_group", &TrendBreakResult::target_group)
        .field("comparison_group", &TrendBreakResult::comparison_group)
        .field("margin", &TrendBreakResult::margin)
        .field("ratio_start", &TrendBreakResult::ratio_start)
        .field("ratio_end", &TrendBreakResult::ratio_end)
        .field("explanation", &TrendBreakResult::explanation)
        .def("__repr__",
             [](const TrendBreakResult& r) { return "TrendBreakResult(" + r.explanation + ")"; });

    m.def(
        "assess_trend_break",
        [](const Series& tg, const Series& cg, const When& start, const When& end,
           const py::object& direction, const py::object& measure) {
            return assess_trend_break(
                tg, cg, start, end,
                enum_arg<Direction>(direction, direction_from_string, "direction"),
                enum_arg<ChangeMeasure>(measure, change_measure_from_string, "measure"));
        },
        "target_group"_a, "comparison_group"_a, "start"_a, "end"_a,
        "direction"_a = "lower_is_better", "measure"_a = "relative",
        "Judges a comparative target ('trendbreuk'): did the target group improve, and faster than "
        "the comparison group?");
    m.def(
        "assess_trend_break_target",
        [](const Target& t, const Series& tg, const Series& cg, const py::object& measure) {
            return assess_trend_break(
                t, tg, cg, enum_arg<ChangeMeasure>(measure, change_measure_from_string, "measure"));
        },
        "target"_a, "target_group"_a, "comparison_group"_a, "measure"_a = "relative",
        "Judges a target with a comparative milestone, from its baseline to that milestone.");
}

void register_plan_class(py::module_& m) {
    py::class_<Plan> plan(m, "Plan", "A programme or process plan, queryable as of a date.");
    plan.def(py::init<>())
        .def_readwrite("id", &Plan::id)
        .def_readwrite("title", &Plan::title)
        .def_readwrite("title_en", &Plan::title_en)
        .def_readwrite("genre", &Plan::genre)
        .def_readwrite("date", &Plan::date)
        .def_readwrite("version", &Plan::version)
        .def_readwrite("year", &Plan::year)
        .def_readwrite("organisation", &Plan::organisation)
        .def_readwrite("organisation_en", &Plan::organisation_en)
        .def_readwrite("summary", &Plan::summary)
        .def_readwrite("source", &Plan::source)
        .def_readwrite("parties", &Plan::parties)
        .def_readwrite("goals", &Plan::goals)
        .def_readwrite("phases", &Plan::phases)
        .def_readwrite("deliverables", &Plan::deliverables)
        .def_readwrite("meetings", &Plan::meetings)
        .def_readwrite("staffing", &Plan::staffing)
        .def_readwrite("budget", &Plan::budget)
        .def_readwrite("monitor", &Plan::monitor)
        .def_readwrite("council_every_phase", &Plan::council_every_phase)
        .def_readwrite("council_source", &Plan::council_source)
        .def_readwrite("stated_counts", &Plan::stated_counts)
        .def_readwrite("notes", &Plan::notes)
        .def("party", &Plan::party, "id"_a, "Raises NotFoundError (a KeyError) when absent.")
        .def("action", &Plan::action, "number"_a, "The action with a step number.")
        .def("meeting_series", &Plan::meeting_series, "id"_a)
        .def("deliverable", &Plan::deliverable, "id"_a)
        .def("actions", &Plan::actions, "Every action, in phase order.")
        .def("meetings_of", &Plan::meetings_of, "series"_a,
             "The meetings of a series, derived ones included.")
        .def("interval_of", &Plan::interval_of, "id"_a,
             "The interval of an item or event by id; None when there is none.")
        .def("resolve", &Plan::resolve, "date"_a,
             "Resolves a date of this plan (relative dates through the plan).")
        .def("events", &Plan::events, "Every dated event, in plan order.")
        .def("events_between", &Plan::events_between, "start"_a, "stop"_a,
             "Events overlapping [start, stop].")
        .def("due", &Plan::due, "as_of"_a, "within_days"_a = 0,
             "Due dates falling in [as_of, as_of + within_days].")
        .def("overdue", &Plan::overdue, "as_of"_a,
             "Due dates that ended before as_of (not delivered).")
        .def("upcoming", &Plan::upcoming, "as_of"_a, "Events starting after as_of, in date order.")
        .def("next_meetings", &Plan::next_meetings, "as_of"_a,
             "For each meeting body, its first meeting on or after as_of.")
        .def("phase_spans", &Plan::phase_spans)
        .def("phases_in_progress", &Plan::phases_in_progress, "as_of"_a)
        .def("budget_by_funder", &Plan::budget_by_funder)
        .def("findings", &Plan::findings, "Consistency findings a reader wants flagged.")
        .def("problems", &Plan::problems, "Structural problems ('path: message').")
        .def("count_actions", &Plan::count_actions)
        .def("count_meetings", &Plan::count_meetings)
        .def(
            "to_ics",
            [](const Plan& p, const std::string& stamp, bool meetings, bool deadlines,
               const std::string& domain) {
                IcsOptions o;
                o.stamp = stamp;
                o.meetings = meetings;
                o.deadlines = deadlines;
                o.domain = domain;
                return to_ics(p, o);
            },
            "stamp"_a = "", "meetings"_a = true, "deadlines"_a = true,
            "domain"_a = "charterkit.invalid",
            "The meetings and deadlines as an iCalendar (RFC 5545) text.")
        .def(
            "to_json", [](const Plan& p, int indent) { return to_json(p, indent); }, "indent"_a = 2)
        .def_static(
            "from_json",
            [](const std::string& s, const std::string& name) { return parse_plan(s, name); },
            "text"_a, "name"_a = "<string>")
        .def(
            "__eq__", [](const Plan& a, const Plan& b) { return a == b; }, py::is_operator())
        .def("__repr__",
             [](const Plan& p) {
                 return "Plan('" + p.id + "', " + std::to_string(p.phases.size()) + " phases, " +
                        std::to_string(p.deliverables.size()) + " deliverables, " +
                        std::to_string(p.meetings.size()) + " meeting series)";
             })
        .def(py::pickle(
            [](const Plan& p) { return py::make_tuple(record_state_version, to_json(p, -1)); },
            [](const py::tuple& t) {
                if (t.size() != 2 || t[0].cast<int>() != record_state_version)
                    throw InvalidInputError(
                        "Plan: cannot unpickle state of another version or shape");
                return parse_plan(t[1].cast<std::string>(), "<pickle>");
            }));

    m.def("load_plan", &load_plan, "path"_a,
          "Reads a plan file. Raises ParseError or ValidationError (.problems).");
    m.def("loads_plan", &parse_plan, "text"_a, "name"_a = "<string>",
          "Reads a plan from JSON text.");
    m.def(
        "dumps_plan", [](const Plan& p, int indent) { return to_json(p, indent); }, "plan"_a,
        "indent"_a = 2);
    m.def("save_plan", &save_plan, "plan"_a, "path"_a, "indent"_a = 2);
    m.def("validate_plan_file", &validate_plan_file, "path"_a,
          "Every problem of a plan file; empty when valid.");
    m.def("validate_plan_text", &validate_plan_text, "text"_a, "name"_a = "<string>");
    m.def(
        "to_ics",
        [](const Plan& p, const std::string& stamp, bool meetings, bool deadlines,
           const std::string& domain) {
            IcsOptions o;
            o.stamp = stamp;
            o.meetings = meetings;
            o.deadlines = deadlines;
            o.domain = domain;
            return to_ics(p, o);
        },
        "plan"_a, "stamp"_a = "", "meetings"_a = true, "deadlines"_a = true,
        "domain"_a = "charterkit.invalid",
        "The plan's meetings and deadlines as an iCalendar (RFC 5545) text.");
    m.def("ics_escape", &ics_escape, "text"_a, "Escapes an iCalendar TEXT value.");
    m.def("ics_fold", &ics_fold, "line"_a, "Folds an iCalendar content line at 75 octets.");

    RecordClass<PlanManifestEntry> entry(m, "PlanManifestEntry",
                                         "What the plans manifest says of one plan file.");
    entry.def(py::init<>())
        .field("file", &PlanManifestEntry::file)
        .field("id", &PlanManifestEntry::id)
        .field("goals", &PlanManifestEntry::goals)
        .field("phases", &PlanManifestEntry::phases)
        .field("actions", &PlanManifestEntry::actions)
        .field("deliverables", &PlanManifestEntry::deliverables)
        .field("meeting_series", &PlanManifestEntry::meeting_series)
        .field("meetings", &PlanManifestEntry::meetings);

    RecordClass<PlanSet> set(m, "PlanSet", "Several plans with their manifest.");
    set.def(py::init<>())
        .field("name", &PlanSet::name)
        .field("version", &PlanSet::version)
        .field("description", &PlanSet::description)
        .field("plans", &PlanSet::plans)
        .field("manifest", &PlanSet::manifest)
        .def("plan", &PlanSet::plan, "id"_a, "Raises NotFoundError (a KeyError) when absent.")
        .def("__len__", [](const PlanSet& s) { return s.plans.size(); })
        .def(
            "__iter__",
            [](const PlanSet& s) { return py::make_iterator(s.plans.begin(), s.plans.end()); },
            py::keep_alive<0, 1>())
        .def("__repr__", [](const PlanSet& s) {
            return "PlanSet('" + s.name + "', " + std::to_string(s.plans.size()) + " plans)";
        });
    m.def("load_plan_set", &load_plan_set, "folder"_a,
          "Loads a folder of plan files with its manifest.json.");
}

} // namespace

void register_plan(py::module_& m) {
    register_dates(m);
    register_items(m);
    register_trend_break(m);
    register_plan_class(m);
}

} // namespace charterkit::python
