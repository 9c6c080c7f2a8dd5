# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive side, Qt-free: custody event logs (hash-chained, Ed25519-signed, PREMIS export)
and BagIt packages with fixity checks. Never writes testimony plaintext outside the directory
the staff member chose."""
