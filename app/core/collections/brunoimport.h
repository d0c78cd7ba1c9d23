// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionimport.h"

#include <QString>

// A Bruno collection folder (bruno.json, one .bru file per request, subfolders, environments/*.bru)
// read into an ImportedCollection: requests in `seq` order with their query and path params,
// headers and json/text/xml/form-urlencoded bodies; environments by name, `vars:secret` dropped.
// Auth, credentials, scripts, tests and other bodies are dropped with a notice, through
// ImportRules. False with *error naming the file and line of a block that cannot be read.
bool readBrunoCollection(const QString &folder, ImportedCollection *out, QString *error);

bool isBrunoCollection(const QString &folder);
