// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzopenapi.h"

// OpenAPI YAML (app/core/catalogue: yamlToJson, then the same reader as JSON).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzOpenApiImport(data, size, QStringLiteral("fuzz.yaml"));
    return 0;
}
