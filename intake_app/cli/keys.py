# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake keygen`` and ``intake age``: key files and a drop-in for the ``age`` command line.

``intake age`` accepts the flags of age 1.x (``-e``/``-d``, ``-r``, ``-R``, ``-i``, ``-p``,
``-a``, ``-o``, stdin/stdout) and also speaks the post-quantum hybrid (``age1pq1...``,
``AGE-SECRET-KEY-PQ-1...``), reads passphrase-protected identity files, and takes
``--passphrase-file F`` for scripts. Passphrases never come from argv.

Guarantees: errors print one translated line (plus a hint) and exit non-zero; when decryption
to ``-o FILE`` fails, the partial output is removed and an existing FILE is left as it was, so no
unauthenticated or partial plaintext stays on disk. Never: writes binary ciphertext to a terminal, or an unprotected key without
``--no-passphrase``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import intake_crypto as crypto
from intake_app.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Cli
from intake_app.text.errors import user_message
from intake_app.text.i18n import translate
from intake_crypto.age import keyfile


class _Passphrases:
    """One source of passphrases for a command: ``--passphrase-file`` (first line), else the
    terminal (``/dev/tty``, so stdin can carry data, as with ``age -p``)."""

    def __init__(self, path: str | None) -> None:
        self._path = path

    def get(self, prompt: str, confirm: bool = False) -> str:
        if self._path:
            text = Path(self._path).read_text(encoding="utf-8")
            return text.splitlines()[0] if text else ""
        try:
            first = getpass.getpass(prompt)
            if confirm and getpass.getpass(translate("Keys", "Confirm passphrase: ")) != first:
                raise _UsageError(translate("Keys", "The passphrases did not match."))
        except (OSError, EOFError):
            raise _UsageError(
                translate("Keys", "No terminal to ask for a passphrase; use --passphrase-file.")
            ) from None
        return first


class _UsageError(Exception):
    """A mistake in how the command was called; printed as one line, exit status 2."""


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"intake: {message}", file=sys.stderr)
    return code


def _os_error(exc: OSError) -> int:
    message, hint = user_message(exc, edge="cli")
    if isinstance(exc, FileExistsError):
        message = translate("Keys", "The file {0} already exists; it was not overwritten.").format(
            exc.filename
        )
        hint = ""
    _fail(message)
    if hint:
        print(f"intake: {hint}", file=sys.stderr)
    return EXIT_ERROR


# --- intake keygen --------------------------------------------------------------------------


def _keygen(args: argparse.Namespace) -> int:
    identity: crypto.X25519Identity | crypto.HybridIdentity = (
        crypto.X25519Identity.generate() if args.x25519 else crypto.HybridIdentity.generate()
    )
    try:
        if os.path.lexists(args.out):
            raise FileExistsError(17, "File exists", args.out)
        if args.no_passphrase:
            print(
                translate(
                    "Keys",
                    "Warning: the key file is not protected by a passphrase; anyone who copies it can decrypt.",
                ),
                file=sys.stderr,
            )
            passphrase = None
        else:
            passphrase = _Passphrases(args.passphrase_file).get(
                translate("Keys", "Passphrase to protect the new key: "), confirm=True
            )
            if not passphrase:
                return _fail(translate("Keys", "The passphrase must not be empty."), EXIT_USAGE)
        keyfile.write_identity_file(args.out, [identity], passphrase, work_factor=args.scrypt_work_factor)
    except _UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        return _os_error(exc)
    print(identity.recipient())
    return EXIT_OK


# --- intake age -----------------------------------------------------------------------------


class _PromptedPassphrase:
    """An identity that asks for the passphrase only if the file is passphrase-encrypted."""

    def __init__(self, passphrases: _Passphrases) -> None:
        self._passphrases = passphrases

    def unwrap(self, stanzas: Sequence[crypto.Stanza]) -> bytes:
        if not any(s.type == "scrypt" for s in stanzas):
            raise crypto.IncorrectIdentityError("the file is not passphrase-encrypted")
        passphrase = self._passphrases.get(translate("Keys", "Enter passphrase: "))
        return crypto.ScryptIdentity(passphrase).unwrap(stanzas)


def _identities(paths: Sequence[str], passphrases: _Passphrases) -> list[crypto.Identity]:
    identities: list[crypto.Identity] = []
    for path in paths:
        try:
            identities += keyfile.read_identity_file(path, None)
        except keyfile.PassphraseRequiredError:
            passphrase = passphrases.get(translate("Keys", "Passphrase for the key file {0}: ").format(path))
            identities += keyfile.read_identity_file(path, passphrase)
    return identities


def _recipients(args: argparse.Namespace, passphrases: _Passphrases) -> list[crypto.Recipient]:
    recipients: list[crypto.Recipient] = [crypto.parse_recipient(r) for r in args.recipient]
    for path in args.recipients_file:
        recipients += crypto.parse_recipients(Path(path).read_text(encoding="utf-8"))
    for identity in _identities(args.identity, passphrases):
        if isinstance(identity, (crypto.X25519Identity, crypto.HybridIdentity)):
            recipients.append(identity.recipient())
    return recipients


def _age(args: argparse.Namespace) -> int:
    passphrases = _Passphrases(args.passphrase_file)
    try:
        return _age_run(args, passphrases)
    except _UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        return _os_error(exc)


def _age_run(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.encrypt and args.decrypt:
        raise _UsageError(translate("Keys", "Choose either -e (encrypt) or -d (decrypt), not both."))
    if args.decrypt:
        if args.recipient or args.recipients_file or args.passphrase or args.armor:
            raise _UsageError(
                translate("Keys", "-r, -R, -p and -a are for encryption; -d takes -i or a passphrase.")
            )
        identities = _identities(args.identity, passphrases) if args.identity else []
        if not args.identity:
            identities.append(_PromptedPassphrase(passphrases))
        return _with_streams(args, lambda src, dst: crypto.decrypt(src, dst, identities), decrypting=True)
    use_passphrase = args.passphrase or (
        args.passphrase_file and not (args.recipient or args.recipients_file or args.identity)
    )
    if use_passphrase:
        if args.recipient or args.recipients_file or args.identity:
            raise _UsageError(
                translate("Keys", "A passphrase cannot be combined with recipients (-r, -R, -i).")
            )
        passphrase = passphrases.get(translate("Keys", "Enter passphrase: "), confirm=True)
        if not passphrase:
            raise _UsageError(translate("Keys", "The passphrase must not be empty."))
        recipients: list[crypto.Recipient] = [crypto.ScryptRecipient(passphrase, args.scrypt_work_factor)]
    else:
        recipients = _recipients(args, passphrases)
        if not recipients:
            raise _UsageError(
                translate("Keys", "Give at least one recipient (-r, -R or -i) or -p for a passphrase.")
            )
    if not args.output and not args.armor and sys.stdout.isatty():
        raise _UsageError(
            translate("Keys", "Refusing to print binary ciphertext to the terminal; use -a or -o.")
        )
    return _with_streams(
        args, lambda src, dst: crypto.encrypt(src, dst, recipients, armor=args.armor), decrypting=False
    )


def _with_streams(
    args: argparse.Namespace, run: Callable[[BinaryIO, BinaryIO], None], *, decrypting: bool
) -> int:
    src: BinaryIO = open(args.input, "rb") if args.input and args.input != "-" else sys.stdin.buffer  # noqa: SIM115
    try:
        if not args.output or args.output == "-":
            run(src, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return EXIT_OK
        target = Path(args.output)
        if target.exists() and not target.is_file():
            # A device or FIFO (e.g. /dev/null) is written to as it is, never replaced.
            with open(target, "wb") as dst:
                run(src, dst)
            return EXIT_OK
        # Write a new file beside the target and rename it over only after success: an existing
        # file is never truncated on failure, its mode (maybe 0644) is not inherited by plaintext,
        # and a symlink at the target is replaced, not followed.
        partial = target.with_name(f".{target.name}.{os.urandom(6).hex()}.partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600 if decrypting else 0o644)
        try:
            with os.fdopen(fd, "wb") as dst:
                run(src, dst)
            os.replace(partial, target)
        except BaseException:
            # Partial output of a failed run must not stay: it may be unauthenticated-adjacent
            # plaintext (decrypt) or a truncated file that looks valid (encrypt).
            partial.unlink(missing_ok=True)
            raise
        return EXIT_OK
    finally:
        if src is not sys.stdin.buffer:
            src.close()


def register(cli: Cli) -> None:
    p = cli.command("keygen", _keygen, "create an age identity file (post-quantum hybrid by default)")
    p.add_argument(
        "--x25519",
        action="store_true",
        help="a classic X25519 key (works with the age CLI) instead of the hybrid",
    )
    p.add_argument(
        "--out", "-o", required=True, metavar="FILE", help="the identity file to create (must not exist)"
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument(
        "--passphrase-file", metavar="F", help="protect the key with the passphrase on F's first line"
    )
    g.add_argument("--no-passphrase", action="store_true", help="write the key unprotected (not recommended)")
    p.add_argument("--scrypt-work-factor", type=int, default=18, metavar="N", help=argparse.SUPPRESS)

    a = cli.command("age", _age, "encrypt or decrypt files like the age command, also post-quantum")
    a.add_argument("-e", "--encrypt", action="store_true", help="encrypt (the default)")
    a.add_argument("-d", "--decrypt", action="store_true", help="decrypt")
    a.add_argument("-o", "--output", metavar="OUTPUT", help="write the result to OUTPUT (default: stdout)")
    a.add_argument("-a", "--armor", action="store_true", help="encrypt to a PEM-like text format")
    a.add_argument("-p", "--passphrase", action="store_true", help="encrypt with a passphrase")
    a.add_argument(
        "-r",
        "--recipient",
        action="append",
        default=[],
        metavar="RECIPIENT",
        help="encrypt to RECIPIENT (age1... or age1pq1...); repeatable",
    )
    a.add_argument(
        "-R",
        "--recipients-file",
        action="append",
        default=[],
        metavar="PATH",
        help="encrypt to the recipients listed in PATH; repeatable",
    )
    a.add_argument(
        "-i",
        "--identity",
        action="append",
        default=[],
        metavar="PATH",
        help="use the identity file at PATH (may be passphrase-protected); repeatable",
    )
    a.add_argument(
        "--passphrase-file",
        metavar="F",
        help="read the passphrase (file or key file) from F's first line instead of the terminal",
    )
    a.add_argument("--scrypt-work-factor", type=int, default=18, metavar="N", help=argparse.SUPPRESS)
    a.add_argument("input", nargs="?", metavar="INPUT", help="the file to read (default: stdin)")
