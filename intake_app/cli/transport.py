# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake submit`` (send a sealed bundle over Tor, print the receipt code) and ``intake serve`` (the receiver).

Progress and warnings go to stderr; ``intake submit`` prints the receipt code as the last line of
stdout and exits 0 only once the receipt and its log inclusion proof verified. It never deletes
or moves the bundle (the outbox decides that).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intake_app.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Cli, read_passphrase
from intake_app.home import paths
from intake_app.text.i18n import translate


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _tor_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--torrc-extra", metavar="FILE", type=Path,
                        help="add the lines of FILE to the configuration of the tor this command starts")
    parser.add_argument("--tor-socks", metavar="HOST:PORT", help="use a tor that is already running (its SOCKS port)")
    parser.add_argument("--tor-control", metavar="HOST:PORT", help="its control port (for progress), optional")


def register(cli: Cli) -> None:
    p = cli.command("submit", _submit, "send a sealed bundle to the archive over Tor and print the receipt code")
    p.add_argument("bundle", type=Path, help="the sealed .tib bundle")
    p.add_argument("--profile", required=True, type=Path, help="the archive's signed profile.json")
    _tor_options(p)
    p.add_argument("--bridge", action="append", default=[], metavar="LINE",
                   help="a bridge line (obfs4, snowflake or plain); may be repeated")
    p.add_argument("--bridges-file", type=Path, metavar="FILE", help="bridge lines, one per line")
    p.add_argument("--deadline", type=float, default=1800.0, metavar="SECONDS",
                   help="give up after this long (the upload resumes next time)")
    p.add_argument("--insecure-direct", metavar="URL",
                   help="development only: plain HTTP to a receiver on loopback, NOT anonymous")
    p.add_argument("--store", action="store_true",
                   help="keep the receipt (with the salt that opens it) and the upload state in the encrypted store")
    p.add_argument("--passphrase-file", metavar="F", help="with --store: read the store passphrase from F")
    p.add_argument("--receipt-out", type=Path, metavar="FILE",
                   help="also write the receipt to FILE (0600, NOT encrypted: it links the file to the bundle)")

    v = cli.command("verify-receipt", _verify_receipt,
                    "check a kept receipt against the bundle it is for (offline): the archive's signature, "
                    "its log's inclusion proof and the salted commitment")
    v.add_argument("bundle", type=Path, help="the sealed .tib bundle that was sent")
    v.add_argument("--profile", required=True, type=Path, help="the archive's signed profile.json")
    v.add_argument("--store", action="store_true", help="the receipt kept in the encrypted store")
    v.add_argument("--passphrase-file", metavar="F", help="with --store: read the store passphrase from F")
    v.add_argument("--receipt", type=Path, metavar="FILE", help="a receipt written by submit --receipt-out")

    c = cli.command("connect", _connect,
                    "find a way to reach the archive over Tor (direct, then bridges) and report which one works")
    c.add_argument("--profile", required=True, type=Path, help="the archive's signed profile.json")
    c.add_argument("--bridge", action="append", default=[], metavar="LINE",
                   help="a bridge line (obfs4, snowflake or plain); may be repeated")
    c.add_argument("--bridges-file", type=Path, metavar="FILE", help="bridge lines, one per line")
    c.add_argument("--bridges-qr", type=Path, metavar="IMG", help="bridge lines from a QR code picture (PNG, JPEG)")
    c.add_argument("--no-direct", action="store_true",
                   help="Tor is blocked here: never connect without a bridge")
    c.add_argument("--no-built-in", action="store_true", help="do not try the bridges built into the app")
    c.add_argument("--stall-seconds", type=float, default=60.0, metavar="SECONDS",
                   help="give an attempt up when tor makes no progress for this long")
    c.add_argument("--torrc-extra", metavar="FILE", type=Path,
                   help="add the lines of FILE to the configuration of the tor this command starts")
    c.add_argument("--store", action="store_true",
                   help="try the way that worked last time first, and remember the one that works, "
                        "inside this computer's encrypted store")
    c.add_argument("--passphrase-file", metavar="F", help="with --store: read the store passphrase from the first line of F")

    b = cli.command("bridges", _archive_bridges,
                    "list, add or remove the archive's private bridge lines in its signed profile", group="archive")
    b.add_argument("archive", metavar="ARCHIVE_DIR", type=Path)
    b.add_argument("--add", action="append", default=[], metavar="LINE", help="a bridge line to add; may be repeated")
    b.add_argument("--add-file", type=Path, metavar="FILE", help="bridge lines to add, one per line")
    b.add_argument("--remove", action="append", default=[], metavar="LINE", help="a bridge line to remove")
    b.add_argument("--clear", action="store_true", help="remove every bridge line")
    b.add_argument("--qr-card", type=Path, metavar="OUT.png",
                   help="write the bridge lines as a QR code picture, to print and hand to people you trust")
    bg = b.add_mutually_exclusive_group()
    bg.add_argument("--passphrase-file", metavar="F", help="passphrase of the archive's profile-signing key")
    bg.add_argument("--no-passphrase", action="store_true", help="the archive's keys are unprotected (demo only)")

    s = cli.command("serve", _serve, "run the archive's receiver: an onion service storing sealed bundles")
    s.add_argument("--archive", required=True, type=Path, help="the archive directory (from intake archive init)")
    s.add_argument("--listen", default="127.0.0.1:0", metavar="127.0.0.1:PORT", help="loopback address for HTTP")
    s.add_argument("--no-tor", action="store_true", help="development only: serve on loopback without an onion service")
    s.add_argument("--torrc-extra", metavar="FILE", type=Path,
                   help="add the lines of FILE to the configuration of the tor this command starts")
    s.add_argument("--passphrase-file", metavar="FILE", help="passphrase of the receipt-signing key")
    s.add_argument("--witness", action="append", default=[], metavar="NAME=URL",
                   help="ask this witness (named in the profile) to cosign each new checkpoint; a loopback "
                        "http:// URL, or an onion reached through this receiver's tor (repeatable)")
    s.add_argument("--quota-bytes", type=int, default=None, help="total storage for received bundles")
    s.add_argument("--idle-expiry", type=float, default=48 * 3600.0, metavar="SECONDS",
                   help="delete the received part of an upload idle for longer than this")
    s.add_argument("--reservation-expiry", type=float, default=600.0, metavar="SECONDS",
                   help="an upload that sends nothing for this long holds no slot (an empty one is deleted)")
    s.add_argument("--max-open-uploads", type=int, default=64, metavar="N",
                   help="upload slots; when all are taken the slowest upload gives its slot up")
    s.add_argument("--max-connections", type=int, default=128, metavar="N",
                   help="serve at most N connections at once; more are answered 'busy'")
    s.add_argument("--min-upload-rate", type=int, default=2048, metavar="BYTES_PER_SECOND",
                   help="cut a request body that brings less than this, measured over every --rate-window")
    s.add_argument("--rate-window", type=float, default=10.0, metavar="SECONDS",
                   help="the window over which --min-upload-rate is measured, from a body's first second")


def _progress_printer() -> Any:
    last = [-1]

    def progress(done: int, total: int, phase: str) -> None:
        percent = 100 * done // total if total else 100
        if phase != "uploading" or percent // 10 != last[0]:
            last[0] = percent // 10
            _err(translate("Transport", "{0}: {1}% sent").format(_phase_text(phase), percent))

    return progress


def _phase_text(phase: str) -> str:
    return {
        "connecting": translate("Transport", "Connecting to the archive"),
        "uploading": translate("Transport", "Uploading"),
        "retrying": translate("Transport", "Connection lost, trying again"),
        "verifying": translate("Transport", "Checking the receipt"),
        "done": translate("Transport", "Done"),
    }.get(phase, phase)


def _bootstrap_printer(percent: int, _phase: str) -> None:
    from intake_app.transport.assistant import phase_words

    # tor's own summary is English: show the translated phase instead (zh-review F21), from the
    # one table the connection assistant and the outbox use
    _err(translate("Transport", "Tor: {0}% ({1})").format(percent, phase_words(percent)))


def _tor_for(args: argparse.Namespace, extra: list[str], data_dir: Path) -> Any:
    from intake_app.transport import tor

    if args.tor_socks:
        control = tor.parse_host_port(args.tor_control) if args.tor_control else None
        return tor.attach_tor(tor.parse_host_port(args.tor_socks), control, progress=_bootstrap_printer)
    lines = tor.read_torrc_extra(args.torrc_extra) + extra
    # A data directory for this one connection, removed when it closes (F8, F16).
    return tor.launch_tor(data_dir, extra_lines=lines, progress=_bootstrap_printer, ephemeral=True)


def _submit(args: argparse.Namespace) -> int:
    from intake_app.transport import bridges, client
    from intake_crypto.bundle.profile import load_profile

    if not args.bundle.is_file():
        _err(translate("Transport", "intake: no such bundle: {0}").format(args.bundle))
        return EXIT_USAGE
    profile = load_profile(args.profile)
    policy = client.RetryPolicy(deadline=args.deadline)
    if args.receipt_out is not None and (args.receipt_out.exists() or not args.receipt_out.parent.is_dir()):
        _err(translate("Transport", "intake: --receipt-out must name a new file in an existing folder: {0}")
             .format(args.receipt_out))
        return EXIT_USAGE
    store = _open_store(args) if args.store else None
    try:
        if args.insecure_direct:
            client.direct_endpoint(args.insecure_direct)  # refuse a non-loopback URL before any warning
            _err(translate("Transport", "WARNING: --insecure-direct sends WITHOUT Tor. This is NOT anonymous. "
                                        "Use it only for development on this computer."))
            result = client.submit(args.bundle, profile, tor=None, insecure_direct_url=args.insecure_direct,
                                   progress=_progress_printer(), policy=policy, state=store)
        else:
            lines: list[str] = []
            parsed = [bridges.parse_bridge_line(b) for b in args.bridge]
            if args.bridges_file:
                parsed += bridges.parse_bridge_lines(args.bridges_file.read_text(encoding="utf-8"))
            lines += bridges.torrc_for_bridges(parsed)
            with _tor_for(args, lines, paths.tor_dir()) as connection:
                result = client.submit(args.bundle, profile, tor=connection, progress=_progress_printer(),
                                       policy=policy, state=store)
        _keep_receipt(args, result, store)
    finally:
        if store is not None:
            store.lock()
    _err(translate("Transport", "The archive confirmed the bundle. Keep this receipt code:"))
    print(result.code, flush=True)
    return EXIT_OK


def _open_store(args: argparse.Namespace) -> Any:
    from intake_app.store import Store

    return Store.open(paths.home(), read_passphrase(args.passphrase_file, translate("Transport", "Store passphrase: ")))


def _keep_receipt(args: argparse.Namespace, result: Any, store: Any) -> None:
    """Keep what verifies the receipt later (issue 18: without the salt a v2 receipt cannot be
    checked against the bundle): in the encrypted store with ``--store`` (the outbox entry's
    receipt when the bundle is in the outbox), and/or in a 0600 file with ``--receipt-out``."""
    import json

    kept = json.dumps({"code": result.code, **result.proof.to_json()}, sort_keys=True)
    if store is not None:
        entry = next((e for e in store.outbox() if e.sha256 == result.bundle_sha256 and not e.receipt_code), None)
        if entry is not None:
            store.record_receipt(entry.id, result.code, result.to_bytes())
        else:
            store.keep_receipt(result.bundle_sha256, kept)
        _err(translate("Transport", "The receipt is kept in the encrypted store; check it later with "
                                    "\"intake verify-receipt BUNDLE --profile P --store\"."))
    if args.receipt_out is not None:
        paths.write_private(args.receipt_out, kept.encode("utf-8") + b"\n")
        _err(translate("Transport", "WARNING: {0} is not encrypted. It holds the receipt code, the day the archive "
                                    "received the bundle and the salt that ties the bundle to its public log entry: "
                                    "whoever finds it with the bundle, or with the code, can link them. Keep it "
                                    "encrypted or apart from the bundle, or use --store.").format(args.receipt_out))


def _verify_receipt(args: argparse.Namespace) -> int:
    import hashlib
    import json

    from intake_crypto.bundle import receipt as receipts
    from intake_crypto.bundle.profile import load_profile

    if not args.bundle.is_file():
        _err(translate("Transport", "intake: no such bundle: {0}").format(args.bundle))
        return EXIT_USAGE
    if bool(args.store) == (args.receipt is not None):
        _err(translate("Transport", "intake: give either --store or --receipt FILE."))
        return EXIT_USAGE
    profile = load_profile(args.profile)
    digest = hashlib.sha256()
    with args.bundle.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    sha256, size = digest.hexdigest(), args.bundle.stat().st_size
    if args.store:
        store = _open_store(args)
        try:
            text = store.receipt_for(sha256)
        finally:
            store.lock()
        if text is None:
            _err(translate("Transport", "intake: the store keeps no receipt for this bundle."))
            return EXIT_ERROR
    else:
        text = args.receipt.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError:
        raise receipts.ReceiptFormatError("the receipt file is not JSON") from None
    proof = receipts.SubmissionProof.from_json(data)
    receipt, checkpoint = receipts.verify_submission(proof, bytes(profile.receipt_public_key), sha256, size)
    print(translate("Transport", "The receipt holds for this bundle: the archive received it on {0} (log entry {1}, "
                                 "in a log of {2} entries). Receipt code: {3}").format(
        receipt.received, receipt.log_index, checkpoint.size, data.get("code", "")), flush=True)
    return EXIT_OK


def _connect_printer(stall_seconds: float) -> Any:
    from intake_app.transport import assistant

    def printer(event: Any) -> None:
        if event.kind not in ("progress", "answered"):
            _err(assistant.describe(event, stall_seconds, step=f"[{event.index + 1}/{event.total}]"))

    return printer


def _with_store(passphrase: str, use: Callable[[Any], Any]) -> Any:
    """Unlock the store in the home directory, ``use`` it, lock it again."""
    from intake_app.store import Store

    store = Store.open(paths.home(), passphrase)
    try:
        return use(store)
    finally:
        store.lock()


def _connect(args: argparse.Namespace) -> int:
    from intake_app.transport import assistant, bridges, tor
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(args.profile)
    user = [bridges.parse_bridge_line(b) for b in args.bridge]
    if args.bridges_file:
        user += bridges.parse_bridge_lines(args.bridges_file.read_text(encoding="utf-8"))
    if args.bridges_qr:
        from intake_app.transport import qr

        user += qr.bridges_from_picture(args.bridges_qr)
    passphrase, remembered = None, None
    if args.store:  # the store is unlocked only to read, then to write, the way (never left open)
        passphrase = read_passphrase(args.passphrase_file, translate("StoreCli", "Store passphrase: "))
        remembered = _with_store(passphrase, lambda store: store.setting(assistant.ROUTE_SETTING) or None)
    attempts, skipped = assistant.plan_for(profile, allow_direct=not args.no_direct, user_bridges=user,
                                           use_built_in=not args.no_built_in, remembered=remembered)
    if skipped:
        _err(translate("Connect", "{0} of the archive's bridge lines are of a kind this app cannot use: skipped.")
             .format(skipped))
    if not attempts:
        _err(translate("Connect", "intake: nothing to try: give bridge lines (--bridge or --bridges-file), "
                                  "or allow the built-in bridges or a direct connection."))
        return EXIT_USAGE
    data_dir = paths.private_dir("tor-connect")
    stall = max(1.0, args.stall_seconds)
    helper = assistant.ConnectionAssistant(
        profile, data_dir, attempts, allow_direct=not args.no_direct, extra_lines=tor.read_torrc_extra(args.torrc_extra),
        stall_seconds=stall, on_event=_connect_printer(stall))
    try:
        connected = helper.run()
        connected.close()
    finally:
        tor.forget_tor_dir(data_dir)  # bridge lines and connection times stay off this disk
    if passphrase is not None:
        route = assistant.route(connected.attempt)
        _with_store(passphrase, lambda store: store.set_setting(assistant.ROUTE_SETTING, route))
    _err(translate("Connect", "The archive answered. This way works: {0}.").format(
        assistant.attempt_name(connected.attempt)))
    print(connected.attempt.way, flush=True)
    return EXIT_OK


def _archive_bridges(args: argparse.Namespace) -> int:
    from intake_app.transport import archive_bridges, bridges
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import read_signing_key

    profile = load_profile(args.archive / "profile.json")
    lines = list(profile.bridges)
    changing = bool(args.add or args.add_file or args.remove or args.clear)
    if changing:
        add = list(args.add)
        if args.add_file:
            add += [b.line() for b in bridges.parse_bridge_lines(args.add_file.read_text(encoding="utf-8"))]
        add_norm = archive_bridges.normalise(add)  # every line checked before the key is read
        remove = set(archive_bridges.normalise(args.remove))
        lines = [] if args.clear else [line for line in lines if line not in remove]
        lines += [line for line in add_norm if line not in lines]
        passphrase = None if args.no_passphrase else read_passphrase(
            args.passphrase_file, translate("Archive", "Passphrase of the archive's profile-signing key: "))
        key = read_signing_key(args.archive / "keys" / "profile-signing.key", passphrase)
        profile = archive_bridges.set_bridges(args.archive, key, lines)
    for line in profile.bridges:
        print(line)
    _err(translate("Archive", "The profile holds {0} private bridge lines.").format(len(profile.bridges)))
    if changing:
        _err(translate("Archive", "Profile signed again; its fingerprint is unchanged: {0}").format(profile.fingerprint()))
    if profile.bridges:
        _err(translate("Archive", "Hand this profile only to people you trust and never publish it: "
                                  "anyone who reads it can have these bridges blocked."))
    if args.qr_card:
        from intake_app.transport import qr

        if not profile.bridges:
            _err(translate("Archive", "intake: the profile holds no bridge lines: nothing to put on a QR card."))
            return EXIT_USAGE
        qr.write_card(profile.bridges, args.qr_card)
        _err(translate("Archive", "QR card written to {0}. Hand it only to people you trust, and destroy "
                                  "copies you no longer need.").format(args.qr_card))
    return EXIT_OK


def _terminate(*_: object) -> None:
    # A service manager's stop: leave whatever we are waiting in (tor's bootstrap included) at
    # once; _receive's finally closes tor and lets finishing uploads end.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise _Terminated


def _serve(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return _receive(args)
    except _Terminated:
        return EXIT_OK  # stopped before serving (e.g. while reading the key)


def _receive(args: argparse.Namespace) -> int:
    from intake_app.transport import LOOPBACK_HOSTS, tor
    from intake_app.transport.inbox import Limits
    from intake_app.transport.receiver import ReceiverServer, onion_torrc_lines
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import is_protected, read_signing_key

    archive: Path = args.archive
    profile = load_profile(archive / "profile.json")
    key_path = archive / "keys" / "receipt-signing.key"
    passphrase = None
    if is_protected(key_path.read_bytes()):
        passphrase = read_passphrase(args.passphrase_file, translate("Transport", "Passphrase of the receipt key: "))
    key = read_signing_key(key_path, passphrase)
    if bytes(key.verify_key) != bytes(profile.receipt_public_key):
        _err(translate("Transport", "intake: the receipt key does not match the archive's profile"))
        return EXIT_USAGE
    try:
        host, port = tor.parse_host_port(args.listen, any_port=True)
        if host not in LOOPBACK_HOSTS:
            raise ValueError(host)  # the receiver is published by tor, never on a network interface
    except ValueError:
        _err(translate("Transport", "intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080"))
        return EXIT_USAGE
    limits = Limits(max_bundle_bytes=profile.max_bundle_bytes, idle_expiry_seconds=args.idle_expiry,
                    reservation_seconds=max(1.0, args.reservation_expiry), max_open_uploads=max(1, args.max_open_uploads),
                    max_connections=max(1, args.max_connections), min_body_bytes_per_second=max(1, args.min_upload_rate),
                    body_window_seconds=max(1.0, args.rate_window),
                    **({"quota_bytes": args.quota_bytes} if args.quota_bytes else {}))
    # With a staff onion (``intake archive staff-onion``) the staff API moves to its own listener,
    # published only as that onion (client authorisation).
    staff = (archive / "staff-onion" / "hs_ed25519_public_key").exists()
    witnesses = _witness_endpoints(args.witness, profile)
    collector = None
    if witnesses:
        from intake_app.transport.witness import Collector

        collector = Collector(witnesses)
    elif profile.witness_threshold:
        _err(translate("Transport", "WARNING: the profile requires {0} witness cosignatures and no --witness is "
                                    "given: clients will not accept this receiver's receipts.").format(
            profile.witness_threshold))
    server = ReceiverServer(archive, key, limits, host, port, staff_port=0 if staff else None, witnesses=collector)
    connection = None
    try:
        if not args.no_tor:
            lines = tor.read_torrc_extra(args.torrc_extra) + onion_torrc_lines(archive, server.port)
            if server.staff_port is not None:
                from intake_app.archive.staff_onion import service_torrc_lines

                lines += service_torrc_lines(archive, server.staff_port)
            connection = tor.launch_tor(archive / "tor", extra_lines=lines, progress=_bootstrap_printer)
            for w in witnesses:
                if w.socks is not None:  # an onion witness: through this tor
                    w.socks = (connection.socks_host, connection.socks_port)
            _err(translate("Transport", "Receiving at {0}").format(profile.receiver_onion or archive.name))
        else:
            _err(translate("Transport", "WARNING: serving without Tor, on loopback only, for development."))
        server.start()
        print(f"listening {server.url}", flush=True)
        if server.staff_port is not None:
            print(f"staff listening http://127.0.0.1:{server.staff_port}", flush=True)
        while True:
            time.sleep(3600)  # signals end the wait
    except (KeyboardInterrupt, _Terminated):
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        server.stop()
        if connection is not None:
            connection.close()
    return EXIT_OK


def _witness_endpoints(specs: list[str], profile: Any) -> list[Any]:
    """``NAME=URL`` settings, each naming a witness of the profile (its key comes from the profile)."""
    from intake_app.transport.witness import WitnessConfigError, endpoint

    by_name = {c.name: c for c in profile.cosigners()}
    out = []
    for spec in specs:
        name, sep, url = spec.partition("=")
        if not sep or name not in by_name:
            raise WitnessConfigError(f"--witness {spec}: give NAME=URL with a witness named in the profile")
        # An onion witness gets this receiver's tor SOCKS port once tor runs (placeholder until then).
        out.append(endpoint(by_name[name], url, ("127.0.0.1", 9) if ".onion" in url else None))
    return out


class _Terminated(BaseException):
    """SIGTERM arrived: stop serving (a clean exit, not an error)."""
