import base64
import hashlib
import os
import stat
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.identity_crypto import (
    Identity,
    IdentityDecryptError,
    IdentityKey,
    KeyFileError,
    open_sealed,
    seal,
)

BUDI = Identity(name="Budi Santoso", phone="081234567890", email="budi@example.id", nik="3171234567890001")


@pytest.fixture(scope="module")
def key() -> IdentityKey:
    return IdentityKey.generate()


def test_round_trip(key):
    assert open_sealed(seal(BUDI, 42, key), 42, key) == BUDI


def test_round_trip_keeps_none_apart_from_empty(key):
    anonymous = Identity(name=None, phone="", email=None, nik=None)
    assert open_sealed(seal(anonymous, 7, key), 7, key) == anonymous


def test_layout_is_version_nonce_ciphertext(key):
    blob = seal(BUDI, 1, key)
    assert blob[0] == 1
    plaintext_len = len(b'["Budi Santoso","081234567890","budi@example.id","3171234567890001"]')
    assert len(blob) == 1 + 12 + plaintext_len + 16
    assert b"Budi" not in blob and b"0812" not in blob


def test_each_seal_uses_a_fresh_nonce(key):
    first, second = seal(BUDI, 1, key), seal(BUDI, 1, key)
    assert first != second
    assert first[1:13] != second[1:13]


def test_moved_to_another_report_does_not_open(key):
    blob = seal(BUDI, 42, key)
    with pytest.raises(IdentityDecryptError, match="report 43"):
        open_sealed(blob, 43, key)


def test_wrong_key_does_not_open(key):
    other = IdentityKey.generate()
    with pytest.raises(IdentityDecryptError, match=other.key_id):
        open_sealed(seal(BUDI, 42, key), 42, other)


def test_any_altered_byte_is_detected(key):
    blob = seal(BUDI, 42, key)
    for position in range(len(blob)):
        tampered = bytearray(blob)
        tampered[position] ^= 0x01
        with pytest.raises(IdentityDecryptError):
            open_sealed(bytes(tampered), 42, key)


@pytest.mark.parametrize("blob", [b"", b"\x01", b"\x01" + bytes(27)])
def test_short_input_is_refused(key, blob):
    with pytest.raises(IdentityDecryptError, match="too short"):
        open_sealed(blob, 1, key)


def test_unknown_version_is_refused(key):
    blob = bytearray(seal(BUDI, 1, key))
    blob[0] = 2
    with pytest.raises(IdentityDecryptError, match="version 2"):
        open_sealed(bytes(blob), 1, key)


def test_report_id_must_be_an_int(key):
    with pytest.raises(TypeError):
        seal(BUDI, "42", key)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        seal(BUDI, True, key)  # type: ignore[arg-type]


def test_identity_fields_must_be_text():
    with pytest.raises(TypeError, match="phone"):
        Identity(name="Budi", phone=81234567890)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(
    fields=st.lists(st.none() | st.text(max_size=80), min_size=4, max_size=4),
    report_id=st.integers(min_value=-(2**63), max_value=2**63 - 1),
)
def test_round_trip_of_any_identity(key, fields, report_id):
    identity = Identity(*fields)
    assert open_sealed(seal(identity, report_id, key), report_id, key) == identity


def test_key_id_names_the_key():
    raw = bytes(range(32))
    key = IdentityKey(raw)
    assert key.key_id == hashlib.sha256(raw).hexdigest()[:8]
    assert IdentityKey.generate().key_id != IdentityKey.generate().key_id


def test_key_must_be_256_bits():
    with pytest.raises(ValueError):
        IdentityKey(bytes(16))


def test_repr_does_not_show_the_key():
    key = IdentityKey(bytes(range(32)))
    assert base64.b64encode(key.key).decode() not in repr(key)
    assert str(list(key.key)) not in repr(key)
    assert key.key_id in repr(key)


def test_key_file_round_trip(tmp_path, key):
    path = tmp_path / "identity.key"
    key.save(path)
    loaded = IdentityKey.load(path)
    assert loaded == key
    assert open_sealed(seal(BUDI, 5, key), 5, loaded) == BUDI
    lines = path.read_text().splitlines()
    assert lines == ["jaklapor-identity-key v1", key.key_id, base64.b64encode(key.key).decode()]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_key_file_is_readable_by_its_owner_only(tmp_path, key):
    path = tmp_path / "identity.key"
    old_umask = os.umask(0)  # even a permissive umask must not widen the mode
    try:
        key.save(path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_saving_never_replaces_an_existing_key(tmp_path, key):
    path = tmp_path / "identity.key"
    key.save(path)
    with pytest.raises(KeyFileError, match="already exists"):
        IdentityKey.generate().save(path)
    assert IdentityKey.load(path) == key


def test_missing_key_file(tmp_path):
    with pytest.raises(KeyFileError, match="not found"):
        IdentityKey.load(tmp_path / "absent.key")


def test_key_path_is_a_directory(tmp_path):
    with pytest.raises(KeyFileError, match="cannot read"):
        IdentityKey.load(tmp_path)


def _write(tmp_path, content: bytes):
    path = tmp_path / "identity.key"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "expected first line"),
        (b"-----BEGIN PRIVATE KEY-----\nabc\n", "expected first line"),
        (b"\x89PNG\r\n\x1a\n\x00\xff", "not plain text"),
        (b"jaklapor-identity-key v1\n", "incomplete"),
        (b"jaklapor-identity-key v1\nabcd1234\nnot base64 at all!\n", "not base64"),
        (
            b"jaklapor-identity-key v1\nabcd1234\n" + base64.b64encode(bytes(16)) + b"\n",
            "16-byte key; expected 32",
        ),
        (
            b"jaklapor-identity-key v1\nabcd1234\n" + base64.b64encode(bytes(32)) + b"\n",
            "does not match",
        ),
    ],
    ids=["empty", "wrong-header", "binary", "incomplete", "bad-base64", "wrong-length", "wrong-key-id"],
)
def test_invalid_key_files(tmp_path, content, message):
    with pytest.raises(KeyFileError, match=message):
        IdentityKey.load(_write(tmp_path, content))


def test_key_file_tolerates_windows_line_endings(tmp_path, key):
    content = f"jaklapor-identity-key v1\r\n{key.key_id}\r\n{base64.b64encode(key.key).decode()}\r\n"
    assert IdentityKey.load(_write(tmp_path, content.encode())) == key
