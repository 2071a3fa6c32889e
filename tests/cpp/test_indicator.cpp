// Tests of indicator.hpp: units, directions, ranges and the messages of the checks.
#include "charterkit/indicator.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace charterkit;

TEST_CASE("indicator: percent and grade get their ranges", "[indicator]") {
    Indicator unemployment("unemployment_rate", "werkloosheidspercentage", Unit::percent,
                           Direction::lower_is_better);
    REQUIRE(unemployment.range);
    CHECK(unemployment.range->low == 0.0);
    CHECK(unemployment.range->high == 100.0);
    Indicator judgement("oordeel_buurt", "oordeel over de buurt", Unit::grade,
                        Direction::higher_is_better);
    CHECK(judgement.range->low == 1.0);
    CHECK(judgement.range->high == 10.0);
    Indicator offences("misdrijven", "geregistreerde misdrijven", Unit::count,
                       Direction::lower_is_better);
    CHECK_FALSE(offences.range);
}

TEST_CASE("indicator: direction decides what is at least as good", "[indicator]") {
    Indicator unemployment("u", "werkloosheid", Unit::percent, Direction::lower_is_better);
    CHECK(unemployment.at_least_as_good(6.8, 9.2));
    CHECK_FALSE(unemployment.at_least_as_good(9.2, 6.8));
    Indicator cohesion("c", "sociale samenhang", Unit::score, Direction::higher_is_better);
    CHECK(cohesion.at_least_as_good(5.9, 5.3));
    CHECK(sign(Direction::lower_is_better) == -1);
}

TEST_CASE("indicator: every value is checked, with field and value in the message", "[indicator]") {
    Indicator grade("g", "rapportcijfer", Unit::grade, Direction::higher_is_better);
    CHECK_NOTHROW(grade.check(6.5, "level"));
    CHECK_THROWS_WITH(
        grade.check(11.0, "milestones[0].value"),
        "milestones[0].value: 11 is outside the range [1, 10] of indicator 'g' (grade)");
    CHECK_THROWS_WITH(grade.check(std::numeric_limits<double>::quiet_NaN(), "baseline.value"),
                      Catch::Contains("baseline.value: nan is not a finite number"));
    CHECK_THROWS_AS(Indicator("x", "x", Unit::score, Direction::higher_is_better, ValueRange{5, 1}),
                    InvalidInputError);
}

TEST_CASE("indicator: unknown unit and direction names are errors naming the value",
          "[indicator]") {
    CHECK(unit_from_string("grade") == Unit::grade);
    CHECK_THROWS_WITH(unit_from_string("procent", "indicator.unit"),
                      Catch::StartsWith("indicator.unit: unknown unit 'procent'"));
    CHECK_THROWS_WITH(direction_from_string("down"), Catch::Contains("unknown direction 'down'"));
}
