# SPDX-License-Identifier: GPL-3.0-or-later
"""intake_crypto.bundle.tlog consistency proofs (SPEC 3.1, security-review F10) against an independent reference:
a verifier written the other way round (transparency-dev's decomposition into inner and border
nodes, from raw leaf data) and the RFC 6962 tree roots of the certificate-transparency test
vectors. Every proof our generator makes, for every (m, n) up to 20, passes both verifiers; every
proof altered in one hash, cut or lengthened, or checked against another old tree, fails ours."""

from __future__ import annotations

import hashlib

import pytest

from intake_crypto.bundle import tlog

# The 8 leaves of certificate-transparency's merkle_tree_test and the roots of their prefixes.
CT_LEAVES = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                         "606162636465666768696a6b6c6d6e6f")]
CT_ROOTS = ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"]


def _h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _ref_root(data: list[bytes]) -> bytes:
    """MTH straight from RFC 6962 section 2.1, over raw data (not intake_crypto.bundle.tlog's code)."""
    if not data:
        return _h(b"")
    if len(data) == 1:
        return _h(b"\x00" + data[0])
    k = 1 << ((len(data) - 1).bit_length() - 1)
    return _h(b"\x01" + _ref_root(data[:k]) + _ref_root(data[k:]))


def _ref_verify(m: int, n: int, proof: list[bytes], root1: bytes, root2: bytes) -> bool:
    """transparency-dev merkle/proof.VerifyConsistency, re-written: inner and border decomposition."""
    if m == n:
        return not proof and root1 == root2
    if not 0 < m < n or not proof:
        return False
    inner = ((m - 1) ^ (n - 1)).bit_length()
    border = ((m - 1) >> inner).bit_count()
    shift = (m & -m).bit_length() - 1
    inner -= shift
    seed, start = (root1, 0) if m == 1 << shift else (proof[0], 1)
    if len(proof) != start + inner + border:
        return False
    rest, mask = proof[start:], (m - 1) >> shift
    h1 = h2 = seed
    for i, p in enumerate(rest[:inner]):
        if (mask >> i) & 1:
            h1, h2 = _h(b"\x01" + p + h1), _h(b"\x01" + p + h2)
        else:
            h2 = _h(b"\x01" + h2 + p)
    for p in rest[inner:]:
        h1, h2 = _h(b"\x01" + p + h1), _h(b"\x01" + p + h2)
    return h1 == root1 and h2 == root2


def test_roots_match_the_rfc6962_vectors() -> None:
    for n in range(1, 9):
        assert _ref_root(CT_LEAVES[:n]).hex() == CT_ROOTS[n - 1]
        assert tlog.root_hash([tlog.leaf_hash(d) for d in CT_LEAVES[:n]]).hex() == CT_ROOTS[n - 1]


@pytest.mark.parametrize("n", range(1, 21))
def test_consistency_proofs_agree_with_the_reference(n: int) -> None:
    data = [b"entry %d" % i for i in range(n)]
    leaves = [tlog.leaf_hash(d) for d in data]
    new = _ref_root(data)
    for m in range(1, n + 1):
        old = _ref_root(data[:m])
        proof = tlog.consistency_proof(leaves, m)
        assert _ref_verify(m, n, proof, old, new)
        tlog.verify_consistency(m, n, old, new, proof)
        bad_cases = [proof[:-1], proof + [old]] if proof else [[old]]
        bad_cases += [proof[:i] + [_h(p)] + proof[i + 1:] for i, p in enumerate(proof)]
        for bad in bad_cases:
            assert not _ref_verify(m, n, bad, old, new)
            with pytest.raises(tlog.ProofError):
                tlog.verify_consistency(m, n, old, new, bad)
        if m < n:  # a fork: another old tree of the same size is not extended by the new one
            forked = _ref_root(data[: m - 1] + [b"forked"])
            assert not _ref_verify(m, n, proof, forked, new)
            with pytest.raises(tlog.ProofError):
                tlog.verify_consistency(m, n, forked, new, proof)
