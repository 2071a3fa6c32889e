/// @file io_json.hpp
/// Reading and writing the charterkit JSON format (docs/format.md,
/// data/schema/charter.schema.json).
///
/// Reading validates in one pass and reports every problem with its file and path
/// ("dordrecht.json: ambitions[3].targets[1].milestones[0].year: 2005 is before the baseline year
/// 2007"); malformed JSON is reported with line and column. A read either returns a complete, valid
/// object or throws — never a half-built object. Writing then reading gives an equal object.
#pragma once

#include "charterkit/ambition.hpp"
#include "charterkit/charter.hpp"
#include "charterkit/commitment.hpp"
#include "charterkit/finance.hpp"
#include "charterkit/target.hpp"

#include <string>
#include <vector>

namespace charterkit {

/// Reads a charter file. @throws ParseError (missing file, malformed JSON with line and column),
/// ValidationError (every problem, "file: path: message").
Charter load_charter(const std::string& path);
/// Reads a charter from JSON text; `name` stands for the file in messages.
/// @throws ParseError for malformed JSON, ValidationError listing every problem.
Charter parse_charter(const std::string& text, const std::string& name = "<string>");
/// The charter as JSON text (indent < 0: compact).
std::string to_json(const Charter& charter, int indent = 2);
/// Writes a charter file. @throws ParseError when the file cannot be written.
void save_charter(const Charter& charter, const std::string& path, int indent = 2);
/// Every problem of a charter file, one per line "file: path: message"; empty when it is valid.
std::vector<std::string> validate_charter_file(const std::string& path);
/// Every problem of charter JSON text.
std::vector<std::string> validate_charter_text(const std::string& text,
                                               const std::string& name = "<string>");

// The parts, on their own (used for pickling and by the plan format). Each parse_* reads the object
// as docs/format.md describes it, `name` standing for the file in messages; each to_json writes it
// (indent < 0: compact, the default for parts).

/// Reads a Target from JSON text. @throws ParseError for malformed JSON (line and column),
/// ValidationError listing every problem.
Target parse_target(const std::string& text, const std::string& name = "<string>");
/// A Target as JSON text (indent < 0: compact).
std::string to_json(const Target& target, int indent = -1);
/// Reads an Ambition (with its targets) from JSON text. @throws ParseError for malformed JSON,
/// ValidationError listing every problem.
Ambition parse_ambition(const std::string& text, const std::string& name = "<string>");
/// An Ambition as JSON text (indent < 0: compact).
std::string to_json(const Ambition& ambition, int indent = -1);
/// Reads a Commitment from JSON text. @throws ParseError for malformed JSON, ValidationError
/// listing every problem.
Commitment parse_commitment(const std::string& text, const std::string& name = "<string>");
/// A Commitment as JSON text (indent < 0: compact).
std::string to_json(const Commitment& commitment, int indent = -1);
/// Reads a FinanceTable from JSON text. @throws ParseError for malformed JSON, ValidationError
/// listing every problem.
FinanceTable parse_finance_table(const std::string& text, const std::string& name = "<string>");
/// A FinanceTable as JSON text (indent < 0: compact).
std::string to_json(const FinanceTable& table, int indent = -1);

} // namespace charterkit
