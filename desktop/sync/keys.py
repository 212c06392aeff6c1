"""The cache's data key, kept wrapped by a key derived from the user's password (Argon2id).

The key file beside the cache holds only a salt, the Argon2id parameters and the data key
sealed with AES-GCM; without the password it opens nothing. The data key itself is
random, so changing the password only re-wraps it.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "jaklapor-cache-key/1"
KEY_BYTES = 32


class WrongPassword(Exception):
    """The password does not open this cache's key."""


class KeyFileError(Exception):
    """The key file is missing, unreadable or not a cache key file; the message says which."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: the defaults follow RFC 9106's second recommended option (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, params.time_cost, params.memory_kib, params.parallelism,
                           KEY_BYTES, Type.ID)


def _associated(username: str) -> bytes:
    # Binds the wrapped key to its user: a key file copied to another user's cache does not open.
    return f"{FORMAT}:{username}".encode("utf-8")


def write_key_file(path: Path, username: str, password: str, data_key: bytes,
                   params: KdfParams = KdfParams()) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(password, salt, params)).encrypt(nonce, data_key, _associated(username))
    document = {"format": FORMAT, "kdf": "argon2id", "time_cost": params.time_cost, "memory_kib": params.memory_kib,
                "parallelism": params.parallelism, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(document), encoding="utf-8")
    os.replace(temporary, path)


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def read_key_file(path: Path, username: str, password: str) -> bytes:
    """The data key; WrongPassword if ``password`` does not open it."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("kdf") != "argon2id":
            raise KeyFileError(f"{path.name} is not a JakLapor cache key file")
        params = KdfParams(int(document["time_cost"]), int(document["memory_kib"]), int(document["parallelism"]))
        salt, nonce, wrapped = (base64.b64decode(document[name]) for name in ("salt", "nonce", "wrapped"))
    except FileNotFoundError:
        raise KeyFileError(f"the cache key file {path.name} is missing") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"the cache key file {path.name} is damaged ({exc})") from None
    try:
        return AESGCM(_derive(password, salt, params)).decrypt(nonce, wrapped, _associated(username))
    except InvalidTag:
        raise WrongPassword("the password does not open this workstation's cache") from None
