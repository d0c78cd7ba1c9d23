// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
// Keeps hero_test_support a valid library while it has no other sources.
