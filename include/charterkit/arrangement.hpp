/// @file arrangement.hpp
/// Progress arrangements of a charter: the annual administrative talk, a visitation in a given
/// year, the outcome monitor, reports to council and parliament.
#pragma once

#include "charterkit/detail/enum_names.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// What kind of arrangement.
enum class ArrangementKind {
    administrative_talk, ///< progress talks between the signing administrators ("bestuurlijk
                         ///< overleg")
    visitation, ///< a review (visitation) designed jointly by city and state, in a set year
    monitor,    ///< measuring the outcome indicators
    report,     ///< reporting to council or parliament
    other       ///< any other arrangement (e.g. updating the charter)
};

/// How often it happens.
enum class Frequency {
    annual,    ///< every year
    biannual,  ///< every two years (the data's "two-yearly")
    once,      ///< a single time (see ProgressArrangement::year)
    per_term,  ///< once per term of office
    continuous ///< ongoing, without a fixed rhythm
};

namespace detail {
inline constexpr std::pair<ArrangementKind, std::string_view> arrangement_kind_names[] = {
    {ArrangementKind::administrative_talk, "administrative_talk"},
    {ArrangementKind::visitation, "visitation"},
    {ArrangementKind::monitor, "monitor"},
    {ArrangementKind::report, "report"},
    {ArrangementKind::other, "other"}};
inline constexpr std::pair<Frequency, std::string_view> frequency_names[] = {
    {Frequency::annual, "annual"},
    {Frequency::biannual, "biannual"},
    {Frequency::once, "once"},
    {Frequency::per_term, "per_term"},
    {Frequency::continuous, "continuous"}};
} // namespace detail

/// Text form of an ArrangementKind, the enumerator's name ("administrative_talk", ...).
inline std::string_view to_string(ArrangementKind k) {
    return detail::enum_to_string(detail::arrangement_kind_names, k);
}
/// Text form of a Frequency, the enumerator's name ("annual", ...).
inline std::string_view to_string(Frequency f) {
    return detail::enum_to_string(detail::frequency_names, f);
}
/// Parses an arrangement kind by its enumerator name. @throws InvalidInputError naming field and
/// value
inline ArrangementKind arrangement_kind_from_string(std::string_view s,
                                                    std::string_view field = "kind") {
    return detail::enum_from_string(detail::arrangement_kind_names, s, field, "arrangement kind");
}
/// Parses a frequency by its enumerator name. @throws InvalidInputError naming field and value
inline Frequency frequency_from_string(std::string_view s, std::string_view field = "frequency") {
    return detail::enum_from_string(detail::frequency_names, s, field, "frequency");
}

/// One progress arrangement.
struct ProgressArrangement {
    ArrangementKind kind = ArrangementKind::other; ///< what kind of arrangement
    std::optional<Frequency> frequency;            ///< how often; unset when the text does not say
    std::optional<int> year;                       ///< e.g. the visitation year (2010)
    std::vector<std::string>
        parties;                  ///< ids of the parties involved; empty when the text names none
    std::string summary;          ///< English, own words
    std::optional<Source> source; ///< where the arrangement is stated; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const ProgressArrangement& a, const ProgressArrangement& b) {
        return a.kind == b.kind && a.frequency == b.frequency && a.year == b.year &&
               a.parties == b.parties && a.summary == b.summary && a.source == b.source;
    }
};

} // namespace charterkit
