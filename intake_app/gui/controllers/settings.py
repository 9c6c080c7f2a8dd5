# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI's own small settings file (language, chosen archive profile, idle minutes).

Lives at ``INTAKE_HOME/config/gui.json``. It never holds testimony, identity, passphrases or
keys: only the language and preferences. The archive profile (and whether it is the demo) is
pinned inside the encrypted store; ``profile_path`` and ``demo`` are only read from files of
earlier versions, to move them there, and are never written (a path on a seized laptop says
which archive it works for; security review F3). Bridge lines
live in the encrypted store (``TransportController``); the fields here only carry those of
earlier versions until they are moved there.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from intake_app.home import paths

_NOT_WRITTEN = ("profile_path", "demo")


@dataclass
class GuiSettings:
    lang: str = ""
    profile_path: str = ""  # read from earlier versions only; never written
    demo: bool = False  # in memory: mirrors the store's pinned profile; never written
    idle_minutes: int = 5
    # Read only to move bridges of earlier versions into the encrypted store (then emptied).
    bridges: list[str] = field(default_factory=list)
    bridge_kind: str = "none"

    @staticmethod
    def file() -> Path:
        return paths.config_dir() / "gui.json"

    @classmethod
    def load(cls) -> GuiSettings:
        try:
            data = json.loads(cls.file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        data = {k: v for k, v in asdict(self).items() if k not in _NOT_WRITTEN}
        # files under INTAKE_HOME are 0600 (security review F16)
        paths.write_private(self.file(), json.dumps(data, indent=1).encode("utf-8"))
