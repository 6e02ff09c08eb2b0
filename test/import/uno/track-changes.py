#!/usr/bin/env python3
"""Records tracked changes in a Word document through LibreOffice's UNO API (python3-uno), as a
drafter does in Writer with Edit > Track Changes > Record on, and saves it as .docx.

    python3 track-changes.py <in.docx> <out.docx> <profile-dir> <edits.json>

edits.json: [{"find": "Gas Proxy Function)", "insert": " which forms part of a SMETS2+ Device", "at": 18}, …]
inserts `insert` at offset `at` into the first match of `find` (in the body or a table cell),
replacing the `remove` characters there (default 0); {"find": …, "delete": true} deletes the match.
Table rows, as Writer's Table > Delete > Rows and Table > Insert > Rows Below do (tracked as row
changes): {"deleteRowOf": text} deletes the row whose cell holds the first match of `text`;
{"insertRowAfter": text, "cells": [...]} inserts a row below it and types `cells` into it.
Starts its own soffice with a private profile, and ends it.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit("not found: " + text)
    return found


def main():
    source, target, profile, edits_file = sys.argv[1:5]
    edits = json.load(open(edits_file, encoding="utf-8"))
    pipe = "redline_uno_%d" % os.getpid()
    office = subprocess.Popen([
        "soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
        "--nologo", "--norestore", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(300):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            raise SystemExit("could not reach soffice")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        doc.RecordChanges = True
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        frame = doc.getCurrentController().getFrame()
        for edit in edits:
            row_text = edit.get("deleteRowOf") or edit.get("insertRowAfter")
            found = find(doc, row_text if row_text is not None else edit["find"])
            if row_text is not None:
                if found.Cell is None:
                    raise SystemExit("not in a table: " + row_text)
                table = found.TextTable
                row = int("".join(c for c in found.Cell.CellName if c.isdigit()))
                doc.getCurrentController().select(found)
                if "deleteRowOf" in edit:
                    dispatcher.executeDispatch(frame, ".uno:DeleteRows", "", 0, ())
                else:
                    dispatcher.executeDispatch(frame, ".uno:InsertRowsAfter", "", 0, ())
                    for column, value in enumerate(edit["cells"]):
                        cell = table.getCellByName("%s%d" % (chr(ord("A") + column), row + 1)).getText()
                        cell.insertString(cell.getEnd(), value, False)
            elif edit.get("delete"):
                found.setString("")
            else:
                # In a table cell the cell is the text; elsewhere the body.
                within = found.getText()
                cursor = within.createTextCursorByRange(found.getStart())
                cursor.goRight(edit.get("at", 0), False)
                cursor.goRight(edit.get("remove", 0), True)
                within.insertString(cursor, edit["insert"], True)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
