"""How errors reach the user: one clear message box, never a traceback.

A service error is a code with parameters (`services.core.errors`). `TEXTS` below is the one table
code → translated text (the same English as the service, context "errors"); `error_text` picks the
text for the interface language and formats the parameters for it: amounts (Decimal) and counts
with the locale's separators, dates in the locale's short form, statuses, roles and permissions by
their translated names, nested messages translated in turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.models import Role
from crm_desktop.services.core.errors import CrmError, Message
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import (
    amount,
    country_name,
    money,
    number,
    short_date,
    short_datetime,
)

from .labels import label

log = logging.getLogger(__name__)


def texts() -> dict[str, str]:
    """Every service error code and its text in the interface language (a test checks that
    every declared code is here, with the service's English and a Russian translation)."""
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    return {
        "attachments.not_stored": tr.translate("errors", "Could not store {name}: {reason}"),
        "attachments.too_large": tr.translate("errors", "{name} is larger than {megabytes} MB"),
        "backup.disk_full": tr.translate("errors", "the disk is full"),
        "backup.failed": tr.translate("errors", "Backup to {path} failed: {reason}"),
        "backup.incomplete": tr.translate(
            "errors",
            "the copy failed its integrity check ({verdict})"),
        "backup.sqlite_only": tr.translate(
            "errors",
            "Backups from the program are for SQLite files; back up a PostgreSQL server with "
            "pg_dump"),
        "card.account": tr.translate("errors", "not a bank account number"),
        "card.bic": tr.translate("errors", "not a valid BIC"),
        "card.birthday": tr.translate("errors", "a birthday in the future"),
        "card.choice": tr.translate("errors", "not one of the choices"),
        "card.country": tr.translate("errors", "unknown country"),
        "card.currency": tr.translate("errors", "not a currency code"),
        "card.date": tr.translate("errors", "not a date (YYYY-MM-DD)"),
        "card.email": tr.translate("errors", "not an e-mail address"),
        "card.field": tr.translate("errors", "{where}: {problem}"),
        "card.field_value": tr.translate("errors", "{where}: {problem} ({value})"),
        "card.iban": tr.translate("errors", "not a valid IBAN"),
        "card.invalid": tr.translate("errors", "{problems}"),
        "card.number": tr.translate("errors", "not a number"),
        "card.phone": tr.translate("errors", "not a valid phone number for the client's country"),
        "card.relation": tr.translate("errors", "a client cannot be related to itself"),
        "card.required": tr.translate("errors", "required"),
        "card.tax_id": tr.translate("errors", "not a valid tax ID for the country"),
        "card.tax_id_2": tr.translate("errors", "not a valid KPP"),
        "card.too_long": tr.translate("errors", "more characters than allowed"),
        "catalogue.category_gone": tr.translate("errors", "This category no longer exists"),
        "catalogue.category_loop": tr.translate(
            "errors", "A category cannot move into itself or below itself"),
        "catalogue.code_taken": tr.translate(
            "errors", "Another product already has the code {code}"),
        "catalogue.minimum_above_recommended": tr.translate(
            "errors", "The minimum price is above the recommended price"),
        "catalogue.negative_prices": tr.translate("errors", "Prices cannot be negative"),
        "catalogue.no_category_name": tr.translate("errors", "Enter the category name"),
        "catalogue.no_code": tr.translate("errors", "Enter the product code"),
        "catalogue.no_name": tr.translate("errors", "Enter the product name"),
        "catalogue.no_unit": tr.translate("errors", "Enter the unit"),
        "catalogue.no_warehouse_name": tr.translate("errors", "Every warehouse needs a name"),
        "catalogue.product_gone": tr.translate("errors", "This product no longer exists"),
        "catalogue.vat_range": tr.translate("errors", "VAT must be from 0 to 100 %"),
        "catalogue.warehouse_gone": tr.translate("errors", "A warehouse no longer exists"),
        "catalogue.warehouse_name_twice": tr.translate(
            "errors", "Two warehouses have the same name"),
        "clients.gone": tr.translate("errors", "This client no longer exists"),
        "company.bic": tr.translate("errors", "{bic} is not a valid BIC"),
        "company.device_code": tr.translate(
            "errors", "The device code is up to 8 letters or digits"),
        "company.iban": tr.translate("errors", "{account} is not a valid IBAN"),
        "company.missing": tr.translate("errors", "The database has no company yet"),
        "company.no_name": tr.translate("errors", "Enter the company's legal and short name"),
        "company.no_requisites": tr.translate("errors", "Enter your company's requisites first"),
        "company.tax_id": tr.translate("errors", "{tax_id} is not a valid tax ID for {country}"),
        "company.vat_range": tr.translate("errors", "VAT must be from 0 to 100 %"),
        "custom_fields.choices": tr.translate(
            "errors", "Field {key}: a choice field needs its choices"),
        "custom_fields.key": tr.translate(
            "errors", "Field key {key!r}: use small Latin letters, digits and _"),
        "custom_fields.key_twice": tr.translate("errors", "Two custom fields have the same key"),
        "custom_fields.label": tr.translate("errors", "Field {key}: give it a label"),
        "db.bad_path": tr.translate("errors", "Not a usable database path ({reason}): {value}"),
        "db.bad_url": tr.translate("errors", "Not a database URL: {value}"),
        "db.blank": tr.translate(
            "errors",
            "No database given: --db is empty. Give a file path or a database URL"),
        "db.busy": tr.translate(
            "errors",
            "The database is busy (another program is writing): nothing was saved. Try again in "
            "a moment."),
        "db.cannot_open": tr.translate("errors", "Cannot open database {database}: {reason}"),
        "db.damaged": tr.translate(
            "errors", "The database {label} is damaged ({reason}). Restore the latest backup."),
        "db.disk_failed": tr.translate(
            "errors", "The disk holding {label} failed to write: nothing was saved."),
        "db.disk_full": tr.translate(
            "errors", "The disk is full: nothing was saved. Free some space and try again."),
        "db.last_check_failed": tr.translate(
            "errors",
            "The last integrity check of {label} ({when}) found problems: {details}. Restore the "
            "latest backup"),
        "db.lock_failed": tr.translate("errors", "Cannot lock {path}: {reason}"),
        "db.locked": tr.translate(
            "errors",
            "{path} is open in another CRM Desktop program (process {pid} on {host}); close it "
            "first, or run this there"),
        "db.missing": tr.translate("errors", "No database at {path}"),
        "db.missing_driver": tr.translate(
            "errors",
            "The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an "
            "SQLite file"),
        "db.no_folder": tr.translate(
            "errors", "Cannot open database {path}: the folder {folder} does not exist"),
        "db.not_crm": tr.translate(
            "errors",
            "{path} is not a CRM Desktop database ({reason}); nothing was changed"),
        "db.not_migrated": tr.translate(
            "errors", "Could not update the database structure: {reason}"),
        "db.opened_read_only": tr.translate(
            "errors",
            "{label} is on a read-only disk or not writable: opened read-only, nothing can be "
            "saved"),
        "db.read_only": tr.translate(
            "errors",
            "The database {label} is read-only: nothing was saved. You can still look everything "
            "up."),
        "db.refused": tr.translate(
            "errors", "The database refused the change: {reason}. Nothing was saved."),
        "db.unknown_scheme": tr.translate(
            "errors",
            "Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or "
            "postgresql+psycopg://…"),
        "deal_amount_negative": tr.translate("errors", "A deal's amount cannot be negative"),
        "deal_client_not_found": tr.translate("errors", "The deal's client no longer exists"),
        "deal_comment_empty": tr.translate("errors", "Write the comment first"),
        "deal_contact_other_client": tr.translate(
            "errors", "The contact person works for another client"),
        "deal_not_found": tr.translate("errors", "This deal no longer exists"),
        "deal_stage_not_found": tr.translate("errors", "No stage named {stage}"),
        "deal_title_required": tr.translate("errors", "Give the deal a title"),
        "deals_unknown_format": tr.translate("errors", "Choose csv, json or text, not {format}"),
        "demo.has_clients": tr.translate(
            "errors", "The database {label} already has clients; create demo data in a new file"),
        "demo.unknown_scale": tr.translate(
            "errors", "Unknown demo scale {scale!r}; use small or large"),
        "documents.gone": tr.translate("errors", "This document no longer exists"),
        "documents.no_such_number": tr.translate("errors", "No document numbered {number}"),
        "documents.right_to_left": tr.translate(
            "errors",
            "{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet"),
        "documents.unprintable": tr.translate(
            "errors", "{field}: the document font cannot print {chars}"),
        "duplicates.email": tr.translate("errors", "e-mail {value}"),
        "duplicates.name": tr.translate("errors", "name {value}"),
        "duplicates.phone": tr.translate("errors", "phone {value}"),
        "duplicates.similar_name": tr.translate("errors", "name {value} ({score}%)"),
        "duplicates.tax_id": tr.translate("errors", "tax ID {value}"),
        "events.cancelled_not_done": tr.translate(
            "errors", "A cancelled event cannot be completed"),
        "events.foreign_contact": tr.translate(
            "errors", "The contact person does not belong to this client"),
        "events.gone": tr.translate("errors", "This event no longer exists"),
        "events.naive_start": tr.translate("errors", "The start time has no time zone"),
        "events.negative_duration": tr.translate("errors", "The duration cannot be negative"),
        "events.no_subject": tr.translate("errors", "Enter a subject"),
        "events.not_planned": tr.translate("errors", "Only a planned event can be rescheduled"),
        "events.subject_too_long": tr.translate(
            "errors", "The subject is longer than {max} characters"),
        "export.name_for_format": tr.translate(
            "errors", "Name the file .{kind} for the {format} format, not {name}"),
        "export.table_kind": tr.translate("errors", "Choose a .csv or .xlsx file, not {name}"),
        "files.bad_delimiter": tr.translate(
            "errors", "A delimiter is one character (or tab), not {delimiter!r}"),
        "files.delimiter_unknown": tr.translate(
            "errors",
            "Cannot tell how the columns of {name} are separated; choose the delimiter ({found})"),
        "files.empty": tr.translate("errors", "{name} is empty"),
        "files.not_text": tr.translate(
            "errors",
            "Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are "
            "read); save it as UTF-8 and import it again"),
        "files.too_many_rows": tr.translate("errors", "{name} has more than {max} rows"),
        "files.unreadable": tr.translate("errors", "{name} cannot be read: {reason}"),
        "files.write_failed": tr.translate("errors", "Could not write {path}: {reason}"),
        "files.xlsx_damaged": tr.translate(
            "errors", "{name} is not a readable XLSX workbook: its contents are damaged"),
        "first_run.no_company_name": tr.translate("errors", "Enter the company name"),
        "first_run.no_currency": tr.translate("errors", "Choose a currency"),
        "first_run.no_user_name": tr.translate("errors", "Enter your name"),
        "forbidden": tr.translate("errors", "Your role ({role}) may not do this: {permission}"),
        "import.bad_birthday": tr.translate("errors", "birthday not a date: {value!r}"),
        "import.cancelled": tr.translate(
            "errors", "The import was cancelled; nothing was imported"),
        "import.card_problems": tr.translate("errors", "{problems}"),
        "import.column_skipped": tr.translate(
            "errors", "column {column!r} was not imported, but its values look like {what}"),
        "import.created_beside": tr.translate("errors", "created beside {name} ({match})"),
        "import.field_problem": tr.translate("errors", "{field}: {problem}"),
        "import.field_problem_value": tr.translate("errors", "{field}: {problem} ({value})"),
        "import.field_word.address": tr.translate("errors", "address"),
        "import.field_word.city": tr.translate("errors", "city"),
        "import.field_word.contact": tr.translate("errors", "contact person"),
        "import.field_word.contacts.birthday": tr.translate("errors", "contact's birthday"),
        "import.field_word.contacts.emails": tr.translate("errors", "contact's e-mail"),
        "import.field_word.contacts.full_name": tr.translate("errors", "contact's name"),
        "import.field_word.contacts.phones": tr.translate("errors", "contact's phone"),
        "import.field_word.contacts.position": tr.translate("errors", "contact's position"),
        "import.field_word.country": tr.translate("errors", "country"),
        "import.field_word.currency": tr.translate("errors", "currency"),
        "import.field_word.custom": tr.translate("errors", "custom field"),
        "import.field_word.emails": tr.translate("errors", "e-mail"),
        "import.field_word.field": tr.translate("errors", "field"),
        "import.field_word.full_name": tr.translate("errors", "full name"),
        "import.field_word.language": tr.translate("errors", "language"),
        "import.field_word.legal_address": tr.translate("errors", "legal address"),
        "import.field_word.phones": tr.translate("errors", "phone"),
        "import.field_word.region": tr.translate("errors", "region"),
        "import.field_word.short_name": tr.translate("errors", "name"),
        "import.field_word.source": tr.translate("errors", "source"),
        "import.field_word.tags": tr.translate("errors", "tag"),
        "import.field_word.tax_id": tr.translate("errors", "tax ID"),
        "import.field_word.tax_id_2": tr.translate("errors", "KPP"),
        "import.field_word.website": tr.translate("errors", "website"),
        "import.looks_emails": tr.translate("errors", "e-mail addresses"),
        "import.looks_phones": tr.translate("errors", "phone numbers"),
        "import.looks_tax_ids": tr.translate("errors", "tax IDs"),
        "import.file_kind": tr.translate("errors", "Choose a .csv, .xlsx or .vcf file, not {name}"),
        "import.no_name": tr.translate("errors", "no name"),
        "import.no_name_column": tr.translate("errors", "Choose the column with the name"),
        "import.no_vcards": tr.translate("errors", "{name} has no vCards"),
        "import.phone_kept": tr.translate(
            "errors",
            "phone {phone} kept as typed: its number is possible but not known to be in use"),
        "import.not_updated": tr.translate("errors", "update of {name}: {reason}"),
        "import.refused": tr.translate(
            "errors", "{problems} of {rows} rows have problems; nothing was imported"),
        "import.skipped_duplicate": tr.translate(
            "errors", "skipped: duplicate of {name} ({match})"),
        "import.skipped_repeat": tr.translate(
            "errors", "skipped: repeats row of {name} in this file"),
        "import.updated": tr.translate("errors", "updated {name} ({match})"),
        "import.vcard_unreadable": tr.translate(
            "errors", "{name} is not a readable vCard file: {reason}"),
        "loss_reason_name_required": tr.translate("errors", "A loss reason needs a name"),
        "loss_reason_required": tr.translate("errors", "Choose the reason the deal was lost"),
        "mail.cannot_cancel": tr.translate("errors", "This message cannot be cancelled"),
        "mail.cannot_resend": tr.translate("errors", "This message cannot be sent again"),
        "mail.draft_without_recipient": tr.translate(
            "errors", "This draft has no recipient: open it in the mail client to finish it"),
        "mail.insecure_keychain": tr.translate(
            "errors",
            "There is no secure keychain on this computer (only {backend}, which would keep the "
            "password readable in a file), so the password was not stored. Enter it for this "
            "session only, or install a keychain service (GNOME Keyring or KWallet) and save it "
            "again"),
        "mail.interrupted": tr.translate(
            "errors",
            "Interrupted while sending: it may have reached the server. Check before sending it "
            "again."),
        "mail.keychain_refused": tr.translate(
            "errors", "The system keychain refused the password: {reason}"),
        "mail.login_refused": tr.translate(
            "errors",
            "The mail server refused the login: {answer}. Check the user and password in Settings →"
            " Mail server"),
        "mail.lost_after_data": tr.translate(
            "errors",
            "The connection was lost after the whole message was sent ({reason}): it may have "
            "reached the server. Check before sending it again."),
        "mail.message_gone": tr.translate("errors", "This message no longer exists"),
        "mail.no_auth": tr.translate(
            "errors",
            "The mail server {server} does not offer a login (AUTH) here: check the port and "
            "security in Settings → Mail server, or leave the user empty"),
        "mail.no_host": tr.translate("errors", "Enter the SMTP server"),
        "mail.no_keychain": tr.translate(
            "errors", "The system keychain is not available: {reason}"),
        "mail.no_password": tr.translate(
            "errors",
            "No password for the mail server {server}: enter it in Settings → Mail server"),
        "mail.no_recipient": tr.translate("errors", "Enter the recipient's e-mail address"),
        "mail.no_sender": tr.translate("errors", "Enter the sender's e-mail address"),
        "mail.no_server": tr.translate(
            "errors", "Set up the mail server first: Settings → Mail server"),
        "mail.not_a_draft": tr.translate(
            "errors", "This message is no longer a draft (sent, cancelled or removed)"),
        "mail.no_starttls": tr.translate(
            "errors",
            "The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in "
            "Settings → Mail server"),
        "mail.port_range": tr.translate("errors", "The port must be from 1 to 65535"),
        "mail.security": tr.translate("errors", "Choose SSL/TLS, STARTTLS or none"),
        "mail.tls_failed": tr.translate(
            "errors",
            "No secure connection to the mail server {server} ({reason}): check the port and "
            "security in Settings → Mail server"),
        "mail.unreachable": tr.translate("errors", "Cannot reach the mail server: {reason}"),
        "mail.untrusted_certificate": tr.translate(
            "errors",
            "The certificate of the mail server {server} is not trusted ({reason}): check the "
            "server's name and security in Settings → Mail server"),
        "mail.utf8_login": tr.translate(
            "errors",
            "The user name or password has characters beyond Latin letters, and the mail server "
            "offers no login that can carry them (it offers: {methods}): use a password of Latin "
            "letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN"),
        "merge.client_gone": tr.translate("errors", "One of the clients no longer exists"),
        "merge.same_client": tr.translate("errors", "Choose two different clients to merge"),
        "merge.unknown_fields": tr.translate("errors", "Unknown fields: {fields}"),
        "move_missing_fields": tr.translate("errors", "To enter {stage}, fill in first: {fields}"),
        "move_skips_stage": tr.translate(
            "errors",
            "{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, "
            "not to {to_stage}"),
        "no_actor": tr.translate("errors", "Nobody is signed in: nothing was saved"),
        "no_open_stage": tr.translate("errors", "The pipeline {pipeline} has no open stage"),
        "no_pipeline": tr.translate(
            "errors", "There is no pipeline yet: the head of sales makes one in the stage editor"),
        "not_your_deal": tr.translate(
            "errors",
            "The deal belongs to {owner}: only the head of sales may change another "
            "salesperson's deal"),
        "numbers.not_a_number": tr.translate("errors", "Not a number: {text}"),
        "only_head_reassigns": tr.translate(
            "errors", "Only the head of sales may give a deal to another salesperson"),
        "orders.already_ordered": tr.translate("errors", "Order {number} was already made from it"),
        "orders.cannot_ship": tr.translate(
            "errors", "An order in status {status} cannot be shipped"),
        "orders.closed": tr.translate("errors", "The order is {status}: its status cannot change"),
        "orders.deal_not_won": tr.translate("errors", "Only a won deal becomes an order"),
        "orders.line_discount": tr.translate(
            "errors", "{line}: the discount must be from 0 to 99.99 %"),
        "orders.line_price": tr.translate("errors", "{line}: the price cannot be negative"),
        "orders.line_quantity": tr.translate("errors", "{line}: the quantity must be above zero"),
        "orders.lines_locked": tr.translate(
            "errors", "The order is {status}: its lines can no longer change"),
        "orders.no_address": tr.translate(
            "errors", "The client has no e-mail address: the status was not sent"),
        "orders.no_lines": tr.translate("errors", "Add at least one line to the order"),
        "orders.not_an_invoice": tr.translate("errors", "Only an issued invoice becomes an order"),
        "orders.not_found": tr.translate("errors", "This order no longer exists"),
        "orders.not_yours": tr.translate(
            "errors",
            "The order belongs to {owner}: only the head of sales may change another "
            "salesperson's order"),
        "orders.nothing_to_ship": tr.translate("errors", "Enter a quantity to ship"),
        "orders.ship_too_much": tr.translate(
            "errors", "{line}: more than ordered would be shipped ({quantity})"),
        "orders.transition_refused": tr.translate(
            "errors", "An order in status {from_status} cannot become {to_status}"),
        "orders.unknown_format": tr.translate("errors", "Choose csv, json or text, not {format}"),
        "payments.above_outstanding": tr.translate(
            "errors", "Only {left} {currency} is outstanding on {number}"),
        "payments.amount_not_positive": tr.translate("errors", "The amount must be above zero"),
        "payments.invoice_gone": tr.translate("errors", "This invoice no longer exists"),
        "payments.not_payable": tr.translate(
            "errors", "Invoice {number} is {status}: nothing to pay"),
        "phones.empty": tr.translate("errors", "The phone number is empty"),
        "phones.invalid": tr.translate("errors", "Not a valid phone number: {raw}"),
        "phones.not_a_phone": tr.translate("errors", "Not a phone number: {raw}"),
        "pipeline_name_required": tr.translate("errors", "Give the pipeline a name"),
        "pipeline_needs_open_stage": tr.translate(
            "errors", "A pipeline needs at least one open stage, one won and one lost stage"),
        "pipeline_not_found": tr.translate("errors", "No pipeline {pipeline}"),
        "price_import.minimum_above_price": tr.translate(
            "errors", "minimum {minimum} above price {price}"),
        "price_import.negative": tr.translate("errors", "not a valid amount: {text!r}"),
        "price_import.no_code_column": tr.translate(
            "errors", "Choose the column with the product code"),
        "price_import.no_warehouse": tr.translate("errors", "no warehouse for the stock"),
        "price_import.not_a_number": tr.translate("errors", "not a number: {text!r}"),
        "price_import.unknown_default_warehouse": tr.translate(
            "errors", "No warehouse named {name!r}"),
        "price_import.unknown_product": tr.translate("errors", "unknown product code {code!r}"),
        "price_import.unknown_warehouse": tr.translate("errors", "unknown warehouse {name!r}"),
        "probability_range": tr.translate("errors", "A probability is from 0 to 100 %"),
        "unknown_next_stage": tr.translate(
            "errors", "The stage {stage} allows a next stage {next} the pipeline lacks"),
        "quotes.below_minimum": tr.translate(
            "errors",
            "{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales "
            "to approve it."),
        "quotes.discount_range": tr.translate("errors", "The discount must be from 0 to 99.99 %"),
        "quotes.line_discount": tr.translate(
            "errors", "{line}: the discount must be from 0 to 99.99 %"),
        "quotes.negative_price": tr.translate("errors", "A price cannot be negative"),
        "quotes.no_lines": tr.translate("errors", "Add at least one product"),
        "quotes.no_rate": tr.translate(
            "errors",
            "Set the exchange rate of {currency} to {base} in Settings → Company → Exchange "
            "rates before quoting this client"),
        "quotes.no_reason": tr.translate(
            "errors", "Give the reason for the prices below the minimum"),
        "quotes.payment_days_range": tr.translate("errors", "Payment days must be from 0 to 365"),
        "quotes.quantity": tr.translate("errors", "{line}: the quantity must be above zero"),
        "rates.bad_code": tr.translate(
            "errors", "{code} is not a currency code (three capital letters, such as USD)"),
        "rates.duplicate": tr.translate("errors", "{code} is listed twice"),
        "rates.no_rate": tr.translate("errors", "Enter the rate of {code}"),
        "rates.own_currency": tr.translate(
            "errors", "{code} is the company's own currency: it needs no exchange rate"),
        "rates.places": tr.translate(
            "errors", "The rate of {code} may have at most 6 decimal places"),
        "rates.range": tr.translate(
            "errors", "The rate of {code} must be above 0 and below 1,000,000,000"),
        "restore.failed": tr.translate(
            "errors", "Restore from {path} failed: {reason}; the previous content is in {safety}"),
        "restore.not_a_backup": tr.translate("errors", "{path} is not a usable backup: {reason}"),
        "restore.not_ours": tr.translate(
            "errors", "{path} is not a usable CRM Desktop backup ({verdict})"),
        "restore.sqlite_only": tr.translate(
            "errors",
            "Restore from the program is for SQLite files; use pg_restore for a PostgreSQL "
            "server"),
        "segments.no_custom_field": tr.translate("errors", "No custom field {key!r}"),
        "segments.no_name": tr.translate("errors", "Give the segment a name"),
        "mailing.no_template_name": tr.translate("errors", "Give the template a name"),
        "mailing.no_subject": tr.translate("errors", "Write the subject of the letter"),
        "mailing.no_template": tr.translate("errors", "No campaign template {name}"),
        "mailing.no_opt_out_target": tr.translate("errors", "Name a client or an e-mail address"),
        "mailing.not_an_address": tr.translate("errors", "{address} is not an e-mail address"),
        "mailing.no_client": tr.translate("errors", "This client no longer exists"),
        "mailing.no_segment": tr.translate("errors", "No segment {name}"),
        "mailing.nobody_to_send": tr.translate(
            "errors", "Nobody in {segment} would get the letter ({total} clients: opted out, "
                      "bad or no address)"),
        "mailing.rate_range": tr.translate(
            "errors", "The rate must be from 1 to {maximum} messages a minute"),
        "mailing.no_campaign": tr.translate("errors", "This campaign no longer exists"),
        "mailing.not_in_segment": tr.translate(
            "errors", "This client is not in the campaign's segment"),
        "mailing.no_test_address": tr.translate(
            "errors", "Enter the address the test letter goes to"),
        "stage_in_use": tr.translate(
            "errors", "The stage {stage} still holds {count} deals: move them first"),
        "stage_name_required": tr.translate("errors", "Every stage needs a name"),
        "stage_not_in_pipeline": tr.translate(
            "errors", "The pipeline {pipeline} has no stage {stage}"),
        "team.account_disabled": tr.translate(
            "errors", "The account {login} is disabled: ask the administrator"),
        "team.bad_address": tr.translate("errors", "Not a server address (HOST:PORT): {address}"),
        "team.bad_listen": tr.translate("errors", "--listen takes HOST:PORT, not {value}"),
        "team.bad_login": tr.translate(
            "errors",
            "A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not "
            "{login!r}"),
        "team.bad_request": tr.translate("errors", "The request is not understood: {reason}"),
        "team.bad_retention": tr.translate(
            "errors", "Keep the change history from 0 (forever) to 36500 days"),
        "team.bad_value": tr.translate("errors", "{field}: {value!r} is not a valid value"),
        "team.certificate_changed": tr.translate(
            "errors",
            "The team server's certificate has changed: it is now {fingerprint}, not the "
            "{pinned} you accepted. Nothing was sent. If nobody replaced it on the server, "
            "someone may be intercepting the connection."),
        "team.certificate_unreadable": tr.translate(
            "errors", "The certificate {path} cannot be used: {reason}"),
        "team.head_role": tr.translate("errors", "{login} is not a head of sales"),
        "team.login_taken": tr.translate("errors", "The login {login} is taken"),
        "team.needs_postgresql": tr.translate(
            "errors",
            "The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not "
            "{database}"),
        "team.no_keychain": tr.translate(
            "errors", "The system keychain is not available: {reason}"),
        "team.no_name": tr.translate("errors", "Enter the person's name"),
        "team.no_password": tr.translate(
            "errors", "No password given (type it, or pipe it on standard input)"),
        "team.no_such_team": tr.translate("errors", "No team {name}"),
        "team.no_such_user": tr.translate("errors", "No user {login}"),
        "team.no_team_name": tr.translate("errors", "Give the team a name"),
        "team.no_token": tr.translate("errors", "Sign in to the team server first"),
        "team.not_found": tr.translate("errors", "No such client among those you may see"),
        "team.not_signed_in": tr.translate("errors", "Not signed in to a team server"),
        "team.not_yourself": tr.translate(
            "errors", "You cannot disable your own account or take away your own administration"),
        "team.password_too_short": tr.translate(
            "errors", "The password must have at least {minimum} characters"),
        "team.passwords_differ": tr.translate("errors", "The two passwords differ"),
        "team.role_bypasses_rls": tr.translate(
            "errors",
            "The server's database role {role} {why}: row-level security would not apply to it. "
            "Let the server log in as a role that is only a member of crm_app (README: Team "
            "server)"),
        "team.schema_outdated": tr.translate(
            "errors",
            "The database is at revision {revision}, the server needs {head}: run `crm-desktop "
            "db upgrade --db …` as the database owner"),
        "team.server_error": tr.translate("errors", "The team server failed: {reason}"),
        "team.share_target": tr.translate("errors", "Share with one person or one team"),
        "team.slow_down": tr.translate(
            "errors", "Too many wrong passwords: try again in {seconds} seconds"),
        "team.tls_pair": tr.translate("errors", "Give both --tls-cert and --tls-key, or neither"),
        "team.token_expired": tr.translate("errors", "Your sign-in has expired: sign in again"),
        "team.token_revoked": tr.translate(
            "errors",
            "You were signed out (here, on another desktop or by the administrator): sign in "
            "again"),
        "team.unexpected_answer": tr.translate(
            "errors", "The team server answered something unexpected ({status})"),
        "team.unknown_field": tr.translate("errors", "A client has no field {field}"),
        "team.unreachable": tr.translate(
            "errors",
            "The team server {address} does not answer ({reason}). You keep working on this "
            "computer."),
        "team.wrong_password": tr.translate("errors", "Wrong login or password"),
        "sync.update_required": tr.translate(
            "errors",
            "This program (database version {revision}) is older than the team server's "
            "({server}). Update the program to sync; your unsent changes wait on this "
            "computer."),
        "sync.bad_batch": tr.translate("errors",
                                       "The team server cannot read a sync batch: {reason}"),
        "sync.not_connected": tr.translate(
            "errors",
            "This copy is not connected to a team server: run crm-desktop connect URL --user "
            "LOGIN"),
        "sync.signed_out": tr.translate(
            "errors", "Signed out of the team server {address}: run crm-desktop connect again"),
        "sync.conflict_gone": tr.translate("errors",
                                           "This conflict is no longer in the inbox"),
        "sync.cannot_take_mine": tr.translate(
            "errors",
            "The value of {field} cannot be taken back here ({kind}): the record changed for a "
            "reason the server keeps"),
        "sync.wrong_certificate": tr.translate(
            "errors",
            "The server's certificate is {fingerprint}, not the {expected} you gave. Nothing "
            "was sent."),
        "claims.not_found": tr.translate("errors", "This claim no longer exists"),
        "claims.not_yours": tr.translate(
            "errors", "The claim is handled by {owner}: only the head of sales may "
            "change another person's claim"),
        "claims.no_essence": tr.translate("errors", "Describe the essence of the claim"),
        "claims.foreign_contact": tr.translate(
            "errors", "The contact person does not belong to the claimant"),
        "claims.foreign_order": tr.translate("errors", "Order {number} is another client's"),
        "claims.foreign_invoice": tr.translate("errors", "Invoice {number} is another client's"),
        "claims.unknown_product": tr.translate("errors", "This product no longer exists"),
        "claims.unknown_reason": tr.translate("errors", "This reason is not in the list"),
        "claims.unknown_result": tr.translate("errors", "This result is not in the list"),
        "claims.unknown_user": tr.translate("errors", "This employee is not an active user"),
        "reports.out_of_scope": tr.translate(
            "errors", "You may see the figures of {allowed} only, not of the people chosen"),
        "reports.bad_period": tr.translate(
            "errors", "The period ends ({end}) before it starts ({start})"),
        "reports.unknown": tr.translate("errors", "No report {name}; the reports are {names}"),
        "reports.unknown_group": tr.translate(
            "errors", "Sales cannot be grouped by {group}; use one of {groups}"),
        "reports.negative_plan": tr.translate("errors", "A plan cannot be negative: {amount}"),
        "reports.unknown_manager": tr.translate("errors", "No such person: {manager}"),
        "reports.unknown_format": tr.translate(
            "errors", "No export format {format}; use one of {formats}"),
        "reports.bad_date": tr.translate(
            "errors", "{option} {value}: not a date; write it as YYYY-MM-DD"),
        "reports.unknown_login": tr.translate("errors", "No person with the login {login}"),
        # the reports' titles, series, axis titles, definitions and dashboard tiles
        # (services/reports/words.py)
        "reports.title.funnel": tr.translate("errors", "Sales funnel: {pipeline}"),
        "reports.title.sales": tr.translate("errors", "Sales"),
        "reports.title.benchmark": tr.translate("errors", "Manager benchmark"),
        "reports.title.won_lost": tr.translate("errors", "Won and lost"),
        "reports.title.sources": tr.translate("errors", "Lead sources"),
        "reports.title.claims": tr.translate("errors", "Claims"),
        "reports.title.overdue": tr.translate("errors", "Overdue work"),
        "reports.title.reactivation": tr.translate("errors", "Reactivation candidates"),
        "reports.chart.won_lost": tr.translate("errors", "Won and lost by manager"),
        "reports.chart.sources": tr.translate("errors", "Leads and won deals by source"),
        "reports.chart.sales": tr.translate("errors", "Sales, {currency}"),
        "reports.chart.benchmark": tr.translate("errors", "Revenue against last year, {currency}"),
        "reports.chart.claims": tr.translate("errors", "Claims by month"),
        "reports.chart.overdue": tr.translate("errors", "Overdue work by responsible"),
        "reports.chart.reactivation": tr.translate(
            "errors",
            "Past revenue of the clients to win back, {currency}"),
        "reports.chart.open_deals": tr.translate("errors", "Open deals by stage: {pipeline}"),
        "reports.series.entered": tr.translate("errors", "Entered"),
        "reports.series.won": tr.translate("errors", "Won"),
        "reports.series.lost": tr.translate("errors", "Lost"),
        "reports.series.leads": tr.translate("errors", "Leads"),
        "reports.series.revenue": tr.translate("errors", "Revenue"),
        "reports.series.plan": tr.translate("errors", "Plan"),
        "reports.series.last_year": tr.translate("errors", "Last year"),
        "reports.series.registered": tr.translate("errors", "Registered"),
        "reports.series.resolved": tr.translate("errors", "Resolved"),
        "reports.series.open": tr.translate("errors", "Open"),
        "reports.series.events": tr.translate("errors", "Events"),
        "reports.series.orders": tr.translate("errors", "Orders"),
        "reports.series.claim_tasks": tr.translate("errors", "Claim tasks"),
        "reports.series.past_revenue": tr.translate("errors", "Past revenue"),
        "reports.series.open_deals": tr.translate("errors", "Open deals"),
        "reports.axis.amount": tr.translate("errors", "Amount, {currency}"),
        "reports.axis.count": tr.translate("errors", "Count"),
        "reports.axis.percent": tr.translate("errors", "Percent"),
        "reports.metric.sale": tr.translate(
            "errors",
            "A sale is an invoice paid in full, in the client's currency."),
        "reports.metric.average_check": tr.translate(
            "errors",
            "Total sales divided by the number of sales (invoices paid in full); a dash while"
            " there is none."),
        "reports.metric.overdue_order": tr.translate(
            "errors",
            "An order neither delivered nor cancelled whose due date has passed."),
        "reports.term": tr.translate("errors", "{term}: {definition}"),
        "reports.term.average_check": tr.translate("errors", "Average check"),
        "reports.term.overdue_order": tr.translate("errors", "Overdue order"),
        "reports.def.enter": tr.translate(
            "errors",
            "A deal enters a stage when the stage history has a move into it (counted once "
            "per deal and stage, by the moment of the move)."),
        "reports.def.conversion": tr.translate(
            "errors",
            "Conversion = deals that entered the next stage / deals that entered this one."),
        "reports.def.median": tr.translate(
            "errors",
            "Time in stage: the median of the times recorded when deals left the stage in the"
            " period."),
        "reports.def.lost_at": tr.translate(
            "errors",
            "Lost at: the stage a deal left for a lost stage."),
        "reports.def.closed": tr.translate(
            "errors",
            "Won and lost: deals closed in the period in a won or lost stage; amounts of the "
            "deals in {currency} only."),
        "reports.def.win_rate": tr.translate(
            "errors",
            "Win rate = won / (won + lost) deals closed in the period."),
        "reports.def.lead": tr.translate(
            "errors",
            "A lead: a deal opened in the period; conversion to won = how many of them are "
            "won by now."),
        "reports.def.source_revenue": tr.translate(
            "errors",
            "Revenue: the sales issued in the period whose deal came from the source, in "
            "{currency}."),
        "reports.def.sales_counted": tr.translate(
            "errors",
            "Sales in {currency} count, in the period by their issue date."),
        "reports.def.revenue": tr.translate(
            "errors",
            "Revenue: the sum of the sales' totals (by product or category: of their lines)."),
        "reports.def.plan": tr.translate(
            "errors",
            "Plan: the amounts set per manager and month in {currency}, for the months the "
            "period touches; plan done = revenue of the managers with a plan / plan."),
        "reports.def.opened": tr.translate(
            "errors",
            "Deals opened: created in the period; won: closed won in the period."),
        "reports.def.last_year": tr.translate(
            "errors",
            "Last year: the same days one year earlier; change = (now - last year) / last "
            "year."),
        "reports.def.activities": tr.translate(
            "errors",
            "Calls, meetings, e-mails: done events starting in the period; overdue events: "
            "starting in the period, still planned and past their due time."),
        "reports.def.claims_month": tr.translate(
            "errors",
            "By month: claims registered and resolved in the month (UTC); open = registered "
            "by the month's end and neither resolved nor rejected by then."),
        "reports.def.claims_dated": tr.translate(
            "errors",
            "By reason and department: claims dated in the period; share of all of them."),
        "reports.def.satisfied": tr.translate(
            "errors",
            "Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated."),
        "reports.def.department": tr.translate(
            "errors",
            "Department: the one at fault, else the reason's."),
        "reports.def.busiest": tr.translate("errors", "Most claims: {month} ({count})."),
        "reports.def.overdue_event": tr.translate(
            "errors",
            "Overdue event: still planned and its due time has passed (claim tasks counted "
            "apart)."),
        "reports.def.overdue_task": tr.translate(
            "errors",
            "Overdue claim task: a task of a claim's plan, still planned, past its due time."),
        "reports.def.candidate": tr.translate(
            "errors",
            "A candidate: a client whose last sale (invoice paid in full, in {currency}) was "
            "issued more than {days} days ago; past revenue = all their sales."),
        "reports.def.limit": tr.translate(
            "errors",
            "The {limit} clients with the largest past revenue."),
        "reports.tile.revenue_month": tr.translate("errors", "Revenue this month"),
        "reports.tile.sales_month": tr.translate("errors", "Sales this month"),
        "reports.tile.won_month": tr.translate("errors", "Deals won this month"),
        "reports.tile.win_rate_month": tr.translate("errors", "Win rate this month, %"),
        "reports.tile.plan_done_month": tr.translate("errors", "Plan done this month, %"),
        "reports.tile.overdue_events": tr.translate("errors", "Overdue events"),
        "reports.tile.overdue_orders": tr.translate("errors", "Overdue orders"),
        "reports.tile.open_claims": tr.translate("errors", "Open claims"),
        "claims.transition_refused": tr.translate(
            "errors", "A claim in status {from_status} cannot become {to_status}"),
        "claims.closed": tr.translate("errors", "The claim is {status}: it cannot change any more"),
        "claims.no_result": tr.translate("errors", "Choose the result of the claim"),
        "claims.satisfaction_range": tr.translate(
            "errors", "Satisfaction is from 1 (not at all) to 5 (fully)"),
        "claims.no_rejection_reason": tr.translate("errors", "Say why the claim is rejected"),
        "claims.not_attached": tr.translate("errors", "This file is not attached to the claim"),
        "claims.not_an_interaction": tr.translate(
            "errors", "Log a call, an e-mail, a meeting or a note"),
        "claims.unknown_format": tr.translate("errors", "Choose csv, json or text, not {format}"),
        "claims.unknown_status": tr.translate(
            "errors", "No claim status {status}: use one of {known}"),
        "claims.list_no_name": tr.translate("errors", "Every row of the list needs a name"),
        "claims.reason_no_department": tr.translate("errors", "Reason {name}: name its department"),
        "claims.list_name_twice": tr.translate("errors", "{name} is in the list twice"),
        "claims.not_a_task": tr.translate("errors", "This is not a task of the claim's plan"),
        "claims.email_unknown_sender": tr.translate(
            "errors", "No client has the address {address}: register the claim by hand"),
        "claims.email_empty": tr.translate("errors", "The e-mail has neither a subject nor a text"),
        "claims.import_missing_columns": tr.translate(
            "errors", "The file has no column for: {columns}"),
        "claims.import_no_client": tr.translate("errors", "no client given"),
        "claims.import_unknown_client": tr.translate("errors", "no client {value}"),
        "claims.import_no_essence": tr.translate("errors", "the essence of the claim is empty"),
        "claims.import_bad_date": tr.translate(
            "errors", "{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)"),
        "claims.import_unknown_reason": tr.translate("errors", "no reason {value} in the list"),
        "claims.import_unknown_severity": tr.translate(
            "errors", "severity {value} is none of low, medium, high, critical"),
        "claims.import_unknown_order": tr.translate("errors", "the client has no order {value}"),
        "claims.import_unknown_invoice": tr.translate(
            "errors", "the client has no invoice {value}"),
        "claims.import_unknown_user": tr.translate("errors", "no active user {value}"),
        "automation.bad_file": tr.translate(
            "errors", "The rule file {path} was refused whole, nothing was imported: {problem}"),
        "automation.bad_rule": tr.translate("errors", "Rule {rule}: {problem}"),
        "automation.bad_runner": tr.translate(
            "errors", "Rules run on the desktop or the server, not {value}"),
        "automation.did_assign": tr.translate("errors", "assigned to {user} ({how})"),
        "automation.did_deal": tr.translate(
            "errors", "deal \"{title}\" opened in {pipeline}, stage {stage}"),
        "automation.did_document": tr.translate("errors", "{kind} {number} made from {source}"),
        "automation.did_event": tr.translate("errors", "{type} \"{subject}\" for {user} on {when}"),
        "automation.did_hook": tr.translate("errors", "web hook {url} answered {status}"),
        "automation.did_mail": tr.translate("errors", "e-mail \"{subject}\" queued for {to}"),
        "automation.did_move": tr.translate("errors", "deal moved to {stage}"),
        "automation.did_notify": tr.translate("errors", "{user} told: {text}"),
        "automation.did_set": tr.translate("errors", "{field} set to {value}"),
        "automation.did_tag": tr.translate("errors", "tag {tag} added"),
        "automation.did_task": tr.translate("errors", "task \"{subject}\" for {user}, due {due}"),
        "automation.did_untag": tr.translate("errors", "tag {tag} removed"),
        "automation.hook_failed": tr.translate("errors", "web hook {url} failed: {reason}"),
        "automation.hooks_off": tr.translate(
            "errors", "web hook {url} not called: web hooks are off"),
        "automation.no_address": tr.translate("errors", "{client} has no e-mail address"),
        "automation.no_client": tr.translate("errors", "the record has no client"),
        "automation.no_quote": tr.translate("errors", "the deal has no quote to copy"),
        "automation.did_letter": tr.translate(
            "errors", "letter {title} saved with {client}'s files"),
        "automation.no_stage": tr.translate(
            "errors", "the pipeline {pipeline} has no stage {stage}"),
        "automation.no_user": tr.translate("errors", "no active user {login}"),
        "automation.nobody": tr.translate(
            "errors", "nobody to assign: every manager named is absent"),
        "automation.not_manual": tr.translate("errors", "Rule {rule} is on {entity}s: pick one"),
        "automation.rule_not_found": tr.translate("errors", "No rule {rule}"),
        "automation.stopped": tr.translate(
            "errors", "stopped: a chain of rules reached the limit of {limit} (a rule's change "
            "firing another rule)"),
        "templates.stray_brace": tr.translate(
            "errors", "The template has an unclosed or stray brace: {reason}"),
        "templates.unknown_placeholder": tr.translate(
            "errors", "Unknown placeholder {{{name}}}; use one of: {known}"),
        "unknown_required_field": tr.translate(
            "errors", "{field} is not a field a stage can require"),
        "unknown_user": tr.translate(
            "errors", "No active user {login}: name one with --user LOGIN"),
    }


def permission_label(permission: Permission | str) -> str:
    """What a permission lets one do, as the end of "Your role may not do this: …"."""
    tr = QCoreApplication
    names = {  # by value: a permission added later shows its value until it gets a label
        "edit_clients": tr.translate("errors", "edit clients"),
        "import_clients": tr.translate("errors", "import clients"),
        "merge_clients": tr.translate("errors", "merge clients"),
        "edit_segments": tr.translate("errors", "edit segments"),
        "edit_events": tr.translate("errors", "edit events"),
        "sell": tr.translate("errors", "sell (quotes, invoices, payments)"),
        "sell_below_minimum": tr.translate("errors", "approve prices below the minimum"),
        "edit_catalogue": tr.translate("errors", "edit the catalogue"),
        "edit_minimum_prices": tr.translate("errors", "change minimum prices"),
        "import_prices": tr.translate("errors", "import price lists"),
        "edit_terms": tr.translate("errors", "change a client's terms of sale"),
        "edit_company": tr.translate("errors", "change the company's requisites and settings"),
        "edit_mail_settings": tr.translate("errors", "set up the mail server"),
        "edit_custom_fields": tr.translate("errors", "edit custom fields"),
        "manage_users": tr.translate("errors", "manage users"),
        "manage_database": tr.translate("errors", "back up and restore the database"),
        "edit_deals": tr.translate("errors", "edit deals"),
        "edit_any_deal": tr.translate("errors", "edit other salespeople's deals"),
        "edit_pipelines": tr.translate("errors", "edit pipelines and their stages"),
        "read_audit": tr.translate("errors", "read the change history"),
        "edit_orders": tr.translate("errors", "edit orders"),
        "edit_any_order": tr.translate("errors", "edit other salespeople's orders"),
        "edit_claims": tr.translate("errors", "work on claims"),
        "edit_any_claim": tr.translate("errors", "edit other salespeople's claims"),
        "edit_claim_lists": tr.translate("errors", "edit the claim reasons and results lists"),
        "send_campaigns": tr.translate("errors", "send mass mailings (campaigns)"),
        "edit_automation": tr.translate("errors", "edit the automation rules"),
    }
    return names.get(str(permission), str(permission))


def role_label(role: Role) -> str:
    tr = QCoreApplication
    names = {
        Role.SALESPERSON: tr.translate("errors", "salesperson"),
        Role.HEAD_OF_SALES: tr.translate("errors", "head of sales"),
        Role.ADMIN: tr.translate("errors", "administrator"),
    }
    return names.get(role, str(role))


def _enum_of(kind: Callable[[str], StrEnum], value: Any) -> StrEnum | None:
    try:
        return kind(str(value))
    except ValueError:
        return None


def _shown(name: str, value: Any) -> Any:
    """A parameter as the interface language writes it."""
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, list | tuple):
        return "; ".join(str(_shown(name, v)) for v in value)
    if name == "permission":
        return permission_label(str(value))
    if name == "role" and (found := _enum_of(Role, value)) is not None:
        return role_label(Role(found))
    if name == "country" and isinstance(value, str) and len(value) == 2:
        return country_name(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return amount(value) if value.is_finite() else str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, StrEnum):
        return label(value)
    return value


def message_text(message: Message) -> str:
    """A service message in the interface language, its parameters formatted for it."""
    text = texts().get(message.code)
    if text is None:  # a code the table lacks (tests/test_error_codes.py prevents it)
        log.warning("no translated text for error code %r", message.code)
        return str(message)
    shown = {name: _shown(name, value) for name, value in message.params.items()}
    currency = message.params.get("currency")
    for name, value in message.params.items():  # one currency style: "{left} {currency}"
        if isinstance(currency, str) and isinstance(value, Decimal) and value.is_finite() \
                and f"{{{name}}} {{currency}}" in text:  # is money: "842 358,50 ₸"
            text = text.replace(f"{{{name}}} {{currency}}", f"{{{name}}}")
            shown[name] = money(value, currency)
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", message.code)
        return str(message)


def reason_text(reason: str) -> str:
    """An import report's reason: translated when it is a Message, else as it is."""
    return message_text(reason) if isinstance(reason, Message) else reason


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return message_text(exc.message)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "messages", "Something went wrong: {0}. Nothing was saved. Details are in the log file."
    ).format(f"{exc.__class__.__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("messages", "CRM Desktop"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()


def attempt(fn: Callable[[], Any]) -> tuple[Any, str | None]:
    """Run a quick pure service call (a parse, a read) and give back `(value, None)`, or
    `(None, translated message)` when the service refused: for a line editor that says what
    is wrong beside the cell instead of opening a message box."""
    try:
        return fn(), None
    except CrmError as exc:
        return None, error_text(exc)
