// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzopenapi.h"

// OpenAPI JSON (app/core/catalogue: Catalogue::load, OpenApiReader, exampleFromSchema).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzOpenApiImport(data, size, QStringLiteral("fuzz.json"));
    return 0;
}
