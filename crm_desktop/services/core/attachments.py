"""Files (photos, stamps, PDFs) stored once under the data folder by their SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from crm_desktop.models import Attachment
from crm_desktop.services.core.db import data_dir
from crm_desktop.services.core.errors import CrmError, error_code

TOO_LARGE = error_code("attachments.too_large", "{name} is larger than {megabytes} MB")
NOT_STORED = error_code("attachments.not_stored", "Could not store {name}: {reason}")


MAX_BYTES = 50 * 1024 * 1024


def attachments_dir() -> Path:
    return data_dir() / "attachments"


def stored_in(folder: Path, sha256: str) -> Path:
    """Where the file of this content lives in a store (this desktop's, the team server's)."""
    return folder / sha256[:2] / sha256


def stored_path(sha256: str) -> Path:
    return stored_in(attachments_dir(), sha256)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_sha256(value: str) -> bool:
    """Whether `value` names a content (64 lower-case hex digits): never a path of its own."""
    return _SHA256.fullmatch(value) is not None


def keep_content(folder: Path, sha256: str, data: bytes) -> bool:
    """Store `data` as the file `sha256` in the store `folder` once: True if written now,
    False if it was there already; CrmError `attachments.not_stored` if the content's hash is
    not its name (a damaged transfer) or the disk refuses."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise CrmError(NOT_STORED, name=sha256, reason=f"its content's SHA-256 is {actual}")
    target = stored_in(folder, sha256)
    if target.exists():
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{sha256}.{uuid.uuid4().hex}.part")  # writers never meet
        partial.write_bytes(data)
        partial.replace(target)  # never a half-written file under the final name
    except OSError as exc:
        raise CrmError(NOT_STORED, name=sha256, reason=exc.strerror or str(exc)) from exc
    return True


def store_file(s: Session, source: Path, **links: uuid.UUID | None) -> Attachment:
    """Copy a file into the store (once per content) and record it; returns the new row."""
    try:
        if source.stat().st_size > MAX_BYTES:
            raise CrmError(TOO_LARGE, name=source.name, megabytes=MAX_BYTES // 2**20)
        data = source.read_bytes()
    except OSError as exc:
        raise CrmError(NOT_STORED, name=source.name, reason=exc.strerror or str(exc)) from exc
    return store_content(s, source.name, data, **links)


def store_content(s: Session, name: str, data: bytes, **links: uuid.UUID | None) -> Attachment:
    """Keep `data` in the store (once per content) as the file `name` (a PDF just made, a
    file read) and record it; returns the new row."""
    if len(data) > MAX_BYTES:
        raise CrmError(TOO_LARGE, name=name, megabytes=MAX_BYTES // 2**20)
    digest = hashlib.sha256(data).hexdigest()
    try:
        keep_content(attachments_dir(), digest, data)
    except CrmError as exc:  # the disk refused: said with the file's own name
        raise CrmError(NOT_STORED, name=name, reason=exc.params.get("reason", "")) from exc
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(sha256=digest, file_name=name, mime_type=mime, size=len(data),
                            **links)
    s.add(attachment)
    s.flush()
    return attachment


def attachment_file(s: Session, attachment_id: uuid.UUID | None) -> Path | None:
    """The stored file of an attachment, if it is there."""
    if attachment_id is None:
        return None
    attachment = s.get(Attachment, attachment_id)
    if attachment is None:
        return None
    path = stored_path(attachment.sha256)
    return path if path.exists() else None
