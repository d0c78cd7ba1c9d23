// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// Large collections of other tools made at test time (issue 16), never committed. Header-only,
// for the import tests and bench/collections.
namespace GeneratedCollections {

struct Generated
{
    QByteArray json;
    int requests = 0;
    int folders = 0; // folders that hold requests, each one .http file once imported
};

// A Postman Collection v2.1 of at least minBytes: folders of ten Hero API requests (JSON bodies,
// headers, a disabled header, query parameters, a test script), two folders to a group.
inline Generated postmanCollection(qsizetype minBytes)
{
    static const char *const paths[] = {"/v1/appointments",  "/v1/messages/send", "/v1/patients",
                                        "/v1/batch_message", "/v1/locations",     "/v1/webhooks"};
    Generated generated;
    QByteArray items;
    int group = 0;
    while (items.size() < minBytes) {
        QByteArray folders;
        for (int f = 0; f < 2; ++f, ++generated.folders) {
            QByteArray requests;
            for (int r = 0; r < 10; ++r, ++generated.requests) {
                const int n = generated.requests;
                const QByteArray number = QByteArray::number(n);
                const QByteArray path = paths[n % 6];
                if (r)
                    requests += ',';
                requests += R"({"name":"Request )" + number
                    + R"( — Zoë ✓","event":[{"listen":"test","script":{"exec":["pm.test('ok', () => pm.response.to.have.status(200));"]}}],)"
                      R"("request":{"method":")"
                    + (n % 2 ? "POST" : "GET")
                    + R"(","header":[{"key":"x-practice-group-id","value":"{{practiceGroup}}"},)"
                      R"({"key":"Accept","value":"application/json"},)"
                      R"({"key":"X-Trace","value":")"
                    + number
                    + R"(","disabled":true}],"body":{"mode":"raw","raw":"{\n  \"patient_id\": \"p_)"
                    + number
                    + R"(\",\n  \"text\": \"Your appointment at the practice is confirmed for tomorrow at ten; reply STOP to opt out of reminders.\",\n  \"tags\": [\"reminder\", \"sms\", \"n)"
                    + number + R"(\"]\n}","options":{"raw":{"language":"json"}}},)"
                    + R"("url":{"raw":"{{baseUrl}})" + path + R"(?page=)" + number
                    + R"(&per_page=25","host":["{{baseUrl}}"],"path":[)" + '"'
                    + path.mid(1).replace("/", "\",\"") + '"'
                    + R"(],"query":[{"key":"page","value":")" + number
                    + R"("},{"key":"per_page","value":"25"}]}}})";
            }
            if (f)
                folders += ',';
            folders += R"({"name":"Folder )" + QByteArray::number(generated.folders)
                + R"(","item":[)" + requests + "]}";
        }
        if (group)
            items += ",\n";
        items +=
            R"({"name":"Group )" + QByteArray::number(group++) + R"(","item":[)" + folders + "]}";
    }
    generated.json =
        R"({"info":{"name":"Generated Hero API","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},)"
        R"("variable":[{"key":"baseUrl","value":"https://api.staging.htech.app"},{"key":"practiceGroup","value":"1001"}],)"
        R"("item":[)"
        + items + "]}";
    return generated;
}

} // namespace GeneratedCollections
