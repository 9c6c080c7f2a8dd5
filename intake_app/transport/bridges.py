# SPDX-License-Identifier: GPL-3.0-or-later
"""Bridge lines (obfs4, snowflake, plain) checked before tor sees them, with typed errors.

Guarantees: :func:`parse_bridge_line` accepts the forms tor and our pluggable transports take
(``[Bridge] [obfs4|snowflake] IP:PORT [FINGERPRINT] [key=value ...]``) and returns a normalised
line; :func:`torrc_for_bridges` adds the ``ClientTransportPlugin`` lines for the transports used.
Never: contacts a bridge or the network; accepts an option a transport would silently ignore
(snowflake-client 2.5.1 takes ``front=``, not ``fronts=``).
"""

from __future__ import annotations

import base64
import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass

from intake_app.text.errors import IntakeError
from intake_app.tools import tool_path

# meek_lite is obfs4proxy's client of the meek protocol (HTTPS through a front; issue 20 item 3).
TRANSPORT_BINARIES = {"obfs4": "obfs4proxy", "meek_lite": "obfs4proxy", "snowflake": "snowflake-client"}
_FINGERPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")
_MEEK_KEYS = {"url", "front", "utls"}
_SNOWFLAKE_KEYS = {"fingerprint", "url", "front", "ice", "utls-imitate", "utls-nosni", "sqsqueue", "sqscreds", "ampcache"}


class BridgeError(IntakeError):
    """Root of bridge-line problems; ``line`` is the offending line."""

    def __init__(self, line: str, detail: str) -> None:
        super().__init__(f"{detail}: {line!r}")
        self.line = line
        self.detail = detail


class BridgeSyntaxError(BridgeError):
    """The line does not have the shape of a bridge line."""


class BridgeAddressError(BridgeError):
    """The IP:PORT part is not an address and port."""


class BridgeFingerprintError(BridgeError):
    """The fingerprint is not 40 hexadecimal characters."""


class BridgeOptionError(BridgeError):
    """A transport option is missing or wrong (e.g. obfs4 without cert=, snowflake with fronts=)."""


class UnsupportedTransportError(BridgeError):
    """A pluggable transport this app does not ship (e.g. webtunnel: no maintained client can be packaged yet)."""

    def __init__(self, line: str, transport: str) -> None:
        super().__init__(line, f"unsupported transport {transport}")
        self.transport = transport


class TransportMissingError(BridgeError):
    """The transport's program (obfs4proxy, snowflake-client) is not installed."""


@dataclass(frozen=True)
class Bridge:
    transport: str  # "" for a plain bridge
    address: str
    port: int
    fingerprint: str
    options: tuple[tuple[str, str], ...]

    def line(self) -> str:
        parts = [self.transport] if self.transport else []
        host = f"[{self.address}]" if ":" in self.address else self.address
        parts.append(f"{host}:{self.port}")
        if self.fingerprint:
            parts.append(self.fingerprint)
        parts += [f"{k}={v}" for k, v in self.options]
        return " ".join(parts)


def _address(line: str, text: str) -> tuple[str, int]:
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d+)|([0-9.]+):(\d+)", text)
    if not m:
        raise BridgeAddressError(line, "expected IP:PORT")
    host, port_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    try:
        ipaddress.ip_address(host)
    except ValueError as exc:
        raise BridgeAddressError(line, "not an IP address") from exc
    port = int(port_text)
    if not 0 < port < 65536:
        raise BridgeAddressError(line, "port out of range")
    return host, port


def _options(line: str, words: list[str]) -> list[tuple[str, str]]:
    options = []
    for word in words:
        key, sep, value = word.partition("=")
        if not sep or not key or not value:
            raise BridgeOptionError(line, f"expected key=value, got {word!r}")
        options.append((key, value))
    return options


def _check_obfs4(line: str, options: dict[str, str]) -> None:
    cert = options.get("cert")
    if cert is None:
        raise BridgeOptionError(line, "obfs4 needs cert=")
    try:
        raw = base64.b64decode(cert + "=" * (-len(cert) % 4), validate=True)
    except ValueError as exc:
        raise BridgeOptionError(line, "obfs4 cert= is not base64") from exc
    if len(raw) != 52:  # node ID (20 bytes) + Curve25519 public key (32 bytes)
        raise BridgeOptionError(line, "obfs4 cert= has the wrong length")
    if options.get("iat-mode", "0") not in ("0", "1", "2"):
        raise BridgeOptionError(line, "obfs4 iat-mode= must be 0, 1 or 2")
    unknown = set(options) - {"cert", "iat-mode"}
    if unknown:
        raise BridgeOptionError(line, f"unknown obfs4 option {min(unknown)}")


def _check_keys_and_url(line: str, options: dict[str, str], transport: str, keys: set[str]) -> None:
    """Options outside ``keys`` are refused, and ``url=`` must be an https URL."""
    unknown = set(options) - keys
    if unknown:
        raise BridgeOptionError(line, f"unknown {transport} option {min(unknown)}")
    url = options.get("url")
    if url is None or not url.startswith("https://"):
        raise BridgeOptionError(line, f"{transport} needs url=https://...")


def _check_snowflake(line: str, options: dict[str, str]) -> None:
    if "fronts" in options:
        raise BridgeOptionError(line, "snowflake-client 2.5.1 takes front=, not fronts=")
    _check_keys_and_url(line, options, "snowflake", _SNOWFLAKE_KEYS)
    for server in options.get("ice", "").split(",") if "ice" in options else []:
        if not re.match(r"^stuns?:[^\s,]+$", server):
            raise BridgeOptionError(line, "snowflake ice= must be stun: URLs separated by commas")
    if "fingerprint" in options and not _FINGERPRINT.match(options["fingerprint"]):
        raise BridgeOptionError(line, "snowflake fingerprint= is not 40 hex characters")


def _check_meek(line: str, options: dict[str, str]) -> None:
    _check_keys_and_url(line, options, "meek_lite", _MEEK_KEYS)


def parse_bridge_line(line: str) -> Bridge:
    """Parse and check one bridge line (with or without the leading ``Bridge``)."""
    original = line
    words = line.strip().split()
    if words and words[0].lower() == "bridge":
        words = words[1:]
    if not words:
        raise BridgeSyntaxError(original, "empty bridge line")
    transport = ""
    if not re.match(r"^[\[0-9]", words[0]):
        transport = words.pop(0)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", transport):
            raise BridgeSyntaxError(original, "expected a transport name or IP:PORT")
        if transport not in TRANSPORT_BINARIES:
            raise UnsupportedTransportError(original, transport)
    if not words:
        raise BridgeAddressError(original, "expected IP:PORT")
    address, port = _address(original, words.pop(0))
    fingerprint = ""
    if words and "=" not in words[0]:
        fingerprint = words.pop(0).upper()
        if not _FINGERPRINT.match(fingerprint):
            raise BridgeFingerprintError(original, "fingerprint must be 40 hex characters")
    options = _options(original, words)
    if len({k for k, _ in options}) != len(options):
        raise BridgeOptionError(original, "an option appears twice")
    if transport == "":
        if options:
            raise BridgeOptionError(original, "a plain bridge takes no options")
    elif transport == "obfs4":
        if not fingerprint:
            raise BridgeFingerprintError(original, "obfs4 bridges need a fingerprint")
        _check_obfs4(original, dict(options))
    elif transport == "meek_lite":
        _check_meek(original, dict(options))
    else:
        _check_snowflake(original, dict(options))
    return Bridge(transport, address, port, fingerprint, tuple(options))


def parse_bridge_lines(text: str) -> list[Bridge]:
    """Every non-empty, non-comment line of ``text``."""
    return [parse_bridge_line(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def torrc_for_bridges(bridges: Iterable[Bridge]) -> list[str]:
    """torrc lines: ``UseBridges 1``, the bridges, one ``ClientTransportPlugin`` per transport used."""
    bridges = list(bridges)
    if not bridges:
        return []
    lines = ["UseBridges 1"] + [f"Bridge {b.line()}" for b in bridges]
    for transport in sorted({b.transport for b in bridges if b.transport}):
        binary = tool_path(TRANSPORT_BINARIES[transport])
        if binary is None:
            raise TransportMissingError(transport, f"{TRANSPORT_BINARIES[transport]} is not installed")
        lines.append(f"ClientTransportPlugin {transport} exec {binary}")
    return lines
