// Bindings of progress: statuses and methods (pluggable from Python), assessment, projection,
// roll-ups, and the batch path over numpy arrays (C-order float64 in, no copy; the GIL is released
// while it runs).
#include "pybind11.hpp"

#include "charterkit/aggregate.hpp"
#include "charterkit/assessment.hpp"
#include "charterkit/batch.hpp"
#include "charterkit/projection.hpp"

#include "enum_arg.hpp"
#include "pickle.hpp"

namespace charterkit::python {

namespace {

/// Lets Python subclasses of ProgressMethod be registered and used by assess().
class PyProgressMethod : public ProgressMethod, public py::trampoline_self_life_support {
public:
    std::string name() const override {
        PYBIND11_OVERRIDE_PURE(std::string, ProgressMethod, name, );
    }
    int version() const override { PYBIND11_OVERRIDE_PURE(int, ProgressMethod, version, ); }
    std::string description() const override {
        PYBIND11_OVERRIDE_PURE(std::string, ProgressMethod, description, );
    }
    MethodResult evaluate(const MethodInput& input) const override {
        PYBIND11_OVERRIDE_PURE(MethodResult, ProgressMethod, evaluate, input);
    }
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using F64 = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// A float64 C-order view (or copy) of an array-like, with at most `max_dims` dimensions.
F64 as_f64(const py::handle& obj, const char* name, int max_dims) {
    F64 a = F64::ensure(obj);
    if (!a) {
        PyErr_Clear();
        throw InvalidInputError(std::string(name) + ": cannot be read as an array of numbers");
    }
    if (a.ndim() > max_dims)
        throw InvalidInputError(std::string(name) + ": expected at most " +
                                std::to_string(max_dims) + " dimension(s), got " +
                                std::to_string(a.ndim()));
    return a;
}

Eigen::Map<const Eigen::VectorXd> vec(const F64& a) {
    return {a.data(), static_cast<Eigen::Index>(a.size())};
}

Eigen::Map<const RowMatrixXd> mat(const F64& a) {
    const Eigen::Index rows = a.ndim() == 2 ? a.shape(0) : 1;
    const Eigen::Index cols = a.ndim() == 2 ? a.shape(1) : static_cast<Eigen::Index>(a.size());
    return {a.data(), rows, cols};
}

template <class V>
py::object give(V&& v) {
    return py::cast(std::forward<V>(v)); // moves the Eigen storage into the numpy array, no copy
}

} // namespace

void register_progress(py::module_& m) {
    // ---- statuses and methods
    // -------------------------------------------------------------------------
    {
        py::native_enum<ProgressStatus> e(m, "ProgressStatus", "enum.Enum",
                                          "Statuses of the progress methods (docs/progress.md).");
        for (ProgressStatus s : all_progress_statuses())
            e.value(std::string(to_string(s)).c_str(), s);
        e.finalize();
    }
    m.attr("PROGRESS_STATUS_NAMES") = [] {
        py::list names;
        for (ProgressStatus s : all_progress_statuses()) names.append(std::string(to_string(s)));
        return py::tuple(names);
    }();

    RecordClass<MethodResult> result(m, "MethodResult", "The outcome of a progress rule.");
    result
        .def(py::init([](const py::object& status, double progress_value, double score,
                         std::string reason) {
                 MethodResult r;
                 r.status = enum_arg<ProgressStatus>(status, progress_status_from_string, "status");
                 r.progress_value = progress_value;
                 r.score = score;
                 r.reason = std::move(reason);
                 return r;
             }),
             "status"_a = "not_available", "progress_value"_a = kNaN, "score"_a = kNaN,
             "reason"_a = "")
        .field("status", &MethodResult::status)
        .field("progress_value", &MethodResult::progress_value, "NaN when there is none.")
        .field("score", &MethodResult::score, "In [-5, 5]; NaN when the status carries no score.")
        .field("reason", &MethodResult::reason)
        .def("__repr__", [](const MethodResult& r) {
            return "MethodResult(" + std::string(to_string(r.status)) +
                   ", value=" + detail::number(r.progress_value) +
                   ", score=" + detail::number(r.score) + ")";
        });

    RecordClass<MethodInput> input(m, "MethodInput",
                                   "What a progress method sees of one target milestone.");
    input.def(py::init<>())
        .field("target", &MethodInput::target)
        .field("direction", &MethodInput::direction)
        .field("baseline_time", &MethodInput::baseline_time)
        .field("baseline_year", &MethodInput::baseline_year)
        .field("baseline_value", &MethodInput::baseline_value)
        .field("latest_time", &MethodInput::latest_time)
        .field("latest_year", &MethodInput::latest_year)
        .field("latest_value", &MethodInput::latest_value)
        .field("level", &MethodInput::level, "The milestone level; None for a form without one.")
        .field("milestone_time", &MethodInput::milestone_time)
        .field("milestone_year", &MethodInput::milestone_year)
        .field("comparator", &MethodInput::comparator)
        .field("reached", &MethodInput::reached)
        .field("expected", &MethodInput::expected)
        .field("tolerance", &MethodInput::tolerance)
        .field("tolerance_units", &MethodInput::tolerance_units)
        .field("limit", &MethodInput::limit);

    py::class_<ProgressMethod, PyProgressMethod, py::smart_holder>(
        m, "ProgressMethod",
        "A named, versioned progress rule. Subclass it (name, version, description, evaluate) and "
        "pass an "
        "instance to register_progress_method to use it in assess().")
        .def(py::init<>())
        .def("name", &ProgressMethod::name)
        .def("version", &ProgressMethod::version)
        .def("description", &ProgressMethod::description)
        .def("evaluate", &ProgressMethod::evaluate, "input"_a)
        .def("__repr__", [](const ProgressMethod& p) {
            return "ProgressMethod('" + p.name() + "', version " + std::to_string(p.version()) +
                   ")";
        });
    m.def(
        "progress_method",
        [](const std::string& name) {
            return std::const_pointer_cast<ProgressMethod>(progress_method(name));
        },
        "name"_a,
        "The registered method of that name. Raises NotFoundError naming the known methods.");
    m.def(
        "register_progress_method",
        [](std::shared_ptr<ProgressMethod> method, bool replace) {
            register_progress_method(std::move(method), replace);
        },
        "method"_a, "replace"_a = false,
        "Registers a method under its name() for assess(method=...).");
    m.def("unregister_progress_method", &unregister_progress_method, "name"_a,
          "Removes a registered method (not a built-in); False when there is none of that name.");
    m.def("progress_method_names", &progress_method_names, "Names of the registered methods.");
    // Methods defined in Python must not outlive the interpreter.
    py::module_::import("atexit").attr("register")(py::cpp_function([]() {
        const auto names = progress_method_names();
        for (std::size_t i = 3; i < names.size(); ++i) unregister_progress_method(names[i]);
    }));

    m.def(
        "statcan_progress",
        [](double base_year, double base_value, double current_year, double current_value,
           double target, double target_year, double direction, double limit) {
            return statcan_progress({base_year, base_value, current_year, current_value, target,
                                     target_year, direction, limit});
        },
        "base_year"_a, "base_value"_a, "current_year"_a, "current_value"_a, "target"_a = kNaN,
        "target_year"_a = kNaN, "direction"_a = 1.0, "limit"_a = kNaN,
        "The Statistics Canada progress measure for one record (NaN: absent).");
    m.def("eurostat_progress", &eurostat_progress, "base_time"_a, "base_value"_a, "current_time"_a,
          "current_value"_a, "level"_a, "target_time"_a, "direction"_a, "reached"_a,
          "Eurostat's ratio of actual to required compound growth, classified.");
    m.def("linear_path_progress", &linear_path_progress, "base_value"_a, "current_value"_a,
          "expected"_a, "level"_a, "direction"_a, "tolerance"_a = 0.05, "tolerance_units"_a = 0.0,
          "The latest value against the planned value at the same date.");
    m.def("direction_progress", &direction_progress, "base_value"_a, "current_value"_a,
          "direction"_a, "improving / no_change / worsening for a milestone without a level.");
    m.def(
        "meets_level",
        [](double value, double level, const py::object& comparator, const py::object& direction) {
            return meets_level(
                value, level,
                enum_arg<Comparator>(comparator, comparator_from_string, "comparator"),
                enum_arg<Direction>(direction, direction_from_string, "direction"));
        },
        "value"_a, "level"_a, "comparator"_a = "reach", "direction"_a = "higher_is_better");

    // ---- assessment
    // -----------------------------------------------------------------------------------
    RecordClass<AssessOptions> aopts(m, "AssessOptions", "How to assess a target.");
    aopts
        .def(py::init([](const py::object& method, std::optional<ResolveOptions> resolve,
                         const py::object& interpolation, std::optional<std::size_t> milestone,
                         double tolerance, double tolerance_units, std::optional<double> limit) {
                 AssessOptions o;
                 o.method = method.cast<std::string>();
                 if (resolve) o.resolve = *resolve;
                 o.interpolation = enum_arg<Interpolation>(interpolation, interpolation_from_string,
                                                           "interpolation");
                 o.milestone = milestone;
                 o.tolerance = tolerance;
                 o.tolerance_units = tolerance_units;
                 o.limit = limit;
                 return o;
             }),
             "method"_a = "statcan", "resolve"_a = py::none(), "interpolation"_a = "linear",
             "milestone"_a = py::none(), "tolerance"_a = 0.05, "tolerance_units"_a = 0.0,
             "limit"_a = py::none())
        .field("method", &AssessOptions::method)
        .field("resolve", &AssessOptions::resolve)
        .field("interpolation", &AssessOptions::interpolation)
        .field("milestone", &AssessOptions::milestone)
        .field("tolerance", &AssessOptions::tolerance)
        .field("tolerance_units", &AssessOptions::tolerance_units)
        .field("limit", &AssessOptions::limit);

    RecordClass<MilestoneAssessment> ma(m, "MilestoneAssessment",
                                        "The assessment of one milestone.");
    ma.def(py::init<>())
        .field("milestone", &MilestoneAssessment::milestone)
        .field("form", &MilestoneAssessment::form)
        .field("time", &MilestoneAssessment::time)
        .field("year", &MilestoneAssessment::year)
        .field("resolved", &MilestoneAssessment::resolved)
        .field("level", &MilestoneAssessment::level, "NaN when unresolved.")
        .field("unresolved_reason", &MilestoneAssessment::unresolved_reason)
        .field("passed", &MilestoneAssessment::passed)
        .field("reached", &MilestoneAssessment::reached)
        .field("share_achieved", &MilestoneAssessment::share_achieved)
        .field("result", &MilestoneAssessment::result)
        .def_property_readonly("status",
                               [](const MilestoneAssessment& x) { return x.result.status; })
        .def_property_readonly("score", [](const MilestoneAssessment& x) { return x.result.score; })
        .def_property_readonly("progress_value",
                               [](const MilestoneAssessment& x) { return x.result.progress_value; })
        .def_property_readonly("reason",
                               [](const MilestoneAssessment& x) { return x.result.reason; })
        .def("__repr__", [](const MilestoneAssessment& x) {
            return "MilestoneAssessment(" + std::to_string(x.milestone) + ", " +
                   std::to_string(x.year) + ", " + std::string(to_string(x.result.status)) + ")";
        });

    RecordClass<Assessment> as(m, "Assessment",
                               "The assessment of a target against its observations.");
    as.def(py::init<>())
        .field("target", &Assessment::target)
        .field("method", &Assessment::method)
        .field("method_version", &Assessment::method_version)
        .field("direction", &Assessment::direction)
        .field("baseline_time", &Assessment::baseline_time)
        .field("baseline_value", &Assessment::baseline_value)
        .field("latest_date", &Assessment::latest_date)
        .field("latest_time", &Assessment::latest_time)
        .field("latest_value", &Assessment::latest_value)
        .field("expected", &Assessment::expected, "The planned value at the latest observation.")
        .field("trajectory_reason", &Assessment::trajectory_reason)
        .field("dates", &Assessment::dates)
        .field("times", &Assessment::times)
        .field("actual", &Assessment::actual)
        .field("planned", &Assessment::planned,
               "Planned value per observation (NaN before the trajectory).")
        .field("gap", &Assessment::gap, "actual - planned, per observation (indicator units).")
        .field("gap_share", &Assessment::gap_share,
               "direction * gap / |level - baseline| of the assessed milestone; > 0 is ahead.")
        .field("current", &Assessment::current, "Index of the assessed milestone.")
        .field("milestones", &Assessment::milestones, "Every milestone, in target order.")
        .def_property_readonly("assessed", &Assessment::assessed, "The assessed milestone.")
        .def_property_readonly("status", &Assessment::status)
        .def_property_readonly("score", &Assessment::score)
        .def_property_readonly("reached", &Assessment::reached)
        .def_property_readonly("share_achieved", &Assessment::share_achieved)
        .def_property_readonly(
            "progress_value",
            [](const Assessment& a) { return a.assessed().result.progress_value; })
        .def_property_readonly("reason",
                               [](const Assessment& a) { return a.assessed().result.reason; })
        .def("__repr__", [](const Assessment& a) {
            return "Assessment('" + a.target + "', " + a.method + ", milestone " +
                   std::to_string(a.current) + ": " + std::string(to_string(a.status())) + ")";
        });

    m.def(
        "assess",
        [](const Target& target, const Series& observations, std::optional<std::string> method,
           std::optional<AssessOptions> options) {
            AssessOptions o = options ? *options : AssessOptions{};
            if (method) o.method = *method;
            return assess(target, observations, o);
        },
        "target"_a, "observations"_a, "method"_a = py::none(), "options"_a = py::none(),
        "Assesses a target against its observations; `method` overrides options.method.");

    // ---- projection
    // -----------------------------------------------------------------------------------
    RecordClass<TrendFit> fit(
        m, "TrendFit", "A least-squares line: value(t) = mean_value + slope * (t - mean_time).");
    fit.def(py::init<>())
        .field("n", &TrendFit::n)
        .field("mean_time", &TrendFit::mean_time)
        .field("mean_value", &TrendFit::mean_value)
        .field("slope", &TrendFit::slope)
        .field("sxx", &TrendFit::sxx)
        .field("residual_sd", &TrendFit::residual_sd)
        .field("slope_se", &TrendFit::slope_se)
        .def("value_at", &TrendFit::value_at, "time"_a)
        .def("se_at", &TrendFit::se_at, "time"_a)
        .def("__repr__", [](const TrendFit& f) {
            return "TrendFit(n=" + std::to_string(f.n) + ", slope=" + detail::number(f.slope) + ")";
        });
    m.def(
        "fit_trend",
        [](const py::array& times, const F64& values) {
            const Eigen::VectorXd t = times_from_array(times);
            return fit_trend(t, vec(values));
        },
        "times"_a, "values"_a, "Least-squares line; times as fractional years or datetime64.");
    m.def("t_quantile", &t_quantile, "confidence"_a, "dof"_a);

    RecordClass<ProjectOptions> popts(m, "ProjectOptions", "Settings of a projection.");
    popts
        .def(py::init([](double confidence, std::size_t draws, std::uint64_t seed,
                         std::optional<double> noise_sd, std::optional<ResolveOptions> resolve) {
                 ProjectOptions o;
                 o.confidence = confidence;
                 o.draws = draws;
                 o.seed = seed;
                 o.noise_sd = noise_sd;
                 if (resolve) o.resolve = *resolve;
                 return o;
             }),
             "confidence"_a = 0.95, "draws"_a = 0, "seed"_a = 1, "noise_sd"_a = py::none(),
             "resolve"_a = py::none())
        .field("confidence", &ProjectOptions::confidence)
        .field("draws", &ProjectOptions::draws)
        .field("seed", &ProjectOptions::seed)
        .field("noise_sd", &ProjectOptions::noise_sd)
        .field("resolve", &ProjectOptions::resolve);

    RecordClass<MilestoneProjection> mp(m, "MilestoneProjection",
                                        "The projection to one milestone.");
    mp.def(py::init<>())
        .field("milestone", &MilestoneProjection::milestone)
        .field("time", &MilestoneProjection::time)
        .field("year", &MilestoneProjection::year)
        .field("resolved", &MilestoneProjection::resolved)
        .field("level", &MilestoneProjection::level)
        .field("unresolved_reason", &MilestoneProjection::unresolved_reason)
        .field("projected", &MilestoneProjection::projected)
        .field("low", &MilestoneProjection::low)
        .field("high", &MilestoneProjection::high)
        .field("on_course", &MilestoneProjection::on_course)
        .field("reach_time", &MilestoneProjection::reach_time, "None: never at this pace.")
        .field("reach_date", &MilestoneProjection::reach_date)
        .field("probability", &MilestoneProjection::probability)
        .def("__repr__", [](const MilestoneProjection& x) {
            return "MilestoneProjection(" + std::to_string(x.milestone) +
                   ", projected=" + detail::number(x.projected) + ")";
        });

    RecordClass<Projection> pr(m, "Projection", "The projection of a target at the current pace.");
    pr.def(py::init<>())
        .field("target", &Projection::target)
        .field("fit", &Projection::fit)
        .field("confidence", &Projection::confidence)
        .field("draws", &Projection::draws)
        .field("seed", &Projection::seed)
        .field("noise_sd", &Projection::noise_sd)
        .field("milestones", &Projection::milestones)
        .def("__repr__", [](const Projection& p) {
            return "Projection('" + p.target + "', slope=" + detail::number(p.fit.slope) + ")";
        });

    m.def(
        "project",
        [](const Target& target, const Series& observations,
           std::optional<ProjectOptions> options) {
            return project(target, observations, options ? *options : ProjectOptions{});
        },
        "target"_a, "observations"_a, "options"_a = py::none(),
        "Linear trend projection to each milestone; raises NotAssessableError with fewer than two "
        "observations.");
    m.def(
        "probability_of_reaching",
        [](const TrendFit& f, const py::array& times, double milestone_time, double level,
           const py::object& comparator, const py::object& direction, std::size_t draws,
           std::uint64_t seed, double noise_sd) {
            const Eigen::VectorXd t = times_from_array(times);
            return probability_of_reaching(
                f, t, milestone_time, level,
                enum_arg<Comparator>(comparator, comparator_from_string, "comparator"),
                enum_arg<Direction>(direction, direction_from_string, "direction"), draws, seed,
                noise_sd);
        },
        "fit"_a, "times"_a, "milestone_time"_a, "level"_a, "comparator"_a = "reach",
        "direction"_a = "higher_is_better", "draws"_a = 10000, "seed"_a = 1, "noise_sd"_a);

    // ---- roll-ups
    // -------------------------------------------------------------------------------------
    py::native_enum<GroupBy>(m, "GroupBy", "enum.Enum", "What a roll-up groups by.")
        .value("ambition", GroupBy::ambition)
        .value("theme", GroupBy::theme)
        .value("district", GroupBy::district)
        .value("city", GroupBy::city)
        .value("dataset", GroupBy::dataset)
        .finalize();

    RecordClass<AssessedTarget> at(m, "AssessedTarget",
                                   "An assessed target with the keys it is grouped by.");
    at.def(py::init<>())
        .field("dataset", &AssessedTarget::dataset)
        .field("charter", &AssessedTarget::charter)
        .field("city", &AssessedTarget::city)
        .field("district", &AssessedTarget::district)
        .field("theme", &AssessedTarget::theme)
        .field("ambition", &AssessedTarget::ambition)
        .field("target", &AssessedTarget::target)
        .field("indicator", &AssessedTarget::indicator)
        .field("assessment", &AssessedTarget::assessment)
        .def(
            "key",
            [](const AssessedTarget& r, const py::object& by) {
                return r.key(enum_arg<GroupBy>(by, group_by_from_string, "by"));
            },
            "by"_a)
        .def("__repr__", [](const AssessedTarget& r) {
            return "AssessedTarget('" + r.target + "', " +
                   std::string(to_string(r.assessment.status())) + ")";
        });

    RecordClass<AggregateOptions> gopts(m, "AggregateOptions", "Settings of a roll-up.");
    gopts
        .def(py::init([](std::map<std::string, double> weights, const py::object& weight_by,
                         std::size_t top) {
                 AggregateOptions o;
                 o.weights = std::move(weights);
                 o.weight_by = enum_arg<GroupBy>(weight_by, group_by_from_string, "weight_by");
                 o.top = top;
                 return o;
             }),
             "weights"_a = std::map<std::string, double>{}, "weight_by"_a = "district", "top"_a = 3)
        .field("weights", &AggregateOptions::weights)
        .field("weight_by", &AggregateOptions::weight_by)
        .field("top", &AggregateOptions::top);

    RecordClass<GroupSummary> gs(m, "GroupSummary", "The roll-up of one group.");
    gs.def(py::init<>())
        .field("key", &GroupSummary::key)
        .field("count", &GroupSummary::count)
        .field("by_status", &GroupSummary::by_status)
        .field("reached", &GroupSummary::reached)
        .field("mean_score", &GroupSummary::mean_score)
        .field("scored", &GroupSummary::scored)
        .field("mean_share_achieved", &GroupSummary::mean_share_achieved)
        .field("with_share", &GroupSummary::with_share)
        .field("weight", &GroupSummary::weight)
        .field("worst", &GroupSummary::worst)
        .field("best", &GroupSummary::best)
        .def("__repr__", [](const GroupSummary& g) {
            return "GroupSummary('" + g.key + "', " + std::to_string(g.count) +
                   " rows, mean score " + detail::number(g.mean_score) + ")";
        });

    m.def(
        "assess_dataset",
        [](const Dataset& d, const std::map<std::string, Series>& observations,
           std::optional<std::string> method, std::optional<AssessOptions> options) {
            AssessOptions o = options ? *options : AssessOptions{};
            if (method) o.method = *method;
            return assess_dataset(d, observations, o);
        },
        "dataset"_a, "observations"_a, "method"_a = py::none(), "options"_a = py::none(),
        "Assesses every target with observations (a dict target id -> Series).");
    m.def(
        "aggregate",
        [](const std::vector<AssessedTarget>& rows, const py::object& by,
           std::optional<AggregateOptions> options) {
            return aggregate(rows, enum_arg<GroupBy>(by, group_by_from_string, "by"),
                             options ? *options : AggregateOptions{});
        },
        "rows"_a, "by"_a = "theme", "options"_a = py::none(),
        "Counts by status, mean score and share achieved, worst and best per group.");

    // ---- batch
    // ----------------------------------------------------------------------------------------
    m.def(
        "assess_batch",
        [](const py::object& times, const py::object& values, const py::object& baseline_time,
           const py::object& baseline_value, const py::object& level,
           const py::object& milestone_time, const py::object& direction, const std::string& method,
           double tolerance, double tolerance_units, std::optional<double> limit, bool project_,
           double confidence, std::size_t draws, std::uint64_t seed, std::optional<double> noise_sd,
           unsigned threads, bool per_observation, const py::object& out_) {
            const F64 t = as_f64(times, "times", 2), y = as_f64(values, "values", 2);
            if (y.ndim() != 2)
                throw InvalidInputError("values: expected a 2-D array (series, observations)");
            const F64 bt = as_f64(baseline_time, "baseline_time", 1),
                      bv = as_f64(baseline_value, "baseline_value", 1),
                      lv = as_f64(level, "level", 1),
                      mt = as_f64(milestone_time, "milestone_time", 1),
                      dr = as_f64(direction, "direction", 1);
            BatchOptions o;
            o.method = method;
            o.tolerance = tolerance;
            o.tolerance_units = tolerance_units;
            if (limit) o.limit = *limit;
            o.project = project_;
            o.confidence = confidence;
            o.draws = draws;
            o.seed = seed;
            if (noise_sd) o.noise_sd = *noise_sd;
            o.threads = threads;
            o.per_observation = per_observation;

            // The output arrays: reused from `out` when they fit, else new numpy arrays (written in
            // place).
            const py::ssize_t n = y.shape(0), m = y.shape(1);
            const py::dict previous = out_.is_none() ? py::dict() : out_.cast<py::dict>();
            py::dict result;
            BatchOutputs views;
            auto take = [&](const char* key, auto& view, auto dtype_tag) {
                using T = decltype(dtype_tag);
                using Arr = py::array_t<T, py::array::c_style>;
                py::object a;
                if (previous.contains(key)) {
                    py::object prev = previous[key];
                    if (py::isinstance<Arr>(prev)) {
                        const auto p = py::reinterpret_borrow<py::array>(prev);
                        if (p.ndim() == 1 && p.shape(0) == n && (p.flags() & py::array::c_style) &&
                            p.writeable())
                            a = prev;
                    }
                }
                if (!a) a = Arr(py::array::ShapeContainer{n});
                T* data = static_cast<T*>(py::reinterpret_borrow<py::array>(a).mutable_data());
                BatchOutputs::bind(view, data, n);
                result[key] = a;
            };
            auto take2 = [&](const char* key, Eigen::Map<RowMatrixXd>& view) {
                using Arr = py::array_t<double, py::array::c_style>;
                py::object a;
                if (previous.contains(key)) {
                    py::object prev = previous[key];
                    if (py::isinstance<Arr>(prev)) {
                        const auto p = py::reinterpret_borrow<py::array>(prev);
                        if (p.ndim() == 2 && p.shape(0) == n && p.shape(1) == m &&
                            (p.flags() & py::array::c_style) && p.writeable())
                            a = prev;
                    }
                }
                if (!a) a = Arr(py::array::ShapeContainer{n, m});
                BatchOutputs::bind(
                    view, static_cast<double*>(py::reinterpret_borrow<py::array>(a).mutable_data()),
                    n, m);
                result[key] = a;
            };
            take("status", views.status, std::int8_t{});
            take("progress_value", views.progress_value, double{});
            take("score", views.score, double{});
            take("reached", views.reached, bool{});
            take("share_achieved", views.share_achieved, double{});
            take("latest_time", views.latest_time, double{});
            take("latest_value", views.latest_value, double{});
            take("expected", views.expected, double{});
            take("gap", views.gap, double{});
            take("gap_share", views.gap_share, double{});
            if (project_) {
                take("slope", views.slope, double{});
                take("slope_se", views.slope_se, double{});
                take("projected", views.projected, double{});
                take("low", views.low, double{});
                take("high", views.high, double{});
                take("reach_time", views.reach_time, double{});
                if (draws > 0) take("probability", views.probability, double{});
            }
            if (per_observation) {
                take2("planned", views.planned);
                take2("planned_gap", views.planned_gap);
            }
            {
                py::gil_scoped_release release;
                assess_batch_into(mat(t), mat(y), vec(bt), vec(bv), vec(lv), vec(mt), vec(dr), o,
                                  views);
            }
            return result;
        },
        "times"_a, "values"_a, "baseline_time"_a, "baseline_value"_a, "level"_a, "milestone_time"_a,
        "direction"_a, "method"_a = "statcan", "tolerance"_a = 0.05, "tolerance_units"_a = 0.0,
        "limit"_a = py::none(), "project"_a = true, "confidence"_a = 0.95, "draws"_a = 0,
        "seed"_a = 1, "noise_sd"_a = py::none(), "threads"_a = 0, "per_observation"_a = false,
        "out"_a = py::none(),
        "Assesses and projects many series at once; returns a dict of numpy arrays. Pass the dict "
        "of an "
        "earlier call as `out` to write into its arrays (no allocation).");

    m.def(
        "statcan_batch",
        [](const py::object& base_year, const py::object& base_value,
           const py::object& current_year, const py::object& current_value,
           const py::object& target, const py::object& target_year, const py::object& direction,
           const py::object& limit, unsigned threads) {
            const F64 a = as_f64(base_year, "base_year", 1),
                      b = as_f64(base_value, "base_value", 1),
                      c = as_f64(current_year, "current_year", 1),
                      d = as_f64(current_value, "current_value", 1),
                      e = as_f64(target, "target", 1), f = as_f64(target_year, "target_year", 1),
                      g = as_f64(direction, "direction", 1), h = as_f64(limit, "limit", 1);
            StatcanBatchResult r;
            {
                py::gil_scoped_release release;
                r = statcan_batch(vec(a), vec(b), vec(c), vec(d), vec(e), vec(f), vec(g), vec(h),
                                  threads);
            }
            return py::make_tuple(give(std::move(r.progress_value)), give(std::move(r.status)),
                                  give(std::move(r.score)));
        },
        "base_year"_a, "base_value"_a, "current_year"_a, "current_value"_a, "target"_a,
        "target_year"_a, "direction"_a, "limit"_a, "threads"_a = 0,
        "The statcan measure over 1-D arrays: (progress_value, status codes, score).");

    m.def(
        "aggregate_batch",
        [](const py::object& group, std::int64_t groups, const py::object& status,
           const py::object& score, const py::object& share_achieved, const py::object& reached,
           const py::object& weights) {
            using I64 = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;
            using I8 = py::array_t<std::int8_t, py::array::c_style | py::array::forcecast>;
            using B = py::array_t<bool, py::array::c_style | py::array::forcecast>;
            const I64 g = I64::ensure(group);
            const I8 s = I8::ensure(status);
            const B rc = B::ensure(reached);
            if (!g || !s || !rc) {
                PyErr_Clear();
                throw InvalidInputError(
                    "group, status, reached: cannot be read as integer / boolean arrays");
            }
            const F64 sc = as_f64(score, "score", 1),
                      sh = as_f64(share_achieved, "share_achieved", 1);
            const F64 w = weights.is_none() ? F64(py::array::ShapeContainer{0})
                                            : as_f64(weights, "weights", 1);
            BatchAggregate a;
            {
                py::gil_scoped_release release;
                a = aggregate_batch(
                    Eigen::Map<const Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1>>(g.data(),
                                                                                     g.size()),
                    groups,
                    Eigen::Map<const Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1>>(s.data(),
                                                                                    s.size()),
                    vec(sc), vec(sh),
                    Eigen::Map<const Eigen::Matrix<bool, Eigen::Dynamic, 1>>(rc.data(), rc.size()),
                    vec(w));
            }
            py::dict out;
            out["counts"] = give(std::move(a.counts));
            out["count"] = give(std::move(a.count));
            out["scored"] = give(std::move(a.scored));
            out["with_share"] = give(std::move(a.with_share));
            out["reached"] = give(std::move(a.reached));
            out["mean_score"] = give(std::move(a.mean_score));
            out["mean_share_achieved"] = give(std::move(a.mean_share_achieved));
            out["weight"] = give(std::move(a.weight));
            return out;
        },
        "group"_a, "groups"_a, "status"_a, "score"_a, "share_achieved"_a, "reached"_a,
        "weights"_a = py::none(),
        "Roll-up over arrays by integer group codes (counts has one column per status code).");
}

} // namespace charterkit::python
