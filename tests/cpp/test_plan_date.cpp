// Tests of plan_date.hpp: the interval rules (day, month, quarter, half-year, year;
// begin/medio/eind as thirds), "at the latest", ranges, inferred years, relative dates, and the
// Dutch parser with its errors.
#include "charterkit/plan_date.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace charterkit;

namespace {
Date d(int y, int m, int day) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(day));
}
DateInterval closed(Date a, Date b) { return DateInterval{a, b}; }
// The document date of seed 001 (line 4: "Conceptversie: 11 juni 2021").
const DateContext seed001{d(2021, 6, 11), std::nullopt};
} // namespace

TEST_CASE("plan_date: each precision covers its whole period", "[plan_date]") {
    CHECK(DateSpec::of_day(d(2011, 5, 16)).interval() == closed(d(2011, 5, 16), d(2011, 5, 16)));
    CHECK(DateSpec::of_month(2011, 3).interval() == closed(d(2011, 3, 1), d(2011, 3, 31)));
    CHECK(DateSpec::of_month(2012, 2).interval() ==
          closed(d(2012, 2, 1), d(2012, 2, 29))); // leap year
    CHECK(DateSpec::of_quarter(2011, 1).interval() == closed(d(2011, 1, 1), d(2011, 3, 31)));
    CHECK(DateSpec::of_quarter(2011, 4).interval() == closed(d(2011, 10, 1), d(2011, 12, 31)));
    CHECK(DateSpec::of_half(2011, 2).interval() == closed(d(2011, 7, 1), d(2011, 12, 31)));
    CHECK(DateSpec::of_year(2012).interval() == closed(d(2012, 1, 1), d(2012, 12, 31)));
}

TEST_CASE("plan_date: begin, medio and eind are the thirds of the period", "[plan_date]") {
    SECTION("a month: days 1-10, 11-20, 21-end") {
        CHECK(DateSpec::of_month(2021, 9, DateQualifier::early).interval() ==
              closed(d(2021, 9, 1), d(2021, 9, 10)));
        CHECK(DateSpec::of_month(2022, 3, DateQualifier::mid).interval() ==
              closed(d(2022, 3, 11), d(2022, 3, 20)));
        CHECK(DateSpec::of_month(2022, 4, DateQualifier::late).interval() ==
              closed(d(2022, 4, 21), d(2022, 4, 30)));
        CHECK(DateSpec::of_month(2011, 2, DateQualifier::late).interval() ==
              closed(d(2011, 2, 21), d(2011, 2, 28)));
    }
    SECTION("a quarter: its first, second, third month") {
        CHECK(DateSpec::of_quarter(2011, 2, DateQualifier::early).interval() ==
              closed(d(2011, 4, 1), d(2011, 4, 30)));
        CHECK(DateSpec::of_quarter(2011, 2, DateQualifier::mid).interval() ==
              closed(d(2011, 5, 1), d(2011, 5, 31)));
        CHECK(DateSpec::of_quarter(2011, 2, DateQualifier::late).interval() ==
              closed(d(2011, 6, 1), d(2011, 6, 30)));
    }
    SECTION("a half-year: months 1-2, 3-4, 5-6 of the half") {
        CHECK(DateSpec::of_half(2011, 2, DateQualifier::early).interval() ==
              closed(d(2011, 7, 1), d(2011, 8, 31)));
        CHECK(DateSpec::of_half(2011, 1, DateQualifier::late).interval() ==
              closed(d(2011, 5, 1), d(2011, 6, 30)));
    }
    SECTION("a year: January-April, May-August, September-December") {
        CHECK(DateSpec::of_year(2012, DateQualifier::early).interval() ==
              closed(d(2012, 1, 1), d(2012, 4, 30)));
        CHECK(DateSpec::of_year(2020, DateQualifier::mid).interval() ==
              closed(d(2020, 5, 1), d(2020, 8, 31)));
        CHECK(DateSpec::of_year(2012, DateQualifier::late).interval() ==
              closed(d(2012, 9, 1), d(2012, 12, 31)));
    }
    SECTION("a day takes no qualifier") {
        DateSpec s = DateSpec::of_day(d(2011, 5, 16));
        s.qualifier = DateQualifier::early;
        REQUIRE(s.problems().size() == 1);
        CHECK(s.problems()[0] == "date.qualifier: a day takes no qualifier ('early')");
        CHECK_THROWS_AS(s.interval(), InvalidInputError);
    }
}

TEST_CASE("plan_date: ranges, 'at the latest' and the exact queries", "[plan_date]") {
    const PlanDate range =
        PlanDate::range(DateSpec::of_month(2022, 1), DateSpec::of_month(2022, 5), "Jan-mei");
    CHECK(range.interval() == closed(d(2022, 1, 1), d(2022, 5, 31)));
    PlanDate by = PlanDate::of(DateSpec::of_month(2022, 7), "uiterlijk juli 2022");
    by.by = true;
    const DateInterval i = by.interval();
    CHECK_FALSE(i.first.has_value());
    CHECK(i.last == d(2022, 7, 31));
    // overdue as of D: last < D; exact to the day
    CHECK_FALSE(i.ends_before(d(2022, 7, 31)));
    CHECK(i.ends_before(d(2022, 8, 1)));
    CHECK_FALSE(i.starts_after(d(2000, 1, 1))); // an open start is never "upcoming"
    const DateInterval march = DateSpec::of_month(2011, 3).interval();
    CHECK(march.starts_after(d(2011, 2, 28)));
    CHECK_FALSE(march.starts_after(d(2011, 3, 1)));
    CHECK(march.contains(d(2011, 3, 31)));
    CHECK(march.overlaps(d(2011, 3, 31), d(2011, 4, 30)));
    CHECK_FALSE(march.overlaps(d(2011, 4, 1), d(2011, 4, 30)));
    CHECK(march.days() == 31);
    SECTION("an end before the start is a problem with its path") {
        const PlanDate bad =
            PlanDate::range(DateSpec::of_month(2022, 5), DateSpec::of_month(2022, 1), "mei-jan");
        REQUIRE(bad.problems("x").size() == 1);
        CHECK(bad.problems("x")[0] == "x.until: 2022-01 ends before the start 2022-05");
    }
    SECTION("an open date has no interval") {
        const PlanDate open = PlanDate::open("Nader te bepalen door de Kenniswerkgroep");
        CHECK(open.is_open());
        CHECK(open.interval() == DateInterval{});
    }
}

TEST_CASE("plan_date: relative dates resolve through their anchor", "[plan_date]") {
    // seed 000 line 161: the Petit comité meets two weeks before the ambtelijk overleg of 18
    // January 2011
    std::map<std::string, DateInterval> events{{"ao#1", closed(d(2011, 1, 18), d(2011, 1, 18))},
                                               {"talks", closed(d(2021, 10, 1), d(2021, 11, 30))}};
    const IntervalResolver resolve = [&](const std::string& id) -> std::optional<DateInterval> {
        auto it = events.find(id);
        if (it == events.end()) return std::nullopt;
        return it->second;
    };
    const PlanDate pc = PlanDate::relative_to("ao#1", -14, RelativeRelation::shifted,
                                              "twee weken voorafgaand aan het AO");
    CHECK(pc.resolve(resolve) == closed(d(2011, 1, 4), d(2011, 1, 4))); // 18 - 14 = 4 January
    // seed 001 line 127: the fact sheet is due before the talks (October-November) begin
    const PlanDate before = PlanDate::relative_to("talks", 0, RelativeRelation::before,
                                                  "Voordat de bilaterale gesprekken beginnen");
    const DateInterval b = before.resolve(resolve);
    CHECK_FALSE(b.first.has_value());
    CHECK(b.last == d(2021, 9, 30));
    const PlanDate after =
        PlanDate::relative_to("talks", 7, RelativeRelation::after, "een week na de gesprekken");
    CHECK(after.resolve(resolve).first == d(2021, 12, 8)); // 30 November + 1 + 7
    CHECK_FALSE(after.resolve(resolve).last.has_value());
    const PlanDate missing = PlanDate::relative_to("nothing", 0, RelativeRelation::shifted, "x");
    CHECK_THROWS_WITH(missing.resolve(resolve), "date 'x': no event 'nothing' to count from");
    CHECK_THROWS_AS(pc.interval(), InvalidInputError);
}

TEST_CASE("plan_date: the parser reads the seeds' forms", "[plan_date]") {
    SECTION("days and months with and without years") {
        const PlanDate a = parse_plan_date("16 mei 2011"); // seed 000 line 149
        CHECK(a.interval() == closed(d(2011, 5, 16), d(2011, 5, 16)));
        CHECK_FALSE(a.year_inferred());
        CHECK(parse_plan_date("Oktober 2011").interval() ==
              closed(d(2011, 10, 1), d(2011, 10, 31)));
        CHECK(parse_plan_date("2011-05-16").interval().first == d(2011, 5, 16));
        CHECK(parse_plan_date("2012").interval() == closed(d(2012, 1, 1), d(2012, 12, 31)));
    }
    SECTION("qualifiers") {
        CHECK(parse_plan_date("eind 2012").interval() ==
              closed(d(2012, 9, 1), d(2012, 12, 31))); // seed 000 line 68
        CHECK(parse_plan_date("Tegen het eind van 2011").interval() ==
              closed(d(2011, 9, 1), d(2011, 12, 31)));
        CHECK(parse_plan_date("medio maart 2022").interval() ==
              closed(d(2022, 3, 11), d(2022, 3, 20)));
        CHECK(parse_plan_date("halverwege 2020").interval() ==
              closed(d(2020, 5, 1), d(2020, 8, 31))); // seed 003 line 33
        CHECK(parse_plan_date("eerste kwartaal 2011").interval() ==
              closed(d(2011, 1, 1), d(2011, 3, 31))); // seed 000 line 60
        CHECK(parse_plan_date("tweede helft 2011").interval() ==
              closed(d(2011, 7, 1), d(2011, 12, 31)));
        const PlanDate by = parse_plan_date("uiterlijk juli 2022"); // seed 001 line 22
        CHECK(by.by);
        CHECK(by.interval() == DateInterval{std::nullopt, d(2022, 7, 31)});
        CHECK(parse_plan_date("uiterlijk in mei 2011").interval().last ==
              d(2011, 5, 31)); // seed 000 line 82
    }
    SECTION("years left out are inferred from the document's date and marked") {
        const PlanDate sep = parse_plan_date("Begin September", seed001); // seed 001 line 172
        CHECK(sep.year_inferred());
        CHECK(sep.interval() == closed(d(2021, 9, 1), d(2021, 9, 10)));
        CHECK(parse_plan_date("januari", seed001).interval().first ==
              d(2022, 1, 1)); // ended before June 2021 -> next year
        CHECK(parse_plan_date("juni", seed001).interval().first ==
              d(2021, 6, 1)); // June 2021 has not ended on 11 June
        CHECK(parse_plan_date("8 juli", seed001).interval().first ==
              d(2021, 7, 8)); // seed 001 line 133
        // the encoder moves the context on when the text's sequence implies a later start
        const DateContext later{d(2021, 6, 11), d(2022, 1, 1)};
        CHECK(parse_plan_date("Juli", later).interval().first ==
              d(2022, 7, 1)); // seed 001 line 227
    }
    SECTION("ranges") {
        const DateContext later{d(2021, 6, 11), d(2022, 1, 1)};
        CHECK(parse_plan_date("Jan-mei", later).interval() ==
              closed(d(2022, 1, 1), d(2022, 5, 31))); // line 221
        CHECK(parse_plan_date("Sept - oktober", seed001).interval() ==
              closed(d(2021, 9, 1), d(2021, 10, 31))); // line 150
        CHECK(parse_plan_date("Oktober en november", seed001).interval() ==
              closed(d(2021, 10, 1), d(2021, 11, 30)));
        const DateContext july{d(2021, 6, 11), d(2022, 7, 1)};
        CHECK(parse_plan_date("eind augustus/begin september", july).interval() ==
              closed(d(2022, 8, 21), d(2022, 9, 10))); // seed 001 line 23
        CHECK(parse_plan_date("jan \xe2\x80\x93 mei 2022").interval() ==
              closed(d(2022, 1, 1), d(2022, 5, 31))); // en dash
        CHECK(parse_plan_date("deadline 1 september", seed001).interval() ==
              DateInterval{std::nullopt, d(2021, 9, 1)});
    }
}

TEST_CASE("plan_date: the parser's errors name the text and what is wrong", "[plan_date]") {
    CHECK_THROWS_WITH(parse_plan_date("Februari en maart \xc3\xa9n mei"),
                      "plan date 'Februari en maart \xc3\xa9n mei': more than one range mark");
    CHECK_THROWS_WITH(parse_plan_date("blauw"),
                      "plan date 'blauw': 'blauw' is not a month, quarter, half-year, year or day");
    CHECK_THROWS_WITH(parse_plan_date("31 februari 2011"),
                      "plan date '31 februari 2011': date.day: 31 is not a day of 2011-02");
    CHECK_THROWS_WITH(parse_plan_date("begin 16 mei 2011"),
                      "plan date 'begin 16 mei 2011': a day takes no qualifier");
    CHECK_THROWS_WITH(parse_plan_date("mei 2011 extra"),
                      "plan date 'mei 2011 extra': 'extra' is not understood");
    CHECK_THROWS_AS(parse_plan_date(""), InvalidInputError);
    CHECK_THROWS_AS(DateSpec::of_month(2011, 13), InvalidInputError);
    CHECK_THROWS_WITH(DateSpec::of_quarter(2011, 5), "date.quarter: 5 is not a quarter 1-4");
}
