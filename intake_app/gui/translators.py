# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's translators for ``self.tr()`` in widgets, following :func:`intake_app.text.i18n.install`.

:mod:`intake_app.text.i18n` is Qt-free (the services and the CLI use it); this module is the GUI's
half. It is registered as a listener when the GUI package is imported, and re-applied by
:func:`intake_app.gui.app.make_application` once the ``QApplication`` exists, because Qt keeps
translators on the application object.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from intake_app.text import i18n, zh_hk

_installed: list[QTranslator] = []


class _HongKong(QTranslator):
    """A zh_TW catalogue with Hong Kong computing words (zh-review F28)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        # None (a null QString) lets Qt ask the next catalogue; "" would stop it there
        return zh_hk.localise(text) if text else None


def apply(lang: str) -> None:
    """Load the ``.qm`` catalogues for ``lang`` into the running Qt application (if any)."""
    if QCoreApplication.instance() is None:
        return  # make_application() applies the current language when it creates the app
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        return  # the sources are English
    # Qt's own words (a message box's "OK", a text field's right-click menu "Copy", "Paste"): they
    # stayed English in Chinese (walk, session 6). Installed first, so they are asked last.
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    for qm in sorted(i18n.TRANSLATIONS_DIR.glob(f"*_{lang}.qm")):
        translator = _HongKong() if i18n.variant() == "zh_HK" else QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)


i18n.add_listener(apply)
