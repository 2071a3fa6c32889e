// Tests of charter.hpp: queries, money by party, cross-reference checks and as_of across an
// amendment, on the test excerpt of the Dordrecht charter (tests/data/dordrecht_excerpt.json).
#include "charterkit/charter.hpp"
#include "charterkit/io_json.hpp"

#include <catch2/catch.hpp>

using namespace charterkit;

namespace {
Charter excerpt() {
    return load_charter(std::string(CHARTERKIT_TEST_DATA) + "/dordrecht_excerpt.json");
}
} // namespace

TEST_CASE("charter: targets by theme, district, indicator and milestone year", "[charter]") {
    const Charter c = excerpt();
    CHECK(c.targets().size() == 2);
    CHECK(c.targets({ThemeKey::safety, {}, {}, {}}).size() == 2);
    CHECK(c.targets({ThemeKey::work, {}, {}, {}}).empty());
    const auto w = c.targets({{}, std::string("wielwijk"), {}, {}});
    REQUIRE(w.size() == 1);
    CHECK(w[0].target.id == "dordrecht-excerpt.wielwijk.oordeel-buurt");
    CHECK(w[0].ambition == "dordrecht-excerpt.safety.wielwijk");
    CHECK(c.targets({{}, {}, std::string("rapportcijfer_veiligheid"), {}}).size() == 1);
    CHECK(c.targets({{}, {}, {}, 2011}).size() == 2);
    CHECK(c.targets({{}, {}, {}, 2014}).empty());
    CHECK(c.count_milestones() == 4);
    CHECK_THROWS_AS(c.target("nope"), NotFoundError);
    CHECK(c.district("crabbehof").count_sub_areas() == 1);
}

TEST_CASE("charter: money by party within a period", "[charter]") {
    const Charter c = excerpt();
    // Woonbron: € 31.5 million in total through 2018 (line 3754); the start is open, so it runs
    // from the validity start 2008: 11 years, 2008-2018. Within 2008-2011: 4/11 of it.
    const auto money = c.money_by_party(2008, 2011);
    REQUIRE(money.size() == 1);
    CHECK(money[0].party == "woonbron");
    CHECK(money[0].amount == Approx(31.5e6 * 4.0 / 11.0));
    CHECK(c.money_by_party(2008, 2018)[0].amount == Approx(31.5e6));
    CHECK(c.commitments_by(std::string("woonbron")).size() == 1);
    CHECK(c.commitments_by(std::nullopt, Side::state).empty());
}

TEST_CASE("charter: amounts count per year, once, or spread over their years", "[charter]") {
    Amount per_year{2.9e6, "EUR", AmountBasis::max_per_year, 2008, 2011, false};
    CHECK(*per_year.within(2010, 2020) == Approx(2 * 2.9e6));
    Amount once{225000, "EUR", AmountBasis::once, 2008, std::nullopt, false};
    CHECK(*once.within(2008, 2008) == 225000);
    CHECK(*once.within(2009, 2017) == 0.0);
    Amount open{1e6, "EUR", AmountBasis::total, std::nullopt, std::nullopt, false};
    CHECK_FALSE(open.within(2008, 2017));
    CHECK(*open.within(2008, 2009, 2008, 2017) == Approx(2e5));
}

TEST_CASE("charter: as_of applies the amendments in force on the date", "[charter]") {
    const Charter c = excerpt();
    // the synthetic amendment of 2012-01-01 raises Wielwijk's 2011 milestone from 6.5 to 6.6
    const Charter before = c.as_of(Date(2011, 6, 1));
    const Charter after = c.as_of(Date(2012, 6, 1));
    CHECK(before.target("dordrecht-excerpt.wielwijk.oordeel-buurt").level(0) == 6.5);
    CHECK(after.target("dordrecht-excerpt.wielwijk.oordeel-buurt").level(0) == 6.6);
    CHECK(before == c);
    CHECK_THROWS_WITH(c.as_of(Date(2019, 1, 1)),
                      Catch::Contains("2019-01-01 lies outside the validity period"));
}

TEST_CASE("charter: an amendment that breaks the charter is an error naming it", "[charter]") {
    Charter c = excerpt();
    c.amendments[0].patch_json =
        R"([{"op":"replace","path":"/ambitions/0/targets/0/milestones/0/year","value":2001}])";
    CHECK_THROWS_WITH(c.as_of(Date(2013, 1, 1)),
                      Catch::Contains("leave an invalid charter") &&
                          Catch::Contains("2001 is before the baseline year 2005"));
    c.amendments[0].patch_json = R"([{"op":"remove","path":"/nothing/here"}])";
    CHECK_THROWS_WITH(c.as_of(Date(2013, 1, 1)), Catch::Contains("the patch does not apply"));
}

TEST_CASE("charter: cross references are checked, every problem at once", "[charter]") {
    Charter c = excerpt();
    c.ambitions[0].districts.push_back("dubbeldam");
    c.ambitions[1].targets[0].district = "sterrenburg";
    c.commitments[0].party = "progez";
    c.districts.push_back(c.districts[0]);
    const auto p = c.problems();
    REQUIRE(p.size() == 4);
    CHECK(p[0] == "districts[2].id: 'wielwijk' occurs twice");
    CHECK(p[1] == "ambitions[0].districts[1]: no district 'dubbeldam' in this charter");
    CHECK(p[2] == "ambitions[1].targets[0].district: no district 'sterrenburg' in this charter");
    CHECK(p[3] == "commitments[0].party: no party 'progez' in this charter");
}
