# SPDX-License-Identifier: GPL-3.0-or-later
"""PyInstaller runtime hook: put the bundled tor and pluggable transports first on PATH.

Runs before the app's own code in a frozen build, so code that looks programs up with
``shutil.which("tor")`` (or stem's default ``tor_cmd``) finds the bundled copy before any system
one; ``intake_app.bundled.tool_path`` does the same explicitly.
"""

import os
import sys

_tools = os.path.join(sys._MEIPASS, "tools")  # type: ignore[attr-defined]
if os.path.isdir(_tools):
    os.environ["PATH"] = _tools + os.pathsep + os.environ.get("PATH", os.defpath)
    os.environ.setdefault("INTAKE_TOOLS_DIR", _tools)
