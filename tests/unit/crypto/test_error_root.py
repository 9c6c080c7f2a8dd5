# SPDX-License-Identifier: GPL-3.0-or-later
"""Every exception class defined in ``intake_crypto/`` derives from ``crypto.CryptoError`` (SPEC.md §1.7).

A caller (the app's edges, the receiver) catches the package's errors with one clause; a new
``class SomethingError(Exception)`` anywhere in ``intake_crypto/`` fails this test.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import intake_crypto as crypto
from intake_crypto import CryptoError
from intake_crypto.bundle import receipt, tlog
from intake_crypto.bundle._bundle_errors import BundleError
from intake_crypto.bundle._canonical import CanonicalJSONError


def _exception_classes() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    for info in pkgutil.walk_packages(crypto.__path__, prefix="intake_crypto."):
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == module.__name__:
                found.append(obj)
    return found


def test_every_exception_class_in_crypto_derives_from_crypto_error() -> None:
    classes = _exception_classes()
    names = {cls.__qualname__ for cls in classes}
    # The walk really sees the families (a walk that finds nothing would pass vacuously).
    assert {
        "AgeError",
        "BundleError",
        "ReceiptError",
        "TlogError",
        "ThresholdError",
        "ProfileFormatError",
        "CanonicalJSONError",
        "CryptoError",
    } <= names
    outside = sorted(
        f"{cls.__module__}.{cls.__qualname__}" for cls in classes if not issubclass(cls, CryptoError)
    )
    assert outside == []


def test_crypto_error_is_exported_and_is_the_root_of_the_four_families() -> None:
    assert "CryptoError" in crypto.__all__
    for root in (crypto.AgeError, BundleError, receipt.ReceiptError, tlog.TlogError):
        assert root.__bases__ == (CryptoError,)
    assert issubclass(CanonicalJSONError, ValueError)  # kept for callers that catch ValueError


def test_one_clause_catches_what_the_package_raises() -> None:
    with pytest.raises(CryptoError) as info:
        crypto.decrypt_bytes(b"not an age file\n", [crypto.X25519Identity.generate()])
    assert isinstance(info.value, crypto.HeaderError)
    with pytest.raises(CryptoError) as info2:
        receipt.parse_code("T-NOT-A-CODE")
    assert isinstance(info2.value, receipt.ReceiptError)
