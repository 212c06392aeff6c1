"""Reporter identity sealed with AES-GCM under a key kept outside the database.

A leaked database dump must not reveal who reported what, so the identity columns
hold only ``seal()`` output. The report id is bound as associated data: a sealed
identity copied onto another report does not open there.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.dispatching import RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP

KEY_BYTES = 32
_FORMAT_VERSION = 1
_NONCE_BYTES = 12
_TAG_BYTES = 16
_KEY_FILE_HEADER = "jaklapor-identity-key v1"
_FIELDS = ("name", "phone", "email", "nik")

NOT_FOUND = QT_TRANSLATE_NOOP("identity", "identity key file not found: {path}")
NOT_TEXT = QT_TRANSLATE_NOOP("identity", "{path} is not an identity key file (not plain text)")
UNREADABLE = QT_TRANSLATE_NOOP("identity", "cannot read identity key file {path}: {reason}")
NOT_A_KEY_FILE = QT_TRANSLATE_NOOP("identity", "{path} is not an identity key file (expected first line {header})")
INCOMPLETE = QT_TRANSLATE_NOOP("identity", "identity key file {path} is incomplete")
NOT_BASE64 = QT_TRANSLATE_NOOP("identity", "identity key file {path} has a damaged key (not base64)")
WRONG_LENGTH = QT_TRANSLATE_NOOP("identity", "identity key file {path} holds a {length}-byte key; expected {expected} bytes")
ID_MISMATCH = QT_TRANSLATE_NOOP("identity", "identity key file {path} is damaged: key id {stated} does not match its key")
EXISTS = QT_TRANSLATE_NOOP("identity", "identity key file {path} already exists; refusing to overwrite it")


class KeyFileError(RefusalError):
    """The identity key file is missing or not a valid key file; ``refusal`` says which, for the installer."""

    context = "identity"


class IdentityDecryptError(Exception):
    """A sealed identity could not be opened: wrong key, wrong report, or altered."""


@dataclass(frozen=True)
class Identity:
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    nik: str | None = None

    def __post_init__(self) -> None:
        for name in _FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Identity.{name} must be str or None, not {type(value).__name__}")


@dataclass(frozen=True)
class IdentityKey:
    """A 256-bit key; ``key_id`` names it so rows can say which key sealed them."""

    key: bytes = field(repr=False)
    key_id: str = field(init=False)
    # Building the cipher object once per key keeps bulk sealing (imports, demo data) fast.
    _aead: AESGCM = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.key, bytes) or len(self.key) != KEY_BYTES:
            raise ValueError(f"an identity key must be {KEY_BYTES} bytes")
        object.__setattr__(self, "key_id", hashlib.sha256(self.key).hexdigest()[:8])
        object.__setattr__(self, "_aead", AESGCM(self.key))

    @classmethod
    def generate(cls) -> IdentityKey:
        return cls(AESGCM.generate_key(bit_length=KEY_BYTES * 8))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> IdentityKey:
        path = Path(path)
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise KeyFileError.refuse(NOT_FOUND, path=str(path)) from None
        except UnicodeDecodeError:
            raise KeyFileError.refuse(NOT_TEXT, path=str(path)) from None
        except OSError as exc:
            raise KeyFileError.refuse(UNREADABLE, path=str(path), reason=str(exc.strerror or exc)) from None
        lines = text.splitlines()
        if not lines or lines[0].strip() != _KEY_FILE_HEADER:
            raise KeyFileError.refuse(NOT_A_KEY_FILE, path=str(path), header=repr(_KEY_FILE_HEADER))
        if len(lines) < 3:
            raise KeyFileError.refuse(INCOMPLETE, path=str(path))
        stated_id, encoded = lines[1].strip(), lines[2].strip()
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise KeyFileError.refuse(NOT_BASE64, path=str(path)) from None
        if len(key) != KEY_BYTES:
            raise KeyFileError.refuse(WRONG_LENGTH, path=str(path), length=str(len(key)), expected=str(KEY_BYTES))
        loaded = cls(key)
        if loaded.key_id != stated_id:
            raise KeyFileError.refuse(ID_MISMATCH, path=str(path), stated=repr(stated_id))
        return loaded

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the key file, readable by its owner only; never overwrites an existing key."""
        path = Path(path)
        content = f"{_KEY_FILE_HEADER}\n{self.key_id}\n{base64.b64encode(self.key).decode()}\n"
        # O_EXCL: silently replacing a key would make every identity sealed with it unreadable.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            raise KeyFileError.refuse(EXISTS, path=str(path)) from None
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(content.encode("ascii"))
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            path.unlink(missing_ok=True)
            raise


def _associated_data(report_id: int) -> bytes:
    if isinstance(report_id, bool) or not isinstance(report_id, int):
        raise TypeError("report_id must be an int")
    return _FORMAT_VERSION.to_bytes(1, "big") + report_id.to_bytes(8, "big", signed=True)


def seal(identity: Identity, report_id: int, key: IdentityKey) -> bytes:
    """Encrypt ``identity`` for report ``report_id``: version byte, nonce, ciphertext."""
    plaintext = json.dumps(
        [identity.name, identity.phone, identity.email, identity.nik],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    nonce = os.urandom(_NONCE_BYTES)
    return bytes((_FORMAT_VERSION,)) + nonce + key._aead.encrypt(nonce, plaintext, _associated_data(report_id))


def open_sealed(blob: bytes, report_id: int, key: IdentityKey) -> Identity:
    """Decrypt a ``seal()`` result; raises ``IdentityDecryptError`` unless it is intact and for this report."""
    ad = _associated_data(report_id)
    if not isinstance(blob, (bytes, bytearray, memoryview)):
        raise IdentityDecryptError("sealed identity must be bytes")
    blob = bytes(blob)
    if len(blob) < 1 + _NONCE_BYTES + _TAG_BYTES:
        raise IdentityDecryptError("sealed identity is too short")
    if blob[0] != _FORMAT_VERSION:
        raise IdentityDecryptError(f"unsupported sealed identity version {blob[0]}")
    nonce, ciphertext = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
    try:
        plaintext = key._aead.decrypt(nonce, ciphertext, ad)
    except InvalidTag:
        raise IdentityDecryptError(
            f"sealed identity does not open with key {key.key_id} for report {report_id} "
            "(wrong key, wrong report, or altered data)"
        ) from None
    try:
        values = json.loads(plaintext.decode("utf-8"))
        if not isinstance(values, list) or len(values) != len(_FIELDS):
            raise ValueError("unexpected shape")
        return Identity(*values)
    except (ValueError, TypeError):
        raise IdentityDecryptError("sealed identity has an unknown layout") from None
