# SPDX-License-Identifier: GPL-3.0-or-later
"""Controllers: the only GUI code that calls the Qt-free services (store, forms, bundle,
transport, audio). Slow calls run in worker threads (:mod:`.tasks`); widgets connect to the
controllers' signals and call their methods, and never import a service themselves."""
