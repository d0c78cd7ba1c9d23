// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "doctorsender.h"

#include "diagnosis/pendingexchange.h"

Doctor::Sender doctorSenderFor(RequestRunner *runner, const RunTarget &base)
{
    return [runner, base](const ApiRequest &request, const QString &group) -> PendingExchange * {
        if (request.method != "GET")
            return nullptr; // the doctor never sends anything but GET; belt and braces
        RunTarget target = base;
        target.practiceGroup = group;
        target.retries = false;
        RequestRun *run = runner->start(target, request);
        auto *pending = new PendingExchange; // deletes itself once finished
        QObject::connect(run, &RequestRun::finished, pending, &PendingExchange::finish);
        QObject::connect(pending, &PendingExchange::cancelRequested, run, &RequestRun::cancel);
        return pending;
    };
}
