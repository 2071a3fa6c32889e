/// @file party.hpp
/// Parties to a charter or plan (the state, ministries, municipalities, housing corporations,
/// police), their role, and the people who signed for them.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/detail/enum_names.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>

namespace charterkit {

/// What kind of organisation a party is.
enum class PartyKind {
    state,               ///< the national government ("het Rijk")
    ministry,            ///< a single ministry
    municipality,        ///< a municipality ("gemeente")
    housing_corporation, ///< a housing corporation ("woningcorporatie")
    police_region,       ///< a police region ("politieregio")
    other                ///< any other organisation
};

/// The part a party plays. Charters use signatory/co_signatory/funder/partner; plans add
/// client ("opdrachtgever"), contractor ("opdrachtnemer"), lead ("trekker"), participant,
/// co_involved.
enum class PartyRole {
    signatory,    ///< signs the charter
    co_signatory, ///< signs on behalf of others as well ("mede namens")
    funder,       ///< contributes money
    partner,      ///< takes part without signing or funding
    client,       ///< commissions the work ("opdrachtgever")
    contractor,   ///< carries out the work ("opdrachtnemer")
    lead,         ///< leads an action or body ("trekker")
    participant,  ///< takes part in a body or action
    co_involved,  ///< also involved in a deliverable ("medebetrokkene")
    other         ///< any other part
};

namespace detail {
inline constexpr std::pair<PartyKind, std::string_view> party_kind_names[] = {
    {PartyKind::state, "state"},
    {PartyKind::ministry, "ministry"},
    {PartyKind::municipality, "municipality"},
    {PartyKind::housing_corporation, "housing_corporation"},
    {PartyKind::police_region, "police_region"},
    {PartyKind::other, "other"}};
inline constexpr std::pair<PartyRole, std::string_view> party_role_names[] = {
    {PartyRole::signatory, "signatory"},
    {PartyRole::co_signatory, "co_signatory"},
    {PartyRole::funder, "funder"},
    {PartyRole::partner, "partner"},
    {PartyRole::client, "client"},
    {PartyRole::contractor, "contractor"},
    {PartyRole::lead, "lead"},
    {PartyRole::participant, "participant"},
    {PartyRole::co_involved, "co_involved"},
    {PartyRole::other, "other"}};
} // namespace detail

/// Text form of a PartyKind, the enumerator's name ("housing_corporation", ...).
inline std::string_view to_string(PartyKind k) {
    return detail::enum_to_string(detail::party_kind_names, k);
}
/// Text form of a PartyRole, the enumerator's name ("co_signatory", ...).
inline std::string_view to_string(PartyRole r) {
    return detail::enum_to_string(detail::party_role_names, r);
}
/// Parses a party kind by its enumerator name. @throws InvalidInputError naming field and value
inline PartyKind party_kind_from_string(std::string_view s, std::string_view field = "kind") {
    return detail::enum_from_string(detail::party_kind_names, s, field, "party kind");
}
/// Parses a party role by its enumerator name. @throws InvalidInputError naming field and value
inline PartyRole party_role_from_string(std::string_view s, std::string_view field = "role") {
    return detail::enum_from_string(detail::party_role_names, s, field, "party role");
}

/// A party with its role.
struct Party {
    std::string id;      ///< identifier ("gemeente-alkmaar"), unique within the charter or plan
    std::string name;    ///< as printed
    std::string name_en; ///< English gloss
    PartyKind kind = PartyKind::other; ///< what kind of organisation
    std::optional<PartyRole> role;     ///< the part it plays; unset when the text gives none
    std::optional<Source> source;      ///< where the party is named; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Party& a, const Party& b) {
        return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.kind == b.kind &&
               a.role == b.role && a.source == b.source;
    }
};

/// A person who signed, for a party.
struct Signatory {
    std::string person;       ///< as printed
    std::string office;       ///< as printed
    std::string party;        ///< party id (may be empty)
    std::optional<Date> date; ///< date of this signature, only where its block prints its own
    std::optional<std::string>
        place;                    ///< place of this signature, only where its block prints its own
    std::optional<Source> source; ///< where the signature block stands; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Signatory& a, const Signatory& b) {
        return a.person == b.person && a.office == b.office && a.party == b.party &&
               a.date == b.date && a.place == b.place && a.source == b.source;
    }
};

} // namespace charterkit
