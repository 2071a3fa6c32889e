/// @file party.hpp
/// Parties to a charter or plan (the state, ministries, municipalities, housing corporations, police),
/// their role, and the people who signed for them.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/detail/enum_names.hpp"
#include "charterkit/source.hpp"

#include <optional>
#include <string>

namespace charterkit {

/// What kind of organisation a party is.
enum class PartyKind { state, ministry, municipality, housing_corporation, police_region, other };

/// The part a party plays. Charters use signatory/co_signatory/funder/partner; plans add
/// client ("opdrachtgever"), contractor ("opdrachtnemer"), lead ("trekker"), participant, co_involved.
enum class PartyRole {
    signatory, co_signatory, funder, partner, client, contractor, lead, participant, co_involved, other
};

namespace detail {
inline constexpr std::pair<PartyKind, std::string_view> party_kind_names[] = {
    {PartyKind::state, "state"}, {PartyKind::ministry, "ministry"},
    {PartyKind::municipality, "municipality"}, {PartyKind::housing_corporation, "housing_corporation"},
    {PartyKind::police_region, "police_region"}, {PartyKind::other, "other"}};
inline constexpr std::pair<PartyRole, std::string_view> party_role_names[] = {
    {PartyRole::signatory, "signatory"}, {PartyRole::co_signatory, "co_signatory"},
    {PartyRole::funder, "funder"}, {PartyRole::partner, "partner"}, {PartyRole::client, "client"},
    {PartyRole::contractor, "contractor"}, {PartyRole::lead, "lead"},
    {PartyRole::participant, "participant"}, {PartyRole::co_involved, "co_involved"},
    {PartyRole::other, "other"}};
} // namespace detail

inline std::string_view to_string(PartyKind k) { return detail::enum_to_string(detail::party_kind_names, k); }
inline std::string_view to_string(PartyRole r) { return detail::enum_to_string(detail::party_role_names, r); }
/// @throws InvalidInputError naming field and value
inline PartyKind party_kind_from_string(std::string_view s, std::string_view field = "kind") {
    return detail::enum_from_string(detail::party_kind_names, s, field, "party kind");
}
/// @throws InvalidInputError naming field and value
inline PartyRole party_role_from_string(std::string_view s, std::string_view field = "role") {
    return detail::enum_from_string(detail::party_role_names, s, field, "party role");
}

/// A party with its role.
struct Party {
    std::string id;
    std::string name;    ///< as printed
    std::string name_en; ///< English gloss
    PartyKind kind = PartyKind::other;
    std::optional<PartyRole> role;
    std::optional<Source> source;
    friend bool operator==(const Party& a, const Party& b) {
        return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.kind == b.kind &&
               a.role == b.role && a.source == b.source;
    }
};

/// A person who signed, for a party.
struct Signatory {
    std::string person; ///< as printed
    std::string office; ///< as printed
    std::string party;  ///< party id (may be empty)
    std::optional<Date> date;
    std::optional<std::string> place;
    std::optional<Source> source;
    friend bool operator==(const Signatory& a, const Signatory& b) {
        return a.person == b.person && a.office == b.office && a.party == b.party &&
               a.date == b.date && a.place == b.place && a.source == b.source;
    }
};

} // namespace charterkit
