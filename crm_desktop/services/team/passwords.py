"""Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).

argon2-cffi's own defaults (64 MiB, 3 passes, 4 lanes) take 0.3 s of CPU per sign-in on a
2-core server: fifty people signing in at nine o'clock would queue for seconds. These take
tens of milliseconds and still cost an attacker 19 MiB per guess; wrong passwords are slowed
down on top (see accounts). Hashes carry their parameters: a stronger setting later rehashes
each password at its next sign-in (`needs_rehash`)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crm_desktop.services.core.errors import CrmError, error_code

TOO_SHORT = error_code("team.password_too_short",
                       "The password must have at least {minimum} characters")
MIN_LENGTH = 8

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
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
