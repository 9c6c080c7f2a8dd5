# SPDX-License-Identifier: GPL-3.0-or-later
"""Submission over Tor: the onion-service key helper, the tor client, the resumable upload and the receiver.

Qt-free. Nothing here reads or writes plaintext testimony: it moves sealed ``.tib`` bundles
(ciphertext) and signed receipts. Public pieces are imported from the submodules
(``onion``, ``bridges``, ``tor``, ``client``, ``receiver``).
"""

LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
"""Where the receiver may listen and where ``--insecure-direct`` / ``--receiver`` may point."""
