"""One LibreOffice for a test script, driven through its UNO API (python3-uno): started headless with
a private profile, reached over a named pipe, and ended. Shared by the Accept All / Reject All
harness, the tracked-change recorder and the fixture encrypter."""
import contextlib
import shutil
import subprocess
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    """A PropertyValue, the media descriptor's and dispatcher's argument."""
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


@contextlib.contextmanager
def office(profile, timeout=120):
    """Yields (context, desktop) of a soffice started with `profile` as its user installation; ends it afterwards."""
    pipe = 'redline-uno-' + uuid.uuid4().hex
    soffice = shutil.which('soffice') or '/usr/bin/soffice'
    process = subprocess.Popen(
        [soffice, '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--headless', '--invisible', '--nologo',
         '--nodefault', '--norestore', '--nolockcheck', '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + timeout
        while True:
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except NoConnectException:
                if process.poll() is not None or time.time() > deadline:
                    raise RuntimeError('soffice did not start (exit %s)' % process.poll())
                time.sleep(0.2)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        yield context, desktop
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
