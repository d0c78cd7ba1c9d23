// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"
#include "catalogue/operationsmodel.h"
#include "catalogue/schemaexample.h"
#include "fuzzinput.h"

#include <QString>

// An OpenAPI import as the explorer does it (File → Import, hero-cli endpoints --spec): parse
// as the file name's suffix says, read the operations with their generated example bodies, then
// use the catalogue the way the operations tree and the composer do.
inline void fuzzOpenApiImport(const uint8_t *data, size_t size, const QString &fileName)
{
    const CatalogueLoadResult result = Catalogue::load(fuzzBytes(data, size), fileName);
    if (!result.ok())
        return;
    Catalogue catalogue = result.catalogue;
    for (const Operation &operation : catalogue.operations) {
        (void)exampleFromSchema(operation.requestBodySchema);
        (void)schemaTypeName(operation.requestBodySchema);
        QString concrete = operation.path;
        concrete.replace(QLatin1Char('{'), QLatin1Char('x'))
            .replace(QLatin1Char('}'), QLatin1Char('1'));
        (void)catalogue.indexOf(operation.method, concrete);
        (void)catalogue.indexOfOperationId(operation.operationId);
    }
    catalogue.merge(result.catalogue);
    OperationsModel model;
    model.setCatalogue(catalogue);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex tag = model.index(row, 0);
        (void)model.data(tag);
        for (int child = 0; child < model.rowCount(tag); ++child)
            (void)model.data(model.index(child, 0, tag));
    }
}
