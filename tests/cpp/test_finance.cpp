// Tests of finance.hpp: the audit of printed totals, on the real tables of seed 004 (Dordrecht
// lines 3760-3769 and 3781-3785), typed in here cell by cell.
#include "charterkit/finance.hpp"

#include <catch2/catch.hpp>

using namespace charterkit;

namespace {

Cell num(double v, std::optional<int> decimals = std::nullopt) {
    Cell c;
    c.value = v;
    c.decimals = decimals;
    return c;
}
Cell blank() { return Cell{}; }
Cell marked(const char* m) {
    Cell c;
    c.mark = m;
    return c;
}
FinanceRow item(const char* key, std::vector<Cell> cells) {
    return FinanceRow{key, key, false, {}, std::move(cells), {}};
}
FinanceRow total(const char* key, std::vector<FinanceTerm> terms, std::vector<Cell> cells) {
    return FinanceRow{key, key, true, std::move(terms), std::move(cells), {}};
}

// "Extra Investerings Wielwijk" (lines 3760-3769), in € million with one decimal.
FinanceTable wielwijk() {
    FinanceTable t;
    t.id = "dordrecht.wielwijk";
    t.scale = 1e6;
    t.decimals = 1;
    t.columns = {{"gemeente", "Gemeente Dordrecht", "", false, {}},
                 {"woonbron", "Woonbron", "", false, {}},
                 {"totaal", "Totaal", "", true, {"gemeente", "woonbron"}}};
    t.rows = {
        item("fysiek", {num(1.4), num(25.6), num(27.0)}),
        item("admiraalsplein", {marked("*"), num(5.5), num(5.5)}),
        item("vastgoed", {blank(), num(5.0), num(5.0)}),
        item("openbare-ruimte", {num(19.4), num(2.0), num(21.3)}),
        item("plankosten", {num(2.9), num(4.3), num(7.2)}),
        item("sociaal", {num(2.0), num(8.0), num(10.0)}),
        total("kosten",
              {{"fysiek", 1},
               {"admiraalsplein", 1},
               {"vastgoed", 1},
               {"openbare-ruimte", 1},
               {"plankosten", 1},
               {"sociaal", 1}},
              {num(25.7), num(50.4), num(76.1)}),
        item("opbrengsten", {num(11.2), num(19.0), num(25.2)}),
        total("totaal", {{"kosten", 1}, {"opbrengsten", -1}}, {num(14.5), num(31.5), num(46.0)}),
    };
    return t;
}

const AuditFinding* find(const std::vector<AuditFinding>& fs, const std::string& row,
                         const std::string& col, const std::string& axis) {
    for (const auto& f : fs)
        if (f.row == row && f.column == col && f.axis == axis) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("finance: the Wielwijk table, recomputed by hand (lines 3760-3769)", "[finance]") {
    const FinanceTable t = wielwijk();
    REQUIRE(t.problems().empty());
    const auto all = audit(t, true);
    const auto bad = audit(t);
    // Row totals (the Totaal column), one decimal: tolerance 3 * 0.05 = 0.15.
    // openbare ruimte: 19.4 + 2.0 = 21.4 vs 21.3 printed: within rounding.
    const auto* o = find(all, "openbare-ruimte", "totaal", "column");
    REQUIRE(o);
    CHECK(o->status == AuditFinding::Status::ok);
    CHECK(o->computed == Approx(21.4));
    CHECK(o->tolerance == Approx(0.15));
    // opbrengsten: 11.2 + 19.0 = 30.2 vs 25.2 printed: off by 5.0.
    const auto* r = find(bad, "opbrengsten", "totaal", "column");
    REQUIRE(r);
    CHECK(r->status == AuditFinding::Status::mismatch);
    CHECK(r->difference == Approx(-5.0));
    // Column totals. Gemeente costs: 1.4 + 19.4 + 2.9 + 2.0 = 25.7 (the * cell is a footnote, not a
    // number).
    CHECK(find(all, "kosten", "gemeente", "row")->status == AuditFinding::Status::ok);
    // Woonbron costs: 25.6 + 5.5 + 5.0 + 2.0 + 4.3 + 8.0 = 50.4.
    CHECK(find(all, "kosten", "woonbron", "row")->computed == Approx(50.4));
    // Total = costs - revenues. Woonbron: 50.4 - 19.0 = 31.4 vs 31.5: within 3 * 0.05.
    CHECK(find(all, "totaal", "woonbron", "row")->status == AuditFinding::Status::ok);
    // Totaal column: 76.1 - 25.2 = 50.9 vs 46.0 printed.
    const auto* tt = find(bad, "totaal", "totaal", "row");
    REQUIRE(tt);
    CHECK(tt->difference == Approx(46.0 - 50.9));
    CHECK_THAT(tt->message, Catch::Contains("printed 46.0") && Catch::Contains("recomputed 50.9"));
    // Also the costs row's own total column: 25.7 + 50.4 = 76.1: fine.
    CHECK(find(all, "kosten", "totaal", "column")->status == AuditFinding::Status::ok);
    CHECK(bad.size() == 2);
}

TEST_CASE("finance: per-cell precision sets the tolerance (Crabbehof, lines 3781-3785)",
          "[finance]") {
    FinanceTable t;
    t.id = "dordrecht.crabbehof";
    t.decimals = 1;
    t.columns = {{"gemeente", "", "", false, {}},
                 {"woonbron", "", "", false, {}},
                 {"interstede", "", "", false, {}},
                 {"corporaties", "", "", false, {}},
                 {"totaal", "", "", true, {"gemeente", "woonbron", "interstede", "corporaties"}}};
    t.rows = {item("openbare-ruimte", {num(2.5), blank(), blank(), blank(), num(2.5)}),
              item("fysiek", {blank(), num(2.5), num(0.82, 2), blank(), num(3.32, 2)}),
              item("sociaal", {num(5.1), blank(), blank(), num(10, 0), num(15.1)}),
              total("totaal", {{"openbare-ruimte", 1}, {"fysiek", 1}, {"sociaal", 1}},
                    {num(7.6), num(2.5), num(0.82, 2), num(10, 0), num(20.92, 2)})};
    const auto all = audit(t, true);
    // every total adds up: 2.5 + 5.1 = 7.6; 2.5 + 0.82 = 3.32; 5.1 + 10 = 15.1; 2.5 + 3.32 + 15.1
    // = 20.92
    for (const auto& f : all) CHECK(f.status == AuditFinding::Status::ok);
    // tolerance of 3.32 (2 decimals) = 0.005 + 0.05 (2.5) + 0.005 (0.82)
    CHECK(find(all, "fysiek", "totaal", "column")->tolerance == Approx(0.06));
    // 4 rows checked in the totaal column (the totaal row's own cell too) and 5 columns in the
    // totaal row
    CHECK(all.size() == 4 + 5);
}

TEST_CASE("finance: PM cells make a total unverifiable, not wrong (Eindhoven, lines 4239-4249)",
          "[finance]") {
    FinanceTable t;
    t.id = "eindhoven";
    t.columns = {{"corporaties", "", "", false, {}}, {"gemeente", "", "", false, {}}};
    Cell pm;
    pm.pm = true;
    t.rows = {
        item("werkloosheid", {pm, num(2500000)}), item("voordeur", {pm, num(8700000)}),
        total("totaal", {{"werkloosheid", 1}, {"voordeur", 1}}, {num(81000000), num(11200000)})};
    const auto found = audit(t, true);
    REQUIRE(found.size() == 2);
    CHECK(found[0].status == AuditFinding::Status::unverifiable);
    CHECK_THAT(found[0].message, Catch::Contains("PM in row 'werkloosheid', row 'voordeur'"));
    CHECK(found[1].status == AuditFinding::Status::ok);
}

TEST_CASE("finance: a broken table is reported, not audited", "[finance]") {
    FinanceTable t = wielwijk();
    t.rows[0].cells.pop_back();
    t.rows[8].terms.push_back({"nope", 1});
    const auto p = t.problems();
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "finance table 'dordrecht.wielwijk'.rows[0].cells: 2 cells for 3 columns");
    CHECK(p[1] == "finance table 'dordrecht.wielwijk'.rows[8].terms[2].row: no row 'nope'");
    CHECK_THROWS_AS(audit(t), InvalidInputError);
}

TEST_CASE("finance: the matrix holds the printed numbers, the mask says where", "[finance]") {
    const FinanceTable t = wielwijk();
    const Eigen::MatrixXd m = t.matrix();
    CHECK(m.rows() == 9);
    CHECK(m.cols() == 3);
    CHECK(m(0, 1) == 25.6);
    CHECK_FALSE(t.mask()(1, 0)); // the "*" cell
    CHECK(t.mask().count() == 25);
}

TEST_CASE("finance: a total with a PM addend is unverifiable unless the numbers already exceed it",
          "[finance]") {
    // Rotterdam, investment per year (lines 7431-7439): 3,5 + 18,5 + 19 + 2,3 + PM (Vreewijk) +
    // 31,6 + 13 = 87,9 against 87 printed; tolerance: four one-decimal addends (4 x 0,05), two
    // whole ones (2 x 0,5) and the whole total (0,5) = 1,7, so the excess 0,9 is within rounding:
    // PM leaves it open.
    FinanceTable t;
    t.id = "rotterdam";
    t.decimals = 1;
    t.columns = {{"per-jaar", "", "", false, {}}};
    Cell pm;
    pm.pm = true;
    t.rows = {item("bergpolder", {num(3.5)}),
              item("noord", {num(18.5)}),
              item("west", {num(19, 0)}),
              item("overschie", {num(2.3)}),
              item("vreewijk", {pm}),
              item("oud-zuid", {num(31.6)}),
              item("tuinsteden", {num(13, 0)}),
              total("totaal",
                    {{"bergpolder", 1},
                     {"noord", 1},
                     {"west", 1},
                     {"overschie", 1},
                     {"vreewijk", 1},
                     {"oud-zuid", 1},
                     {"tuinsteden", 1}},
                    {num(87, 0)})};
    auto found = audit(t);
    REQUIRE(found.size() == 1);
    CHECK(found[0].status == AuditFinding::Status::unverifiable);
    CHECK(found[0].computed == Approx(87.9));
    CHECK(found[0].tolerance == Approx(1.7));
    // synthetic: printed 85 instead: 87,9 - 85 = 2,9 > 1,7, and PM can only add: a mismatch
    t.rows.back().cells[0] = num(85, 0);
    found = audit(t);
    REQUIRE(found.size() == 1);
    CHECK(found[0].status == AuditFinding::Status::mismatch);
    CHECK_THAT(found[0].message,
               Catch::Contains("already sum to 87.9") && Catch::Contains("can only add"));
}
