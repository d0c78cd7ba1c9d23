// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionimport.h"

#include <QJsonObject>
#include <QString>

// An Insomnia v4 export (`_type: "export"`, `__export_format: 4`) read into an
// ImportedCollection: request groups as folders, requests in metaSortKey order, the base
// environment as "$shared" and its sub-environments by name; `{{ _.name }}` becomes `{{name}}`.
// Auth, credentials, secret values, scripts and bodies other than text and urlencoded are
// dropped with a notice, through ImportRules. False with *error naming what and where for
// another export format or a structure the format does not allow.
bool readInsomniaExport(const QJsonObject &document, const QString &sourceName,
                        ImportedCollection *out, QString *error);

bool isInsomniaExport(const QJsonObject &document);
