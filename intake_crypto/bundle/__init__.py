# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive format built on the age core (SPEC.md Parts 2 and 3): sealed bundles
(``bundle.bundle``), manifests, archive profiles, signing keys, canonical JSON, receipts and the
receipt log (``tlog``), k-of-n identity sealing (``threshold``), device enrolment. Empty on
purpose: importing ``intake_crypto.bundle.manifest`` loads no other module of this folder."""
