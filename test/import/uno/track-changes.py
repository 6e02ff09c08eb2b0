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
import sys

import uno

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'helpers'))
from uno_office import office, prop  # noqa: E402


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
    with office(profile) as (context, desktop):
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


if __name__ == "__main__":
    main()
