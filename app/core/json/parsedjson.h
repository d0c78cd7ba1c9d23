// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to app/core/json: the only header that exposes simdjson.
#include <simdjson.h>

// A parsed body. The DOM holds its own copy of every string, so the input bytes are not kept.
struct ParsedJson
{
    simdjson::dom::document document;
    simdjson::dom::element root;
};
