# SPDX-License-Identifier: GPL-3.0-or-later
"""The age v1 core (SPEC.md Part 1): header, payload, armor, recipients and identities, identity
files. It never imports the archive format (``intake_crypto.bundle``; an import-linter contract
keeps it so), so it can be audited, and reused, on its own. Callers import its public names from
``intake_crypto``, which re-exports them."""
