#!/usr/bin/env python3
"""Reads .docx files in ONE headless LibreOffice process and reports, per file, what Writer sees.

Usage: python3 libreoffice-accept-reject.py FILE.docx [FILE.docx ...]
       (or the file paths one per line on stdin when no argument is given)

Each file is opened twice, as a reviewer would: once for Accept All, once for Reject All (undoing
Accept All and then rejecting made LibreOffice 7.4 spin forever on some documents). For every file
it prints one line of JSON:

  {"file": "...",
   "changes": [{"type": "Insert"|"Delete"|"Format"|..., "author": "...", "date": "YYYY-MM-DDTHH:MM:SS"}],
   "accept": [{"style": "Clause", "text": "G3.20 Each User shall ..."}, ...],
   "reject": [...]}

`changes` are the tracked changes as Writer lists them (before anything is accepted); `accept` and
`reject` are the body paragraphs (no headers or footers), in order, after Accept All and after
Reject All; a table gives one entry per row, {"style": "<row>", "text": the cells joined by ' | '}. A file LibreOffice cannot open gives {"file": ..., "error": "..."}.

The script starts its own soffice (headless, its own throw-away profile, listening on a named
pipe), so runs in parallel never share a profile, and ends it when done. Test-side only: the
redline CLI never runs LibreOffice.
"""
import json
import os
import shutil
import sys
import tempfile

import uno

from uno_office import office, prop


def iso(date):
    return '%04d-%02d-%02dT%02d:%02d:%02d' % (date.Year, date.Month, date.Day, date.Hours, date.Minutes, date.Seconds)


def tracked_changes(document):
    out = []
    enumeration = document.getRedlines().createEnumeration()
    while enumeration.hasMoreElements():
        redline = enumeration.nextElement()
        out.append({'type': redline.getPropertyValue('RedlineType'), 'author': redline.getPropertyValue('RedlineAuthor'),
                    'date': iso(redline.getPropertyValue('RedlineDateTime'))})
    return out


def body_paragraphs(document):
    out = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService('com.sun.star.text.Paragraph'):
            out.append({'style': element.getPropertyValue('ParaStyleName'), 'text': element.getString()})
        elif element.supportsService('com.sun.star.text.TextTable'):
            out.extend(table_rows(element))
        else:
            out.append({'style': '<table>', 'text': ''})
    return out


def table_rows(table):
    """A text table as one entry per row, in order: {"style": "<row>", "text": the cells' text joined by ' | '}."""
    out = []
    names = table.getCellNames()
    rows = {}
    for name in names:
        letters = ''.join(c for c in name if c.isalpha())
        number = int(''.join(c for c in name if c.isdigit()))
        column = 0
        for c in letters:
            column = column * 26 + (ord(c.upper()) - 64)
        text = table.getCellByName(name).getString()
        # Writer puts a zero width joiner into an empty cell of a tracked row, to hold the change: that cell is empty.
        rows.setdefault(number, []).append((column, '' if text == '\u200d' else text))
    for number in sorted(rows):
        out.append({'style': '<row>', 'text': ' | '.join(text for _, text in sorted(rows[number]))})
    return out


def load(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    return desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True), prop('ReadOnly', False)))


def read_after(desktop, dispatcher, path, command):
    """Opens the file, runs one dispatch command on it (Accept All or Reject All), and reads the body; None if it cannot open."""
    document = load(desktop, path)
    if document is None:
        return None, None
    try:
        changes = tracked_changes(document)
        dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, '', 0, ())
        return changes, body_paragraphs(document)
    finally:
        document.close(True)


def read_file(desktop, dispatcher, path):
    """The tracked changes, the body after Accept All and the body after Reject All, each from the file as opened."""
    changes, accept = read_after(desktop, dispatcher, path, '.uno:AcceptAllTrackedChanges')
    if changes is None:
        return {'file': path, 'error': 'LibreOffice could not open the file'}
    _, reject = read_after(desktop, dispatcher, path, '.uno:RejectAllTrackedChanges')
    if reject is None:
        return {'file': path, 'error': 'LibreOffice could not open the file a second time'}
    return {'file': path, 'changes': changes, 'accept': accept, 'reject': reject}


def main():
    files = sys.argv[1:] or [line.strip() for line in sys.stdin if line.strip()]
    profile = tempfile.mkdtemp(prefix='lo-accept-reject-')
    try:
        with office(profile) as (context, desktop):
            dispatcher = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', context)
            for path in files:
                try:
                    record = read_file(desktop, dispatcher, path)
                except Exception as error:  # one bad file never hides the others
                    record = {'file': path, 'error': '%s: %s' % (type(error).__name__, error)}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + '\n')
                sys.stdout.flush()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main()
