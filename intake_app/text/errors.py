# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn typed exceptions into plain, translated words for people.

The cores (``crypto``, ``forms``, the store, transport, audio) raise typed exceptions that carry
data and an English developer message. Only the edges (CLI, GUI) call :func:`user_message`,
which walks the exception's class hierarchy (``__mro__``) and finds the nearest entry in the
tables contributed by ``intake_app.text.error_messages.*`` (one module per area).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from contextvars import ContextVar

from intake_app.text.i18n import translate

Formatter = Callable[[BaseException], tuple[str, str]]
"""Given the exception, returns (message, what to do next); both already translated."""

_table: dict[type, Formatter] | None = None
_providers: list[str] = []
"""Modules outside ``intake_app.text.error_messages`` that add a ``MESSAGES`` table (the GUI's own)."""


_edge: ContextVar[str] = ContextVar("intake_message_edge", default="gui")


def for_edge(cli: str, gui: str) -> str:
    """One hint, two renderings: the command line's may name a command or an option; the GUI's
    names the button, page or menu to use instead, never a command line
    (tests/unit/test_gui_messages_no_commands.py). Chosen by the edge that asked
    :func:`user_message` (the GUI unless the command line says so)."""
    return cli if _edge.get() == "cli" else gui


class IntakeError(Exception):
    """Root of the app's own exceptions (outside ``crypto`` and ``forms``, which have their own)."""


def _load() -> dict[type, Formatter]:
    global _table
    if _table is None:
        table: dict[type, Formatter] = {}
        import intake_app.text.error_messages as pkg

        names = [f"{pkg.__name__}.{info.name}" for info in pkgutil.iter_modules(pkg.__path__)]
        for name in names + _providers:
            table.update(getattr(importlib.import_module(name), "MESSAGES", {}))
        _table = table
    return _table


def add_provider(module: str) -> None:
    """Let ``module``'s ``MESSAGES`` table join the others (the GUI registers its own errors here,
    so that the services and the command line never import Qt to word an error)."""
    global _table
    if module not in _providers:
        _providers.append(module)
        _table = None


def with_details(hint: str, detail: object) -> str:
    """``hint`` followed, on a line of its own, by a technical detail for support (an English
    program message, tor's own words): never mixed into a translated sentence (zh-review F21)."""
    text = " ".join(str(detail).split())  # one line: a detail never continues outside its label
    if not text:
        return hint
    return f"{hint}\n" + translate("Errors", "Technical details (for support): {0}").format(text)


def user_message(exc: BaseException, edge: str = "gui") -> tuple[str, str]:
    """(message, hint) for a person, in the current language. Never exposes a traceback.
    ``edge``: ``"cli"`` lets a hint name the command to run (:func:`for_edge`); anything else
    (the GUI, the default) gets the plain instruction."""
    token = _edge.set(edge)
    try:
        return _user_message(exc)
    finally:
        _edge.reset(token)


def _user_message(exc: BaseException) -> tuple[str, str]:
    table = _load()
    for cls in type(exc).__mro__:
        formatter = table.get(cls)
        if formatter is not None:
            return formatter(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or exc.__class__.__name__
        if exc.filename:
            reason = f"{reason}: {exc.filename}"
        return (
            translate("Errors", "The operating system reported a problem."),  # its words are English
            with_details(translate("Errors", "Check that the disk has free space and the file can be read, "
                                             "then try again."), reason),
        )
    return (
        translate("Errors", "Something went wrong that the app did not expect."),
        translate("Errors", "Nothing was sent. Please report this to the archive's support contact."),
    )


def handled_types() -> tuple[type[BaseException], ...]:
    """Exception classes that have a message (the edges catch exactly these)."""
    return tuple(cls for cls in _load() if issubclass(cls, BaseException))
