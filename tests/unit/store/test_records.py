# SPDX-License-Identifier: GPL-3.0-or-later
"""Testimonies, answer versions, identity sealing, recordings, notes, destruction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import intake_crypto as crypto
from intake_app.sealing.finalize import payload_sources
from intake_app.store import Store
from intake_app.store.errors import IdentityUnavailableError, InvalidStateError, RecordNotFoundError

FORM = "session_record"
ANSWERS: dict[str, Any] = {
    "interviewer_code": "IC-7",
    "interviewer_name": "王丹 interviewer",
    "place_region": "Haidian",
    "place_exact": "No. 5 Xiyuan Road",
    "present": [{"role": "witness", "code": "W1", "name": "Ding Zilin"}],
    "prior_testimony": [{"to_whom": "a journalist"}],
}


class _Profile:
    """The two profile attributes the store reads (real ArchiveProfile objects come from intake_crypto.bundle.profile)."""

    def __init__(self, recipients: tuple[str, ...], delete_after_receipt: bool = False) -> None:
        self.identity_recipients = recipients
        self.delete_after_receipt = delete_after_receipt
        self.name = "test archive"

    def fingerprint(self) -> str:
        return "fp"


@pytest.fixture
def identity() -> crypto.X25519Identity:
    return crypto.X25519Identity.generate()


def _version() -> str:
    import intake_forms as forms

    return str(forms.load_form(FORM).version)


def test_answers_split_and_identity_sealed(store: Store, identity: crypto.X25519Identity) -> None:
    tid = store.create_testimony(FORM, _version())
    v = store.save_answers(tid, ANSWERS, identity_recipients=[str(identity.recipient())])
    assert v == 1
    content = store.answers(tid)
    assert content["interviewer_code"] == "IC-7" and content["place_region"] == "Haidian"
    assert content["present"] == [{"role": "witness", "code": "W1"}]
    assert content["prior_testimony"] == [{"to_whom": "a journalist"}]  # restricted-content kept
    assert "interviewer_name" not in content and "place_exact" not in content
    sealed = store.sealed_identity(tid)
    assert set(sealed) == {"interviewer_name", "place_exact", "present"}
    # Only the identity custodian's key opens them; the store has no way to.
    import json

    assert json.loads(crypto.decrypt_bytes(sealed["place_exact"], [identity])) == "No. 5 Xiyuan Road"
    assert json.loads(crypto.decrypt_bytes(sealed["present"], [identity])) == [{"name": "Ding Zilin"}]
    assert store.testimony(tid).has_identity and store.identity_sealed(tid)


def test_identity_without_recipients_refused(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    with pytest.raises(IdentityUnavailableError):
        store.save_answers(tid, ANSWERS)
    assert store.testimony(tid).versions == 0
    # Content-only answers need no recipients.
    store.save_answers(tid, {"interviewer_code": "IC-7"})
    assert store.answers(tid) == {"interviewer_code": "IC-7"}


def test_versions_and_identity_carried_forward(store: Store, identity: crypto.X25519Identity) -> None:
    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    store.save_answers(tid, ANSWERS)
    first = store.sealed_identity(tid)
    # The GUI re-saves what it can read back (content only): identity must survive.
    store.save_answers(tid, {**store.load_answers(tid), "place_region": "Xicheng"})
    assert store.sealed_identity(tid) == first
    assert store.answers(tid)["place_region"] == "Xicheng"
    assert store.answers(tid, version=1)["place_region"] == "Haidian"
    # A new identity answer replaces only its own section.
    store.save_answers(tid, {"place_exact": "Muxidi"})
    now = store.sealed_identity(tid)
    assert now["interviewer_name"] == first["interviewer_name"] and now["place_exact"] != first["place_exact"]
    store.clear_identity(tid, "place_exact")
    assert "place_exact" not in store.sealed_identity(tid)
    assert store.testimony(tid).versions == 4


def test_gui_profile_keyword(store: Store, identity: crypto.X25519Identity) -> None:
    tid = store.create_testimony(FORM, _version())
    store.save_answers(tid, ANSWERS, profile=_Profile((str(identity.recipient()),)))
    assert store.identity_recipients() == (str(identity.recipient()),)
    assert store.get_testimony(tid).has_identity


def test_unknown_field_rejected_nothing_stored(store: Store) -> None:
    import intake_forms as forms

    tid = store.create_testimony(FORM, _version())
    with pytest.raises(forms.FormError):
        store.save_answers(tid, {"no_such_field": "x"})
    assert store.testimony(tid).versions == 0


def test_list_resolve_and_missing(store: Store) -> None:
    ids = [store.create_testimony(FORM, _version()) for _ in range(3)]
    assert sorted(t.id for t in store.list_testimonies()) == sorted(ids)
    assert len(store.list_testimonies(limit=2)) == 2
    assert store.resolve_id(ids[0][:8]) == ids[0]
    with pytest.raises(RecordNotFoundError):
        store.resolve_id("zz")
    with pytest.raises(RecordNotFoundError):
        store.testimony("0" * 16)


def test_recordings_notes_interviews(store: Store) -> None:
    iid = store.create_interview("first visit")
    tid = store.create_testimony(FORM, _version(), interview_id=iid)
    w = store.new_blob_writer()
    w.write(b"RIFF" + bytes(100_000))
    rid = store.add_recording(tid, w.close(), "audio/wav", duration_ms=1000)
    store.add_note("ask about the 27th Army", testimony_id=tid)
    store.add_note("bring tea", interview_id=iid)
    assert store.notes(testimony_id=tid) == ["ask about the 27th Army"]
    assert store.notes(interview_id=iid) == ["bring tea"]
    assert store.list_interviews()[0][2] == "first visit"
    detail = store.detail(tid)
    assert [p.id for p in detail.payloads] == [rid] and detail.payloads[0].size == 100_004
    with store.open_blob(detail.payloads[0].blob_id) as r:
        assert r.read(4) == b"RIFF"


@pytest.mark.parametrize("suffix", [".flac", ".opus", ".wav", ".mp3"])
def test_import_recording_strips_tags_and_seals_the_original(
    store: Store, identity: crypto.X25519Identity, tmp_path: Path, suffix: str
) -> None:
    """security-review F5: an imported recording is stored without its tags; its original is
    sealed to the identity recipients (unreadable here) and leaves with the testimony."""
    from tests.fixtures.tagged_media import CANARY, write_tagged

    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    src = tmp_path / f"a{suffix}"
    media = write_tagged(src)
    rid = store.import_recording(tid, src, media)
    copy, original = store.payloads(tid)
    assert copy.id == original.id == rid and original.original and not copy.original
    assert [p.id for p in store.payloads(tid, include_originals=False)] == [rid]
    with store.open_blob(copy.blob_id) as r:
        clean = r.read()
    assert CANARY not in clean and clean != src.read_bytes()
    with store.open_blob(original.blob_id) as r:
        sealed = r.read()
    assert CANARY not in sealed and crypto.decrypt_bytes(sealed, [identity]) == src.read_bytes()
    blobs = {copy.blob_id, original.blob_id}
    if suffix == ".flac":  # deleting the take (GUI) takes its sealed original with it
        store.delete_recording(rid)
        assert store.payloads(tid) == []
    else:
        store.destroy_testimony(tid)
    assert not any((store.blob_dir / b).exists() for b in blobs)


def test_audio_added_as_a_file_is_stripped_and_restricted(
    store: Store, identity: crypto.X25519Identity, tmp_path: Path
) -> None:
    """The GUI adds files with ``add_attachment`` (media type guessed from the name): a sound
    file is cleaned like an imported recording, and its copy is restricted-content (a voice)."""
    from tests.fixtures.tagged_media import CANARY, write_tagged

    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    src = tmp_path / "memo.wav"
    write_tagged(src)
    store.add_attachment(tid, src)
    copy, original = store.payloads(tid)
    with store.open_blob(copy.blob_id) as r:
        assert CANARY not in r.read()
    with store.open_blob(original.blob_id) as r:
        assert crypto.decrypt_bytes(r.read(), [identity]) == src.read_bytes()
    sources = {s.name: s for s in payload_sources(store, tid)}
    assert sources["attachment-001.wav"].sensitivity == "restricted-content"
    assert sources["attachment-001.wav.original.age"].sensitivity == "identity"


def test_import_recording_refuses_what_it_cannot_clean(
    store: Store, identity: crypto.X25519Identity, tmp_path: Path
) -> None:
    from intake_app.sealing.metadata import DamagedAttachmentError, UnsupportedAttachmentError

    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    fake = tmp_path / "a.flac"
    fake.write_bytes(b"fLaC" + b"CANARY" * 1000)
    with pytest.raises(DamagedAttachmentError):
        store.import_recording(tid, fake, "audio/flac")
    m4a = tmp_path / "a.m4a"
    m4a.write_bytes(b"\0\0\0\x20ftypM4A " + b"CANARY" * 100)
    with pytest.raises(UnsupportedAttachmentError):
        store.import_recording(tid, m4a, "audio/mp4")
    assert store.payloads(tid) == [] and list(store.blob_dir.iterdir()) == []


def test_destroy_removes_keys_and_files(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    w = store.new_blob_writer()
    w.write(b"x" * 1000)
    ref = w.close()
    store.add_recording(tid, ref, "audio/flac")
    store.add_note("n", testimony_id=tid)
    store.destroy_testimony(tid)
    assert not (store.blob_dir / ref.name).exists()
    assert store._query("SELECT count(*) FROM blobs") == [(0,)]
    assert store._query("SELECT count(*) FROM notes") == [(0,)]
    with pytest.raises(RecordNotFoundError):
        store.testimony(tid)


def test_recording_row_references_its_journal_and_seals_its_description(store: Store) -> None:
    """The take's description (markers included) is sealed in the row with the testimony's key;
    the journal blob is referenced, survives orphan purging, and goes when the testimony goes."""
    tid = store.create_testimony(FORM, _version())
    audio, journal = store.new_blob_writer(), store.new_blob_writer(chunk_size=512)
    audio.write(b"fLaC" + bytes(1000))
    journal.write(b'{"event":"start"}\n')
    label = "CANARY-marker-label-question-3"
    info = {"format": "flac", "frames": 48000, "markers": [{"at": 0.5, "label": label}]}
    rid = store.add_recording(tid, audio.close(), "audio/flac", duration_ms=1000, info=info)
    (row,) = store.recordings(tid)
    assert (row.id, row.journal_blob_id, row.info, row.markers) == (rid, None, info, info["markers"])
    jref = journal.close()
    store.link_recording_journal(rid, jref)
    assert store.recordings(tid)[0].journal_blob_id == jref.name
    assert store._query("SELECT state FROM blobs WHERE id = ?", (jref.name,)) == [("complete",)]
    # The label is sealed in the row (not readable from the decrypted database pages either).
    (sealed,) = store._query("SELECT info FROM recordings WHERE id = ?", (rid,))[0]
    assert label.encode() not in sealed
    assert store.purge_orphan_blobs() == []
    assert store.unlinked_journal_candidates(512) == []
    store.link_recording_journal(rid, info={**info, "markers": []})  # a later, fuller description
    assert store.recordings(tid)[0].markers == []
    # Both at once: the journal finished and referenced in the same transaction as the row.
    audio2, journal2 = store.new_blob_writer(), store.new_blob_writer(chunk_size=512)
    audio2.write(b"OggS")
    journal2.write(b"{}\n")
    rid2 = store.add_recording(tid, audio2.close(), "audio/ogg; codecs=opus", journal=journal2.close(), info=info)
    (second,) = [r for r in store.recordings(tid) if r.id == rid2]
    assert second.journal_blob_id == journal2.name and second.markers == info["markers"]
    assert store._query("SELECT state FROM blobs WHERE id = ?", (journal2.name,)) == [("complete",)]
    with pytest.raises(RecordNotFoundError):
        store.link_recording_journal("nope", jref)
    store.destroy_testimony(tid)
    assert not (store.blob_dir / jref.name).exists()
    assert store._query("SELECT count(*) FROM blobs") == [(0,)]


def test_check_editable_and_discard_blob_are_public(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    store.check_editable(tid)
    with pytest.raises(RecordNotFoundError):
        store.check_editable("missing")
    w = store.new_blob_writer()
    w.write(b"abandoned copy")
    ref = w.close()
    store.finish_blob(ref)
    store.discard_blob(ref.name)
    assert not (store.blob_dir / ref.name).exists()
    assert store._query("SELECT count(*) FROM blobs") == [(0,)]
    store._query("UPDATE testimonies SET status = 'final' WHERE id = ?", (tid,))
    with pytest.raises(InvalidStateError):
        store.check_editable(tid)


def test_final_testimony_not_editable(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    store._query("UPDATE testimonies SET status = 'final' WHERE id = ?", (tid,))
    with pytest.raises(InvalidStateError):
        store.save_answers(tid, {"interviewer_code": "x"})
    with pytest.raises(InvalidStateError):
        store.add_recording(tid, None, "audio/flac")  # type: ignore[arg-type]


def test_attachment_stripped_and_sealed(store: Store, identity: crypto.X25519Identity, tmp_path: Path) -> None:
    import io

    from PIL import Image

    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    img = Image.new("RGB", (8, 8))
    exif = Image.Exif()
    exif[0x013B] = "Artist CANARY-exif"
    raw = io.BytesIO()
    img.save(raw, "PNG", exif=exif.tobytes())
    src = tmp_path / "p.png"
    src.write_bytes(raw.getvalue())
    aid = store.add_attachment(tid, src)
    stripped, original = store.payloads(tid)
    assert stripped.id == original.id == aid and original.original and not stripped.original
    with store.open_blob(stripped.blob_id) as r:
        clean = r.read()
    assert b"CANARY-exif" not in clean and Image.open(io.BytesIO(clean)).size == (8, 8)
    with store.open_blob(original.blob_id) as r:
        assert crypto.decrypt_bytes(r.read(), [identity]) == src.read_bytes()
    assert store.attachment_names(tid) == ["1. image/png"]


def test_unsupported_attachment_leaves_nothing(store: Store, identity: crypto.X25519Identity, tmp_path: Path) -> None:
    from intake_app.sealing.metadata import AttachmentError

    store.set_profile(_Profile((str(identity.recipient()),)))
    tid = store.create_testimony(FORM, _version())
    doc = tmp_path / "d.pdf"
    doc.write_bytes(b"%PDF-1.4 /Author (someone)")
    with pytest.raises(AttachmentError):
        store.add_attachment(tid, doc, "application/pdf")
    assert store.payloads(tid) == [] and list(store.blob_dir.iterdir()) == []


def test_attachment_needs_identity_recipients(store: Store, tmp_path: Path) -> None:
    tid = store.create_testimony(FORM, _version())
    (tmp_path / "t.txt").write_text("hello")
    with pytest.raises(IdentityUnavailableError):
        store.add_attachment(tid, tmp_path / "t.txt")


def test_numbers_are_given_once_and_never_reused(store: Store) -> None:
    """usability-review problem 10: "Interview 1" came back for the next draft once the first
    was sent (its local copy destroyed); a number is given at creation and never again."""
    first = store.create_testimony(FORM, _version())
    second = store.create_testimony(FORM, _version())
    assert (store.testimony(first).number, store.testimony(second).number) == (1, 2)
    store.delete_draft(second)
    store.destroy_testimony(first)
    assert store.list_testimonies() == []
    third = store.create_testimony(FORM, _version())
    assert store.testimony(third).number == 3


def test_delete_draft_removes_everything_and_only_drafts(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    store.save_answers(tid, {"interviewer_code": "IC-7"})
    w = store.new_blob_writer()
    w.write(b"x" * 1000)
    ref = w.close()
    store.add_recording(tid, ref, "audio/flac")
    store.delete_draft(tid)
    assert not (store.blob_dir / ref.name).exists()
    for table in ("blobs", "answer_versions", "recordings", "testimonies"):
        assert store._query(f"SELECT count(*) FROM {table}") == [(0,)], table  # noqa: S608 - table names from the tuple above
    with pytest.raises(RecordNotFoundError):
        store.delete_draft(tid)
    final = store.create_testimony(FORM, _version())
    # A finalised testimony is not a draft: it cannot be deleted this way.
    with store._write() as conn:
        conn.execute("UPDATE testimonies SET status = 'final' WHERE id = ?", (final,))
    with pytest.raises(InvalidStateError):
        store.delete_draft(final)
    assert store.testimony(final).status == "final"
