// Tests of series.hpp: sorted, unique, finite observations, and the messages when they are not.
#include "charterkit/series.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace charterkit;

TEST_CASE("series: holds sorted observations and finds them by date and year", "[series]") {
    // synthetic monitor values (not from the seed)
    Series s({Date(2007, 1, 1), Date(2009, 1, 1), Date(2011, 1, 1)}, {9.2, 8.9, 8.1},
             "observations", ValueRange{0, 100});
    CHECK(s.size() == 3);
    CHECK(s.latest().value == 8.1);
    CHECK(s.value_on(Date(2009, 1, 1)) == 8.9);
    CHECK_FALSE(s.value_on(Date(2009, 1, 2)));
    CHECK(s.value_in_year(2011) == 8.1);
    CHECK_FALSE(s.value_in_year(2010));
    CHECK(s.times()[1] == 2009.0);
}

TEST_CASE("series: unsorted, duplicate, NaN and out-of-range entries are errors", "[series]") {
    CHECK_THROWS_WITH(Series({Date(2009, 1, 1), Date(2007, 1, 1)}, {1, 2}, "obs"),
                      "obs[1].date: 2007-01-01 comes after 2009-01-01 (dates must be increasing)");
    CHECK_THROWS_WITH(Series({Date(2009, 1, 1), Date(2009, 1, 1)}, {1, 2}, "obs"),
                      "obs[1].date: 2009-01-01 occurs twice");
    CHECK_THROWS_WITH(Series({Date(2009, 1, 1)}, {std::numeric_limits<double>::quiet_NaN()}, "obs"),
                      Catch::Contains("obs[0].value: nan on 2009-01-01 is not a finite number"));
    CHECK_THROWS_WITH(Series({Date(2009, 1, 1)}, {120.0}, "obs", ValueRange{0, 100}),
                      "obs[0].value: 120 on 2009-01-01 is outside the range [0, 100]");
    CHECK_THROWS_WITH(Series({Date(2009, 1, 1)}, {1.0, 2.0}, "obs"), "obs: 1 dates but 2 values");
    CHECK_THROWS_WITH(Series().latest(), "series: the series is empty");
}

TEST_CASE("series: two observations in one year make a year lookup ambiguous", "[series]") {
    Series s({Date(2011, 1, 1), Date(2011, 7, 1)}, {6.0, 6.1}, "city average");
    CHECK_THROWS_WITH(s.value_in_year(2011), Catch::Contains("several observations in 2011"));
    CHECK(Series::from_years({2007, 2011}, {6.2, 5.8}, "r", std::nullopt, YearAnchor::start)
              .dates()[1] == Date(2011, 1, 1));
}
