#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
"""Says whether the committed catalogue holds exactly the texts the sources have now: compares the
(context, source, comment) of every message in CATALOGUE with those lupdate read from the sources
into FRESH (the build's translations/hero_pseudo_source.ts). A text added or changed in the code
but not in the catalogue would never reach a translator. The translations_current test.
Usage: current.py CATALOGUE FRESH"""
import sys
import xml.etree.ElementTree as ET


def texts(path):
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.add((name, message.findtext("source"), message.findtext("comment") or ""))
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    catalogue, fresh = texts(sys.argv[1]), texts(sys.argv[2])
    missing, stale = sorted(fresh - catalogue), sorted(catalogue - fresh)
    for context, source, _ in missing:
        print(f"not in the catalogue: {context}: {source!r}")
    for context, source, _ in stale:
        print(f"no longer in the code: {context}: {source!r}")
    if missing or stale:
        print(f"{sys.argv[1]} is out of date ({len(missing)} new, {len(stale)} gone). Run:\n"
              "  cmake --build build --target update_translations\n"
              "  python3 translations/plurals.py translations/hero_en_GB.ts\n"
              "  cmake --build build --target update_translations")
        return 1
    print(f"{sys.argv[1]}: all {len(catalogue)} texts are the code's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
