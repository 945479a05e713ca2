"""The server's certificate: a real one given with --tls-cert/--tls-key, else a self-signed
one made on first start (kept beside the server's data) whose SHA-256 fingerprint the desktop
shows on first connect and pins, as SSH does with host keys."""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.team.codes import CERT_UNREADABLE

VALID_FOR = timedelta(days=3650)


@dataclass(frozen=True)
class Certificate:
    cert_file: Path
    key_file: Path
    fingerprint: str  # SHA-256 of the DER, as AB:CD:…
    self_signed: bool
    created: bool  # made just now


def fingerprint_of(pem: bytes | str) -> str:
    """The SHA-256 fingerprint of a PEM certificate, as colon-separated hex pairs."""
    data = pem.encode() if isinstance(pem, str) else pem
    cert = x509.load_pem_x509_certificate(data)
    return format_fingerprint(cert.fingerprint(hashes.SHA256()))


def format_fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


def _names(hosts: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in dict.fromkeys([*hosts, socket.gethostname(), "localhost", "127.0.0.1", "::1"]):
        if not host or host in ("0.0.0.0", "::"):
            continue
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def make_self_signed(cert_file: Path, key_file: Path, hosts: list[str]) -> None:
    """A new EC P-256 key and a ten-year self-signed certificate for `hosts`."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"CRM Desktop team server "
                                         f"{socket.gethostname()}")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + VALID_FOR)
            .add_extension(x509.SubjectAlternativeName(_names(hosts)), critical=False)
            # its own trust anchor: the desktop trusts exactly this certificate
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    key_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def certificate(folder: Path, cert_file: Path | None = None, key_file: Path | None = None,
                hosts: list[str] | None = None, create: bool = True) -> Certificate:
    """The given certificate, else the server's own self-signed one in `folder` (made when
    missing and `create`). CrmError `team.certificate_unreadable` if it cannot be used."""
    made = False
    self_signed = cert_file is None
    if cert_file is None or key_file is None:
        cert_file, key_file = folder / "server-cert.pem", folder / "server-key.pem"
        if not cert_file.exists() and create:
            make_self_signed(cert_file, key_file, hosts or [])
            made = True
    try:
        pem = cert_file.read_bytes()
        key_pem = key_file.read_bytes()
        serialization.load_pem_private_key(key_pem, password=None)
        return Certificate(cert_file, key_file, fingerprint_of(pem), self_signed, made)
    except (OSError, ValueError, TypeError) as exc:
        raise CrmError(CERT_UNREADABLE, path=str(cert_file),
                       reason=getattr(exc, "strerror", None) or str(exc)) from exc
