/// @file plan.hpp
/// Programme and process plans (seeds 000-003): goals with targets, phases with ordered actions,
/// deliverables, meeting series, staffing, a budget and a monitor — with the queries a programme
/// manager asks as of a date and the consistency checks a careful reader makes.
///
/// Design note. Every dated thing of a plan carries a PlanDate (plan_date.hpp) exactly as printed,
/// and every PlanDate resolves to an interval of days. Relative dates name another event of the
/// same plan by id; Plan::interval_of resolves ids:
///   - an action id, a deliverable id, a goal id, a phase id: the item's whole span;
///   - "<series id>#<n>": the n-th (1-based) meeting of a meeting series.
/// Plan::events() flattens the plan into dated events (meetings, deliverable steps, action steps,
/// council steps, goal deadlines, monitor rounds); the date queries filter that list. The due date
/// of a deliverable is its last planned entry; of an action, its entry marked `deadline`, else its
/// last entry.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/detail/enum_names.hpp"
#include "charterkit/error.hpp"
#include "charterkit/finance.hpp"
#include "charterkit/party.hpp"
#include "charterkit/plan_date.hpp"
#include "charterkit/source.hpp"
#include "charterkit/target.hpp"

#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// A party named at an item, with the words printed there ("Alle partijen", "BZK (WWI)").
struct PartyRef {
    std::string party;   ///< party id in the plan; empty when the words name no listed party
    std::string text;    ///< as printed (Dutch)
    std::string text_en; ///< English gloss
    std::string purpose; ///< English: what the party is involved for ("supplying information")
    /// Field-by-field equality.
    friend bool operator==(const PartyRef& a, const PartyRef& b) {
        return a.party == b.party && a.text == b.text && a.text_en == b.text_en &&
               a.purpose == b.purpose;
    }
};

/// One dated entry of a schedule ("Mei 2011: vaststellen informatiebehoefte").
struct ScheduleEntry {
    std::string label;            ///< as printed ("concept gereed"); may be empty
    std::string label_en;         ///< English gloss
    PlanDate date;                ///< the date as printed, with what it means
    bool deadline = false;        ///< printed as a deadline ("Deadline: 1 oktober", "uiterlijk")
    std::optional<Source> source; ///< where the entry is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const ScheduleEntry& a, const ScheduleEntry& b) {
        return a.label == b.label && a.label_en == b.label_en && a.date == b.date &&
               a.deadline == b.deadline && a.source == b.source;
    }
};

/// How a stated count binds.
enum class CountKind {
    exact,      ///< "vijf bijeenkomsten"
    at_least,   ///< "ten minste één"
    at_most,    ///< "maximaal vier"
    provisional ///< "vooralsnog vier": exact for now
};

/// A number of things the text states ("Vijf bijeenkomsten", "vijf brokken", "vijf acties").
struct StatedCount {
    std::string
        of; ///< what is counted: "phases", "actions", "deliverables", "goals", "meetings:<series
            ///< id>", "actions:<phase id>" (inside a meeting series: empty, meaning its meetings)
    int value = 0;                     ///< the number stated (5 for "vijf")
    CountKind kind = CountKind::exact; ///< how the number binds
    std::string text;                  ///< as printed
    std::optional<Source> source;      ///< where the count is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const StatedCount& a, const StatedCount& b) {
        return a.of == b.of && a.value == b.value && a.kind == b.kind && a.text == b.text &&
               a.source == b.source;
    }
};

/// A goal: what the plan wants to reach, by when, and measurably (targets) where it says so.
struct Goal {
    std::string id;       ///< identifier ("trendbreuk"), unique among the plan's item ids
    std::string title;    ///< a short label as printed (Dutch)
    std::string title_en; ///< English gloss
    std::string summary;  ///< English, own words
    std::optional<PlanDate> deadline; ///< by when ("eind 2012"); unset when the text gives no date
    std::vector<Target> targets;      ///< e.g. the comparative "trendbreuk" targets of seed 000
    std::optional<Source> source;     ///< where the goal is printed; unset when not recorded
    std::vector<std::string> notes;   ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const Goal& a, const Goal& b) {
        return a.id == b.id && a.title == b.title && a.title_en == b.title_en &&
               a.summary == b.summary && a.deadline == b.deadline && a.targets == b.targets &&
               a.source == b.source && a.notes == b.notes;
    }
};

/// A product with its planned moments and who is responsible (seed 000 section 7B).
struct Deliverable {
    std::string id;       ///< identifier ("communicatieplan"), unique among the plan's item ids
    std::string title;    ///< as printed
    std::string title_en; ///< English gloss
    std::vector<ScheduleEntry> planned; ///< in printed order; the last one is the due date
    std::vector<PartyRef> responsible;  ///< primary responsibility ("Primair verantwoordelijk")
    std::vector<PartyRef> co_involved;  ///< "Medebetrokkenen"
    std::optional<Date> delivered;      ///< when it was delivered (not in the seeds; set by users)
    std::optional<Source> source;   ///< where the deliverable is printed; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const Deliverable& a, const Deliverable& b) {
        return a.id == b.id && a.title == b.title && a.title_en == b.title_en &&
               a.planned == b.planned && a.responsible == b.responsible &&
               a.co_involved == b.co_involved && a.delivered == b.delivered &&
               a.source == b.source && a.notes == b.notes;
    }
};

/// What the council does at a step.
enum class CouncilRole {
    none,         ///< printed "geen"
    input,        ///< gives input ("input leveren")
    work_session, ///< a work session ("werksessie")
    information,  ///< is informed ("infobijeenkomst")
    consent,      ///< consents ("instemmen")
    adopt,        ///< adopts ("vaststellen")
    other         ///< any other involvement (the text says which)
};

/// One involvement of the council at an action.
struct CouncilStep {
    CouncilRole role = CouncilRole::other; ///< what the council does
    std::optional<PlanDate> date;          ///< when; unset when the column gives no date
    std::string text;                      ///< as printed
    std::optional<Source> source;          ///< where the step is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const CouncilStep& a, const CouncilStep& b) {
        return a.role == b.role && a.date == b.date && a.text == b.text && a.source == b.source;
    }
};

/// A reference in the text to numbered steps ("de conferenties (14 en 15)").
struct CrossReference {
    std::string text;       ///< as printed
    std::vector<int> steps; ///< the step numbers referred to
    std::string kind; ///< what the text calls them (an action kind, e.g. "conference"); empty: any
    std::optional<Source> source; ///< where the reference is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const CrossReference& a, const CrossReference& b) {
        return a.text == b.text && a.steps == b.steps && a.kind == b.kind && a.source == b.source;
    }
};

/// One step of a phase.
struct Action {
    std::string id;               ///< identifier ("s17"), unique among the plan's item ids
    std::optional<int> number;    ///< the step number (printed, or inferred from the order)
    bool number_inferred = false; ///< the text does not print the number; it follows from the order
    std::string title;            ///< as printed
    std::string title_en;         ///< English gloss
    std::string
        kind; ///< English tag: "conference", "meeting", "decision", "research", ... (may be empty)
    std::string interim_result;          ///< "Tussenresultaat" as printed
    std::string interim_result_en;       ///< English gloss of the interim result
    std::vector<ScheduleEntry> schedule; ///< "Planning", in printed order
    std::vector<CouncilStep> council;    ///< "Betrokkenheid raad"; empty when the column is blank
    std::vector<int> after;              ///< step numbers this step must follow
    std::vector<CrossReference> references; ///< references in the text to other numbered steps
    std::vector<PartyRef> responsible;      ///< who carries the step out; empty when not printed
    std::optional<Source> source;           ///< where the step is printed; unset when not recorded
    std::vector<std::string> notes;         ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const Action& a, const Action& b) {
        return a.id == b.id && a.number == b.number && a.number_inferred == b.number_inferred &&
               a.title == b.title && a.title_en == b.title_en && a.kind == b.kind &&
               a.interim_result == b.interim_result && a.interim_result_en == b.interim_result_en &&
               a.schedule == b.schedule && a.council == b.council && a.after == b.after &&
               a.references == b.references && a.responsible == b.responsible &&
               a.source == b.source && a.notes == b.notes;
    }
};

/// A phase of a plan with its ordered actions and the results it should yield.
struct Phase {
    std::string id; ///< identifier ("analyse"), unique among the plan's item ids
    std::optional<int>
        number;           ///< the phase number as printed (1-based); unset when none is printed
    std::string title;    ///< as printed
    std::string title_en; ///< English gloss
    std::string summary;  ///< English, own words
    std::vector<Action> actions; ///< the phase's steps, in order
    std::vector<Deliverable>
        results; ///< interim results of the phase ("Tussenresultaten december 2021")
    std::optional<Source> source;   ///< where the phase is printed; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const Phase& a, const Phase& b) {
        return a.id == b.id && a.number == b.number && a.title == b.title &&
               a.title_en == b.title_en && a.summary == b.summary && a.actions == b.actions &&
               a.results == b.results && a.source == b.source && a.notes == b.notes;
    }
};

/// One planned meeting.
struct Meeting {
    PlanDate date;                ///< when, as printed (or derived through a FollowRule)
    std::string topic;            ///< as printed (a theme session's subject)
    std::string topic_en;         ///< English gloss of the topic
    std::optional<Source> source; ///< where the meeting is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Meeting& a, const Meeting& b) {
        return a.date == b.date && a.topic == b.topic && a.topic_en == b.topic_en &&
               a.source == b.source;
    }
};

/// A series whose meetings follow another's at an offset ("twee weken voorafgaand aan het AO").
struct FollowRule {
    std::string series;           ///< the other series' id
    int offset_days = 0;          ///< -14 for two weeks before
    std::string text;             ///< as printed
    std::optional<Source> source; ///< where the rule is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const FollowRule& a, const FollowRule& b) {
        return a.series == b.series && a.offset_days == b.offset_days && a.text == b.text &&
               a.source == b.source;
    }
};

/// A meeting body and its planned meetings (seed 000 section 7).
struct MeetingSeries {
    std::string id;      ///< identifier ("ambtelijk-overleg"); "<id>#<n>" names its n-th meeting
    std::string body;    ///< as printed ("Ambtelijk Overleg")
    std::string body_en; ///< English gloss
    std::string purpose; ///< English, own words
    std::vector<PartyRef> lead;              ///< "Opdrachtgever/trekker"
    std::vector<PartyRef> participants;      ///< "Deelnemers/doelgroep"
    std::vector<Meeting> meetings;           ///< listed dates in printed order
    std::optional<FollowRule> follows;       ///< meetings derived from another series
    std::optional<StatedCount> stated_count; ///< "Aantal" (per year of the plan)
    std::optional<Source> source;   ///< where the series is printed; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English
    /// Field-by-field equality.
    friend bool operator==(const MeetingSeries& a, const MeetingSeries& b) {
        return a.id == b.id && a.body == b.body && a.body_en == b.body_en &&
               a.purpose == b.purpose && a.lead == b.lead && a.participants == b.participants &&
               a.meetings == b.meetings && a.follows == b.follows &&
               a.stated_count == b.stated_count && a.source == b.source && a.notes == b.notes;
    }
};

/// Units of a time investment.
enum class TimeUnit {
    hour,    ///< hours ("uur")
    day,     ///< days ("dag", "dagen")
    occasion ///< a number of times ("eens", "keer"); also the unit of "op afroep"
};
/// The period a time investment recurs over.
enum class TimePeriod {
    none,  ///< no period printed ("2 dagen"), or on call
    week,  ///< per week ("pw", "per 2 weken")
    month, ///< per month
    year   ///< per year
};

/// A time investment in parsed form: amount [low, high] of `unit` every [every_low, every_high]
/// `period`s, or on call. "3 dagen pw" = 3 day / 1 week; "eens per 3 à 4 weken" = 1 occasion / 3-4
/// weeks; "2 uur per 2 weken" = 2 hour / 2 weeks; "op afroep" = on call.
struct TimeInvestment {
    double amount_low = 0.0;  ///< smallest amount in `unit` (3 in "3 dagen pw"); 0 when on call
    double amount_high = 0.0; ///< largest amount; equals amount_low unless a range is printed
    TimeUnit unit = TimeUnit::day; ///< what the amount counts
    double every_low = 1.0;  ///< the recurrence in periods, low end (3 in "eens per 3 à 4 weken")
    double every_high = 1.0; ///< the recurrence in periods, high end (4 in "eens per 3 à 4 weken")
    TimePeriod period =
        TimePeriod::none; ///< the period the amount recurs over; none when not printed
    bool on_call = false; ///< "op afroep": no fixed amount

    /// Amount per week [low, high] in `unit` (a month is 52/12 weeks, a year 52); empty when on
    /// call or without a period.
    std::optional<std::pair<double, double>> per_week() const;
    /// Field-by-field equality.
    friend bool operator==(const TimeInvestment& a, const TimeInvestment& b) {
        return a.amount_low == b.amount_low && a.amount_high == b.amount_high && a.unit == b.unit &&
               a.every_low == b.every_low && a.every_high == b.every_high && a.period == b.period &&
               a.on_call == b.on_call;
    }
};

/// Reads a printed time investment ("3 dagen pw", "1 dag pw", "2 uur per 2 weken", "Eens per 3 a 4
/// weken", "eens per 3 à 4 weken", "Op afroep", "2 dagen"); nothing when the words are not
/// understood.
std::optional<TimeInvestment> parse_time_investment(const std::string& text);

/// A role in the project organisation and its time investment.
struct Staffing {
    std::string role;    ///< as printed ("Projectleider")
    std::string role_en; ///< English gloss of the role
    std::string
        who; ///< as printed ("n.t.b.", "Afdelingshoofd MO, gemeentesecretaris, wethouder Jeugd")
    std::string who_en;                 ///< English gloss of who
    std::string party;                  ///< party id, when one
    std::string time_text;              ///< as printed ("3 dagen pw")
    std::optional<TimeInvestment> time; ///< parsed form, where the words allow
    std::optional<Source> source;       ///< where the role is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Staffing& a, const Staffing& b) {
        return a.role == b.role && a.role_en == b.role_en && a.who == b.who &&
               a.who_en == b.who_en && a.party == b.party && a.time_text == b.time_text &&
               a.time == b.time && a.source == b.source;
    }
};

/// One line of a budget.
struct BudgetLine {
    std::string key;                  ///< identifier within the budget ("procesbegeleiding")
    std::string label;                ///< as printed
    std::string label_en;             ///< English gloss
    std::optional<double> amount;     ///< euros, when a number is printed
    bool pm = false;                  ///< "PM" printed (not yet quantified)
    bool in_kind = false;             ///< borne by regular work or another contract ("Regulier")
    std::string cost_text;            ///< the cost cell as printed when it is more than a number
    std::vector<std::string> funders; ///< party ids
    std::string funder_text;          ///< the funding cell as printed
    std::optional<Source> source;     ///< where the line is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const BudgetLine& a, const BudgetLine& b) {
        return a.key == b.key && a.label == b.label && a.label_en == b.label_en &&
               a.amount == b.amount && a.pm == b.pm && a.in_kind == b.in_kind &&
               a.cost_text == b.cost_text && a.funders == b.funders &&
               a.funder_text == b.funder_text && a.source == b.source;
    }
};

/// Money per funder in a budget. Lines with several funders go to the joint key "a+b" (the text
/// does not split them).
struct FunderTotal {
    std::string funder;       ///< party id, or the joint key "a+b" of lines with several funders
    double amount = 0.0;      ///< sum of the printed amounts
    std::size_t lines = 0;    ///< lines counted
    std::size_t pm_lines = 0; ///< of which carry a PM
    std::size_t in_kind_lines = 0; ///< of which are borne by regular work
    /// Field-by-field equality.
    friend bool operator==(const FunderTotal& a, const FunderTotal& b) {
        return a.funder == b.funder && a.amount == b.amount && a.lines == b.lines &&
               a.pm_lines == b.pm_lines && a.in_kind_lines == b.in_kind_lines;
    }
};

/// A plan's budget: lines with funder and amount or PM, and the total the text states.
struct Budget {
    std::string id;                     ///< identifier ("begroting-2011")
    std::string title;                  ///< as printed
    std::string title_en;               ///< English gloss
    std::string currency = "EUR";       ///< currency code of the amounts (ISO 4217)
    int decimals = 0;                   ///< printed precision of the amounts
    std::vector<BudgetLine> lines;      ///< the lines in printed order
    std::optional<double> stated_total; ///< the printed total, if any
    std::optional<Source> total_source; ///< where the total is printed; unset when not recorded
    std::optional<Source> source;       ///< where the budget is printed; unset when not recorded
    std::vector<std::string> notes;     ///< encoder's remarks in English

    /// The sum of the printed amounts.
    double sum() const;
    /// The budget as a one-column finance table (rows: the lines, and a total row when a total is
    /// stated), so the charters' audit applies.
    FinanceTable to_finance_table() const;
    /// The audit of the stated total against the lines (empty when no total is stated).
    /// @param include_ok also return an agreeing total
    std::vector<AuditFinding> audit(bool include_ok = false) const;
    /// Money per funder, in the order funders first appear.
    std::vector<FunderTotal> by_funder() const;
    /// Field-by-field equality.
    friend bool operator==(const Budget& a, const Budget& b) {
        return a.id == b.id && a.title == b.title && a.title_en == b.title_en &&
               a.currency == b.currency && a.decimals == b.decimals && a.lines == b.lines &&
               a.stated_total == b.stated_total && a.total_source == b.total_source &&
               a.source == b.source && a.notes == b.notes;
    }
};

/// One round of a monitor.
struct MonitorRound {
    std::string label;             ///< as printed ("0-meting", "Monitor 2011 (over jaar 2010)")
    std::string label_en;          ///< English gloss
    int data_year = 2000;          ///< the year the data describe
    bool zero_measurement = false; ///< the round is the zero-measurement ("0-meting"), the baseline
    std::optional<PlanDate> performed; ///< when the round is (to be) carried out
    std::optional<Source> source;      ///< where the round is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const MonitorRound& a, const MonitorRound& b) {
        return a.label == b.label && a.label_en == b.label_en && a.data_year == b.data_year &&
               a.zero_measurement == b.zero_measurement && a.performed == b.performed &&
               a.source == b.source;
    }
};

/// An outcome monitor: its zero-measurement and follow-up rounds.
struct Monitor {
    std::string id;      ///< identifier ("monitor"); "<id>@<n>" names its n-th round's event
    std::string name;    ///< as printed
    std::string name_en; ///< English gloss
    std::vector<std::string> themes;   ///< English ("school drop-out", ...)
    std::vector<PartyRef> responsible; ///< who carries the monitor out
    std::vector<MonitorRound> rounds;  ///< the zero-measurement and follow-ups, in printed order
    std::optional<Source> source;      ///< where the monitor is described; unset when not recorded
    std::vector<std::string> notes;    ///< encoder's remarks in English

    /// The data year of the zero-measurement, if there is one.
    std::optional<int> zero_measurement_year() const {
        for (const auto& r : rounds)
            if (r.zero_measurement) return r.data_year;
        return std::nullopt;
    }
    /// The rounds after the zero-measurement.
    std::vector<MonitorRound> follow_ups() const {
        std::vector<MonitorRound> out;
        for (const auto& r : rounds)
            if (!r.zero_measurement) out.push_back(r);
        return out;
    }
    /// Field-by-field equality.
    friend bool operator==(const Monitor& a, const Monitor& b) {
        return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.themes == b.themes &&
               a.responsible == b.responsible && a.rounds == b.rounds && a.source == b.source &&
               a.notes == b.notes;
    }
};

/// What kind of dated event.
enum class EventKind {
    meeting,     ///< a meeting of a series, listed or derived (id "<series>#<n>")
    deliverable, ///< a planned entry of a deliverable (id "<deliverable>@<n>")
    action,      ///< a schedule entry of an action (id "<action>@<n>")
    council,     ///< a council step of an action (id "<action>:council@<n>")
    goal,        ///< a goal's deadline (id: the goal's id)
    monitor,     ///< a monitor round (id "<monitor>@<n>")
    phase_result ///< a planned entry of a phase's interim result (id "<result>@<n>")
};

/// One dated event of a plan, with its date resolved.
struct PlanEvent {
    EventKind kind = EventKind::meeting; ///< what kind of event
    std::string id; ///< unique within the plan ("ambtelijk-overleg#2", "communicatieplan@1")
    std::string
        item; ///< the id of the item it belongs to (series, deliverable, action, goal, monitor)
    std::string path;      ///< where it stands in the file ("meetings[1].meetings[0]")
    std::string title;     ///< the item's title as printed
    std::string title_en;  ///< English gloss of the title
    std::string label;     ///< the entry's label as printed ("concept gereed", a session's topic)
    PlanDate date;         ///< the date as printed
    DateInterval interval; ///< resolved (open on a side when the text leaves it open)
    /// This event is the item's due date (a deliverable's last entry, an action's deadline).
    bool due = false;
    std::optional<Source> source; ///< where the entry is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const PlanEvent& a, const PlanEvent& b) {
        return a.kind == b.kind && a.id == b.id && a.item == b.item && a.path == b.path &&
               a.title == b.title && a.title_en == b.title_en && a.label == b.label &&
               a.date == b.date && a.interval == b.interval && a.due == b.due &&
               a.source == b.source;
    }
};

/// A phase with its span on the calendar.
struct PhaseSpan {
    std::string phase;     ///< phase id
    std::string title;     ///< the phase's title as printed
    DateInterval interval; ///< from the earliest to the latest day of its dated actions and results
    /// Field-by-field equality.
    friend bool operator==(const PhaseSpan& a, const PhaseSpan& b) {
        return a.phase == b.phase && a.title == b.title && a.interval == b.interval;
    }
};

/// A consistency finding: where and what.
struct PlanFinding {
    std::string kind;    ///< "order", "reference", "count", "council", "date", "budget"
    std::string path;    ///< e.g. "phases[4].actions[3]"
    std::string message; ///< what is wrong, in English
    /// Field-by-field equality.
    friend bool operator==(const PlanFinding& a, const PlanFinding& b) {
        return a.kind == b.kind && a.path == b.path && a.message == b.message;
    }
};

/// A plan.
struct Plan {
    std::string id;       ///< slug ("samenwerkingsverband-2011"), unique within the data set
    std::string title;    ///< as printed
    std::string title_en; ///< English gloss
    std::string genre; ///< English: "annual plan", "process plan", "step plan", "regional approach"
    std::optional<Date> date;     ///< the document's date (years left implicit are taken from it)
    std::string version;          ///< as printed ("Conceptversie: 11 juni 2021")
    std::optional<int> year;      ///< the year the plan is for ("Jaarplan 2011")
    std::string organisation;     ///< as printed
    std::string organisation_en;  ///< English gloss
    std::string summary;          ///< English, own words
    std::optional<Source> source; ///< the seed document; unset when not recorded
    std::vector<Party> parties;   ///< everybody with a role
    std::vector<Goal> goals;      ///< what the plan wants to reach
    std::vector<Phase> phases;    ///< phases with ordered actions; empty for a plan without
    std::vector<Deliverable> deliverables; ///< products with planned moments and responsibility
    std::vector<MeetingSeries> meetings;   ///< bodies with their planned meetings
    std::vector<Staffing> staffing;        ///< the project organisation and time per role
    std::optional<Budget> budget;          ///< unset when the plan has no budget
    std::optional<Monitor> monitor;        ///< unset when the plan has no monitor
    bool council_every_phase = false;      ///< the plan promises the council a part in every phase
    std::optional<Source> council_source;  ///< where it says so
    std::vector<StatedCount>
        stated_counts;              ///< numbers the text states ("vijf brokken"); see findings()
    std::vector<std::string> notes; ///< encoder's remarks in English

    /// The party with that id. @throws NotFoundError
    const Party& party(const std::string& id) const;
    /// The action with a step number. @throws NotFoundError
    const Action& action(int number) const;
    /// The meeting series with an id. @throws NotFoundError
    const MeetingSeries& meeting_series(const std::string& id) const;
    /// The deliverable with an id. @throws NotFoundError
    const Deliverable& deliverable(const std::string& id) const;

    /// Every action, in phase order.
    std::vector<Action> actions() const;
    /// The meetings of a series, derived ones (FollowRule) included. @throws NotFoundError
    std::vector<Meeting> meetings_of(const std::string& series) const;
    /// The interval of an event or item by id (see the file note); nothing when there is none.
    /// @throws InvalidInputError for a cycle of relative dates.
    std::optional<DateInterval> interval_of(const std::string& id) const;
    /// Resolves a date of this plan (relative dates through interval_of).
    /// @throws NotFoundError for a relative date whose anchor does not exist
    DateInterval resolve(const PlanDate& date) const;

    /// Every dated event, in plan order. Events whose relative anchor is missing are left out
    /// (findings() reports them).
    std::vector<PlanEvent> events() const;
    /// Events overlapping [from, to]. @throws InvalidInputError when to < from.
    std::vector<PlanEvent> events_between(const Date& from, const Date& to) const;
    /// Due-date events (deliverables and actions) whose due interval overlaps [as_of, as_of +
    /// within_days]: what is due now, or within the coming days.
    std::vector<PlanEvent> due(const Date& as_of, int within_days = 0) const;
    /// Due-date events whose interval ended before as_of and whose item is not delivered by then.
    std::vector<PlanEvent> overdue(const Date& as_of) const;
    /// Events starting after as_of (their first day > as_of), in date order.
    std::vector<PlanEvent> upcoming(const Date& as_of) const;
    /// For each meeting series, its first meeting that does not start before as_of.
    std::vector<PlanEvent> next_meetings(const Date& as_of) const;
    /// Every phase's span.
    std::vector<PhaseSpan> phase_spans() const;
    /// The phases whose span contains as_of.
    std::vector<PhaseSpan> phases_in_progress(const Date& as_of) const;
    /// Money per funder (empty without a budget).
    std::vector<FunderTotal> budget_by_funder() const;

    /// Consistency findings a reader wants flagged: milestones out of order, cross-references to
    /// steps that do not exist or are not what the text calls them, stated counts that differ from
    /// the listed items, phases without the council involvement the plan promises, a budget total
    /// that does not add up, relative dates whose anchor does not exist.
    std::vector<PlanFinding> findings() const;
    /// Structural problems ("path: message"): duplicate or empty ids, invalid dates, parties and
    /// series that are referred to but not listed, invalid targets. A plan read from a file has
    /// none.
    std::vector<std::string> problems() const;

    /// Number of actions over all phases.
    std::size_t count_actions() const;
    std::size_t count_meetings() const; ///< listed and derived
    /// Field-by-field equality.
    friend bool operator==(const Plan& a, const Plan& b);
    /// Negation of ==.
    friend bool operator!=(const Plan& a, const Plan& b) { return !(a == b); }
};

namespace detail {
inline constexpr std::pair<CountKind, std::string_view> count_kind_names[] = {
    {CountKind::exact, "exact"},
    {CountKind::at_least, "at_least"},
    {CountKind::at_most, "at_most"},
    {CountKind::provisional, "provisional"}};
inline constexpr std::pair<CouncilRole, std::string_view> council_role_names[] = {
    {CouncilRole::none, "none"},
    {CouncilRole::input, "input"},
    {CouncilRole::work_session, "work_session"},
    {CouncilRole::information, "information"},
    {CouncilRole::consent, "consent"},
    {CouncilRole::adopt, "adopt"},
    {CouncilRole::other, "other"}};
inline constexpr std::pair<TimeUnit, std::string_view> time_unit_names[] = {
    {TimeUnit::hour, "hour"}, {TimeUnit::day, "day"}, {TimeUnit::occasion, "occasion"}};
inline constexpr std::pair<TimePeriod, std::string_view> time_period_names[] = {
    {TimePeriod::none, "none"},
    {TimePeriod::week, "week"},
    {TimePeriod::month, "month"},
    {TimePeriod::year, "year"}};
inline constexpr std::pair<EventKind, std::string_view> event_kind_names[] = {
    {EventKind::meeting, "meeting"},
    {EventKind::deliverable, "deliverable"},
    {EventKind::action, "action"},
    {EventKind::council, "council"},
    {EventKind::goal, "goal"},
    {EventKind::monitor, "monitor"},
    {EventKind::phase_result, "phase_result"}};
} // namespace detail

/// Text form of a CountKind, the enumerator's name ("at_least", ...).
inline std::string_view to_string(CountKind k) {
    return detail::enum_to_string(detail::count_kind_names, k);
}
/// Text form of a CouncilRole, the enumerator's name ("work_session", ...).
inline std::string_view to_string(CouncilRole r) {
    return detail::enum_to_string(detail::council_role_names, r);
}
/// Text form of a TimeUnit ("hour", "day", "occasion").
inline std::string_view to_string(TimeUnit u) {
    return detail::enum_to_string(detail::time_unit_names, u);
}
/// Text form of a TimePeriod ("none", "week", "month", "year").
inline std::string_view to_string(TimePeriod p) {
    return detail::enum_to_string(detail::time_period_names, p);
}
/// Text form of an EventKind, the enumerator's name ("phase_result", ...).
inline std::string_view to_string(EventKind k) {
    return detail::enum_to_string(detail::event_kind_names, k);
}
/// Parses a count kind by its enumerator name. @throws InvalidInputError naming field and value
inline CountKind count_kind_from_string(std::string_view s, std::string_view field = "kind") {
    return detail::enum_from_string(detail::count_kind_names, s, field, "count kind");
}
/// Parses a council role by its enumerator name. @throws InvalidInputError naming field and value
inline CouncilRole council_role_from_string(std::string_view s, std::string_view field = "role") {
    return detail::enum_from_string(detail::council_role_names, s, field, "council role");
}
/// Parses a time unit by its enumerator name. @throws InvalidInputError naming field and value
inline TimeUnit time_unit_from_string(std::string_view s, std::string_view field = "unit") {
    return detail::enum_from_string(detail::time_unit_names, s, field, "time unit");
}
/// Parses a time period by its enumerator name. @throws InvalidInputError naming field and value
inline TimePeriod time_period_from_string(std::string_view s, std::string_view field = "period") {
    return detail::enum_from_string(detail::time_period_names, s, field, "time period");
}
/// Parses an event kind by its enumerator name. @throws InvalidInputError naming field and value
inline EventKind event_kind_from_string(std::string_view s, std::string_view field = "kind") {
    return detail::enum_from_string(detail::event_kind_names, s, field, "event kind");
}

} // namespace charterkit
