# SPDX-License-Identifier: GPL-3.0-or-later
"""Exceptions of the forms package, all rooted at :class:`FormError`.

They carry data and an English developer message; the app's edges turn them into translated
text (``intake_app/text/error_messages/forms.py``). Answer *problems* are not exceptions: validation
returns :class:`forms.Problem` values and never raises for bad answers.
"""

from __future__ import annotations


class FormError(Exception):
    """Root of every error raised by ``forms``."""


class FormNotFoundError(FormError):
    """No definition with this id (or this id and version) exists."""

    def __init__(self, form_id: str, version: str | None = None) -> None:
        self.form_id = form_id
        self.version = version
        where = f"{form_id} {version}" if version else form_id
        super().__init__(f"no form definition {where!r}")


class DefinitionError(FormError):
    """A definition or vocabulary file is malformed (schema violation or broken reference)."""

    def __init__(self, source: str, detail: str) -> None:
        self.source = source
        self.detail = detail
        super().__init__(f"{source}: {detail}")


class VocabularyNotFoundError(FormError):
    """A field names a vocabulary that does not exist."""

    def __init__(self, vocabulary_id: str) -> None:
        self.vocabulary_id = vocabulary_id
        super().__init__(f"no vocabulary {vocabulary_id!r}")


class AnswersError(FormError):
    """Answers cannot be processed at all (not a JSON object, unknown fields when splitting...)."""

    def __init__(self, detail: str, path: str = "") -> None:
        self.detail = detail
        self.path = path
        super().__init__(f"{path}: {detail}" if path else detail)


class MigrationError(FormError):
    """No chain of migration rules leads from one version of a form to another."""

    def __init__(self, form_id: str, from_version: str, to_version: str, detail: str = "") -> None:
        self.form_id = form_id
        self.from_version = from_version
        self.to_version = to_version
        self.detail = detail
        super().__init__(f"cannot migrate {form_id} answers from {from_version} to {to_version} {detail}".strip())


class TimeValueError(FormError):
    """A local time cannot be turned into an instant (unknown zone, gap, ambiguous without fold)."""

    def __init__(self, code: str, detail: str) -> None:
        self.code = code
        self.detail = detail
        super().__init__(detail)
