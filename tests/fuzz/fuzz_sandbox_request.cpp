// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzinput.h"
#include "sandboxfault.h"
#include "sandboxjudge.h"
#include "sandboxrequestparser.h"

#include <memory>

namespace {

// The judge of the built-in world; copied for each input so that its rate window starts empty.
const SandboxJudge &prototypeJudge()
{
    static const std::unique_ptr<SandboxJudge> judge = [] {
        QString error;
        std::optional<SandboxFixture> fixture = SandboxFixture::builtIn(&error);
        std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::builtIn(&error);
        if (!fixture || !catalogue)
            abort();
        return std::make_unique<SandboxJudge>(std::move(*fixture), std::move(*catalogue),
                                              SandboxRateSettings{});
    }();
    return *judge;
}

} // namespace

// The bytes a client sends to the sandbox (app/sandbox: parseSandboxRequest, as
// SandboxConnection calls it, for every pipelined request), each complete request then judged
// as the sandbox would, its x-sandbox-fault header parsed.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer = fuzzBytes(data, size);
    SandboxJudge judge = prototypeJudge();
    forever {
        const SandboxParsedRequest parsed = parseSandboxRequest(buffer);
        if (parsed.consumed < 0 || parsed.consumed > buffer.size())
            abort();
        switch (parsed.outcome) {
        case SandboxParsedRequest::Outcome::Incomplete:
            return 0;
        case SandboxParsedRequest::Outcome::Invalid:
            if (parsed.errorStatus < 400 || parsed.errorStatus > 501
                || parsed.errorMessage.isEmpty())
                abort();
            return 0;
        case SandboxParsedRequest::Outcome::Complete:
            break;
        }
        if (parsed.request.body.size() > SandboxLimits::MaxBodyBytes || parsed.consumed == 0)
            abort();
        const QByteArray fault = sandboxHeader(parsed.request.headers, "x-sandbox-fault");
        if (!fault.isNull()) {
            QString error;
            (void)SandboxFault::parse(fault, &error);
        }
        (void)judge.judge(parsed.request, 1'767'268'800'000);
        buffer.remove(0, parsed.consumed);
    }
}
