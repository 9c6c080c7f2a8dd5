# SPDX-License-Identifier: GPL-3.0-or-later
"""PyInstaller runtime hook: put the bundled tor and pluggable transports first on PATH.

Runs before the app's own code in a frozen build. The app itself finds its programs only through
``intake_app.tools.tool_path``, which searches ``<bundle>/tools/`` first whether or not this
hook ran (that, not this hook, is what keeps a planted ``tor`` on PATH from being used; test:
``tests/unit/test_tools.py``). This hook only helps child processes that search PATH.
"""

import os
import sys

_tools = os.path.join(sys._MEIPASS, "tools")  # type: ignore[attr-defined]
if os.path.isdir(_tools):
    os.environ["PATH"] = _tools + os.pathsep + os.environ.get("PATH", os.defpath)
    os.environ.setdefault("INTAKE_TOOLS_DIR", _tools)
