// Private: the JSON readers and writers of the charter model, shared by the charter, data-set and
// plan formats. Readers record problems in the Reader and return what they could build; the public
// functions throw before anything half-built escapes.
#pragma once

#include "charterkit/charter.hpp"

#include "json_reader.hpp"

namespace charterkit::detail {

Target read_target(Reader& r, const json& j, const std::string& path);
json write_target(const Target& t);
Ambition read_ambition(Reader& r, const json& j, const std::string& path);
json write_ambition(const Ambition& a);
Commitment read_commitment(Reader& r, const json& j, const std::string& path);
json write_commitment(const Commitment& c);
FinanceTable read_finance_table(Reader& r, const json& j, const std::string& path);
json write_finance_table(const FinanceTable& t);
Party read_party(Reader& r, const json& j, const std::string& path);
json write_party(const Party& p);
Charter read_charter(Reader& r, const json& j);
json write_charter(const Charter& c);
/// Reads and validates a charter from a parsed document. @throws ValidationError
Charter charter_from_json(const json& j, const std::string& name);

} // namespace charterkit::detail
