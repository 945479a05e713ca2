"""Password hashing with Argon2id (argon2-cffi's defaults: RFC 9106 "low memory" profile)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crm_desktop.services.core.errors import CrmError, error_code

TOO_SHORT = error_code("team.password_too_short",
                       "The password must have at least {minimum} characters")
MIN_LENGTH = 8

_hasher = PasswordHasher()
# Verified against when the login is unknown, so a wrong login costs the same time as a wrong
# password and nobody learns which logins exist by timing.
_DUMMY = _hasher.hash("not a password of anyone")


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise CrmError(TOO_SHORT, minimum=MIN_LENGTH)


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify(stored: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash (None: no such account, still slow)."""
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)
