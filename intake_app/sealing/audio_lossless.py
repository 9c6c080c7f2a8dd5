# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless metadata removal for FLAC and PCM WAV: the audio bytes are copied, never re-encoded.

``plan(src, media_type)`` reads only the structure of a FLAC or WAV file and returns a
:class:`CleanPlan`: the cleaned file is ``head`` followed by the byte range
``[offset, offset + length)`` of the source, unchanged. Nothing is decoded or re-encoded (issue 24;
the re-encode of security-review F5 cost ten times ``age -e``'s time).

- FLAC (RFC 9639): the copy keeps STREAMINFO (byte for byte, with its MD5 of the samples) and a
  SEEKTABLE when it is well formed; VORBIS_COMMENT (with its vendor string), PICTURE, APPLICATION,
  CUESHEET, PADDING and reserved blocks are dropped, as are an ID3v2 tag before ``fLaC`` and an
  ID3v1 or APEv2 tag after the last frame. The audio frames are copied byte for byte. The first
  frame must start right after the metadata, and the last frame must end exactly at the end of
  the copied range: its header (CRC-8) must name the stream's last samples (STREAMINFO's total)
  and its CRC-16 must hold over the bytes up to the end, so no trailing byte is carried along.
- WAV: the copy keeps the ``fmt `` chunk (plain PCM, IEEE float or WAVE_FORMAT_EXTENSIBLE of
  those, with no extra bytes) and the ``data`` chunk; every other chunk (LIST/INFO, bext, iXML,
  id3, unknown) is dropped.

A damaged structure (a metadata block running past the end, STREAMINFO missing, twice or of the
wrong size, a chunk running past the end) raises :class:`MalformedAudioError`. A well-formed file
whose layout this module cannot prove clean (unknown total length, trailing bytes that are no
known tag, RF64, compressed WAV, a fmt chunk with extra bytes) gives ``None``: the caller falls
back to the re-encode.

Never: copies a metadata block other than STREAMINFO/SEEKTABLE, or a WAV chunk other than
fmt/data. Limit: bytes hidden *between* two FLAC frames by a crafted file would be copied; no
recorder or tagger writes there (they write the blocks and tags removed above).
"""

from __future__ import annotations

import dataclasses
import io
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

from intake_app.text.errors import IntakeError

_FLAC_STREAMINFO, _FLAC_SEEKTABLE = 0, 3
_TAIL_WINDOW = 1 << 22  # the last FLAC frame is searched for in the last 4 MiB
_MAX_LAST_FRAME_CANDIDATES = 8  # headers naming the last samples whose CRC-16 is tried
_ID3V1_SIZE = 128
_APE_FOOTER = 32
_WAVE_PCM, _WAVE_FLOAT, _WAVE_EXTENSIBLE = 0x0001, 0x0003, 0xFFFE
# KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT: the GUID tail shared by both.
_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


class MalformedAudioError(IntakeError):
    """The file's metadata structure is damaged (not a well-formed FLAC or WAV), or the file
    changed between its check and its reading."""

    def __init__(self, message: str, media_type: str = "audio") -> None:
        super().__init__(message)
        self.media_type = media_type


def _stamp(src: BinaryIO) -> tuple[int, int, int, int] | None:
    """What changes when a file is written to or replaced (None for in-memory streams)."""
    try:
        st = os.fstat(src.fileno())
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


@dataclass(frozen=True)
class CleanPlan:
    """The cleaned file: ``head`` then ``length`` bytes of the source from ``offset``."""

    head: bytes
    offset: int
    length: int
    tail: bytes = b""
    # The source file as it was checked: a view refuses a file changed since (a tagger rewriting
    # it would shift the audio bytes, and metadata could land in the copied range).
    stamp: tuple[int, int, int, int] | None = None
    media_type: str = "audio"

    @property
    def size(self) -> int:
        return len(self.head) + self.length + len(self.tail)

    def open(self, src: BinaryIO) -> BinaryIO:
        """A seekable read-only view of the cleaned file over ``src`` (which it then owns)."""
        return io.BufferedReader(_Spliced(self, src), buffer_size=1 << 20)

    def read_all(self, src: BinaryIO) -> bytes:
        src.seek(self.offset)
        body = src.read(self.length)
        if len(body) != self.length:
            raise MalformedAudioError("the file became shorter while it was read")
        return self.head + body + self.tail


class _Spliced(io.RawIOBase):
    def __init__(self, plan: CleanPlan, src: BinaryIO) -> None:
        self._plan, self._src, self._pos = plan, src, 0
        self._check_unchanged()

    def _check_unchanged(self) -> None:
        if self._plan.stamp is not None and _stamp(self._src) != self._plan.stamp:
            self._src.close()
            raise MalformedAudioError("the file changed after it was checked", self._plan.media_type)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._plan.size}[whence]
        self._pos = max(0, base + pos)
        return self._pos

    def readinto(self, buf: object) -> int:
        view = memoryview(buf).cast("B")  # type: ignore[arg-type]
        head, length, tail = self._plan.head, self._plan.length, self._plan.tail
        pos, want = self._pos, min(len(view), self._plan.size - self._pos)
        if want <= 0:
            return 0
        if pos < len(head):
            n = min(want, len(head) - pos)
            view[:n] = head[pos:pos + n]
        elif pos < len(head) + length:
            n = min(want, len(head) + length - pos)
            self._src.seek(self._plan.offset + pos - len(head))
            n = self._src.readinto(view[:n])  # type: ignore[attr-defined]
            if not n:
                raise MalformedAudioError("the file became shorter while it was read")
        else:
            k = pos - len(head) - length
            n = min(want, len(tail) - k)
            view[:n] = tail[k:k + n]
        self._pos = pos + n
        if self._pos == self._plan.size:
            self._check_unchanged()  # the bytes just read are the ones that were checked
        return n

    def close(self) -> None:
        if not self.closed:
            self._src.close()
        super().close()


def plan(src: BinaryIO, media_type: str) -> CleanPlan | None:
    """The lossless clean copy of ``src`` (see the module docstring), or ``None`` to re-encode."""
    src.seek(0, os.SEEK_END)
    size = src.tell()
    src.seek(0)
    if media_type in ("audio/flac", "audio/x-flac"):
        found = _flac(src, size)
    elif media_type in ("audio/wav", "audio/x-wav"):
        found = _wav(src, size)
    else:
        return None
    return None if found is None else dataclasses.replace(found, stamp=_stamp(src), media_type=media_type)


def _read_at(src: BinaryIO, offset: int, n: int) -> bytes:
    src.seek(offset)
    data = src.read(n)
    if len(data) != n:
        raise MalformedAudioError("the file ends inside its metadata")
    return data


# --- FLAC ----------------------------------------------------------------------------------------
def _flac(src: BinaryIO, size: int) -> CleanPlan | None:
    pos = 0
    start = src.read(10)
    if start[:3] == b"ID3" and len(start) == 10:  # ID3v2 before the stream: skipped
        if any(b & 0x80 for b in start[6:10]):
            raise MalformedAudioError("the ID3v2 tag's size is not sync-safe")
        tag = (start[6] << 21) | (start[7] << 14) | (start[8] << 7) | start[9]
        pos = 10 + tag + (10 if start[5] & 0x10 else 0)
    if _read_at(src, pos, 4) != b"fLaC":
        if pos:
            return None  # something between an ID3v2 tag and the stream: the re-encode decides
        raise MalformedAudioError("no fLaC marker")
    pos += 4
    streaminfo: bytes | None = None
    seektable: bytes | None = None
    last = False
    while not last:
        header = _read_at(src, pos, 4)
        last, kind = bool(header[0] & 0x80), header[0] & 0x7F
        length = int.from_bytes(header[1:4], "big")
        pos += 4
        if kind == 127:
            raise MalformedAudioError("a metadata block of the forbidden type 127")
        if pos + length > size:
            raise MalformedAudioError("a metadata block runs past the end of the file")
        if streaminfo is None and kind != _FLAC_STREAMINFO:
            raise MalformedAudioError("the first metadata block is not STREAMINFO")
        if kind == _FLAC_STREAMINFO:
            if streaminfo is not None or length != 34:
                raise MalformedAudioError("STREAMINFO is repeated or of the wrong size")
            streaminfo = _read_at(src, pos, 34)
        elif kind == _FLAC_SEEKTABLE and seektable is None:
            seektable = _read_at(src, pos, length)
        pos += length
    assert streaminfo is not None  # noqa: S101 - the loop ran at least once and checked the first block
    min_block, max_block = struct.unpack(">HH", streaminfo[:4])
    packed = int.from_bytes(streaminfo[10:18], "big")
    rate, total = packed >> 44, packed & ((1 << 36) - 1)
    if min_block < 16 or max_block < min_block or rate == 0:
        raise MalformedAudioError("STREAMINFO holds impossible values")
    end = size
    end = _strip_trailing_tags(src, pos, end)
    audio = end - pos
    if total == 0 or audio <= 0:
        return None  # a stream of unknown length: the last frame cannot be proved
    first = _read_at(src, pos, min(audio, 32))
    first_header = _frame_header(first, 0)
    if first_header is None or first_header[1] != 0:
        raise MalformedAudioError("the audio frames do not start right after the metadata")
    variable = first_header[0]
    window = min(audio, _TAIL_WINDOW)
    if not _last_frame_ends_at(_read_at(src, end - window, window), variable, max_block, total):
        return None
    blocks = [(_FLAC_STREAMINFO, streaminfo)]
    if seektable is not None and _valid_seektable(seektable, audio, total):
        blocks.append((_FLAC_SEEKTABLE, seektable))
    head = bytearray(b"fLaC")
    for i, (kind, body) in enumerate(blocks):
        head.append(kind | (0x80 if i == len(blocks) - 1 else 0))
        head += len(body).to_bytes(3, "big") + body
    return CleanPlan(bytes(head), pos, audio)


def _strip_trailing_tags(src: BinaryIO, start: int, end: int) -> int:
    """The end of the audio once an ID3v1 tag and APEv2 tags after it are cut off."""
    for _ in range(4):
        if end - start >= _ID3V1_SIZE and _read_at(src, end - _ID3V1_SIZE, 3) == b"TAG":
            end -= _ID3V1_SIZE
            continue
        if end - start >= _APE_FOOTER:
            footer = _read_at(src, end - _APE_FOOTER, _APE_FOOTER)
            if footer[:8] == b"APETAGEX":
                tag_size, _items, flags = struct.unpack("<III", footer[12:24])
                whole = tag_size + (_APE_FOOTER if flags & 0x80000000 else 0)
                if whole < _APE_FOOTER or whole > end - start:
                    raise MalformedAudioError("an APE tag of impossible size")
                end -= whole
                continue
        break
    return end


_BLOCK_SIZES = {1: 192, 2: 576, 3: 1152, 4: 2304, 5: 4608}


def _frame_header(data: bytes, at: int) -> tuple[bool, int, int] | None:
    """(variable block size, coded number, block size) of a valid frame header at ``at``."""
    if len(data) - at < 6 or data[at] != 0xFF or data[at + 1] & 0xFE != 0xF8:
        return None
    variable = bool(data[at + 1] & 1)
    bs_code, rate_code = data[at + 2] >> 4, data[at + 2] & 0x0F
    chans, depth = data[at + 3] >> 4, (data[at + 3] >> 1) & 0x07
    if bs_code == 0 or rate_code == 15 or chans > 10 or depth == 3 or data[at + 3] & 1:
        return None
    p = at + 4
    first = data[p]
    ones = next(k for k in range(9) if k == 8 or not first & (0x80 >> k))
    if ones == 1 or ones == 8 or ones - 1 > (6 if variable else 5):
        return None
    extra = max(ones - 1, 0)
    number = first & ((1 << (7 - ones)) - 1) if ones else first
    for b in data[p + 1:p + 1 + extra]:
        if b & 0xC0 != 0x80:
            return None
        number = (number << 6) | (b & 0x3F)
    p += 1 + extra
    if bs_code == 6:
        if p + 1 > len(data):
            return None
        block, p = data[p] + 1, p + 1
    elif bs_code == 7:
        if p + 2 > len(data):
            return None
        block, p = int.from_bytes(data[p:p + 2], "big") + 1, p + 2
    else:
        block = _BLOCK_SIZES.get(bs_code, 256 << (bs_code - 8) if bs_code >= 8 else 0)
    p += {12: 1, 13: 2, 14: 2}.get(rate_code, 0)
    if p + 1 > len(data) or _crc8(data[at:p]) != data[p]:
        return None
    return variable, number, block


def _last_frame_ends_at(tail: bytes, variable: bool, max_block: int, total: int) -> bool:
    """True when a frame that starts in ``tail``, names the stream's last samples and whose
    CRC-16 covers every byte up to the end of ``tail``, exists."""
    if len(tail) < 8:
        return False
    expected = int.from_bytes(tail[-2:], "big")
    i, tries = len(tail), 0
    while tries < _MAX_LAST_FRAME_CANDIDATES:
        i = max(tail.rfind(b"\xff\xf8", 0, i), tail.rfind(b"\xff\xf9", 0, i))
        if i < 0:
            return False
        header = _frame_header(tail, i)
        if header is not None and header[0] == variable:
            _, number, block = header
            first_sample = number if variable else number * max_block
            if first_sample + block == total:
                tries += 1
                if _crc16(tail[i:-2]) == expected:
                    return True
    return False


def _valid_seektable(table: bytes, audio: int, total: int) -> bool:
    if len(table) % 18:
        return False
    last_sample, last_offset = -1, -1
    for k in range(0, len(table), 18):
        sample, offset, _n = struct.unpack(">QQH", table[k:k + 18])
        if sample == 0xFFFFFFFFFFFFFFFF:  # placeholder points come last
            if any(table[j:j + 8] != b"\xff" * 8 for j in range(k, len(table), 18)):
                return False
            break
        if sample <= last_sample or offset < last_offset or sample >= total or offset >= audio:
            return False
        last_sample, last_offset = sample, offset
    return True


def _crc_table(poly: int, width: int) -> list[int]:
    top, mask, table = 1 << (width - 1), (1 << width) - 1, []
    for byte in range(256):
        crc = byte << (width - 8)
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & mask if crc & top else (crc << 1) & mask
        table.append(crc)
    return table


_CRC8, _CRC16 = _crc_table(0x07, 8), _crc_table(0x8005, 16)


def _crc8(data: bytes) -> int:
    crc = 0
    for b in data:
        crc = _CRC8[crc ^ b]
    return crc


def _crc16(data: bytes) -> int:
    crc, table = 0, _CRC16
    for b in data:
        crc = ((crc << 8) & 0xFFFF) ^ table[(crc >> 8) ^ b]
    return crc


# --- WAV -----------------------------------------------------------------------------------------
def _wav(src: BinaryIO, size: int) -> CleanPlan | None:
    riff = src.read(12)
    if len(riff) != 12 or riff[8:12] != b"WAVE":
        raise MalformedAudioError("not a RIFF/WAVE file")
    if riff[:4] != b"RIFF":
        return None  # RF64 / RIFX: re-encoded
    pos, fmt, data = 12, None, None
    while pos + 8 <= size:
        cid, length = struct.unpack("<4sI", _read_at(src, pos, 8))
        body = pos + 8
        if cid == b"data":
            if data is not None:
                raise MalformedAudioError("two data chunks")
            if body + length > size:
                return None  # a length of 0xFFFFFFFF (streamed) or a cut file: re-encoded
            data = (body, length)
        elif body + length > size:
            raise MalformedAudioError("a chunk runs past the end of the file")
        elif cid == b"fmt ":
            if fmt is not None:
                raise MalformedAudioError("two fmt chunks")
            fmt = _read_at(src, body, length)
        pos = body + length + (length & 1)
    if fmt is None or data is None:
        raise MalformedAudioError("no fmt or no data chunk")
    if not _plain_fmt(fmt):
        return None
    head = b"RIFF" + struct.pack("<I", 4 + 8 + len(fmt) + 8 + data[1] + (data[1] & 1)) + b"WAVE"
    head += b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", data[1])
    # An odd-sized data chunk ends with a zero pad byte, written fresh (not copied).
    return CleanPlan(head, data[0], data[1], b"\0" if data[1] & 1 else b"")


def _plain_fmt(fmt: bytes) -> bool:
    if len(fmt) < 16:
        raise MalformedAudioError("the fmt chunk is too short")
    tag = struct.unpack("<H", fmt[:2])[0]
    if tag in (_WAVE_PCM, _WAVE_FLOAT):
        return len(fmt) == 16 or (len(fmt) == 18 and fmt[16:18] == b"\0\0")
    if tag == _WAVE_EXTENSIBLE:
        return len(fmt) == 40 and fmt[16:18] == struct.pack("<H", 22) and fmt[24:26] in (b"\x01\x00", b"\x03\x00") \
            and fmt[26:40] == _GUID_TAIL
    return False
