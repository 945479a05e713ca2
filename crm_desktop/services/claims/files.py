"""Files attached to a claim (photos, acts, letters): stored once by their content's SHA-256
(`core.attachments`); the same content attached twice to a claim is one attachment."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Attachment, utcnow
from crm_desktop.services.core.attachments import NOT_STORED, store_file
from crm_desktop.services.core.errors import CrmError, error_code

from .writing import check_may_edit, load_claim

NOT_ATTACHED = error_code("claims.not_attached", "This file is not attached to the claim")


@dataclass(frozen=True)
class FileRow:
    id: uuid.UUID
    file_name: str
    mime_type: str
    size: int
    sha256: str
    added_at: datetime


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise CrmError(NOT_STORED, name=path.name, reason=exc.strerror or str(exc)) from exc


def attach_file(s: Session, claim_id: uuid.UUID, path: Path) -> FileRow:
    """Attach a file to the claim (and so to its client's files); the content is stored once,
    and the same content already attached to this claim is returned as it is."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    digest = _digest(path)
    same = s.scalars(select(Attachment).where(Attachment.claim_id == claim.id,
                                              Attachment.sha256 == digest,
                                              Attachment.deleted_at.is_(None))).first()
    row = same or store_file(s, path, claim_id=claim.id, client_id=claim.client_id)
    return FileRow(row.id, row.file_name, row.mime_type, row.size, row.sha256, row.created_at)


def remove_file(s: Session, claim_id: uuid.UUID, attachment_id: uuid.UUID) -> None:
    """Take a file off the claim (a tombstone; the stored content stays for the others)."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    row = s.get(Attachment, attachment_id)
    if row is None or row.claim_id != claim.id or row.deleted_at is not None:
        raise CrmError(NOT_ATTACHED)
    row.deleted_at = utcnow()


def claim_files(s: Session, claim_id: uuid.UUID) -> list[FileRow]:
    """The claim's files, oldest first."""
    return [FileRow(r.id, r.file_name, r.mime_type, r.size, r.sha256, r.created_at)
            for r in s.scalars(select(Attachment).where(
                Attachment.claim_id == claim_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at))]
