# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for ``forms`` errors (see the package docstring). Answer *problems* are not here:
they carry their own three-language messages (``intake_forms/messages.py``)."""

from __future__ import annotations

from collections.abc import Callable

import intake_forms as forms
from intake_app.text.errors import for_edge, with_details
from intake_app.text.i18n import translate


def _not_found(e: BaseException) -> tuple[str, str]:
    assert isinstance(e, forms.FormNotFoundError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    if e.version:
        message = translate("Errors", "There is no form \"{0}\" in version {1}.").format(e.form_id, e.version)
    else:
        message = translate("Errors", "There is no form \"{0}\".").format(e.form_id)
    return message, for_edge(cli=translate("Errors", "Run \"intake forms list\" to see the forms this app has."), gui=translate("Errors", "Reinstall the app or report this to the archive's support contact."))


def _definition(e: BaseException) -> tuple[str, str]:
    assert isinstance(e, forms.DefinitionError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (translate("Errors", "The form definition {0} is damaged.").format(e.source),
            with_details(translate("Errors", "Reinstall the app or report this to the archive's support contact."),
                         e.detail))


def _vocabulary(e: BaseException) -> tuple[str, str]:
    assert isinstance(e, forms.VocabularyNotFoundError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (translate("Errors", "The list of choices \"{0}\" is missing.").format(e.vocabulary_id),
            for_edge(cli=translate("Errors", "Run \"intake forms vocab\" to see the lists this app has."), gui=translate("Errors", "Reinstall the app or report this to the archive's support contact.")))


def _answers(e: BaseException) -> tuple[str, str]:
    assert isinstance(e, forms.AnswersError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (translate("Errors", "These answers cannot be used."),
            with_details(translate("Errors", "Check that the file holds the answers to this form; nothing was "
                                             "changed."), f"{e.path or '/'}: {e.detail}"))


def _migration(e: BaseException) -> tuple[str, str]:
    assert isinstance(e, forms.MigrationError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (translate("Errors", "Answers made with version {0} of \"{1}\" cannot be moved to version {2}.").format(
        e.from_version, e.form_id, e.to_version),
        translate("Errors", "The answers were left as they were. Open them with the version they were made with."))


def _form(e: BaseException) -> tuple[str, str]:
    return (translate("Errors", "The form could not be used."),
            with_details(translate("Errors", "Nothing was changed. Report this to the archive's support contact."), e))


MESSAGES: dict[type[BaseException], Callable[[BaseException], tuple[str, str]]] = {
    forms.FormNotFoundError: _not_found,
    forms.DefinitionError: _definition,
    forms.VocabularyNotFoundError: _vocabulary,
    forms.AnswersError: _answers,
    forms.MigrationError: _migration,
    forms.FormError: _form,
}
