"""One LibreOffice for a test script, driven through its UNO API (python3-uno): started headless with
a private profile, reached over a named pipe, and ended. Shared by the Accept All / Reject All
harness, the tracked-change recorder and the fixture encrypter."""
import contextlib
import os
import ctypes
import shutil
import signal
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


def die_with_parent():
    """Runs in the soffice child before exec: the kernel kills it when this script dies, so a test
    run that times out and kills the script never leaves a LibreOffice spinning behind it."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL('libc.so.6', use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


RESTART_REQUESTED = 81


@contextlib.contextmanager
def office(profile, timeout=120):
    """Yields (context, desktop) of a soffice started with `profile` as its user installation; ends it afterwards."""
    pipe = 'redline-uno-' + uuid.uuid4().hex
    # soffice.bin itself, not the soffice script: the script's launcher (oosplash) would leave it orphaned.
    soffice = next((path for path in ('/usr/lib/libreoffice/program/soffice.bin',) if os.path.exists(path)), None) or shutil.which('soffice') or '/usr/bin/soffice'
    command = [soffice, '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--headless', '--invisible', '--nologo',
               '--nodefault', '--norestore', '--nolockcheck', '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe]

    def start():
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent)

    process = start()
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + timeout
        while True:
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except NoConnectException:
                # Exit 81 asks for a restart (a new profile was just set up): what the soffice script's launcher does.
                if process.poll() == RESTART_REQUESTED:
                    process = start()
                elif process.poll() is not None or time.time() > deadline:
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
