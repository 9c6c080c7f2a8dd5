#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill unfinished entries of a .ts file from a JSON object {source text: translation}.

Usage: python scripts/ts_fill.py i18n/store_zh_CN.ts translations.json
Entries whose source is not in the JSON are left unfinished (and the test will say so).
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    ts, mapping_file = Path(sys.argv[1]), Path(sys.argv[2])
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    missing = 0
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        text = mapping.get(source.text or "")
        if text is None:
            missing += 1
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{ts}: {missing} entries still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
