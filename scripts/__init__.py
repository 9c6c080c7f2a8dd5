# SPDX-License-Identifier: GPL-3.0-or-later
"""Developer tools, run from the repository root (``python -m scripts.i18n_build``). A regular package
(not a namespace one), so that no installed distribution's ``scripts`` package can take its place."""
