// Bindings of the quantitative core: dates and the year convention, indicators, series, targets,
// trajectories.
#include "pybind11.hpp"

#include "charterkit/io_json.hpp"
#include "charterkit/trajectory.hpp"

#include "enum_arg.hpp"

namespace charterkit::python {

namespace {

constexpr int state_version = 1;

void check_state(const py::tuple& t, std::size_t size, const char* type) {
    if (t.size() != size || t[0].cast<int>() != state_version)
        throw InvalidInputError(std::string(type) +
                                ": cannot unpickle state of another version or shape");
}

void register_enums(py::module_& m) {
    py::native_enum<YearAnchor>(m, "YearAnchor", "enum.Enum",
                                "What a bare year means on the time axis.")
        .value("start", YearAnchor::start, "1 January: y + 0")
        .value("middle", YearAnchor::middle, "the middle of the year: y + 0.5 (default)")
        .value("end", YearAnchor::end, "the close of 31 December: y + 1")
        .finalize();
    py::native_enum<Unit>(m, "Unit", "enum.Enum", "Unit of an indicator.")
        .value("percent", Unit::percent)
        .value("grade", Unit::grade)
        .value("score", Unit::score)
        .value("count", Unit::count)
        .value("euro", Unit::euro)
        .value("ratio", Unit::ratio)
        .value("other", Unit::other)
        .finalize();
    py::native_enum<Direction>(m, "Direction", "enum.Enum", "Which way is better.")
        .value("higher_is_better", Direction::higher_is_better)
        .value("lower_is_better", Direction::lower_is_better)
        .finalize();
    py::native_enum<TargetForm>(m, "TargetForm", "enum.Enum", "How a milestone states its level.")
        .value("absolute", TargetForm::absolute)
        .value("change_points", TargetForm::change_points)
        .value("change_relative", TargetForm::change_relative)
        .value("reach_reference", TargetForm::reach_reference)
        .value("at_least_reference", TargetForm::at_least_reference)
        .value("gap_fraction", TargetForm::gap_fraction)
        .value("convergence", TargetForm::convergence)
        .value("share", TargetForm::share)
        .value("count_per_period", TargetForm::count_per_period)
        .value("improvement", TargetForm::improvement)
        .value("annual_rate", TargetForm::annual_rate)
        .value("reference_offset", TargetForm::reference_offset)
        .value("comparative", TargetForm::comparative)
        .finalize();
    py::native_enum<Comparator>(m, "Comparator", "enum.Enum", "How a stated level binds.")
        .value("reach", Comparator::reach)
        .value("at_least", Comparator::at_least)
        .value("at_most", Comparator::at_most)
        .finalize();
    py::native_enum<RebaseRule>(m, "RebaseRule", "enum.Enum",
                                "How a re-based target keeps its ambition.")
        .value("ratio", RebaseRule::ratio)
        .value("difference", RebaseRule::difference)
        .finalize();
    py::native_enum<Interpolation>(m, "Interpolation", "enum.Enum",
                                   "How a trajectory runs between anchors.")
        .value("linear", Interpolation::linear)
        .value("compound", Interpolation::compound)
        .value("step", Interpolation::step)
        .finalize();
}

} // namespace

void register_core(py::module_& m) {
    register_enums(m);

    m.def(
        "fractional_year", py::overload_cast<const Date&>(&fractional_year), "date"_a,
        "The start of a day on the fractional-year axis: year + (day_of_year - 1) / days_in_year.");
    m.def("date_from_fractional_year", &date_from_fractional_year, "time"_a,
          "The day that contains a fractional-year instant.");
    m.def(
        "anchor_date",
        [](int year, const py::object& anchor) {
            return anchor_date(year,
                               enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
        },
        "year"_a, "anchor"_a = "middle",
        "The calendar day a bare year stands for under a year convention.");

    py::class_<When>(m, "When", "A year ('in 2011') or an exact date.")
        .def(py::init([](int y) { return When::year(y); }), "year"_a)
        .def(py::init([](const Date& d) { return When::date(d); }), "date"_a)
        .def_static("year", &When::year, "year"_a, "A bare year.")
        .def_static("date", &When::date, "date"_a, "An exact date.")
        .def_property_readonly("is_year", &When::is_year)
        .def_property_readonly("calendar_year", &When::calendar_year)
        .def("exact_date", &When::exact_date, "The date. Raises InvalidInputError for a bare year.")
        .def(
            "time",
            [](const When& w, const py::object& anchor) {
                return w.time(enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
            },
            "anchor"_a = "middle",
            "The instant on the fractional-year axis under a year convention.")
        .def(
            "to_date",
            [](const When& w, const py::object& anchor) {
                return w.to_date(enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
            },
            "anchor"_a = "middle", "The calendar day this stands for under a year convention.")
        .def("__str__", &When::to_string)
        .def("__repr__",
             [](const When& w) {
                 return w.is_year()
                            ? "When(" + w.to_string() + ")"
                            : "When(datetime.date(" + std::to_string(w.exact_date().year()) + ", " +
                                  std::to_string(w.exact_date().month()) + ", " +
                                  std::to_string(w.exact_date().day()) + "))";
             })
        .def(
            "__eq__", [](const When& a, const When& b) { return a == b; }, py::is_operator())
        .def("__hash__", [](const When& w) { return py::hash(py::str(w.to_string())); })
        .def(py::pickle(
            [](const When& w) {
                return w.is_year()
                           ? py::tuple(py::make_tuple(state_version, w.calendar_year()))
                           : py::tuple(py::make_tuple(state_version, py::cast(w.exact_date())));
            },
            [](const py::tuple& t) {
                check_state(t, 2, "When");
                return py::isinstance<py::int_>(t[1]) ? When::year(t[1].cast<int>())
                                                      : When::date(t[1].cast<Date>());
            }));
    py::implicitly_convertible<py::int_, When>();
    py::implicitly_convertible<Date, When>();

    py::class_<ValueRange>(m, "ValueRange", "A closed interval [low, high] of valid values.")
        .def(py::init([](double lo, double hi) {
                 return ValueRange{lo, hi};
             }),
             "low"_a, "high"_a)
        .def_readwrite("low", &ValueRange::low)
        .def_readwrite("high", &ValueRange::high)
        .def("contains", &ValueRange::contains, "value"_a)
        .def(
            "__eq__", [](const ValueRange& a, const ValueRange& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const ValueRange& r) {
                 return "ValueRange(" + detail::number(r.low) + ", " + detail::number(r.high) + ")";
             })
        .def(py::pickle(
            [](const ValueRange& r) { return py::make_tuple(state_version, r.low, r.high); },
            [](const py::tuple& t) {
                check_state(t, 3, "ValueRange");
                return ValueRange{t[1].cast<double>(), t[2].cast<double>()};
            }));

    py::class_<Indicator>(m, "Indicator",
                          "What a target measures: unit, direction and valid range.")
        .def(py::init([](std::string id, std::string name, const py::object& unit,
                         const py::object& direction, std::optional<ValueRange> range,
                         std::string name_en) {
                 return Indicator(
                     std::move(id), std::move(name), enum_arg<Unit>(unit, unit_from_string, "unit"),
                     enum_arg<Direction>(direction, direction_from_string, "direction"), range,
                     std::move(name_en));
             }),
             "id"_a, "name"_a, "unit"_a, "direction"_a, "range"_a = py::none(), "name_en"_a = "",
             "Unit and direction are enum members or their names ('percent', 'lower_is_better'); "
             "the range "
             "defaults to the unit's ([0, 100] for percent, [1, 10] for grade).")
        .def_readwrite("id", &Indicator::id)
        .def_readwrite("name", &Indicator::name)
        .def_readwrite("name_en", &Indicator::name_en)
        .def_readwrite("unit", &Indicator::unit)
        .def_readwrite("direction", &Indicator::direction)
        .def_readwrite("range", &Indicator::range)
        .def("check", &Indicator::check, "value"_a, "field"_a = "value",
             "Raises InvalidInputError when the value is not finite or outside the range.")
        .def("at_least_as_good", &Indicator::at_least_as_good, "a"_a, "b"_a,
             "True when a is at least as good as b in this indicator's direction.")
        .def(
            "__eq__", [](const Indicator& a, const Indicator& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Indicator& i) {
                 return "Indicator('" + i.id + "', '" + i.name + "', " +
                        std::string(to_string(i.unit)) + ", " +
                        std::string(to_string(i.direction)) + ")";
             })
        .def(py::pickle(
            [](const Indicator& i) {
                return py::make_tuple(state_version, i.id, i.name, i.name_en, i.unit, i.direction,
                                      i.range);
            },
            [](const py::tuple& t) {
                check_state(t, 7, "Indicator");
                Indicator i;
                i.id = t[1].cast<std::string>();
                i.name = t[2].cast<std::string>();
                i.name_en = t[3].cast<std::string>();
                i.unit = t[4].cast<Unit>();
                i.direction = t[5].cast<Direction>();
                i.range = t[6].cast<std::optional<ValueRange>>();
                return i;
            }));

    py::class_<Series>(m, "Series", "Dated observations: increasing dates, finite values.")
        .def(py::init<std::vector<Date>, std::vector<double>, std::string,
                      std::optional<ValueRange>>(),
             "dates"_a, "values"_a, "name"_a = "series", "range"_a = py::none(),
             "Raises InvalidInputError naming the index, date and value of an unsorted, duplicate, "
             "non-finite or out-of-range entry.")
        .def_static(
            "from_years",
            [](const std::vector<int>& years, const std::vector<double>& values, std::string name,
               std::optional<ValueRange> range, const py::object& anchor) {
                return Series::from_years(
                    years, values, std::move(name), range,
                    enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
            },
            "years"_a, "values"_a, "name"_a = "series", "range"_a = py::none(),
            "anchor"_a = "middle",
            "A series from yearly values, each year placed on its anchor day.")
        .def("__len__", &Series::size)
        .def_property_readonly("name", &Series::name)
        .def_property_readonly("range", &Series::range)
        .def_property_readonly("dates", &Series::dates)
        .def_property_readonly("values",
                               [](const Series& s) { return Eigen::VectorXd(s.values()); })
        .def_property_readonly("times", &Series::times, "The dates as fractional years.")
        .def(
            "latest",
            [](const Series& s) {
                const auto o = s.latest();
                return py::make_tuple(o.date, o.value);
            },
            "The last observation as (date, value).")
        .def("value_on", &Series::value_on, "date"_a)
        .def("value_in_year", &Series::value_in_year, "year"_a)
        .def("value_for", &Series::value_for, "when"_a)
        .def(
            "__eq__", [](const Series& a, const Series& b) { return a == b; }, py::is_operator())
        .def("__repr__",
             [](const Series& s) {
                 return "Series('" + s.name() + "', " + std::to_string(s.size()) + " observations)";
             })
        .def(py::pickle(
            [](const Series& s) {
                return py::make_tuple(state_version, s.dates(),
                                      std::vector<double>(s.values().begin(), s.values().end()),
                                      s.name(), s.range());
            },
            [](const py::tuple& t) {
                check_state(t, 5, "Series");
                return Series(t[1].cast<std::vector<Date>>(), t[2].cast<std::vector<double>>(),
                              t[3].cast<std::string>(), t[4].cast<std::optional<ValueRange>>());
            }));

    py::class_<Source>(m, "Source", "Where a statement stands: document and 1-based line numbers.")
        .def(py::init([](std::vector<int> lines, std::string document) {
                 return Source{std::move(document), std::move(lines)};
             }),
             "lines"_a, "document"_a = "")
        .def_readwrite("document", &Source::document)
        .def_readwrite("lines", &Source::lines)
        .def(
            "__eq__", [](const Source& a, const Source& b) { return a == b; }, py::is_operator())
        .def("__repr__",
             [](const Source& s) {
                 std::string lines;
                 for (std::size_t i = 0; i < s.lines.size(); ++i)
                     lines += (i ? ", " : "") + std::to_string(s.lines[i]);
                 return "Source(lines=[" + lines + "]" +
                        (s.document.empty() ? "" : ", document='" + s.document + "'") + ")";
             })
        .def(py::pickle(
            [](const Source& s) { return py::make_tuple(state_version, s.document, s.lines); },
            [](const py::tuple& t) {
                check_state(t, 3, "Source");
                return Source{t[1].cast<std::string>(), t[2].cast<std::vector<int>>()};
            }));

    py::class_<DatedValue>(m, "DatedValue",
                           "A value at a year or date (a point of a reference series).")
        .def(py::init([](When when, double value, std::optional<Source> source, std::string note) {
                 return DatedValue{when, value, std::move(source), std::move(note)};
             }),
             "when"_a, "value"_a, "source"_a = py::none(), "note"_a = "")
        .def_readwrite("when", &DatedValue::when)
        .def_readwrite("value", &DatedValue::value)
        .def_readwrite("source", &DatedValue::source)
        .def_readwrite("note", &DatedValue::note)
        .def(
            "__eq__", [](const DatedValue& a, const DatedValue& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const DatedValue& v) {
                 return "DatedValue(" + v.when.to_string() + ", " + detail::number(v.value) + ")";
             })
        .def(py::pickle(
            [](const DatedValue& v) {
                return py::make_tuple(state_version, v.when, v.value, v.source, v.note);
            },
            [](const py::tuple& t) {
                check_state(t, 5, "DatedValue");
                return DatedValue{t[1].cast<When>(), t[2].cast<double>(),
                                  t[3].cast<std::optional<Source>>(), t[4].cast<std::string>()};
            }));

    py::class_<Baseline>(m, "Baseline",
                         "The starting point of a target; value None while still to be measured.")
        .def(py::init([](When when, std::optional<double> value, std::string pending,
                         std::vector<double> parts, std::optional<Source> source, bool inferred) {
                 Baseline b{when, value, std::move(pending), std::move(parts), std::move(source)};
                 b.inferred = inferred;
                 if (!b.value && b.pending.empty())
                     throw InvalidInputError(
                         "baseline: give a value, or pending= saying why it is not known");
                 return b;
             }),
             "when"_a, "value"_a = py::none(), "pending"_a = "", "parts"_a = std::vector<double>{},
             "source"_a = py::none(), "inferred"_a = false)
        .def_readwrite("when", &Baseline::when)
        .def_readwrite("value", &Baseline::value)
        .def_readwrite("pending", &Baseline::pending)
        .def_readwrite("parts", &Baseline::parts)
        .def_readwrite("source", &Baseline::source)
        .def_readwrite("inferred", &Baseline::inferred)
        .def(
            "__eq__", [](const Baseline& a, const Baseline& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Baseline& b) {
                 return "Baseline(" + b.when.to_string() + ", " +
                        (b.value ? detail::number(*b.value) : "pending") + ")";
             })
        .def(py::pickle(
            [](const Baseline& b) {
                return py::make_tuple(state_version, b.when, b.value, b.pending, b.parts, b.source,
                                      b.inferred);
            },
            [](const py::tuple& t) {
                check_state(t, 7, "Baseline");
                Baseline b{t[1].cast<When>(), t[2].cast<std::optional<double>>(),
                           t[3].cast<std::string>(), t[4].cast<std::vector<double>>(),
                           t[5].cast<std::optional<Source>>()};
                b.inferred = t[6].cast<bool>();
                return b;
            }));

    py::class_<Reference>(m, "Reference",
                          "A reference (the city average) with the values the text gives.")
        .def(py::init([](std::string label, std::vector<DatedValue> values, std::string label_en) {
                 return Reference{std::move(label), std::move(label_en), std::move(values)};
             }),
             "label"_a, "values"_a = std::vector<DatedValue>{}, "label_en"_a = "")
        .def_readwrite("label", &Reference::label)
        .def_readwrite("label_en", &Reference::label_en)
        .def_readwrite("values", &Reference::values)
        .def(
            "__eq__", [](const Reference& a, const Reference& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Reference& r) {
                 return "Reference('" + r.label + "', " + std::to_string(r.values.size()) +
                        " values)";
             })
        .def(py::pickle(
            [](const Reference& r) {
                return py::make_tuple(state_version, r.label, r.label_en, r.values);
            },
            [](const py::tuple& t) {
                check_state(t, 4, "Reference");
                return Reference{t[1].cast<std::string>(), t[2].cast<std::string>(),
                                 t[3].cast<std::vector<DatedValue>>()};
            }));

    py::class_<Milestone>(m, "Milestone",
                          "One dated milestone of a target, in one of the target forms.")
        .def(py::init([](std::optional<When> when, const py::object& form,
                         std::optional<double> value, std::optional<When> reference_at,
                         const py::object& comparator, std::optional<double> horizon_years,
                         std::string period, std::optional<double> value_high,
                         std::optional<When> horizon_from, bool inferred, std::string note,
                         std::optional<Source> source) {
                 Milestone m_;
                 m_.when = when;
                 m_.form = enum_arg<TargetForm>(form, target_form_from_string, "form");
                 m_.value = value;
                 m_.reference_at = reference_at;
                 m_.comparator =
                     enum_arg<Comparator>(comparator, comparator_from_string, "comparator");
                 m_.horizon_years = horizon_years;
                 m_.period = std::move(period);
                 m_.value_high = value_high;
                 m_.horizon_from = horizon_from;
                 m_.inferred = inferred;
                 m_.note = std::move(note);
                 m_.source = std::move(source);
                 if (m_.when.has_value() == m_.horizon_years.has_value())
                     throw InvalidInputError(
                         "milestone: give when= (a year or date) or horizon_years=, exactly one");
                 return m_;
             }),
             "when"_a = py::none(), "form"_a = "absolute", "value"_a = py::none(),
             "reference_at"_a = py::none(), "comparator"_a = "reach",
             "horizon_years"_a = py::none(), "period"_a = "", "value_high"_a = py::none(),
             "horizon_from"_a = py::none(), "inferred"_a = false, "note"_a = "",
             "source"_a = py::none())
        .def_readwrite("when", &Milestone::when)
        .def_readwrite("horizon_years", &Milestone::horizon_years)
        .def_readwrite("horizon_from", &Milestone::horizon_from)
        .def_readwrite("inferred", &Milestone::inferred)
        .def_readwrite("form", &Milestone::form)
        .def_readwrite("value", &Milestone::value)
        .def_readwrite("value_high", &Milestone::value_high)
        .def_readwrite("reference_at", &Milestone::reference_at)
        .def_readwrite("comparator", &Milestone::comparator)
        .def_readwrite("period", &Milestone::period)
        .def_readwrite("parts", &Milestone::parts)
        .def_readwrite("note", &Milestone::note)
        .def_readwrite("source", &Milestone::source)
        .def(
            "__eq__", [](const Milestone& a, const Milestone& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Milestone& ms) {
                 return "Milestone(" +
                        (ms.when ? ms.when->to_string()
                                 : "+" + detail::number(ms.horizon_years.value_or(0)) + "y") +
                        ", " + std::string(to_string(ms.form)) +
                        (ms.value ? ", " + detail::number(*ms.value) : "") + ")";
             })
        .def(py::pickle(
            [](const Milestone& ms) {
                return py::make_tuple(state_version, ms.when, ms.horizon_years, ms.horizon_from,
                                      ms.inferred, ms.form, ms.value, ms.value_high,
                                      ms.reference_at, ms.comparator, ms.period, ms.parts, ms.note,
                                      ms.source);
            },
            [](const py::tuple& t) {
                check_state(t, 14, "Milestone");
                Milestone ms;
                ms.when = t[1].cast<std::optional<When>>();
                ms.horizon_years = t[2].cast<std::optional<double>>();
                ms.horizon_from = t[3].cast<std::optional<When>>();
                ms.inferred = t[4].cast<bool>();
                ms.form = t[5].cast<TargetForm>();
                ms.value = t[6].cast<std::optional<double>>();
                ms.value_high = t[7].cast<std::optional<double>>();
                ms.reference_at = t[8].cast<std::optional<When>>();
                ms.comparator = t[9].cast<Comparator>();
                ms.period = t[10].cast<std::string>();
                ms.parts = t[11].cast<std::vector<double>>();
                ms.note = t[12].cast<std::string>();
                ms.source = t[13].cast<std::optional<Source>>();
                return ms;
            }));

    py::class_<ResolveOptions>(m, "ResolveOptions",
                               "What resolving brings in: year convention, a later-measured "
                               "baseline, a (moving) reference series.")
        .def(py::init([](const py::object& anchor, std::optional<double> baseline_value,
                         std::optional<Series> reference) {
                 ResolveOptions o;
                 o.anchor = enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor");
                 o.baseline_value = baseline_value;
                 o.reference = std::move(reference);
                 return o;
             }),
             "anchor"_a = "middle", "baseline_value"_a = py::none(), "reference"_a = py::none())
        .def_readwrite("anchor", &ResolveOptions::anchor)
        .def_readwrite("baseline_value", &ResolveOptions::baseline_value)
        .def_readwrite("reference", &ResolveOptions::reference)
        .def(
            "__eq__", [](const ResolveOptions& a, const ResolveOptions& b) { return a == b; },
            py::is_operator())
        .def(py::pickle(
            [](const ResolveOptions& o) {
                return py::make_tuple(state_version, o.anchor, o.baseline_value, o.reference);
            },
            [](const py::tuple& t) {
                check_state(t, 4, "ResolveOptions");
                ResolveOptions o;
                o.anchor = t[1].cast<YearAnchor>();
                o.baseline_value = t[2].cast<std::optional<double>>();
                o.reference = t[3].cast<std::optional<Series>>();
                return o;
            }));

    py::class_<Resolution>(m, "Resolution", "The outcome of resolving one milestone.")
        .def_readonly("milestone", &Resolution::milestone)
        .def_readonly("resolved", &Resolution::resolved)
        .def_property_readonly(
            "level",
            [](const Resolution& r) { return r.resolved ? py::cast(r.level) : py::none(); })
        .def_readonly("time", &Resolution::time)
        .def_readonly("reason", &Resolution::reason)
        .def(
            "__eq__", [](const Resolution& a, const Resolution& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Resolution& r) {
                 return r.resolved ? "Resolution(" + std::to_string(r.milestone) +
                                         ", level=" + detail::number(r.level) + ")"
                                   : "Resolution(" + std::to_string(r.milestone) +
                                         ", unresolved: " + r.reason + ")";
             })
        .def(py::pickle(
            [](const Resolution& r) {
                return py::make_tuple(state_version, r.milestone, r.resolved, r.level, r.time,
                                      r.reason);
            },
            [](const py::tuple& t) {
                check_state(t, 6, "Resolution");
                return Resolution{t[1].cast<std::size_t>(), t[2].cast<bool>(), t[3].cast<double>(),
                                  t[4].cast<double>(), t[5].cast<std::string>()};
            }));

    py::class_<Rebasing>(m, "Rebasing", "What a re-based target was before.")
        .def_readonly("rule", &Rebasing::rule)
        .def_readonly("previous_baseline", &Rebasing::previous_baseline)
        .def_readonly("previous_milestones", &Rebasing::previous_milestones)
        .def_readonly("source", &Rebasing::source);

    py::class_<Target>(m, "Target",
                       "An indicator with a baseline, an optional reference and dated milestones.")
        .def(py::init([](std::string id, Indicator indicator, std::vector<Milestone> milestones,
                         std::optional<Baseline> baseline, std::optional<Reference> reference,
                         std::optional<std::string> district, std::vector<DatedValue> history,
                         std::string group, std::string area, std::optional<Source> source,
                         std::vector<std::string> notes) {
                 Target t;
                 t.id = std::move(id);
                 t.indicator = std::move(indicator);
                 t.milestones = std::move(milestones);
                 t.baseline = std::move(baseline);
                 t.reference = std::move(reference);
                 t.district = std::move(district);
                 t.history = std::move(history);
                 t.group = std::move(group);
                 t.area = std::move(area);
                 t.source = std::move(source);
                 t.notes = std::move(notes);
                 t.validate();
                 return t;
             }),
             "id"_a, "indicator"_a, "milestones"_a, "baseline"_a = py::none(),
             "reference"_a = py::none(), "district"_a = py::none(),
             "history"_a = std::vector<DatedValue>{}, "group"_a = "", "area"_a = "",
             "source"_a = py::none(), "notes"_a = std::vector<std::string>{},
             "Raises InvalidTargetError with the first problem, e.g. a milestone before the "
             "baseline or a NaN value.")
        .def_readwrite("id", &Target::id)
        .def_readwrite("indicator", &Target::indicator)
        .def_readwrite("district", &Target::district)
        .def_readwrite("area", &Target::area)
        .def_readwrite("group", &Target::group)
        .def_readwrite("baseline", &Target::baseline)
        .def_readwrite("history", &Target::history)
        .def_readwrite("reference", &Target::reference)
        .def_readwrite("milestones", &Target::milestones)
        .def_readonly("rebased", &Target::rebased)
        .def_readwrite("source", &Target::source)
        .def_readwrite("notes", &Target::notes)
        .def("problems", &Target::problems, "path"_a = "",
             "Every problem, each as 'path: message'.")
        .def("validate", &Target::validate, "Raises with the first problem.")
        .def(
            "milestone_time",
            [](const Target& t, std::size_t i, const py::object& anchor) {
                return t.milestone_time(
                    i, enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
            },
            "index"_a, "anchor"_a = "middle")
        .def(
            "milestone_year",
            [](const Target& t, std::size_t i, const py::object& anchor) {
                return t.milestone_year(
                    i, enum_arg<YearAnchor>(anchor, year_anchor_from_string, "anchor"));
            },
            "index"_a, "anchor"_a = "middle")
        .def("resolve", &Target::resolve, "index"_a, "options"_a = ResolveOptions{},
             "Resolves milestone `index`; an unresolvable one comes back with resolved=False and a "
             "reason.")
        .def("resolve_all", &Target::resolve_all, "options"_a = ResolveOptions{})
        .def("level", &Target::level, "index"_a, "options"_a = ResolveOptions{},
             "The level of milestone `index`. Raises UnresolvedTargetError with the reason when it "
             "cannot resolve.")
        .def("baseline_value", &Target::baseline_value, "options"_a = ResolveOptions{})
        .def(
            "rebase",
            [](const Target& t, const Baseline& b, const py::object& rule) {
                return t.rebase(b, enum_arg<RebaseRule>(rule, rebase_rule_from_string, "rule"));
            },
            "new_baseline"_a, "rule"_a,
            "The same ambition on a new baseline, kept by 'ratio' or 'difference'.")
        .def(
            "to_json", [](const Target& t, int indent) { return to_json(t, indent); },
            "indent"_a = -1)
        .def_static(
            "from_json", [](const std::string& s) { return parse_target(s); }, "text"_a)
        .def(
            "__eq__", [](const Target& a, const Target& b) { return a == b; }, py::is_operator())
        .def("__repr__",
             [](const Target& t) {
                 return "Target('" + t.id + "', " + std::to_string(t.milestones.size()) +
                        " milestones)";
             })
        .def(py::pickle([](const Target& t) { return py::make_tuple(state_version, to_json(t)); },
                        [](const py::tuple& st) {
                            check_state(st, 2, "Target");
                            return parse_target(st[1].cast<std::string>(), "<pickle>");
                        }));

    py::class_<Trajectory>(m, "Trajectory", "The planned path of a target through its anchors.")
        .def(py::init([](std::vector<double> times, std::vector<double> values,
                         const py::object& interpolation) {
                 return Trajectory(std::move(times), std::move(values),
                                   enum_arg<Interpolation>(interpolation, interpolation_from_string,
                                                           "interpolation"));
             }),
             "times"_a, "values"_a, "interpolation"_a = "linear")
        .def_static(
            "from_target",
            [](const Target& t, const ResolveOptions& o, const py::object& interpolation) {
                return Trajectory::from_target(t, o,
                                               enum_arg<Interpolation>(interpolation,
                                                                       interpolation_from_string,
                                                                       "interpolation"));
            },
            "target"_a, "options"_a = ResolveOptions{}, "interpolation"_a = "linear",
            "The trajectory through the baseline and every milestone that resolves.")
        .def_property_readonly("times", &Trajectory::times)
        .def_property_readonly("values", &Trajectory::values)
        .def_property_readonly("interpolation", &Trajectory::interpolation)
        .def_property_readonly("skipped", &Trajectory::skipped,
                               "Milestones left out because they did not resolve.")
        .def_property_readonly("start", &Trajectory::start)
        .def_property_readonly("end", &Trajectory::end)
        .def(
            "value_at",
            [](const Trajectory& t, const py::object& when) -> double {
                if (py::isinstance<py::float_>(when) || py::isinstance<py::int_>(when))
                    return t.value_at(when.cast<double>());
                return t.value_at(when.cast<Date>());
            },
            "when"_a, "The planned value at a fractional year (float) or on a date.")
        .def(
            "values_at",
            [](const Trajectory& t, const py::array& times) {
                const Eigen::VectorXd x = times_from_array(times);
                Eigen::VectorXd out;
                {
                    py::gil_scoped_release release;
                    out = t.values_at(x);
                }
                return out;
            },
            "times"_a,
            "Values at many times at once: a float array of fractional years or a datetime64 "
            "array.")
        .def(
            "__eq__", [](const Trajectory& a, const Trajectory& b) { return a == b; },
            py::is_operator())
        .def("__repr__",
             [](const Trajectory& t) {
                 return "Trajectory(" + std::to_string(t.times().size()) + " anchors, " +
                        std::string(to_string(t.interpolation())) + ")";
             })
        .def(py::pickle(
            [](const Trajectory& t) {
                return py::make_tuple(state_version, t.times(), t.values(), t.interpolation(),
                                      t.skipped());
            },
            [](const py::tuple& st) {
                check_state(st, 5, "Trajectory");
                return Trajectory::restore(
                    st[1].cast<std::vector<double>>(), st[2].cast<std::vector<double>>(),
                    st[3].cast<Interpolation>(), st[4].cast<std::vector<std::size_t>>());
            }));
}

} // namespace charterkit::python
