// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/doctor.h"
#include "session/requestrun.h"

// A Doctor sender over the full request path: every probe is throttled and counted against
// the key's rate window like any other request, and never retried automatically.
Doctor::Sender doctorSenderFor(RequestRunner *runner, const RunTarget &base);
