# SPDX-License-Identifier: GPL-3.0-or-later
"""The encrypted local store: a SQLCipher database and chunk-encrypted blob files.

See ``blobs`` (blob file format), ``errors`` (typed exceptions). Nothing here writes
testimony or identity data to disk in plaintext.
"""
