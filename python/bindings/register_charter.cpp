// Bindings of the charter model: parties, districts, themes, ambitions, commitments, finance tables
// and their audit, progress arrangements, amendments, the charter and its queries.
#include "pybind11.hpp"

#include "charterkit/charter.hpp"
#include "charterkit/io_json.hpp"

#include "enum_arg.hpp"
#include "pickle.hpp"

namespace charterkit::python {

namespace {

template <class E>
void simple_enum(py::module_& m, const char* name, const char* doc,
                 std::initializer_list<std::pair<const char*, E>> values) {
    py::native_enum<E> e(m, name, "enum.Enum", doc);
    for (const auto& [n, v] : values) e.value(n, v);
    e.finalize();
}

/// A pickle through the JSON form (for the composite types that have one).
template <class T, class Parse>
void json_pickle(py::class_<T>& cls, Parse parse) {
    cls.def(py::pickle(
        [](const T& x) { return py::make_tuple(record_state_version, to_json(x, -1)); },
        [parse](const py::tuple& t) {
            if (t.size() != 2 || t[0].cast<int>() != record_state_version)
                throw InvalidInputError("cannot unpickle state of another version or shape");
            return parse(t[1].cast<std::string>(), "<pickle>");
        }));
    cls.def(
        "__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator());
    cls.def(
        "to_json", [](const T& x, int indent) { return to_json(x, indent); }, "indent"_a = -1,
        "The JSON form of the file format.");
}

} // namespace

void register_charter(py::module_& m) {
    simple_enum<PartyKind>(m, "PartyKind", "What kind of organisation a party is.",
                           {{"state", PartyKind::state},
                            {"ministry", PartyKind::ministry},
                            {"municipality", PartyKind::municipality},
                            {"housing_corporation", PartyKind::housing_corporation},
                            {"police_region", PartyKind::police_region},
                            {"other", PartyKind::other}});
    simple_enum<PartyRole>(m, "PartyRole", "The part a party plays.",
                           {{"signatory", PartyRole::signatory},
                            {"co_signatory", PartyRole::co_signatory},
                            {"funder", PartyRole::funder},
                            {"partner", PartyRole::partner},
                            {"client", PartyRole::client},
                            {"contractor", PartyRole::contractor},
                            {"lead", PartyRole::lead},
                            {"participant", PartyRole::participant},
                            {"co_involved", PartyRole::co_involved},
                            {"other", PartyRole::other}});
    simple_enum<AreaKind>(m, "AreaKind", "What a sub-area is.",
                          {{"area", AreaKind::area},
                           {"neighbourhood", AreaKind::neighbourhood},
                           {"postcode_area", AreaKind::postcode_area},
                           {"other", AreaKind::other}});
    simple_enum<ThemeKey>(m, "ThemeKey", "Canonical theme keys.",
                          {{"housing", ThemeKey::housing},
                           {"work", ThemeKey::work},
                           {"learning_and_growing_up", ThemeKey::learning_and_growing_up},
                           {"integration", ThemeKey::integration},
                           {"safety", ThemeKey::safety},
                           {"resident_participation", ThemeKey::resident_participation},
                           {"health", ThemeKey::health},
                           {"overarching", ThemeKey::overarching},
                           {"other", ThemeKey::other}});
    simple_enum<Side>(m, "Side", "Which side commits.",
                      {{"city", Side::city},
                       {"state", Side::state},
                       {"corporations", Side::corporations},
                       {"other", Side::other}});
    simple_enum<AmountBasis>(m, "AmountBasis", "How an amount is meant.",
                             {{"once", AmountBasis::once},
                              {"per_year", AmountBasis::per_year},
                              {"max_per_year", AmountBasis::max_per_year},
                              {"total_through", AmountBasis::total_through},
                              {"total", AmountBasis::total}});
    simple_enum<ArrangementKind>(m, "ArrangementKind", "What kind of progress arrangement.",
                                 {{"administrative_talk", ArrangementKind::administrative_talk},
                                  {"visitation", ArrangementKind::visitation},
                                  {"monitor", ArrangementKind::monitor},
                                  {"report", ArrangementKind::report},
                                  {"other", ArrangementKind::other}});
    simple_enum<Frequency>(m, "Frequency", "How often an arrangement happens.",
                           {{"annual", Frequency::annual},
                            {"biannual", Frequency::biannual},
                            {"once", Frequency::once},
                            {"per_term", Frequency::per_term},
                            {"continuous", Frequency::continuous}});
    simple_enum<SigningStatus>(m, "SigningStatus", "Whether the signing date is known.",
                               {{"known", SigningStatus::known},
                                {"unknown", SigningStatus::unknown},
                                {"partial", SigningStatus::partial}});
    simple_enum<AuditFinding::Status>(m, "AuditStatus", "What the audit found for a printed total.",
                                      {{"ok", AuditFinding::Status::ok},
                                       {"mismatch", AuditFinding::Status::mismatch},
                                       {"unverifiable", AuditFinding::Status::unverifiable}});

    RecordClass<Party> party(m, "Party", "A party with its role.");
    party
        .def(py::init([](std::string id, std::string name, const py::object& kind,
                         const py::object& role, std::string name_en) {
                 Party p;
                 p.id = std::move(id);
                 p.name = std::move(name);
                 p.kind = enum_arg<PartyKind>(kind, party_kind_from_string, "kind");
                 if (!role.is_none())
                     p.role = enum_arg<PartyRole>(role, party_role_from_string, "role");
                 p.name_en = std::move(name_en);
                 return p;
             }),
             "id"_a = "", "name"_a = "", "kind"_a = "other", "role"_a = py::none(),
             "name_en"_a = "")
        .field("id", &Party::id)
        .field("name", &Party::name)
        .field("name_en", &Party::name_en)
        .field("kind", &Party::kind)
        .field("role", &Party::role)
        .field("source", &Party::source)
        .def("__repr__", [](const Party& p) { return "Party('" + p.id + "', '" + p.name + "')"; });

    RecordClass<Signatory> signatory(m, "Signatory", "A person who signed, for a party.");
    signatory.def(py::init<>())
        .field("person", &Signatory::person)
        .field("office", &Signatory::office)
        .field("party", &Signatory::party)
        .field("date", &Signatory::date)
        .field("place", &Signatory::place)
        .field("source", &Signatory::source)
        .def("__repr__", [](const Signatory& s) { return "Signatory('" + s.person + "')"; });

    RecordClass<SubArea> sub_area(m, "SubArea", "A part of a district; sub-areas nest.");
    sub_area.def(py::init<>())
        .field("id", &SubArea::id)
        .field("name", &SubArea::name)
        .field("kind", &SubArea::kind)
        .field("sub_areas", &SubArea::sub_areas)
        .field("source", &SubArea::source)
        .def("__repr__", [](const SubArea& s) { return "SubArea('" + s.id + "')"; });

    RecordClass<District> district(m, "District", "A district covered by a charter.");
    district.def(py::init<>())
        .field("id", &District::id)
        .field("name", &District::name)
        .field("sub_areas", &District::sub_areas)
        .field("source", &District::source)
        .field("notes", &District::notes)
        .def("count_sub_areas", &District::count_sub_areas, "Sub-areas at every depth.")
        .def("__repr__",
             [](const District& d) { return "District('" + d.id + "', '" + d.name + "')"; });

    RecordClass<Theme> theme(m, "Theme", "A theme: canonical key and the heading as printed.");
    theme.def(py::init<>())
        .field("key", &Theme::key)
        .field("label", &Theme::label)
        .field("label_en", &Theme::label_en)
        .field("source", &Theme::source)
        .def("__repr__", [](const Theme& t) {
            return "Theme(" + std::string(to_string(t.key)) + ", '" + t.label + "')";
        });

    py::class_<Ambition> ambition(m, "Ambition",
                                  "A shared ambition: theme, district scope, summary, targets.");
    ambition.def(py::init<>())
        .def_readwrite("id", &Ambition::id)
        .def_readwrite("theme", &Ambition::theme)
        .def_readwrite("theme_label", &Ambition::theme_label)
        .def_readwrite("districts", &Ambition::districts)
        .def_readwrite("summary", &Ambition::summary)
        .def_readwrite("targets", &Ambition::targets)
        .def_readwrite("source", &Ambition::source)
        .def_readwrite("notes", &Ambition::notes)
        .def("covers", &Ambition::covers, "district"_a,
             "True when the ambition covers the district.")
        .def_static(
            "from_json", [](const std::string& s) { return parse_ambition(s); }, "text"_a)
        .def("__repr__", [](const Ambition& a) {
            return "Ambition('" + a.id + "', " + std::string(to_string(a.theme)) + ", " +
                   std::to_string(a.targets.size()) + " targets)";
        });
    json_pickle(ambition,
                [](const std::string& s, const std::string& n) { return parse_ambition(s, n); });

    RecordClass<Amount> amount(m, "Amount",
                               "An amount of money (euros) with its basis and period.");
    amount
        .def(py::init([](double value, const py::object& basis, std::optional<int> from_year,
                         std::optional<int> to_year, bool approximate) {
                 Amount a;
                 a.value = value;
                 a.basis = enum_arg<AmountBasis>(basis, amount_basis_from_string, "basis");
                 a.from_year = from_year;
                 a.to_year = to_year;
                 a.approximate = approximate;
                 return a;
             }),
             "value"_a = 0.0, "basis"_a = "once", "from_year"_a = py::none(),
             "to_year"_a = py::none(), "approximate"_a = false)
        .field("value", &Amount::value)
        .field("currency", &Amount::currency)
        .field("basis", &Amount::basis)
        .field("from_year", &Amount::from_year)
        .field("to_year", &Amount::to_year)
        .field("approximate", &Amount::approximate)
        .def(
            "within", &Amount::within, "start"_a, "stop"_a, "default_from"_a = py::none(),
            "default_to"_a = py::none(),
            "The part of the amount in years [start, stop]; None when it cannot be placed in time.")
        .def("__repr__", [](const Amount& a) {
            return "Amount(" + detail::number(a.value) + ", " + std::string(to_string(a.basis)) +
                   ")";
        });

    py::class_<Commitment> commitment(m, "Commitment",
                                      "A commitment by one party, optionally with an amount.");
    commitment.def(py::init<>())
        .def_readwrite("id", &Commitment::id)
        .def_readwrite("party", &Commitment::party)
        .def_readwrite("side", &Commitment::side)
        .def_readwrite("theme", &Commitment::theme)
        .def_readwrite("districts", &Commitment::districts)
        .def_readwrite("summary", &Commitment::summary)
        .def_readwrite("amount", &Commitment::amount)
        .def_readwrite("source", &Commitment::source)
        .def_readwrite("notes", &Commitment::notes)
        .def_static(
            "from_json", [](const std::string& s) { return parse_commitment(s); }, "text"_a)
        .def("__repr__", [](const Commitment& c) {
            return "Commitment('" + c.id + "', " + std::string(to_string(c.side)) + ")";
        });
    json_pickle(commitment,
                [](const std::string& s, const std::string& n) { return parse_commitment(s, n); });

    RecordClass<Cell> cell(m, "Cell", "One printed cell: a number, PM, blank or a footnote mark.");
    cell.def(py::init<>())
        .field("value", &Cell::value)
        .field("pm", &Cell::pm)
        .field("mark", &Cell::mark)
        .field("decimals", &Cell::decimals)
        .field("source", &Cell::source)
        .def_property_readonly("blank", &Cell::blank)
        .def("__repr__", [](const Cell& c) {
            return c.value ? "Cell(" + detail::number(*c.value) + (c.pm ? " + PM" : "") + ")"
                   : c.pm  ? std::string("Cell(PM)")
                   : c.mark.empty() ? std::string("Cell()")
                                    : "Cell('" + c.mark + "')";
        });

    RecordClass<FinanceColumn> column(m, "FinanceColumn",
                                      "A funder column, or a total column over other columns.");
    column.def(py::init<>())
        .field("key", &FinanceColumn::key)
        .field("label", &FinanceColumn::label)
        .field("party", &FinanceColumn::party)
        .field("total", &FinanceColumn::total)
        .field("sum_of", &FinanceColumn::sum_of);

    RecordClass<FinanceTerm> term(m, "FinanceTerm", "One addend of a total row.");
    term.def(py::init([](std::string row, int sign) {
                 return FinanceTerm{std::move(row), sign};
             }),
             "row"_a = "", "sign"_a = 1)
        .field("row", &FinanceTerm::row)
        .field("sign", &FinanceTerm::sign);

    RecordClass<FinanceRow> row(m, "FinanceRow", "An item row, or a total row over other rows.");
    row.def(py::init<>())
        .field("key", &FinanceRow::key)
        .field("label", &FinanceRow::label)
        .field("total", &FinanceRow::total)
        .field("terms", &FinanceRow::terms)
        .field("cells", &FinanceRow::cells)
        .field("source", &FinanceRow::source);

    RecordClass<AuditFinding> finding(m, "AuditFinding",
                                      "What the audit found for one printed total.");
    finding.def(py::init<>())
        .field("status", &AuditFinding::status)
        .field("table", &AuditFinding::table)
        .field("axis", &AuditFinding::axis)
        .field("row", &AuditFinding::row)
        .field("column", &AuditFinding::column)
        .field("printed", &AuditFinding::printed)
        .field("computed", &AuditFinding::computed)
        .field("difference", &AuditFinding::difference)
        .field("tolerance", &AuditFinding::tolerance)
        .field("message", &AuditFinding::message)
        .def("__repr__", [](const AuditFinding& f) {
            return "AuditFinding(" + std::string(to_string(f.status)) + ": " + f.message + ")";
        });

    py::class_<FinanceTable> table(m, "FinanceTable",
                                   "A printed table of money, items by funders.");
    table.def(py::init<>())
        .def_readwrite("id", &FinanceTable::id)
        .def_readwrite("title", &FinanceTable::title)
        .def_readwrite("title_en", &FinanceTable::title_en)
        .def_readwrite("currency", &FinanceTable::currency)
        .def_readwrite("scale", &FinanceTable::scale)
        .def_readwrite("decimals", &FinanceTable::decimals)
        .def_readwrite("district", &FinanceTable::district)
        .def_readwrite("columns", &FinanceTable::columns)
        .def_readwrite("rows", &FinanceTable::rows)
        .def_readwrite("source", &FinanceTable::source)
        .def_readwrite("notes", &FinanceTable::notes)
        .def("matrix", &FinanceTable::matrix,
             "Printed numbers, rows x columns (NaN where a cell holds no number; see mask()).")
        .def(
            "mask",
            [](const FinanceTable& t) {
                return Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic>(t.mask());
            },
            "True where a cell holds a printed number.")
        .def("problems", &FinanceTable::problems, "path"_a = "")
        .def(
            "audit", [](const FinanceTable& t, bool include_ok) { return audit(t, include_ok); },
            "include_ok"_a = false,
            "Recomputes every printed total; returns the findings (mismatches and unverifiable "
            "ones, or all).")
        .def_static(
            "from_json", [](const std::string& s) { return parse_finance_table(s); }, "text"_a)
        .def("__repr__", [](const FinanceTable& t) {
            return "FinanceTable('" + t.id + "', " + std::to_string(t.rows.size()) + " x " +
                   std::to_string(t.columns.size()) + ")";
        });
    json_pickle(table, [](const std::string& s, const std::string& n) {
        return parse_finance_table(s, n);
    });
    m.def(
        "audit", [](const FinanceTable& t, bool include_ok) { return audit(t, include_ok); },
        "table"_a, "include_ok"_a = false, "Recomputes every printed total of a finance table.");

    RecordClass<ProgressArrangement> arrangement(m, "ProgressArrangement",
                                                 "A progress arrangement of a charter.");
    arrangement.def(py::init<>())
        .field("kind", &ProgressArrangement::kind)
        .field("frequency", &ProgressArrangement::frequency)
        .field("year", &ProgressArrangement::year)
        .field("parties", &ProgressArrangement::parties)
        .field("summary", &ProgressArrangement::summary)
        .field("source", &ProgressArrangement::source);

    RecordClass<Amendment> amendment(
        m, "Amendment", "A dated change: an RFC 6902 JSON Patch on the charter's file form.");
    amendment
        .def(py::init([](Date date, std::string summary, std::string patch_json) {
                 return Amendment{date, std::move(summary), std::move(patch_json), std::nullopt};
             }),
             "date"_a = Date(2000, 1, 1), "summary"_a = "", "patch_json"_a = "[]")
        .field("date", &Amendment::date)
        .field("summary", &Amendment::summary)
        .field("patch_json", &Amendment::patch_json)
        .field("source", &Amendment::source);

    RecordClass<Signing> signing(m, "Signing", "When and where a charter was signed.");
    signing.def(py::init<>())
        .field("date", &Signing::date)
        .field("place", &Signing::place)
        .field("status", &Signing::status)
        .field("note", &Signing::note)
        .field("source", &Signing::source);

    RecordClass<Validity> validity(m, "Validity", "The period a charter is in force (inclusive).");
    validity.def(py::init<>())
        .field("start", &Validity::from)
        .field("end", &Validity::to) // `from` is a Python keyword
        .field("source", &Validity::source)
        .field("notes", &Validity::notes)
        .def("contains", &Validity::contains, "date"_a);

    py::class_<TargetEntry>(m, "TargetEntry",
                            "A target with the charter and ambition it belongs to.")
        .def_readonly("charter", &TargetEntry::charter)
        .def_readonly("ambition", &TargetEntry::ambition)
        .def_readonly("theme", &TargetEntry::theme)
        .def_readonly("target", &TargetEntry::target)
        .def("__repr__", [](const TargetEntry& e) {
            return "TargetEntry('" + e.charter + "', '" + e.target.id + "')";
        });

    py::class_<MoneyByParty>(m, "MoneyByParty",
                             "Money committed by one party within a window of years.")
        .def_readonly("party", &MoneyByParty::party)
        .def_readonly("amount", &MoneyByParty::amount)
        .def_readonly("commitments", &MoneyByParty::commitments)
        .def_readonly("open", &MoneyByParty::open)
        .def("__repr__", [](const MoneyByParty& x) {
            return "MoneyByParty('" + x.party + "', " + detail::number(x.amount) + ")";
        });

    py::class_<Charter> charter(m, "Charter",
                                "A charter between the state and a city about its districts.");
    charter.def(py::init<>())
        .def_readwrite("id", &Charter::id)
        .def_readwrite("city", &Charter::city)
        .def_readwrite("title", &Charter::title)
        .def_readwrite("title_en", &Charter::title_en)
        .def_readwrite("source", &Charter::source)
        .def_readwrite("districts", &Charter::districts)
        .def_readwrite("parties", &Charter::parties)
        .def_readwrite("signatories", &Charter::signatories)
        .def_readwrite("signed", &Charter::signed_)
        .def_readwrite("validity", &Charter::validity)
        .def_readwrite("themes", &Charter::themes)
        .def_readwrite("ambitions", &Charter::ambitions)
        .def_readwrite("commitments", &Charter::commitments)
        .def_readwrite("finance_tables", &Charter::finance_tables)
        .def_readwrite("progress", &Charter::progress)
        .def_readwrite("amendments", &Charter::amendments)
        .def_readwrite("notes", &Charter::notes)
        .def("district", &Charter::district, "id"_a,
             "Raises NotFoundError (a KeyError) when absent.")
        .def("party", &Charter::party, "id"_a)
        .def("target", &Charter::target, "id"_a)
        .def("finance_table", &Charter::finance_table, "id"_a)
        .def(
            "targets",
            [](const Charter& c, const py::object& theme, std::optional<std::string> district,
               std::optional<std::string> indicator, std::optional<int> milestone_year) {
                TargetQuery q;
                if (!theme.is_none())
                    q.theme = enum_arg<ThemeKey>(theme, theme_key_from_string, "theme");
                q.district = std::move(district);
                q.indicator = std::move(indicator);
                q.milestone_year = milestone_year;
                return c.targets(q);
            },
            "theme"_a = py::none(), "district"_a = py::none(), "indicator"_a = py::none(),
            "milestone_year"_a = py::none(),
            "Targets matching every given filter (theme key or name, district id, indicator id, a "
            "milestone year).")
        .def("count_targets", &Charter::count_targets)
        .def("count_milestones", &Charter::count_milestones)
        .def(
            "commitments_by",
            [](const Charter& c, std::optional<std::string> party, const py::object& side) {
                std::optional<Side> s;
                if (!side.is_none()) s = enum_arg<Side>(side, side_from_string, "side");
                return c.commitments_by(party, s);
            },
            "party"_a = py::none(), "side"_a = py::none())
        .def("money_by_party", &Charter::money_by_party, "start"_a, "stop"_a,
             "Euros per party within years [start, stop]; open years default to the validity "
             "period.")
        .def("problems", &Charter::problems, "Every cross-reference and consistency problem.")
        .def("as_of", &Charter::as_of, "date"_a,
             "The charter in force on a date (amendments applied).")
        .def_static(
            "from_json",
            [](const std::string& s, const std::string& name) { return parse_charter(s, name); },
            "text"_a, "name"_a = "<string>")
        .def("__repr__", [](const Charter& c) {
            return "Charter('" + c.id + "', " + std::to_string(c.districts.size()) +
                   " districts, " + std::to_string(c.count_targets()) + " targets)";
        });
    json_pickle(charter,
                [](const std::string& s, const std::string& n) { return parse_charter(s, n); });
}

} // namespace charterkit::python
