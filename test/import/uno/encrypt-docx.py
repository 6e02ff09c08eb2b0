#!/usr/bin/env python3
"""Saves a Word document with a password through LibreOffice's UNO API (python3-uno), as Writer's
File > Save As > "Save with password" does: the OOXML filter encrypts the package (ECMA-376
Standard encryption) into a Compound File. Made the fixture test/import/fixtures/encrypted-annex.docx.

    python3 encrypt-docx.py <in.docx> <out.docx> <profile-dir> <password>

LibreOffice 7.4 ignores a "Password" in the media descriptor of storeToURL, and fails the store
(an I/O write error) when "EncryptionData" holds the password alone; it encrypts when
"EncryptionData" names the password ("OOXPassword") and the scheme ("CryptoType": "Standard").
Starts its own soffice with a private profile, and ends it.
"""
import os
import sys

import uno
from com.sun.star.beans import NamedValue

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'helpers'))
from uno_office import office, prop  # noqa: E402


def named(name, value):
    n = NamedValue()
    n.Name = name
    n.Value = value
    return n


def main():
    source, target, profile, password = sys.argv[1:5]
    with office(profile) as (context, desktop):
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        encryption = uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", password), named("CryptoType", "Standard")))
        arguments = (prop("FilterName", "MS Word 2007 XML"), prop("EncryptionData", encryption))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)), arguments))
        doc.close(True)


if __name__ == "__main__":
    main()
