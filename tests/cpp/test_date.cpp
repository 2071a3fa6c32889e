// Tests of date.hpp: the fractional-year axis, the year convention, ISO parsing and When.
#include "charterkit/date.hpp"

#include <catch2/catch.hpp>

using namespace charterkit;

TEST_CASE("date: fractional year is exact at the start of a year and counts days", "[date]") {
    CHECK(fractional_year(Date(2007, 1, 1)) == 2007.0);
    // 2 July 2007 is day 183 of 365: (183 - 1) / 365 = 182 / 365
    CHECK(fractional_year(Date(2007, 7, 2)) == Approx(2007.0 + 182.0 / 365.0));
    // 2008 is a leap year: 31 December is day 366, (366 - 1) / 366
    CHECK(fractional_year(Date(2008, 12, 31)) == Approx(2008.0 + 365.0 / 366.0));
}

TEST_CASE("date: the year convention places a bare year at start, middle or end", "[date]") {
    CHECK(When::year(2011).time(YearAnchor::start) == 2011.0);
    CHECK(When::year(2011).time(YearAnchor::middle) == 2011.5);
    CHECK(When::year(2011).time(YearAnchor::end) == 2012.0);
    CHECK(When::year(2011).time() == 2011.5); // middle is the default
    CHECK(anchor_date(2011, YearAnchor::start) == Date(2011, 1, 1));
    CHECK(anchor_date(2011, YearAnchor::end) == Date(2011, 12, 31));
    // the middle of 2011 (365 days) is 182.5 days in: inside 2 July
    CHECK(anchor_date(2011, YearAnchor::middle) == Date(2011, 7, 2));
    CHECK(year_anchor_from_string("end") == YearAnchor::end);
    CHECK_THROWS_WITH(year_anchor_from_string("late", "anchor"),
                      Catch::Contains("unknown year anchor 'late'"));
}

TEST_CASE("date: exact dates keep their day; years differ by whole numbers", "[date]") {
    // Eindhoven measures "op 1 januari 2007" (seed 004 line 3978)
    const When measured = When::date(Date(2007, 1, 1));
    CHECK(measured.time(YearAnchor::end) == 2007.0);
    CHECK(measured.calendar_year() == 2007);
    CHECK(measured.to_string() == "2007-01-01");
    for (auto a : {YearAnchor::start, YearAnchor::middle, YearAnchor::end})
        CHECK(When::year(2017).time(a) - When::year(2007).time(a) == 10.0);
    CHECK_THROWS_AS(When::year(2011).exact_date(), InvalidInputError);
}

TEST_CASE("date: ISO parsing reports the field and the text", "[date]") {
    CHECK(parse_iso_date("2008-03-01") == Date(2008, 3, 1));
    CHECK(to_iso(Date(2017, 12, 31)) == "2017-12-31");
    CHECK_THROWS_WITH(parse_iso_date("2008-02-30", "validity.from"),
                      Catch::Contains("validity.from: '2008-02-30'") &&
                          Catch::Contains("no such day"));
    CHECK_THROWS_WITH(parse_iso_date("3 juli 2008", "signed.date"),
                      Catch::Contains("signed.date: '3 juli 2008' is not an ISO date"));
    CHECK_THROWS_WITH(When::year(20011), Catch::Contains("20011 is not a year"));
}

TEST_CASE("date: date_from_fractional_year inverts fractional_year", "[date]") {
    for (Date d : {Date(2007, 1, 1), Date(2008, 2, 29), Date(2011, 7, 2), Date(2017, 12, 31)})
        CHECK(date_from_fractional_year(fractional_year(d)) == d);
    CHECK_THROWS_AS(date_from_fractional_year(std::nan("")), InvalidInputError);
}
