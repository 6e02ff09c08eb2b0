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
import subprocess
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def named(name, value):
    n = NamedValue()
    n.Name = name
    n.Value = value
    return n


def main():
    source, target, profile, password = sys.argv[1:5]
    pipe = "redline_uno_encrypt_%d" % os.getpid()
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
        encryption = uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", password), named("CryptoType", "Standard")))
        arguments = (prop("FilterName", "MS Word 2007 XML"), prop("EncryptionData", encryption))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)), arguments))
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
