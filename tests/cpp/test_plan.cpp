// Tests of plan.hpp, plan_io.hpp, trend_break.hpp and ics.hpp on the shipped plans of seeds
// 000-003: what the texts state (meetings, dates, the budget), queries as of dates, consistency
// findings, the trend-break verdict on synthetic series, round trips, error messages and the
// iCalendar export.
#include "charterkit/ics.hpp"
#include "charterkit/plan.hpp"
#include "charterkit/plan_io.hpp"
#include "charterkit/trend_break.hpp"
#include "charterkit/version.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace charterkit;

namespace {
Date d(int y, int m, int day) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(day));
}
const std::string plans_dir = std::string(CHARTERKIT_REPO_DATA) + "/plans";
Plan seed(const std::string& file) { return load_plan(plans_dir + "/" + file); }
Plan seed000() { return seed("samenwerkingsverband-2011.json"); }
Plan seed001() { return seed("lokaal-akkoord-jeugd.json"); }

std::set<std::string> ids(const std::vector<PlanEvent>& es,
                          std::optional<EventKind> kind = std::nullopt) {
    std::set<std::string> out;
    for (const auto& e : es)
        if (!kind || e.kind == *kind) out.insert(e.item);
    return out;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("plan: seed 000's meeting bodies hold the meetings the text states", "[plan]") {
    const Plan p = seed000();
    // line 158 "Vijf bijeenkomsten"; line 161 lists 18 Jan, 22 Mar, 21 Jun, 27 Sep, 22 Nov 2011
    CHECK(p.meetings_of("ambtelijk-overleg").size() == 5);
    CHECK(p.interval_of("ambtelijk-overleg#4")->first == d(2011, 9, 27));
    // line 168 "Acht geplande bijeenkomsten voor 2011"; line 171 lists eight dates
    CHECK(p.meetings_of("kenniswerkgroep").size() == 8);
    // line 187 "Vooralsnog vier themasessies"; line 190 lists four
    CHECK(p.meetings_of("themasessie").size() == 4);
    // line 145: 2 x among themselves, 1 x with the ministers; line 149 lists 16 May, October,
    // October
    CHECK(p.meetings_of("bestuurlijk-overleg").size() == 2);
    CHECK(p.meetings_of("bestuurlijk-overleg-rijk").size() == 1);
    // line 161: the Petit comité meets two weeks before each AO: 18 Jan - 14 days = 4 Jan, 22 Nov -
    // 14 = 8 Nov
    const auto pc = p.meetings_of("petit-comite");
    REQUIRE(pc.size() == 5);
    CHECK(p.resolve(pc.front().date) == DateInterval{d(2011, 1, 4), d(2011, 1, 4)});
    CHECK(p.resolve(pc.back().date) == DateInterval{d(2011, 11, 8), d(2011, 11, 8)});
    // 2 + 1 + 5 + 5 (derived) + 8 + 4 + 0 work visits
    CHECK(p.count_meetings() == 25);
    // every stated count agrees, nothing else to flag in this plan
    CHECK(p.findings().empty());
    // the monitor: zero-measurement over 2009 (line 54), the next over 2010 (line 89)
    REQUIRE(p.monitor);
    CHECK(p.monitor->zero_measurement_year() == 2009);
    REQUIRE(p.monitor->follow_ups().size() == 1);
    CHECK(p.monitor->follow_ups()[0].data_year == 2010);
}

TEST_CASE("plan: seed 000's deliverables due and overdue as of a date", "[plan]") {
    const Plan p = seed000();
    REQUIRE(p.deliverables.size() == 7); // section 7B lists seven products (lines 197-204)
    // Jaarplan: Maart 2011 (line 197); Communicatieplan: April 2011 (line 198)
    CHECK(ids(p.overdue(d(2011, 4, 30)), EventKind::deliverable) ==
          std::set<std::string>{"jaarplan-2011"});
    CHECK(ids(p.overdue(d(2011, 5, 1)), EventKind::deliverable) ==
          std::set<std::string>{"jaarplan-2011", "communicatieplan"});
    // October 2011: the analysis draft (line 200) and the monitor draft (line 201) are due
    CHECK(ids(p.due(d(2011, 10, 15)), EventKind::deliverable) ==
          std::set<std::string>{"analyse-resultaten", "monitor-2011"});
    // the model programme's due date is its last entry, November 2011 (line 199), not May
    CHECK(ids(p.due(d(2011, 5, 15)), EventKind::deliverable).empty());
    CHECK(ids(p.due(d(2011, 5, 15), 200), EventKind::deliverable).count("model-beleidsprogramma") ==
          1);
    // a delivered product is not overdue
    Plan q = p;
    q.deliverables[0].delivered = d(2011, 3, 22);
    CHECK(ids(q.overdue(d(2011, 5, 1)), EventKind::deliverable) ==
          std::set<std::string>{"communicatieplan"});
    // the goal "uiterlijk in april" (line 108) is overdue from 1 May
    CHECK(ids(p.overdue(d(2011, 5, 1)), EventKind::goal) == std::set<std::string>{"communicatie"});
}

TEST_CASE("plan: next meetings per body, and everything in a month", "[plan]") {
    const Plan p = seed000();
    const auto next = p.next_meetings(d(2011, 5, 13));
    std::map<std::string, Date> first;
    for (const auto& e : next) first[e.item] = *e.interval.first;
    CHECK(first.at("bestuurlijk-overleg") == d(2011, 5, 16));
    CHECK(first.at("ambtelijk-overleg") == d(2011, 6, 21));
    CHECK(first.at("petit-comite") == d(2011, 6, 7));    // 21 June - 14 days
    CHECK(first.at("kenniswerkgroep") == d(2011, 6, 9)); // 12 May has passed
    CHECK(first.at("themasessie") == d(2011, 6, 21));
    CHECK(first.at("bestuurlijk-overleg-rijk") ==
          d(2011, 10, 1));                 // "Oktober 2011": the month's first day
    CHECK(first.count("werkbezoek") == 0); // no dates
    // March 2011: KWG 3 Mar, Petit comité 8 Mar, AO and theme session 22 Mar, the annual plan
    // (March), and two goals whose windows cover March: the monitor "in 2011" (line 89) and the
    // communication plan "uiterlijk in april" (line 108, open at the start)
    const auto march = p.events_between(d(2011, 3, 1), d(2011, 3, 31));
    CHECK(march.size() == 7);
    CHECK(ids(march) == std::set<std::string>{"kenniswerkgroep", "petit-comite",
                                              "ambtelijk-overleg", "themasessie", "jaarplan-2011",
                                              "doel-monitor", "communicatie"});
    CHECK(ids(p.events_between(d(2011, 3, 1), d(2011, 3, 31)), EventKind::meeting).size() == 4);
    CHECK_THROWS_AS(p.events_between(d(2011, 3, 31), d(2011, 3, 1)), InvalidInputError);
    const auto up = p.upcoming(d(2011, 11, 22));
    REQUIRE_FALSE(up.empty());
    CHECK(*up.front().interval.first == d(2011, 12, 1)); // the December 2011 inventory
}

TEST_CASE("plan: seed 000's budget by funder", "[plan]") {
    const Plan p = seed000();
    const auto f = p.budget_by_funder();
    const auto vj =
        std::find_if(f.begin(), f.end(), [](const FunderTotal& x) { return x.funder == "vj"; });
    REQUIRE(vj != f.end());
    CHECK(vj->amount == 170000.0); // 140.000 (line 212) + 30.000 (line 213)
    CHECK(vj->lines == 2);
    const auto joint = std::find_if(
        f.begin(), f.end(), [](const FunderTotal& x) { return x.funder == "coordinatie+bzk"; });
    REQUIRE(joint != f.end());
    CHECK(joint->pm_lines == 4);      // lines 214, 217, 218, 221 carry a PM
    CHECK(p.budget->audit().empty()); // no total is printed, nothing to check
}

TEST_CASE("plan: seed 001's budget adds up to its stated total", "[plan]") {
    const Plan p = seed001();
    REQUIRE(p.budget);
    // lines 263-270: 3330 + 10000 + 13552 + 1000 + 680 + 2000 + 160223 = 190785; line 271: "totaal
    // € 190.785"
    CHECK(p.budget->sum() == 3330.0 + 10000.0 + 13552.0 + 1000.0 + 680.0 + 2000.0 + 160223.0);
    CHECK(p.budget->sum() == 190785.0);
    const auto all = p.budget->audit(true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].status == AuditFinding::Status::ok);
    CHECK(all[0].printed == 190785.0);
    CHECK(all[0].computed == 190785.0);
    CHECK(all[0].tolerance == 4.0); // seven whole-euro addends and the total: 8 x 0.5
    // the same check catches a wrong total
    Plan q = p;
    q.budget->stated_total = 190000.0;
    const auto bad = q.budget->audit();
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].status == AuditFinding::Status::mismatch);
    CHECK(bad[0].difference == -785.0);
    const auto f = q.findings();
    CHECK(std::count_if(f.begin(), f.end(),
                        [](const PlanFinding& x) { return x.kind == "budget"; }) == 1);
}

TEST_CASE("plan: seed 001's findings", "[plan]") {
    const Plan p = seed001();
    const auto f = p.findings();
    REQUIRE(f.size() == 5);
    // lines 144-146 send the preliminary purpose into "de conferenties (14 en 15)": steps 14 and 15
    // are the mirror meeting and the drafting; the conferences are steps 12, 13 and the closing
    // conference 16
    CHECK(f[0].kind == "reference");
    CHECK(f[0].path == "phases[1].actions[1].references[0]");
    CHECK_THAT(
        f[0].message,
        Catch::Contains("refers to step 14 as a conference, but step 14 is 'Spiegelbijeenkomst"));
    CHECK_THAT(f[1].message, Catch::Contains("step 15 is 'Opstellen lokaal akkoord'"));
    // line 227: the festive signing in July precedes the council's adoption in August 2022 (line
    // 226)
    CHECK(f[2].kind == "order");
    CHECK(f[2].path == "phases[4].actions[3].after[0]");
    CHECK_THAT(f[2].message,
               Catch::Contains("step 18 'Feestelijke ondertekening' (2022-07-01..2022-07-31)"));
    // line 20 promises the council a part in every phase; phases 1 and 3 give it none (lines
    // 120-128, 174-192)
    CHECK(f[3].kind == "council");
    CHECK(f[3].path == "phases[0]");
    CHECK(f[4].path == "phases[2]");
    CHECK_THAT(f[4].message, Catch::Contains("(line 20)"));
}

TEST_CASE("plan: seed 001's phases in progress and relative deadlines", "[plan]") {
    const Plan p = seed001();
    auto phases_on = [&](const Date& day) {
        std::vector<std::string> out;
        for (const auto& s : p.phases_in_progress(day)) out.push_back(s.phase);
        return out;
    };
    CHECK(phases_on(d(2021, 6, 30)).empty()); // nothing before July 2021
    CHECK(phases_on(d(2021, 9, 5)) ==
          std::vector<std::string>{"voorbereiding", "kaderstelling", "orientatie"});
    CHECK(phases_on(d(2022, 3, 15)) == std::vector<std::string>{"bouwstenen", "akkoord"});
    CHECK(phases_on(d(2022, 9, 1)).empty()); // the adoption in August 2022 is the last date
    // line 127: the fact sheet is due before the one-to-one talks (October, line 192) begin
    CHECK(p.interval_of("s3") == DateInterval{std::nullopt, d(2021, 9, 30)});
    // overdue on 2 October 2021: steps 1 (1 Sep), 2 (1 Oct), 3 (30 Sep), 4 (8 Jul), 6 and 7 (begin
    // Sep)
    CHECK(ids(p.overdue(d(2021, 10, 2)), EventKind::action) ==
          std::set<std::string>{"s1", "s2", "s3", "s4", "s6", "s7"});
    CHECK(p.action(17).council.size() == 2);
    CHECK_THROWS_AS(p.action(19), NotFoundError);
}

TEST_CASE("plan: time investments in parsed form", "[plan]") {
    const auto a = parse_time_investment("Eens per 3 a 4 weken"); // seed 001 line 242
    REQUIRE(a);
    CHECK(a->unit == TimeUnit::occasion);
    CHECK(a->every_low == 3.0);
    CHECK(a->every_high == 4.0);
    CHECK(a->per_week()->first == Approx(0.25));
    CHECK(a->per_week()->second == Approx(1.0 / 3.0));
    const auto b = parse_time_investment("3 dagen pw"); // line 247
    REQUIRE(b);
    CHECK(b->per_week() == std::make_pair(3.0, 3.0));
    const auto c = parse_time_investment("2 uur per 2 weken"); // line 250
    REQUIRE(c);
    CHECK(c->unit == TimeUnit::hour);
    CHECK(c->per_week() == std::make_pair(1.0, 1.0));
    CHECK(parse_time_investment("eens per 3 \xc3\xa0 4 weken") == a);
    CHECK(parse_time_investment("Op afroep")->on_call); // line 257
    CHECK_FALSE(
        parse_time_investment("2 dagen")->per_week()); // seed 000 line 212: no period printed
    CHECK_FALSE(parse_time_investment("n.t.b."));
    // the data agree with the parser
    const Plan p = seed001();
    for (const auto& s : p.staffing)
        if (!s.time_text.empty()) CHECK(parse_time_investment(s.time_text) == s.time);
}

TEST_CASE("plan: consistency findings on a synthetic plan", "[plan]") {
    // synthetic: every finding kind once
    Plan p;
    p.id = "synthetic";
    p.title = "synthetic";
    p.council_every_phase = true;
    Phase ph;
    ph.id = "phase";
    ph.title = "phase";
    Action a;
    a.id = "a1";
    a.number = 1;
    a.title = "one";
    a.schedule = {
        ScheduleEntry{"", "", PlanDate::of(DateSpec::of_month(2022, 5), "mei"), false, {}},
        ScheduleEntry{"", "", PlanDate::of(DateSpec::of_month(2022, 3), "maart"), false, {}}};
    a.references = {CrossReference{"stap 99", {99}, "", std::nullopt}};
    Action b;
    b.id = "a2";
    b.number = 3; // 2 is missing
    b.title = "three";
    b.after = {7};
    ph.actions = {a, b};
    p.phases = {ph};
    MeetingSeries s;
    s.id = "s";
    s.body = "overleg";
    s.meetings = {Meeting{PlanDate::of(DateSpec::of_day(d(2022, 1, 1))), "", "", {}}};
    s.stated_count = StatedCount{"", 2, CountKind::exact, "twee keer", std::nullopt};
    MeetingSeries t;
    t.id = "t";
    t.body = "voorbereiding";
    t.follows = FollowRule{"none", -14, "vooraf", std::nullopt};
    p.meetings = {s, t};
    p.stated_counts = {
        StatedCount{"phases", 2, CountKind::at_least, "ten minste twee fasen", std::nullopt}};
    CHECK(p.problems().empty());
    std::multiset<std::string> kinds;
    for (const auto& f : p.findings()) kinds.insert(f.kind + " " + f.path);
    CHECK(kinds ==
          std::multiset<std::string>{
              "reference meetings[1].follows.series", "order phases[0].actions[0].schedule[1]",
              "order phases[0].actions[1].number", "reference phases[0].actions[1].after[0]",
              "reference phases[0].actions[0].references[0]", "count meetings[0].stated_count",
              "count stated_counts[0]", "council phases[0]"});
}

TEST_CASE("trend_break: the verdict and its numbers on synthetic series", "[plan][trend_break]") {
    // synthetic: target group 20 -> 15 (-25 %), comparison 10 -> 9 (-10 %) between 2009 and 2012
    const Series tg =
        Series::from_years({2009, 2010, 2011, 2012}, {20, 18, 16, 15}, "target group (synthetic)");
    const Series cg =
        Series::from_years({2009, 2010, 2011, 2012}, {10, 9.8, 9.4, 9}, "comparison (synthetic)");
    const auto r = assess_trend_break(tg, cg, When::year(2009), When::date(d(2012, 12, 31)));
    CHECK(r.verdict == TrendBreakVerdict::achieved);
    CHECK(r.target_group.change_percent == Approx(-25.0));
    CHECK(r.comparison_group.change_percent == Approx(-10.0));
    CHECK(r.margin == Approx(15.0)); // -10 - (-25)
    CHECK(r.ratio_start == Approx(2.0));
    CHECK(r.ratio_end == Approx(15.0 / 9.0));
    // synthetic: both fall 5 points, but the target group only -20 % against the comparison's -50 %
    const Series tg2 = Series::from_years({2009, 2012}, {25, 20}, "target group (synthetic)");
    const Series cg2 = Series::from_years({2009, 2012}, {10, 5}, "comparison (synthetic)");
    const auto rel = assess_trend_break(tg2, cg2, When::year(2009), When::year(2012));
    CHECK(rel.verdict == TrendBreakVerdict::not_achieved);
    CHECK(rel.ratio_end > rel.ratio_start); // over-representation grew: 2.5 -> 4
    const auto pts = assess_trend_break(tg2, cg2, When::year(2009), When::year(2012),
                                        Direction::lower_is_better, ChangeMeasure::points);
    CHECK(pts.verdict == TrendBreakVerdict::not_achieved); // -5 is not faster than -5
    // synthetic: a missing end observation
    const Series short_tg = Series::from_years({2009, 2010}, {20, 19}, "short (synthetic)");
    const auto na = assess_trend_break(short_tg, cg, When::year(2009), When::year(2012));
    CHECK(na.verdict == TrendBreakVerdict::not_assessable);
    CHECK_THAT(na.explanation,
               Catch::Contains("'short (synthetic)' has no observation for the end (2012)"));
    CHECK_THROWS_AS(assess_trend_break(tg, cg, When::year(2012), When::year(2009)),
                    InvalidInputError);
    // through seed 000's comparative target: baseline 2009, milestone end 2012 (lines 54, 68)
    const Plan p = seed000();
    const Target& t = p.goals[0].targets[0];
    CHECK(assess_trend_break(t, tg, cg).verdict == TrendBreakVerdict::achieved);
}

TEST_CASE("plan_io: every shipped plan round-trips losslessly", "[plan]") {
    for (const char* f : {"samenwerkingsverband-2011.json", "lokaal-akkoord-jeugd.json",
                          "jeugdige-aanwas.json", "noord-kennemerland.json"}) {
        const std::string path = plans_dir + "/" + f;
        const Plan a = load_plan(path);
        CHECK(a.problems().empty());
        const std::string text = to_json(a);
        CHECK(text == read(path)); // the files are in the writer's form
        const Plan b = parse_plan(text, "copy.json");
        CHECK(a == b);
        for (const auto& g : a.goals)
            if (g.deadline) CHECK(parse_plan_date_json(to_json(*g.deadline)) == *g.deadline);
    }
    const PlanSet set = load_plan_set(plans_dir);
    CHECK(set.version == std::string(charterkit::version));
    CHECK(set.plans.size() == 4);
    CHECK(set.plan("lokaal-akkoord-jeugd").count_actions() == 18); // steps 1-18 (lines 113-227)
}

TEST_CASE("plan_io: every problem is reported with file and path", "[plan]") {
    const std::string good = read(plans_dir + "/lokaal-akkoord-jeugd.json");
    SECTION("several problems in one pass") {
        std::string bad = replace(good, "\"month\": 7,", "\"month\": 13,");
        bad = replace(bad, "\"genre\": \"process plan\",",
                      "\"genre\": \"process plan\", \"colour\": \"blue\",");
        bad = replace(bad, "\"role\": \"consent\"", "\"role\": \"agree\"");
        const auto problems = validate_plan_text(bad, "bad.json");
        REQUIRE(problems.size() == 3);
        CHECK(problems[0] == "bad.json: colour: unknown field");
        // structural problems first, then values that are out of range
        CHECK_THAT(
            problems[1],
            Catch::StartsWith(
                "bad.json: phases[1].actions[0].council[0].role: unknown council role 'agree'"));
        CHECK(problems[2] == "bad.json: goals[0].deadline.month: 13 is not a month 1-12");
    }
    SECTION("a reference to an unlisted party") {
        const std::string bad2 = replace(good, "\"key\": \"tekenaar\",",
                                         "\"key\": \"tekenaar\", \"funders\": [\"nobody\"],");
        const auto problems = validate_plan_text(bad2, "bad.json");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "bad.json: budget.lines[4].funders[0]: no party 'nobody'");
    }
    SECTION("malformed JSON with line and column") {
        try {
            parse_plan("{\n  \"format\": \"charterkit.plan\",\n  \"id\": ]\n}", "broken.json");
            FAIL("no exception");
        } catch (const ParseError& e) {
            CHECK(e.file() == "broken.json");
            CHECK(e.line() == 3);
        }
    }
    SECTION("a missing file") {
        CHECK_THROWS_AS(load_plan(plans_dir + "/nothing.json"), ParseError);
    }
    SECTION("the manifest's counts are checked") {
        CHECK_THROWS_AS(load_plan_set(plans_dir + "/nothing"), ParseError);
        namespace fs = std::filesystem;
        const fs::path tmp = fs::temp_directory_path() / "charterkit_plan_set_test";
        fs::remove_all(tmp);
        fs::create_directories(tmp);
        for (const auto& e : fs::directory_iterator(plans_dir))
            fs::copy_file(e.path(), tmp / e.path().filename());
        const std::string manifest = read((tmp / "manifest.json").string());
        std::ofstream((tmp / "manifest.json").string(), std::ios::binary)
            << replace(manifest, "\"meetings\": 25", "\"meetings\": 24");
        try {
            load_plan_set(tmp.string());
            FAIL("no exception");
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 1);
            CHECK_THAT(e.problems()[0], Catch::EndsWith("manifest.json: plans[0].meetings: 24 but "
                                                        "samenwerkingsverband-2011.json has 25"));
        }
        fs::remove_all(tmp);
    }
}

TEST_CASE("ics: meetings and deadlines as RFC 5545 text", "[plan][ics]") {
    const Plan p = seed000();
    IcsOptions o;
    o.stamp = "20110101T000000Z";
    const std::string ics = to_ics(p, o);
    // CRLF everywhere, no line over 75 octets
    std::size_t events = 0, pos = 0;
    std::set<std::string> uids;
    while (pos < ics.size()) {
        const auto eol = ics.find("\r\n", pos);
        REQUIRE(eol != std::string::npos);
        const std::string line = ics.substr(pos, eol - pos);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        if (line == "BEGIN:VEVENT") ++events;
        if (line.rfind("UID:", 0) == 0) uids.insert(line);
        pos = eol + 2;
    }
    // 25 meetings (all with closed intervals) + 7 deliverable due dates + 4 goal deadlines
    CHECK(events == 25 + 7 + 4);
    CHECK(uids.size() == events);
    CHECK(ics.find("DTSTART;VALUE=DATE:20110118\r\nDTEND;VALUE=DATE:20110119\r\n") !=
          std::string::npos);
    // "Oktober 2011" spans the month, transparent
    CHECK(ics.find("DTSTART;VALUE=DATE:20111001\r\nDTEND;VALUE=DATE:20111101\r\n") !=
          std::string::npos);
    CHECK(ics.find("DTSTAMP:20110101T000000Z") != std::string::npos);
    CHECK_THROWS_WITH(to_ics(p, IcsOptions{true, true, "2011-01-01", "x"}),
                      "stamp: '2011-01-01' is not a UTC date-time YYYYMMDDTHHMMSSZ");
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    // folding never splits a UTF-8 sequence: 40 x "é" (2 octets each) = 80 octets
    std::string long_line = "SUMMARY:";
    for (int i = 0; i < 40; ++i) long_line += "\xc3\xa9";
    const std::string folded = ics_fold(long_line);
    const auto cut = folded.find("\r\n ");
    REQUIRE(cut != std::string::npos);
    CHECK(cut <= 75);
    CHECK((static_cast<unsigned char>(folded[cut + 3]) & 0xC0) !=
          0x80); // the next line starts a character
    std::string unfolded = folded;
    for (auto at = unfolded.find("\r\n "); at != std::string::npos; at = unfolded.find("\r\n "))
        unfolded.erase(at, 3);
    CHECK(unfolded == long_line);
}
