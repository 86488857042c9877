"""Opens a workbook the way a second client does (openpyxl) and checks its XML parts directly.

Usage: /usr/bin/python3 inspect_xlsx.py FILE.xlsx  -> prints one JSON object on stdout.
Only reports what it finds; the vitest suite decides what is right.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

path = sys.argv[1]
out = {"xmlErrors": [], "parts": 0}

# Every XML part must parse, and hold no character XML 1.0 forbids (Excel would offer a repair).
INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
with zipfile.ZipFile(path) as z:
    out["zipErrors"] = z.testzip()
    for name in z.namelist():
        if not (name.endswith(".xml") or name.endswith(".rels")):
            continue
        out["parts"] += 1
        data = z.read(name)
        text = data.decode("utf-8")
        if INVALID.search(text):
            out["xmlErrors"].append(f"{name}: invalid character")
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            out["xmlErrors"].append(f"{name}: {e}")
        if name.startswith("xl/worksheets/_rels/") and 'TargetMode="External"' in text:
            out["xmlErrors"].append(f"{name}: external link")
    book = ET.fromstring(z.read("xl/workbook.xml"))
    out["definedNames"] = [
        {"name": d.get("name"), "localSheetId": d.get("localSheetId"), "text": d.text}
        for d in book.findall("m:definedNames/m:definedName", NS)
    ]
    # Longest shared or inline string (a cell holds at most 32,767 characters).
    longest = 0
    inline = 0
    for name in z.namelist():
        if name == "xl/sharedStrings.xml":
            items = ET.fromstring(z.read(name)).findall("m:si", NS)
        elif name.startswith("xl/worksheets/sheet"):
            items = list(ET.fromstring(z.read(name)).iter("{%s}is" % NS["m"]))
            inline += len(items)
        else:
            continue
        for item in items:
            longest = max(longest, len("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"]))))
    out["longestString"] = longest
    out["inlineStrings"] = inline


def plain(v):
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def load(data_only):
    return openpyxl.load_workbook(path, data_only=data_only)


formulas = load(False)
values = load(True)
out["sheets"] = formulas.sheetnames
out["properties"] = {
    "creator": formulas.properties.creator,
    "title": formulas.properties.title,
    "created": formulas.properties.created.isoformat() if formulas.properties.created else None,
}
out["byName"] = {}
for ws in formulas.worksheets:
    wv = values[ws.title]
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cells[c.coordinate] = {
                "v": plain(c.value),
                "cached": plain(wv[c.coordinate].value),
                "fmt": c.number_format,
                "link": c.hyperlink.location if c.hyperlink is not None else None,
            }
    out["byName"][ws.title] = {
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "orientation": ws.page_setup.orientation,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToHeight": ws.page_setup.fitToHeight,
        "printTitleRows": ws.print_title_rows,
        "maxRow": ws.max_row,
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "cells": cells,
    }
json.dump(out, sys.stdout, ensure_ascii=False)
