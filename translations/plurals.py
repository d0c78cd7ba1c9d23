#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
"""Fills the English singular and plural of every "%n" text in hero_en_GB.ts (lupdate leaves
them empty): "(s)" becomes "" and "s"; a text whose forms are not regular is listed in IRREGULAR;
one that reads the same for one and many ("in %n s") keeps its words. A text the script does not
know is reported. Run after `update_translations`, then run that again to tidy the file.
With --check it only says whether every "%n" text has its forms (the english_plurals test)."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {
    "%n file(s) have lines that were not understood; hover them for where.": (
        "%n file has lines that were not understood; hover it for where.",
        "%n files have lines that were not understood; hover them for where."),
    "%n file(s) could not be read; hover them for why.": (
        "%n file could not be read; hover it for why.",
        "%n files could not be read; hover them for why."),
    "Remove all %n entries from the request history?": (
        "Remove the %n entry from the request history?",
        "Remove all %n entries from the request history?"),
    "%n history entries could not be read and were left out.": (
        "%n history entry could not be read and was left out.",
        "%n history entries could not be read and were left out."),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    # The same words for one and many ("in %n s", "%n queued").
    if re.search(r"%n (s\b|queued|held)|of %n", source):
        return source, source
    return None


def main(path, check):
    tree = ET.parse(path)
    unknown = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        if check:
            if translation.get("type") == "unfinished":
                unknown.append(source)
            continue
        pair = forms(source)
        if pair is None:
            unknown.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in pair:
            ET.SubElement(translation, "numerusform").text = text
    if check:
        for source in unknown:
            print(f"{path}: no singular and plural for: {source}", file=sys.stderr)
        return 1 if unknown else 0
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    for source in unknown:
        print(f"plurals.py: no forms for: {source}", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    sys.exit(main(arguments[0] if arguments else "hero_en_GB.ts", "--check" in sys.argv))
