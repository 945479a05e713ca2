"""The desktop's side: talking to the team server over HTTPS (httpx).

First connect: `probe(address)` fetches the server's certificate without trusting it and
returns its SHA-256 fingerprint, for the person to compare with the one the server printed
(as SSH does). If the certificate is trusted by the system (a real one, for this host name)
nothing needs pinning; otherwise the desktop pins exactly that certificate: later connections
trust it and nothing else, so a changed certificate is refused (`team.certificate_changed`)
before anything, the token included, is sent.

The token is kept in the OS keychain (keyring), never in a file; the address, the login and
the pinned certificate (public) are in `team.json` in the data folder. A desktop without a
profile works alone, as always.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.errors import KeyringError

from crm_desktop.models import Role
from crm_desktop.services.core.db import data_dir
from crm_desktop.services.core.errors import CrmError, ErrorCode, error_code
from crm_desktop.services.core.identity import CurrentUser

from .accounts import TOKEN_REVOKED

BAD_ADDRESS = error_code("team.bad_address", "Not a server address (HOST:PORT): {address}")
UNREACHABLE = error_code("team.unreachable", "The team server {address} does not answer "
                         "({reason}). You keep working on this computer.")
CERT_CHANGED = error_code("team.certificate_changed", "The team server's certificate has "
                          "changed: it is now {fingerprint}, not the {pinned} you accepted. "
                          "Nothing was sent. If nobody replaced it on the server, someone may "
                          "be intercepting the connection.")
NOT_SIGNED_IN = error_code("team.not_signed_in", "Not signed in to a team server")
NO_KEYCHAIN = error_code("team.no_keychain", "The system keychain is not available: {reason}")
UNEXPECTED = error_code("team.unexpected_answer", "The team server answered something "
                        "unexpected ({status})")

KEYRING_SERVICE = "crm-desktop team server"
DEFAULT_PORT = 8443
TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def profile_path() -> Path:
    return data_dir() / "team.json"


def split_address(address: str) -> tuple[str, int]:
    text = address.strip().removeprefix("https://").rstrip("/")
    host, _, port = text.rpartition(":") if text.count(":") == 1 or text.startswith("[") \
        else (text, "", "")
    host = host or text
    try:
        number = int(port) if port else DEFAULT_PORT
    except ValueError:
        number = 0
    if not host or not 0 < number < 65536 or " " in host:
        raise CrmError(BAD_ADDRESS, address=address)
    return host.strip("[]"), number


@dataclass(frozen=True)
class ServerCertificate:
    pem: str
    fingerprint: str
    trusted_by_system: bool  # a real certificate: nothing to pin


@dataclass(frozen=True)
class Profile:
    """Where this desktop signs in (no secret: the token is in the keychain)."""

    address: str
    login: str
    pinned_pem: str | None  # None: the system's certificate authorities decide
    fingerprint: str

    def save(self, path: Path | None = None) -> None:
        target = path or profile_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path | None = None) -> Profile | None:
        try:
            data = json.loads((path or profile_path()).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    @staticmethod
    def forget(path: Path | None = None) -> None:
        (path or profile_path()).unlink(missing_ok=True)

    @property
    def keyring_user(self) -> str:
        return f"{self.login}@{self.address}"


def _fingerprint(der: bytes) -> str:
    import hashlib

    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def probe(address: str, timeout: float = 5.0) -> ServerCertificate:
    """The certificate the server presents (not trusted yet) and whether the system trusts it."""
    host, port = split_address(address)
    loose = ssl.create_default_context()
    loose.check_hostname, loose.verify_mode = False, ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                loose.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise CrmError(UNREACHABLE, address=address, reason=_reason(exc)) from exc
    if not der:
        raise CrmError(UNREACHABLE, address=address, reason="no certificate")
    trusted = True
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                ssl.create_default_context().wrap_socket(raw, server_hostname=host):
            pass
    except (ssl.SSLError, OSError):
        trusted = False
    return ServerCertificate(ssl.DER_cert_to_PEM_cert(der), _fingerprint(der), trusted)


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return str(text).splitlines()[0]


def _context(pinned_pem: str | None) -> ssl.SSLContext:
    if pinned_pem is None:
        return ssl.create_default_context()
    context = ssl.create_default_context(cadata=pinned_pem)
    context.check_hostname = False  # the pin is stricter than a name: this very certificate
    return context


class TeamClient:
    """One signed-in (or signing-in) conversation with the server; every failure is a
    CrmError with a code the desktop translates."""

    def __init__(self, profile: Profile, token: str | None = None) -> None:
        self.profile, self.token = profile, token
        host, port = split_address(profile.address)
        self._base = f"https://{host if ':' not in host else f'[{host}]'}:{port}"
        self._http = httpx.Client(base_url=self._base, verify=_context(profile.pinned_pem),
                                  timeout=TIMEOUT)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TeamClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the wire --------------------------------------------------------------------------------
    def request(self, method: str, path: str, body: Any = None,
                params: dict[str, Any] | None = None) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self._http.request(method, path, json=body, params=params,
                                          headers=headers)
        except httpx.ConnectError as exc:
            if _is_certificate_failure(exc):
                raise self._changed_certificate() from exc
            raise CrmError(UNREACHABLE, address=self.profile.address,
                           reason=_reason(exc)) from exc
        except httpx.TransportError as exc:
            raise CrmError(UNREACHABLE, address=self.profile.address,
                           reason=_reason(exc)) from exc
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.is_success:
            return data
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            raise RemoteError(data["error"], data.get("message", ""),
                              data.get("params") or {}, response.status_code)
        raise CrmError(UNEXPECTED, status=response.status_code)

    def _changed_certificate(self) -> CrmError:
        try:
            now = probe(self.profile.address).fingerprint
        except CrmError:
            now = "?"
        return CrmError(CERT_CHANGED, fingerprint=now, pinned=self.profile.fingerprint)

    # -- what the desktop asks -------------------------------------------------------------------
    def sign_in(self, password: str, device: str | None = None) -> CurrentUser:
        data = self.request("POST", "/api/v1/sign-in", {
            "login": self.profile.login, "password": password,
            "device": device or socket.gethostname()})
        self.token = data["token"]
        return user_of(data["user"])

    def me(self) -> CurrentUser:
        return user_of(self.request("GET", "/api/v1/me")["user"])

    def sign_out(self) -> None:
        if self.token:
            try:
                self.request("POST", "/api/v1/sign-out")
            finally:
                self.token = None

    def client_history(self, client_id: uuid.UUID) -> list[dict[str, Any]]:
        return list(self.request("GET", f"/api/v1/clients/{client_id}/history"))

    def users(self) -> list[dict[str, Any]]:
        return list(self.request("GET", "/api/v1/users"))

    def add_user(self, login: str, full_name: str, role: Role, password: str,
                 email: str = "") -> None:
        self.request("POST", "/api/v1/users", {"login": login, "full_name": full_name,
                                               "role": role.value, "password": password,
                                               "email": email})

    def disable_user(self, login: str) -> None:
        self.request("POST", f"/api/v1/users/{login}/disable")

    def enable_user(self, login: str) -> None:
        self.request("POST", f"/api/v1/users/{login}/enable")

    def reset_password(self, login: str, password: str) -> None:
        self.request("POST", f"/api/v1/users/{login}/password", {"password": password})

    def set_role(self, login: str, role: Role) -> None:
        self.request("PATCH", f"/api/v1/users/{login}", {"role": role.value})


def _is_certificate_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in \
                str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def user_of(data: dict[str, Any]) -> CurrentUser:
    return CurrentUser(uuid.UUID(data["id"]), data["login"], data["full_name"],
                       Role(data["role"]))


class RemoteError(CrmError):
    """A refusal the server explained with one of its codes (translated on the desktop)."""

    def __init__(self, code: str, english: str, params: dict[str, Any], status: int) -> None:
        from crm_desktop.services.core.errors import CODES

        known = CODES.get(code) or ErrorCode(code, english or code)
        super().__init__(known, **params)
        self.status = status


# -- the keychain ------------------------------------------------------------------------------
def store_token(profile: Profile, token: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, profile.keyring_user, token)
    except KeyringError as exc:
        raise CrmError(NO_KEYCHAIN, reason=_reason(exc)) from exc


def stored_token(profile: Profile) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, profile.keyring_user)
    except KeyringError:
        return None


def forget_token(profile: Profile) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, profile.keyring_user)


def is_signed_out(exc: BaseException) -> bool:
    """A refusal that means the token is no good any more (sign in again)."""
    return isinstance(exc, CrmError) and exc.code in {
        TOKEN_REVOKED.code, "team.token_expired", "team.account_disabled", "team.no_token"}


@dataclass(frozen=True)
class Connected:
    """A desktop signed in to a team server."""

    profile: Profile
    user: CurrentUser
    since: datetime
