"""Import of clients and contacts from CSV, XLSX and vCard, in blocks a new source reuses:

1. `sources.read_source(path)`: a CSV/XLSX table (`core.table_files`) or vCards turned into a
   table with our own export's headers, so every source goes through one mapping.
2. `mapping.guess_mapping(s, headers)`: the mapping remembered for the same headers, else one
   recognised from common exports (ours, Google Contacts, Outlook) and Russian/Kazakh/Ukrainian
   headers.
3. `records`: rows become client records (rows of one company, or with the same Client ID, make
   one client with several contact persons), each validated like the card.
4. `duplicates.KnownClients`: the one duplicate engine's rules, in memory (tax ID, phone,
   e-mail, name key or a close name), and `policy`: skip, update the existing client, or create
   anyway (recorded).
5. `writer.ClientWriter`: new clients in bulk, the way every client is written.
6. `report`: what was created, updated, skipped and why.

`import_clients` runs them in the caller's transaction: all or nothing unless a partial import
is accepted, so a cancel (the progress callback returns False) or any failure leaves nothing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from crm_desktop.models import DuplicateDecision
from crm_desktop.services.clients.card import custom_fields, custom_values, load_form, validate
from crm_desktop.services.clients.duplicates import KnownClients
from crm_desktop.services.clients.forms import ClientForm
from crm_desktop.services.clients.writer import ClientWriter
from crm_desktop.services.core.errors import CrmError, Message, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.table_files import ImportRefused, Table
from crm_desktop.services.core.text import clean_fields
from crm_desktop.services.locale.phones import phone_country
from crm_desktop.services.locale.taxids import tax_id_countries

from .mapping import (
    ADDRESS,
    BIRTHDAY,
    CITY,
    CLIENT_ID,
    CONTACT,
    CONTACT_EMAILS,
    CONTACT_PHONES,
    COUNTRY,
    CURRENCY,
    EMAILS,
    FIELDS,
    FIRST,
    FULL_NAME,
    KIND,
    LAST,
    LEGAL_ADDRESS,
    LIST_FIELDS,
    MIDDLE,
    NAME,
    NOTES,
    OWN_HEADERS,
    PHONES,
    POSITION,
    PRIMARY,
    REGION,
    SOURCE,
    STATUS,
    TAGS,
    TAX_ID,
    TAX_ID_2,
    WEBSITE,
    guess_mapping,
    recognise,
    remember_mapping,
)
from .policy import Policy, merge_into
from .records import (
    CARD_PROBLEMS,
    Record,
    country_code,
    group_rows,
    keep_possible_phones,
    probe_of,
    problem_reason,
    validate_records,
)
from .report import ImportCancelled, ImportReport
from .sources import read_source, read_vcards

__all__ = [
    "ADDRESS", "BIRTHDAY", "CITY", "CLIENT_ID", "CONTACT", "CONTACT_EMAILS", "CONTACT_PHONES",
    "COUNTRY", "CURRENCY", "EMAILS", "FIELDS", "FIRST", "FULL_NAME", "KIND", "LAST",
    "LEGAL_ADDRESS", "LIST_FIELDS", "MIDDLE", "NAME", "NOTES", "OWN_HEADERS", "PHONES",
    "POSITION", "PRIMARY", "REGION", "SOURCE", "STATUS", "TAGS", "TAX_ID", "TAX_ID_2",
    "WEBSITE", "ImportCancelled", "ImportRefused", "ImportReport", "Policy", "Progress",
    "country_code", "guess_mapping", "import_clients", "read_source", "read_vcards",
    "recognise", "remember_mapping",
]

NO_NAME_COLUMN = error_code("import.no_name_column", "Choose the column with the name")
# What happened to a row that matched an existing client (the report's notes).
SKIPPED_DUPLICATE = error_code("import.skipped_duplicate", "skipped: duplicate of {name} ({match})")
SKIPPED_REPEAT = error_code("import.skipped_repeat", "skipped: repeats row of {name} in this file")
NOT_UPDATED = error_code("import.not_updated", "update of {name}: {reason}")
UPDATED = error_code("import.updated", "updated {name} ({match})")
CREATED_BESIDE = error_code("import.created_beside", "created beside {name} ({match})")
# A column left out of the mapping whose values look like data a field would take.
COLUMN_SKIPPED = error_code("import.column_skipped",
                            "column {column!r} was not imported, but its values look like {what}")
LOOKS_LIKE = {
    TAX_ID: error_code("import.looks_tax_ids", "tax IDs"),
    PHONES: error_code("import.looks_phones", "phone numbers"),
    EMAILS: error_code("import.looks_emails", "e-mail addresses"),
}
_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
_SAMPLE = 200


Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


def import_clients(s: Session, table: Table, mapping: dict[int, str],
                   policy: Policy = Policy.SKIP, partial: bool = False,
                   responsible_id: uuid.UUID | None = None, country: str = "KZ",
                   currency: str = "KZT", progress: Progress | None = None) -> ImportReport:
    """Import the table's clients inside the caller's transaction (see the module docstring).

    Raises ImportRefused when rows have problems and `partial` is False, ImportCancelled when
    `progress` returns False; the caller's transaction then rolls everything back."""
    require(s, Permission.IMPORT_CLIENTS)
    if not any(f in (NAME, CONTACT, FIRST, LAST) for f in mapping.values()):
        raise CrmError(NO_NAME_COLUMN)
    records, problems = group_rows(table, mapping, country.upper(), currency.upper())
    report = ImportReport(rows=len(table.rows), problems=problems)
    report.warnings += skipped_column_warnings(table, mapping, country.upper())
    total = len(records)

    def tick(done: int) -> None:
        if progress is not None and done % 500 == 0 and not progress(done, 2 * total):
            raise ImportCancelled()

    # Pass 1: every record checked like the card; refuse before writing anything.
    valid = validate_records(s, records, report, tick)
    if report.problems and not partial:
        raise ImportRefused(report)

    # Pass 2: duplicates and writing; the writer writes in chunks so memory stays flat.
    known = KnownClients(s)
    writer = ClientWriter(s)
    decisions: list[tuple[uuid.UUID, uuid.UUID, str]] = []
    for done, record in enumerate(valid, start=1):
        tick(total + done)
        _place(s, record, policy, responsible_id, known, writer, report, decisions)
    if progress is not None and not progress(2 * total, 2 * total):
        raise ImportCancelled()
    if report.problems and not partial:  # an update that could not be saved
        raise ImportRefused(report)
    writer.flush()
    for client_id, other_id, why in decisions:
        s.add(DuplicateDecision(client_id=client_id, other_id=other_id, matched=why[:255]))
    s.flush()
    return report


def looks_like(values: list[str], country: str) -> str | None:
    """TAX_ID, PHONES or EMAILS when most of these (non-empty) values look like that."""
    if not values:
        return None
    counts = {TAX_ID: 0, PHONES: 0, EMAILS: 0}
    for value in values:
        text = value.strip()
        if _EMAIL.match(text):
            counts[EMAILS] += 1
        elif re.fullmatch(r"[A-ZА-ЯЁӨҮ]{0,2}\d{7,12}", text.replace(" ", "")) and \
                tax_id_countries(text) and not text.startswith(("+", "8 ", "8(")):
            counts[TAX_ID] += 1
        elif sum(c.isdigit() for c in text) >= 6 and re.fullmatch(r"[\d\s()+\-./]+", text) \
                and phone_country(text, country):
            counts[PHONES] += 1
    found, most = max(counts.items(), key=lambda item: item[1])
    return found if most * 10 >= len(values) * 6 else None


def skipped_column_warnings(table: Table, mapping: dict[int, str], country: str
                            ) -> list[tuple[int, str]]:
    """Row 1 (the header row) warnings for columns the mapping skips whose values look like
    tax IDs, phones or e-mails: a column that was probably meant to be imported."""
    found: list[tuple[int, str]] = []
    for column, header in enumerate(table.headers):
        if column in mapping:
            continue
        values = [row[column] for row in table.rows[:_SAMPLE]
                  if column < len(row) and row[column].strip()]
        what = looks_like(values, country)
        if what is not None:
            found.append((1, Message(COLUMN_SKIPPED, column=header or f"#{column + 1}",
                                     what=Message(LOOKS_LIKE[what]))))
    return found


def _update(s: Session, form: ClientForm) -> Message | None:
    """Save an existing client's card with the file's values, as `card.save_client` does but
    keeping a possible-but-unknown phone as the import does for new clients (pass 1 warned
    about the file's); the reason it cannot be saved, else None."""
    require(s, Permission.EDIT_CLIENTS)
    clean_fields(form)
    definitions = custom_fields(s)
    found, e164 = validate(s, form, definitions)
    found = keep_possible_phones(form, found, e164, [], [])
    if found:
        return Message(CARD_PROBLEMS, problems=[problem_reason(p) for p in found])
    ClientWriter(s).save(form, e164, custom_values(form, definitions))
    return None


def _place(s: Session, record: Record, policy: Policy, responsible_id: uuid.UUID | None,
           known: KnownClients, writer: ClientWriter, report: ImportReport,
           decisions: list[tuple[uuid.UUID, uuid.UUID, str]]) -> None:
    """Apply the duplicate policy to one valid record: skip, update or create it."""
    form, probe = record.form, probe_of(record)
    match = known.match(probe)
    if match is not None:
        existing, why, merged = match
        name = known.names.get(existing, "")
        if policy == Policy.SKIP or (policy == Policy.CREATE and merged):
            report.skipped += 1
            report.notes += [(row, Message(SKIPPED_DUPLICATE, name=name, match=why))
                             for row in record.rows]
            return
        if policy == Policy.UPDATE:
            if existing in writer.new_ids:
                report.skipped += 1
                report.notes += [(row, Message(SKIPPED_REPEAT, name=name))
                                 for row in record.rows]
                return
            problem = _update(s, merge_into(load_form(s, existing), form))
            if problem is not None:
                report.problems += [(row, Message(NOT_UPDATED, name=name, reason=problem))
                                    for row in record.rows]
                return
            report.updated += 1
            report.contacts += len(form.contacts)
            report.notes += [(row, Message(UPDATED, name=name, match=why))
                             for row in record.rows]
            known.learn(existing, name, probe)
            return
    form.responsible_id = responsible_id
    client_id = writer.add(form, record.e164)
    known.learn(client_id, form.short_name, probe)
    if match is not None:
        decisions.append((client_id, match[0], match[1]))
        report.notes += [(row, Message(CREATED_BESIDE, name=known.names.get(match[0], ""),
                                       match=match[1])) for row in record.rows]
    report.created += 1
    report.contacts += len(form.contacts)
