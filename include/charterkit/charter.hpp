/// @file charter.hpp
/// A charter: the agreement between the state and a city about its districts — parties and
/// signatories, validity, themes and ambitions with their targets, commitments, finance tables,
/// progress arrangements and amendments — with the queries a researcher asks of it.
#pragma once

#include "charterkit/ambition.hpp"
#include "charterkit/amendment.hpp"
#include "charterkit/arrangement.hpp"
#include "charterkit/commitment.hpp"
#include "charterkit/date.hpp"
#include "charterkit/district.hpp"
#include "charterkit/finance.hpp"
#include "charterkit/party.hpp"
#include "charterkit/source.hpp"
#include "charterkit/target.hpp"
#include "charterkit/theme.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// Whether the signing date is known.
enum class SigningStatus {
    known,   ///< the date is printed and legible
    unknown, ///< blank or illegible in the print
    partial  ///< only part of it is legible (the note says which)
};

/// Text form of a SigningStatus ("known", "unknown", "partial").
inline std::string_view to_string(SigningStatus s) {
    return s == SigningStatus::known     ? "known"
           : s == SigningStatus::unknown ? "unknown"
                                         : "partial";
}
/// Parses "known", "unknown" or "partial". @throws InvalidInputError naming field and value
inline SigningStatus signing_status_from_string(std::string_view s,
                                                std::string_view field = "status") {
    if (s == "known") return SigningStatus::known;
    if (s == "unknown") return SigningStatus::unknown;
    if (s == "partial") return SigningStatus::partial;
    throw InvalidInputError(std::string(field) + ": unknown signing status '" + std::string(s) +
                            "' (expected known, unknown or partial)");
}

/// When and where a charter was signed.
struct Signing {
    std::optional<Date> date; ///< the signing day; unset when unknown or only partly legible
    std::optional<std::string> place; ///< where it was signed ("Dordrecht"); unset when not printed
    SigningStatus status = SigningStatus::unknown; ///< whether the date is known
    std::string note;             ///< English remark, e.g. which part of a partial date is legible
    std::optional<Source> source; ///< where the signing is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const Signing& a, const Signing& b) {
        return a.date == b.date && a.place == b.place && a.status == b.status && a.note == b.note &&
               a.source == b.source;
    }
};

/// The period a charter is in force (inclusive days; either end may be open).
struct Validity {
    std::optional<Date> from;       ///< first day in force; unset when the text gives none (open)
    std::optional<Date> to;         ///< last day in force; unset when the text gives none (open)
    std::optional<Source> source;   ///< where the period is stated; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English (e.g. how an end was read)
    /// True when `d` lies in the period; an open end admits every day on its side.
    bool contains(const Date& d) const { return (!from || d >= *from) && (!to || d <= *to); }
    /// Field-by-field equality.
    friend bool operator==(const Validity& a, const Validity& b) {
        return a.from == b.from && a.to == b.to && a.source == b.source && a.notes == b.notes;
    }
};

/// Filter for Charter::targets (every set field must match).
struct TargetQuery {
    std::optional<ThemeKey> theme;        ///< the ambition's theme
    std::optional<std::string> district;  ///< district id; charter-wide targets match any district
    std::optional<std::string> indicator; ///< indicator id
    std::optional<int> milestone_year;    ///< a milestone in this year
};

/// A target with the ambition and charter it belongs to.
struct TargetEntry {
    std::string charter;              ///< charter id
    std::string ambition;             ///< id of the ambition holding the target
    ThemeKey theme = ThemeKey::other; ///< the ambition's theme
    Target target;                    ///< a copy of the target
};

/// Money committed by one party within a window of years.
struct MoneyByParty {
    std::string party;             ///< party id (empty for commitments that name no single party)
    double amount = 0.0;           ///< euros within the window
    std::size_t commitments = 0;   ///< commitments that contributed
    std::vector<std::string> open; ///< commitment ids that could not be placed in time
};

/// A charter.
struct Charter {
    std::string id;                      ///< slug ("alkmaar"), unique within a data set
    std::string city;                    ///< as printed
    std::string title;                   ///< as printed ("Charter 'Overdie doet mee'")
    std::string title_en;                ///< English gloss of the title; may be empty
    std::optional<Source> source;        ///< document and the charter's line span [first, last]
    std::vector<District> districts;     ///< the krachtwijken the charter covers
    std::vector<Party> parties;          ///< everybody with a role
    std::vector<Signatory> signatories;  ///< who signed, for which party
    Signing signed_;                     ///< date and place of signing (the date may be unknown)
    Validity validity;                   ///< the period the charter is in force
    std::vector<Theme> themes;           ///< the themes in the order the charter treats them
    std::vector<Ambition> ambitions;     ///< per theme and district scope, the shared ambition
    std::vector<Commitment> commitments; ///< what the city, the state and the corporations commit
    std::vector<FinanceTable> finance_tables; ///< printed tables of money
    std::vector<ProgressArrangement>
        progress;                      ///< administrative talks, visitation, monitor, reports
    std::vector<Amendment> amendments; ///< dated changes, as JSON Patch on the charter's file form
    std::vector<std::string> notes;    ///< encoder's remarks in English (damage, ambiguity)

    /// The district with that id. @throws NotFoundError naming the charter and the id
    const District& district(const std::string& id_) const {
        for (const auto& d : districts)
            if (d.id == id_) return d;
        throw NotFoundError("charter '" + id + "': no district '" + id_ + "'");
    }
    /// The party with that id. @throws NotFoundError naming the charter and the id
    const Party& party(const std::string& id_) const {
        for (const auto& p : parties)
            if (p.id == id_) return p;
        throw NotFoundError("charter '" + id + "': no party '" + id_ + "'");
    }
    /// The target with that id, in any ambition. @throws NotFoundError naming the charter and the
    /// id
    const Target& target(const std::string& id_) const {
        for (const auto& a : ambitions)
            for (const auto& t : a.targets)
                if (t.id == id_) return t;
        throw NotFoundError("charter '" + id + "': no target '" + id_ + "'");
    }
    /// The finance table with that id. @throws NotFoundError naming the charter and the id
    const FinanceTable& finance_table(const std::string& id_) const {
        for (const auto& t : finance_tables)
            if (t.id == id_) return t;
        throw NotFoundError("charter '" + id + "': no finance table '" + id_ + "'");
    }

    /// Targets matching the query, in document order.
    std::vector<TargetEntry> targets(const TargetQuery& q = {}) const {
        std::vector<TargetEntry> out;
        for (const auto& a : ambitions) {
            if (q.theme && a.theme != *q.theme) continue;
            for (const auto& t : a.targets) {
                if (q.district && t.district && *t.district != *q.district) continue;
                if (q.district && !t.district && !a.covers(*q.district)) continue;
                if (q.indicator && t.indicator.id != *q.indicator) continue;
                if (q.milestone_year) {
                    bool any = false;
                    for (std::size_t i = 0; i < t.milestones.size(); ++i) {
                        try {
                            if (t.milestone_year(i) == *q.milestone_year) any = true;
                        } catch (const Error&) {
                        }
                    }
                    if (!any) continue;
                }
                out.push_back({id, a.id, a.theme, t});
            }
        }
        return out;
    }

    /// Number of targets over all ambitions.
    std::size_t count_targets() const {
        std::size_t n = 0;
        for (const auto& a : ambitions) n += a.targets.size();
        return n;
    }
    /// Number of milestones over all targets.
    std::size_t count_milestones() const {
        std::size_t n = 0;
        for (const auto& a : ambitions)
            for (const auto& t : a.targets) n += t.milestones.size();
        return n;
    }

    /// Commitments matching a party id and/or a side.
    std::vector<Commitment> commitments_by(const std::optional<std::string>& party_id,
                                           const std::optional<Side>& side = std::nullopt) const {
        std::vector<Commitment> out;
        for (const auto& c : commitments)
            if ((!party_id || c.party == *party_id) && (!side || c.side == *side)) out.push_back(c);
        return out;
    }

    /// Money per party within years [from, to] (see Amount::within; open years default to the
    /// validity).
    std::vector<MoneyByParty> money_by_party(int from, int to) const {
        std::map<std::string, MoneyByParty> acc;
        const std::optional<int> vf =
            validity.from ? std::optional<int>(validity.from->year()) : std::nullopt;
        const std::optional<int> vt =
            validity.to ? std::optional<int>(validity.to->year()) : std::nullopt;
        for (const auto& c : commitments) {
            if (!c.amount) continue;
            auto& m = acc[c.party];
            m.party = c.party;
            const auto part = c.amount->within(from, to, vf, vt);
            if (!part) {
                m.open.push_back(c.id);
                continue;
            }
            if (*part != 0.0) {
                m.amount += *part;
                ++m.commitments;
            }
        }
        std::vector<MoneyByParty> out;
        for (auto& [k, v] : acc) out.push_back(std::move(v));
        return out;
    }

    /// Every problem (references to unknown districts or parties, duplicate ids, invalid targets
    /// and tables), each as "path: message", in one pass.
    std::vector<std::string> problems() const;

    /// The charter in force on `date`: every amendment dated on or before it applied in date order.
    /// @throws InvalidInputError when the date lies outside the validity period, or an amendment's
    /// patch
    ///         does not apply (naming the amendment).
    Charter as_of(const Date& date) const;

    /// Field-by-field equality.
    friend bool operator==(const Charter& a, const Charter& b) {
        return a.id == b.id && a.city == b.city && a.title == b.title && a.title_en == b.title_en &&
               a.source == b.source && a.districts == b.districts && a.parties == b.parties &&
               a.signatories == b.signatories && a.signed_ == b.signed_ &&
               a.validity == b.validity && a.themes == b.themes && a.ambitions == b.ambitions &&
               a.commitments == b.commitments && a.finance_tables == b.finance_tables &&
               a.progress == b.progress && a.amendments == b.amendments && a.notes == b.notes;
    }
    /// Negation of ==.
    friend bool operator!=(const Charter& a, const Charter& b) { return !(a == b); }
};

} // namespace charterkit
