// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionimport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Postman Collection v2.1 and v2.0 (schema.getpostman.com) read into an ImportedCollection:
// folders, requests (method, URL, enabled headers, raw and urlencoded bodies) and collection
// variables ("$shared"). Auth blocks, credentials and secret values are dropped, scripts and
// saved responses ignored, each with a notice; docs/collections.md ("Import") has the mapping.
// False with *error naming what and where when the JSON is broken or of another version.
bool readPostmanCollection(const QByteArray &json, const QString &sourceName,
                           ImportedCollection *out, QString *error);
bool readPostmanCollection(const QJsonObject &document, const QString &sourceName,
                           ImportedCollection *out, QString *error);

// A Postman environment export ({"name": …, "values": [{key, value, type, enabled}]}): its
// variables go into out->environments under its name, secret ones dropped with a notice.
bool readPostmanEnvironment(const QByteArray &json, const QString &sourceName,
                            ImportedCollection *out, QString *error);

// Whether a parsed JSON document looks like a Postman collection of any version (v1 included,
// so that it is refused by name rather than as an unknown format).
bool isPostmanCollection(const QJsonObject &document);
