# SPDX-License-Identifier: GPL-3.0-or-later
"""Lazy sub-command registration (issue 24): a command loads only the module that defines it,
``--help`` still lists every command. No timing is asserted; what is checked is what gets
imported, which is what start-up time follows."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from intake_app.cli import COMMAND_MODULES, main, modules_for
from intake_app.cli.common import Cli


@pytest.mark.parametrize("module", list(COMMAND_MODULES))
def test_command_table_matches_what_each_module_registers(module: str) -> None:
    cli = Cli(argparse.ArgumentParser())
    importlib.import_module(f"intake_app.cli.{module}").register(cli)
    assert tuple(cli._top.choices) == COMMAND_MODULES[module]


def test_help_lists_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "intake_app", "--help"], capture_output=True, text=True, check=True)
    for names in COMMAND_MODULES.values():
        for name in names:
            assert f"    {name} " in out.stdout, name


@pytest.mark.parametrize("name", sorted({n for names in COMMAND_MODULES.values() for n in names}))
def test_every_command_is_reachable_alone(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--lang", "en", name, "--help"])
    assert info.value.code == 0
    assert "usage: intake" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error_listing_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["sael"])
    assert info.value.code == 2
    assert "seal" in capsys.readouterr().err


def test_top_level_options_before_the_command() -> None:
    assert modules_for(["--home", "/x", "--lang=zh_CN", "--debug", "age", "-d"]) == ("keys",)
    assert modules_for(["store", "list"]) == ("store", "audio")
    assert modules_for(["--version"]) == ()
    assert modules_for(["-h"]) == tuple(COMMAND_MODULES)
    assert modules_for([]) == tuple(COMMAND_MODULES)


_PROBE = """
import sys
from intake_app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(m for m in sys.modules if m.startswith(("crypto", "intake_app", "PySide6", "forms")))))
"""


def _loaded(*argv: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_version_loads_no_command_module_and_no_crypto() -> None:
    loaded = _loaded("--version")
    assert not {m for m in loaded if m.startswith(("crypto", "intake_app.cli.", "PySide6", "forms"))} - {
        "intake_app.cli.common"
    }


def test_age_loads_only_its_module() -> None:
    loaded = _loaded("age", "--help")
    assert "intake_app.cli.keys" in loaded
    others = {f"intake_app.cli.{m}" for m in COMMAND_MODULES if m != "keys"}
    assert not loaded & others
    assert not {m for m in loaded if m.startswith(("PySide6", "forms", "intake_crypto.bundle.bundle"))}
