// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
// Reads `httpyac send --json` on stdin and prints the per-request summary of run-httpyac.sh.
import { readFileSync } from "node:fs";

const text = readFileSync(0, "utf8");
let report;
try {
    report = JSON.parse(text);
} catch {
    process.stderr.write(`httpyac-results: httpyac did not print JSON:\n${text.slice(0, 2000)}\n`);
    process.exit(1);
}
const results = (report.requests ?? []).map((request) => ({
    name: request.name ?? "",
    line: request.line ?? 0,
    status: request.response?.statusCode ?? 0,
    assertions: (request.testResults ?? []).map((test) => ({
        text: test.message ?? "",
        result: test.status ?? "",
    })),
}));
process.stdout.write(JSON.stringify(results, null, 1) + "\n");
