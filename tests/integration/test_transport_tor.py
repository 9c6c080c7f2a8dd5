# SPDX-License-Identifier: GPL-3.0-or-later
"""Submission over a private Tor network on loopback: full submit and receipt, resume after a
killed relay and after a receiver restart. Real tor everywhere, never the public network.
The onion receiver is the shared ``onion_receiver`` fixture (tests/fixtures/onion_receiver.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import nacl.signing
import pytest

from intake_app.transport import assistant, client, tor
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.state import MemoryState
from intake_crypto.bundle import receipt as receipts
from tests.fixtures.onion_receiver import CHUNK, OnionReceiver
from tests.fixtures.tornet import TorNetwork

pytestmark = pytest.mark.tor


@pytest.fixture(scope="module")
def client_tor(tor_network: TorNetwork, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[tor.TorConnection, list]]:
    steps: list[tuple[int, str]] = []
    connection = tor.launch_tor(tmp_path_factory.mktemp("client") / "tor", extra_lines=tor_network.torrc_lines.splitlines(),
                                progress=lambda p, s: steps.append((p, s)))
    try:
        yield connection, steps
    finally:
        connection.close()


def _bundle(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def test_client_bootstrap_progress_is_reported(client_tor: tuple[tor.TorConnection, list]) -> None:
    _connection, steps = client_tor
    percents = [p for p, _ in steps]
    assert percents[-1] == 100 and percents == sorted(percents)
    assert all(isinstance(s, str) and s for _, s in steps)


def test_onion_service_publishes_the_address_we_made(onion_receiver: OnionReceiver) -> None:
    # tor uploaded descriptors for exactly the address create_onion_service_dir returned.
    assert set(onion_receiver.descriptors_uploaded_for) == {onion_receiver.address.removesuffix(".onion")}
    assert (onion_receiver.archive / "onion" / "hostname").read_text().strip() == onion_receiver.address
    assert onion_receiver.tor.controller is not None
    conf = onion_receiver.tor.controller.get_conf("HiddenServicePoWDefensesEnabled")
    assert conf == "1"


def test_full_submit_and_receipt_over_tor(onion_receiver: OnionReceiver, client_tor: tuple, intake_home: Path,
                                          tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "b.tib", 3 * CHUNK + 1234)
    seen: list[str] = []
    result = client.submit(bundle, onion_receiver.profile, tor=client_tor[0], progress=lambda a, t, p: seen.append(p))
    assert result.size == bundle.stat().st_size and result.receipt.names(result.bundle_sha256, result.size, result.proof.salt)
    stored = onion_receiver.archive / "received" / f"{result.bundle_sha256}.tib"
    assert stored.read_bytes() == bundle.read_bytes()
    assert receipts.parse_code(result.code).log_index == result.receipt.log_index
    assert seen[-1] == "done" and "uploading" in seen and "verifying" in seen
    # The receipt in its kept form re-verifies on its own; nothing about it was written here.
    import json

    saved = receipts.SubmissionProof.from_json(json.loads(result.to_bytes()))
    receipts.verify_submission(saved, bytes(onion_receiver.key.verify_key), result.bundle_sha256, result.size)
    assert not [p for p in intake_home.rglob("*") if p.is_file() and result.bundle_sha256 in p.name]
    assert not (intake_home / "receipts").exists() and not (intake_home / "transport").exists()


def test_spread_upload_goes_on_over_the_circuits_left_when_no_new_one_can_be_built(
        onion_receiver: OnionReceiver, client_tor: tuple, intake_home: Path, tmp_path: Path) -> None:
    """One circuit of a spread upload breaks while tor cannot build any new circuit (every relay
    excluded, as when each new path would pick a relay that has just died and is still in the
    consensus): the circuits still open carry the rest of the chunks and the finish, and the
    worker that lost its circuit holds no chunk while it tries to reconnect."""
    connection: tor.TorConnection = client_tor[0]
    controller = connection.controller
    assert controller is not None
    bundle = _bundle(tmp_path / "b.tib", 40 * CHUNK)
    broken: list[str] = []
    policy = client.RetryPolicy(connect_timeout=10.0, deadline=150.0)
    # Before the relay-kill tests (a killed relay may keep the onion unreachable for minutes, see
    # docs/transport.md); start once the onion answers, so the deadline measures this upload only.
    assert assistant.onion_answers(onion_receiver.profile, connection, 900.0)
    before = {s.id for s in controller.get_streams()}  # streams of earlier uploads are not this one's

    def progress(done: int, total: int, phase: str) -> None:
        if phase != "uploading" or done < 3 * CHUNK or broken:
            return
        streams = [s for s in controller.get_streams() if s.circ_id and s.target_address.endswith(".onion")
                   and s.status == "SUCCEEDED" and s.id not in before]
        if len(streams) < 2:
            return  # one circuit must be left when one breaks: try again at the next chunk
        everyone = [n.fingerprint for n in controller.get_network_statuses()]
        controller.set_options({"ExcludeNodes": ",".join(everyone), "StrictNodes": "1"})
        controller.close_stream(streams[0].id)
        broken.append(streams[0].id)

    uploader = client.Uploader(bundle, client.onion_endpoint(onion_receiver.address, connection), policy=policy,
                               progress=progress, circuits=client.SPREAD_CIRCUITS)
    try:
        proof = uploader.run()
    except client.SubmitError as exc:
        trace = "\n".join(f"{t:7.2f} {line}" for t, line in uploader.trace)
        raise AssertionError(f"the upload did not go on over the circuits left: {exc}\n{trace}") from exc
    finally:
        uploader.close()
        controller.reset_conf("ExcludeNodes", "StrictNodes")
    trace = "\n".join(f"{t:7.2f} {line}" for t, line in uploader.trace)
    assert broken, "the upload never reached the point where a circuit is broken"
    # Exactly one worker lost its connection (it then waits, holding no chunk): the broken one. The
    # worker that sends the broken one's chunk again takes it over from the dead request at the
    # receiver (test_receiver_supersede.py; before, 409s until the receiver's slow-body limit cut the
    # dead request, up to ~35 s), and a chunk refused with 409 keeps its connection (before that fix
    # each such 409 cost a circuit, and all four workers ended up waiting for circuits tor could not build). And tor built none after the break: no reconnect of
    # that worker succeeded (whether its first try came before the end depends on timing).
    lost = [(t, line.split()[0]) for t, line in uploader.trace if line.endswith(" s") and " waits " in line]
    assert len({w for _t, w in lost}) == 1, f"workers that lost a working connection: {lost}\n{trace}"
    assert not any(t > lost[0][0] and line.startswith(f"{lost[0][1]} connected #") for t, line in uploader.trace), trace
    # No chunk was refused below its end (a 409 above it is a chunk the receiver had: its answer was
    # lost with the stream): the chunk sent again took over from the dead request at once. On the
    # code before, 6 of 12 runs had such a refusal, 3 of them waiting 18 to 35 s (docs/transport.md).
    refused = [line for _t, line in uploader.trace if " 409 " in line
               and int(line.split(" received ")[1].split()[0]) < int(line.split(" end ")[1].split()[0])]
    assert not refused, f"a chunk was refused while the receiver still wrote it: {refused}\n{trace}"
    receipts.verify_submission(proof, bytes(onion_receiver.key.verify_key), uploader.sha256, uploader.size)
    stored = onion_receiver.archive / "received" / f"{uploader.sha256}.tib"
    assert stored.read_bytes() == bundle.read_bytes()


# With several circuits this stalled for minutes in 2 of 5 runs before the fix of issue 20 item 5:
# a worker held its chunk while tor built it a new circuit, and the workers whose circuits still
# worked left as soon as no chunk was waiting; now the circuits still alive carry the rest and the
# finish. (A circuit broken while tor may build no new one: the test above.)
@pytest.mark.parametrize("circuits", [1, client.SPREAD_CIRCUITS])
def test_resume_after_killing_a_relay_mid_upload(onion_receiver: OnionReceiver, client_tor: tuple, circuits: int,
                                                 tor_network: TorNetwork, intake_home: Path, tmp_path: Path) -> None:
    connection: tor.TorConnection = client_tor[0]
    assert connection.controller is not None
    bundle = _bundle(tmp_path / "b.tib", 12 * CHUNK)
    killed: list = []
    # After an earlier kill (the other parameter) the onion may be unreachable for minutes until
    # tor recovers (docs/transport.md): start this upload once it answers again.
    assert assistant.onion_answers(onion_receiver.profile, connection, 900.0)

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "uploading" and done >= 6 * CHUNK and not killed:
            # Kill a relay on a circuit that carries our streams to the onion service.
            streams = [s for s in connection.controller.get_streams() if s.circ_id and s.target_address.endswith(".onion")]
            if not streams:
                return  # try again at the next chunk
            path = connection.controller.get_circuit(streams[0].circ_id).path
            nodes = [n for n in (tor_network.node_by_fingerprint(fp) for fp, _ in path) if n is not None]
            victim = next((n for n in nodes if n in tor_network.relays), None) or (nodes[-1] if nodes else None)
            if victim is not None:
                tor_network.kill_node(victim)
                killed.append(victim)

    uploader = client.Uploader(bundle, client.onion_endpoint(onion_receiver.address, connection), progress=progress,
                               circuits=circuits)
    try:
        proof = uploader.run()
    finally:
        for node in killed:
            tor_network.start_node(node)
    assert killed, "the upload never reached the point where the relay is killed"
    _assert_resumed(uploader, 6 * CHUNK)
    receipts.verify_submission(proof, bytes(onion_receiver.key.verify_key), uploader.sha256, uploader.size)


def _assert_resumed(uploader: client.Uploader, done: int) -> None:
    """The upload went on from where it stood when its connection broke, not from the start."""
    if uploader.circuits == 1:  # one connection: a new attempt asked the receiver where it stood
        assert uploader.attempts >= 2
        assert uploader.resumed_from and uploader.resumed_from[0] >= done
    else:  # the broken circuits' workers reconnected and re-sent only their chunks in flight
        assert uploader.sent < uploader.size + done


@pytest.mark.parametrize("circuits", [1, client.SPREAD_CIRCUITS])
def test_resume_after_receiver_restart(onion_receiver: OnionReceiver, client_tor: tuple, intake_home: Path,
                                       tmp_path: Path, circuits: int) -> None:
    bundle = _bundle(tmp_path / "b.tib", 8 * CHUNK)
    restarted: list[bool] = []

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "uploading" and done >= 5 * CHUNK and not restarted:
            onion_receiver.restart()
            restarted.append(True)

    uploader = client.Uploader(bundle, client.onion_endpoint(onion_receiver.address, client_tor[0]), progress=progress,
                               circuits=circuits)
    proof = uploader.run()
    assert restarted
    _assert_resumed(uploader, 5 * CHUNK)
    receipt, _ = receipts.verify_submission(proof, bytes(onion_receiver.key.verify_key), uploader.sha256, uploader.size)
    assert (onion_receiver.archive / "received" / f"{uploader.sha256}.tib").read_bytes() == bundle.read_bytes()
    assert receipt.names(uploader.sha256, uploader.size, proof.salt)


class _AppClosed(Exception):
    pass


def test_spread_upload_resumes_in_a_new_process_from_the_kept_state(onion_receiver: OnionReceiver, client_tor: tuple,
                                                                     intake_home: Path, tmp_path: Path) -> None:
    # The app quits half-way (its progress callback raises); the next run, with the same kept
    # state, asks the receiver where the upload stands and goes on from there (issue 20 item 5).
    bundle = _bundle(tmp_path / "b.tib", 12 * CHUNK)
    kept = MemoryState()
    endpoint = client.onion_endpoint(onion_receiver.address, client_tor[0])

    def quit_half_way(done: int, total: int, phase: str) -> None:
        if phase == "uploading" and done >= 5 * CHUNK:
            raise _AppClosed

    first = client.Uploader(bundle, endpoint, progress=quit_half_way, state=kept, circuits=client.SPREAD_CIRCUITS)
    assert first.circuits == client.SPREAD_CIRCUITS
    with pytest.raises(_AppClosed):
        first.run()
    second = client.Uploader(bundle, endpoint, state=kept, circuits=client.SPREAD_CIRCUITS)
    proof = second.run()
    assert second.resumed_from and second.resumed_from[0] >= 5 * CHUNK
    assert second.sent <= bundle.stat().st_size - 5 * CHUNK
    receipts.verify_submission(proof, bytes(onion_receiver.key.verify_key), second.sha256, second.size)
    assert (onion_receiver.archive / "received" / f"{second.sha256}.tib").read_bytes() == bundle.read_bytes()


def test_forged_receipt_over_tor_is_an_error_and_the_bundle_stays(onion_receiver: OnionReceiver, client_tor: tuple,
                                                                  intake_home: Path, tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "b.tib", CHUNK)
    before = bundle.read_bytes()
    other = nacl.signing.SigningKey.generate()  # the profile names a key the receiver does not hold
    profile = SimpleNamespace(receiver_onion=onion_receiver.address, receipt_public_key=bytes(other.verify_key))
    with pytest.raises(client.ReceiptInvalidError):
        client.submit(bundle, profile, tor=client_tor[0])
    assert bundle.read_bytes() == before
    assert not (intake_home / "receipts").exists() or not list((intake_home / "receipts").iterdir())


def test_unknown_onion_fails_with_a_typed_error(client_tor: tuple, intake_home: Path, tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "b.tib", 1000)
    absent = create_onion_service_dir(tmp_path / "nobody")  # a valid address nobody serves
    profile = SimpleNamespace(receiver_onion=absent, receipt_public_key=b"\x00" * 32)
    policy = client.RetryPolicy(connect_timeout=10, deadline=12, first_backoff=1)
    with pytest.raises(client.ReceiverUnreachableError):
        client.submit(bundle, profile, tor=client_tor[0], policy=policy)


def test_attach_to_a_running_tor(onion_receiver: OnionReceiver, client_tor: tuple, intake_home: Path,
                                 tmp_path: Path) -> None:
    running: tor.TorConnection = client_tor[0]
    assert running.controller is not None
    control = running.controller.get_socket()
    steps: list[tuple[int, str]] = []
    attached = tor.attach_tor((running.socks_host, running.socks_port), (control.address, control.port),
                              progress=lambda p, s: steps.append((p, s)))
    try:
        assert steps and steps[-1][0] == 100
        result = client.submit(_bundle(tmp_path / "b.tib", 5000), onion_receiver.profile, tor=attached)
        assert result.size == 5000
    finally:
        attached.close()
    assert running.process is not None and running.process.poll() is None  # attaching never stops that tor
