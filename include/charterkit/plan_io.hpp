/// @file plan_io.hpp
/// Reading and writing plans ("format": "charterkit.plan", docs/plans.md,
/// data/schema/plan.schema.json) and the installed plans data set (data/plans with its
/// manifest.json).
///
/// Reading validates in one pass and reports every problem with its file and path
/// ("wmo.json: phases[1].actions[0].schedule[0].date.month: 13 is not a month 1-12"); malformed
/// JSON is reported with line and column. A read returns a complete, valid plan or throws. Writing
/// then reading gives an equal plan.
#pragma once

#include "charterkit/plan.hpp"
#include "charterkit/plan_date.hpp"

#include <string>
#include <vector>

namespace charterkit {

/// Reads a plan file. @throws ParseError (missing file, malformed JSON with line and column),
/// ValidationError (every problem, "file: path: message").
Plan load_plan(const std::string& path);
/// Reads a plan from JSON text; `name` stands for the file in messages. @throws ParseError,
/// ValidationError
Plan parse_plan(const std::string& text, const std::string& name = "<string>");
/// The plan as JSON text (indent < 0: compact).
std::string to_json(const Plan& plan, int indent = 2);
/// Writes a plan file. @throws ParseError when the file cannot be written.
void save_plan(const Plan& plan, const std::string& path, int indent = 2);
/// Every problem of a plan file, one per line "file: path: message"; empty when it is valid.
std::vector<std::string> validate_plan_file(const std::string& path);
/// Every problem of plan JSON text.
std::vector<std::string> validate_plan_text(const std::string& text,
                                            const std::string& name = "<string>");

/// A PlanDate on its own, in the file format's form. @throws ParseError, ValidationError
PlanDate parse_plan_date_json(const std::string& text, const std::string& name = "<string>");
/// The file format's form of a PlanDate (indent < 0: compact).
std::string to_json(const PlanDate& date, int indent = -1);

/// What the plans manifest says of one plan file.
struct PlanManifestEntry {
    std::string file;       ///< file name relative to the folder ("samenwerkingsverband-2011.json")
    std::string id;         ///< the plan's id
    std::size_t goals = 0;  ///< number of goals
    std::size_t phases = 0; ///< number of phases
    std::size_t actions = 0;        ///< number of actions over all phases
    std::size_t deliverables = 0;   ///< number of deliverables (phase results not included)
    std::size_t meeting_series = 0; ///< number of meeting series
    std::size_t meetings = 0;       ///< listed and derived
    /// Field-by-field equality.
    friend bool operator==(const PlanManifestEntry& a, const PlanManifestEntry& b) {
        return a.file == b.file && a.id == b.id && a.goals == b.goals && a.phases == b.phases &&
               a.actions == b.actions && a.deliverables == b.deliverables &&
               a.meeting_series == b.meeting_series && a.meetings == b.meetings;
    }
};

/// Several plans with their manifest.
struct PlanSet {
    std::string name;                        ///< the manifest's name of the data set
    std::string version;                     ///< the charterkit version the data set was made for
    std::string description;                 ///< English description from the manifest
    std::vector<Plan> plans;                 ///< the plans, in manifest order
    std::vector<PlanManifestEntry> manifest; ///< the manifest's entries, one per plan
    /// The plan with that id. @throws NotFoundError naming the set and the id
    const Plan& plan(const std::string& id) const {
        for (const auto& p : plans)
            if (p.id == id) return p;
        throw NotFoundError("plan set '" + name + "': no plan '" + id + "'");
    }
    /// Field-by-field equality.
    friend bool operator==(const PlanSet& a, const PlanSet& b) {
        return a.name == b.name && a.version == b.version && a.description == b.description &&
               a.plans == b.plans && a.manifest == b.manifest;
    }
};

/// Loads a folder of plan files with its manifest.json ("format": "charterkit.plan-manifest");
/// every problem of every file and every disagreement between the manifest's counts and the files
/// at once.
/// @throws ParseError, ValidationError
PlanSet load_plan_set(const std::string& folder);

/// The manifest entry (fresh counts) of a plan written to `file`.
PlanManifestEntry manifest_entry(const Plan& plan, const std::string& file);

/// The plans data set (seeds 000-003) from data_directory() + "/plans". @throws NotFoundError,
/// ValidationError
PlanSet plans();

} // namespace charterkit
