# SPDX-License-Identifier: GPL-3.0-or-later
"""What the user reads, Qt-free: translation lookup (``i18n``, ``zh_hk``), the error root
(``errors``) and the tables that turn each error into a message and a hint (``error_messages``)."""
