# SPDX-License-Identifier: GPL-3.0-or-later
"""Versioned schema of the store database and its migrations.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; every step runs in one transaction with the version bump, so a crash
mid-migration leaves the previous version intact. A database newer than ``SCHEMA_VERSION`` is
refused (never downgraded). Tests build a database at every earlier version, fill it, migrate
and check nothing was lost.

Columns holding testimony text (answers, notes) store ciphertext sealed with the testimony's
own key (see ``records``), so decrypted SQLite pages in memory hold no readable answers and a
testimony can be crypto-shredded on its own. Identity answers are stored only sealed to the
archive's identity recipients (age); this machine cannot read them back.
"""

from __future__ import annotations

from typing import Any

# v1: first field release: sessions, testimonies with versioned answers, blobs, recordings.
_V1 = """
CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    key BLOB NOT NULL,
    created_at TEXT NOT NULL,
    label BLOB
);
CREATE TABLE testimonies (
    id TEXT PRIMARY KEY,
    interview_id TEXT REFERENCES interviews(id),
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    key BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE answer_versions (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    content BLOB NOT NULL,
    identity_sealed BLOB,
    PRIMARY KEY (testimony_id, version)
);
CREATE TABLE blobs (
    id TEXT PRIMARY KEY,
    key BLOB NOT NULL,
    state TEXT NOT NULL,
    size INTEGER,
    chunks INTEGER,
    chunk_size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE recordings (
    id TEXT PRIMARY KEY,
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    blob_id TEXT NOT NULL REFERENCES blobs(id),
    media_type TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# v2: attachments (stripped copy for content, sealed original for identity) and notes.
_V2 = """
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    content_blob_id TEXT NOT NULL REFERENCES blobs(id),
    original_blob_id TEXT REFERENCES blobs(id),
    media_type TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    testimony_id TEXT REFERENCES testimonies(id) ON DELETE CASCADE,
    interview_id TEXT REFERENCES interviews(id) ON DELETE CASCADE,
    key BLOB NOT NULL,
    body BLOB NOT NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE recordings ADD COLUMN duration_ms INTEGER;
"""

# v3: the outbox of sealed bundles and the receipts that came back; settings (the archive
# profile's identity recipients); listing indexes.
_V3 = """
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    testimony_id TEXT REFERENCES testimonies(id) ON DELETE SET NULL,
    bundle_id TEXT NOT NULL,
    blob_id TEXT REFERENCES blobs(id) ON DELETE SET NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    outbox_id TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    bundle_id TEXT NOT NULL,
    code TEXT NOT NULL,
    receipt BLOB NOT NULL,
    verified_at TEXT NOT NULL
);
CREATE TABLE settings (
    k TEXT PRIMARY KEY,
    v TEXT NOT NULL
);
CREATE INDEX testimonies_by_update ON testimonies(updated_at);
CREATE INDEX versions_by_testimony ON answer_versions(testimony_id, version);
ALTER TABLE attachments ADD COLUMN stripped INTEGER NOT NULL DEFAULT 1;
"""

# v4: a recording row references its journal blob (markers, pauses, take description) and keeps
# the take's description (``RecordingInfo.to_json()``) sealed with the testimony's key, so
# markers can be listed from the database, also after a crash recovery. Rows from earlier
# versions get NULL; the audio service links their journals on the next unlock.
_V4 = """
ALTER TABLE recordings ADD COLUMN journal_blob_id TEXT REFERENCES blobs(id);
ALTER TABLE recordings ADD COLUMN info BLOB;
CREATE INDEX recordings_by_testimony ON recordings(testimony_id);
"""

# v5: every testimony gets a number ("Interview 7") when it is created, never given again (the
# last one given is kept in settings); the outbox keeps it, so a sent interview whose local copy
# was destroyed after its receipt is still listed under its own number. Existing rows (and
# outbox entries whose testimony is gone) are numbered by creation time.
_V5 = """
ALTER TABLE testimonies ADD COLUMN number INTEGER;
ALTER TABLE outbox ADD COLUMN number INTEGER;
UPDATE testimonies SET number = (SELECT count(*) FROM (
    SELECT created_at AS c, id AS i FROM testimonies
    UNION ALL SELECT created_at, id FROM outbox WHERE testimony_id IS NULL)
    WHERE c < testimonies.created_at OR (c = testimonies.created_at AND i <= testimonies.id));
UPDATE outbox SET number = CASE WHEN testimony_id IS NULL THEN (SELECT count(*) FROM (
    SELECT created_at AS c, id AS i FROM testimonies
    UNION ALL SELECT created_at, id FROM outbox WHERE testimony_id IS NULL)
    WHERE c < outbox.created_at OR (c = outbox.created_at AND i <= outbox.id))
    ELSE (SELECT number FROM testimonies t WHERE t.id = outbox.testimony_id) END;
INSERT OR REPLACE INTO settings (k, v) VALUES ('last_testimony_number', CAST((SELECT max(n) FROM (
    SELECT coalesce(max(number), 0) AS n FROM testimonies
    UNION ALL SELECT coalesce(max(number), 0) FROM outbox)) AS TEXT))
"""

# v6: an imported recording keeps its original, sealed with age to the identity recipients, next
# to the copy whose tags were removed (security-review F5); recorded takes have none (NULL).
_V6 = """
ALTER TABLE recordings ADD COLUMN original_blob_id TEXT REFERENCES blobs(id);
"""

# v7: blob format version 2 (OpenSSL ChaCha20-Poly1305 per chunk, issue 24): each blob row says
# which format its file has (existing rows are version 1 and stay readable), and keeps the
# SHA-256 of its plaintext when its writer computed it while writing (a blob closed cleanly;
# never a recovered one), so sealing need not hash the payload again (docs/store.md).
_V7 = """
ALTER TABLE blobs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE blobs ADD COLUMN sha256 TEXT
"""

MIGRATIONS: dict[int, str] = {0: _V1, 1: _V2, 2: _V3, 3: _V4, 4: _V5, 5: _V6, 6: _V7}
SCHEMA_VERSION = len(MIGRATIONS)


def version_of(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, target: int = SCHEMA_VERSION) -> int:
    """Apply every pending step up to ``target``; returns the version reached."""
    from intake_app.store.errors import StoreVersionError

    current = version_of(conn)
    if current > SCHEMA_VERSION:
        raise StoreVersionError(current, SCHEMA_VERSION)
    while current < target:
        script = MIGRATIONS[current]
        # executescript() would commit on its own; run the statements inside one transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current += 1
    return current
