// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzinput.h"
#include "json/jsondocumentmodel.h"
#include "json/jsonparseresult.h"

namespace {

// Opens rows as a view would, up to a bound so that one input stays quick.
void walk(JsonDocumentModel &model, const QModelIndex &parent, int *budget)
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent) && *budget > 0; ++row, --*budget) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            (void)model.data(index);
            (void)model.data(index, Qt::ToolTipRole);
        }
        const QModelIndex index = model.index(row, 0, parent);
        (void)model.data(index, JsonDocumentModel::PathRole);
        (void)model.data(index, JsonDocumentModel::ChildCountRole);
        (void)model.jsonPath(index);
        (void)model.valueText(model.index(row, JsonDocumentModel::ValueColumn, parent));
        if (model.parent(index) != parent)
            abort();
        if (model.hasChildren(index))
            walk(model, index, budget);
    }
}

} // namespace

// A response body into the response tree (app/core/json: parseJson, JsonDocumentModel).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JsonParseResult result = parseJson(fuzzBytes(data, size));
    if (!result.ok()) {
        // Every failure names its place for the user.
        if (result.status != JsonParseStatus::Empty && result.message.isEmpty())
            abort();
        return 0;
    }
    JsonDocumentModel model;
    model.setBatchSize(64);
    model.setDocument(result.document);
    int budget = 4096;
    walk(model, {}, &budget);
    return 0;
}
