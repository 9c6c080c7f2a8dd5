# SPDX-License-Identifier: GPL-3.0-or-later
"""Testimony Intake: everything that is not the crypto core or the form engine.

Sub-packages: ``store`` (encrypted local store), ``audio`` (recording into the store),
``sealing`` (seal, open and verify bundles; metadata removal; self-submission), ``home``
(everything under ``INTAKE_HOME``), ``text`` (translations, errors and their messages),
``transport`` (tor, upload, receiver), ``archive`` (archive-side tools), ``gui`` (Qt widgets,
which talk only to controllers and services) and ``cli`` (the ``intake`` command);
``tools`` finds the external programs (tor, transports). The crypto core is ``intake_crypto``,
the form engine ``intake_forms``.
"""

from intake_app._version import __version__

__all__ = ["__version__"]
