/// @file aggregate.hpp
/// Roll-ups of assessments per ambition, theme, district, city or data set: counts by status, mean
/// score, mean share achieved (optionally weighted, e.g. by population), and the worst and best
/// targets.
///
/// Design note. The roll-up works on AssessedTarget rows, which carry the keys of the charter
/// structure next to the assessment, so the same rows can be grouped every way. Means skip rows
/// whose value is NaN (a status without a score, a milestone without a level) and say how many rows
/// they used. Weights are looked up by one key (district by default); a weight missing for any row
/// is an error that names every missing key, never a silent zero.
#pragma once

#include "charterkit/assessment.hpp"
#include "charterkit/dataset.hpp"

#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace charterkit {

/// What to group by.
enum class GroupBy {
    ambition, ///< by ambition id
    theme,    ///< by canonical theme key
    district, ///< by district id ("(all)" for charter-wide targets)
    city,     ///< by the charter's city, as printed
    dataset   ///< by data set name
};

/// Text form of a GroupBy, the enumerator's name ("district", ...).
std::string_view to_string(GroupBy g);
/// Parses "ambition", "theme", "district", "city" or "dataset".
/// @throws InvalidInputError "<field>: unknown grouping '<s>' (expected ambition, ...)"
GroupBy group_by_from_string(std::string_view s, std::string_view field = "by");

/// One assessed target with the keys it is grouped by.
struct AssessedTarget {
    std::string dataset;   ///< name of the data set (Dataset::name)
    std::string charter;   ///< charter id
    std::string city;      ///< the charter's city, as printed
    std::string district;  ///< the target's district; "(all)" for a charter-wide target
    std::string theme;     ///< canonical theme key
    std::string ambition;  ///< id of the ambition holding the target
    std::string target;    ///< target id
    std::string indicator; ///< indicator id of the target
    Assessment assessment; ///< the target's assessment against its observations
    /// The key of this row for a grouping.
    const std::string& key(GroupBy by) const;
    /// Field-by-field equality.
    friend bool operator==(const AssessedTarget& a, const AssessedTarget& b);
};

/// Assesses every target of `dataset` that has observations in `observations` (keyed by target id),
/// in document order. @throws NotFoundError naming every observation key that is no target of the
/// data set; whatever assess() throws, prefixed with the target id.
std::vector<AssessedTarget> assess_dataset(const Dataset& dataset,
                                           const std::map<std::string, Series>& observations,
                                           const AssessOptions& options = {});

/// Settings of a roll-up.
struct AggregateOptions {
    std::map<std::string, double>
        weights; ///< empty: unweighted; else a weight per key of `weight_by`
    GroupBy weight_by = GroupBy::district; ///< which key the weights are given for
    std::size_t top = 3;                   ///< length of the worst and best lists
    /// Field-by-field equality.
    friend bool operator==(const AggregateOptions& a, const AggregateOptions& b) {
        return a.weights == b.weights && a.weight_by == b.weight_by && a.top == b.top;
    }
};

/// The roll-up of one group.
struct GroupSummary {
    std::string key;                              ///< the group's key (see GroupBy)
    std::size_t count = 0;                        ///< rows in the group
    std::map<std::string, std::size_t> by_status; ///< status name -> rows
    std::size_t reached = 0;                      ///< rows whose assessed milestone is reached
    /// Mean score in [-5, 5] of the assessed milestones (weighted when weights are given); NaN when
    /// no row has a score.
    double mean_score = std::numeric_limits<double>::quiet_NaN();
    std::size_t scored = 0; ///< rows with a score
    /// Mean share of the way achieved (weighted when weights are given); NaN when no row has one.
    double mean_share_achieved = std::numeric_limits<double>::quiet_NaN();
    std::size_t with_share = 0; ///< rows with a share achieved
    double weight =
        std::numeric_limits<double>::quiet_NaN(); ///< total weight (NaN when unweighted)
    std::vector<std::string> worst;               ///< target ids, lowest score first
    std::vector<std::string> best;                ///< target ids, highest score first
    /// Field-by-field equality; NaN equals NaN.
    friend bool operator==(const GroupSummary& a, const GroupSummary& b);
};

/// Rolls `rows` up by `by`, groups in order of their key.
/// @throws InvalidInputError naming every key without a weight (or with a negative or non-finite
/// one).
std::vector<GroupSummary> aggregate(const std::vector<AssessedTarget>& rows, GroupBy by,
                                    const AggregateOptions& options = {});

} // namespace charterkit
