/// @file charterkit.hpp
/// Umbrella header: includes every public charterkit header.
#pragma once

#include "charterkit/version.hpp"

#include "charterkit/error.hpp"
#include "charterkit/date.hpp"
#include "charterkit/source.hpp"
#include "charterkit/indicator.hpp"
#include "charterkit/series.hpp"
#include "charterkit/target.hpp"
#include "charterkit/trajectory.hpp"
#include "charterkit/party.hpp"
#include "charterkit/district.hpp"
#include "charterkit/theme.hpp"
#include "charterkit/ambition.hpp"
#include "charterkit/commitment.hpp"
#include "charterkit/finance.hpp"
#include "charterkit/arrangement.hpp"
#include "charterkit/amendment.hpp"
#include "charterkit/charter.hpp"
#include "charterkit/dataset.hpp"
#include "charterkit/io_json.hpp"
