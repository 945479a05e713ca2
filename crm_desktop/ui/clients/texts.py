"""Translated texts for the clients feature: field problems, duplicate matches, phone lines, and
the one box for what the screen itself has to say (nothing found, pick two)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.models import PhoneKind
from crm_desktop.services.clients.card import EmailForm, PhoneForm, Problem
from crm_desktop.services.clients.duplicates import Candidate, Match
from crm_desktop.ui.kit.labels import label


def warn(parent: QWidget | None, text: str) -> None:
    """A message of the screen's own (not a service error), boxed like one."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("messages", "CRM Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()


def problem_text(problem: Problem) -> str:
    tr = QCoreApplication
    texts = {
        "required": tr.translate("clients", "This field is required"),
        "phone": tr.translate("clients", "Not a valid phone number for the client's country"),
        "email": tr.translate("clients", "Not an e-mail address"),
        "tax_id": tr.translate("clients", "Not a valid tax ID for the client's country"),
        "tax_id_2": tr.translate("clients", "Not a valid KPP (9 characters)"),
        "iban": tr.translate("clients", "Not a valid IBAN (check digits or length)"),
        "account": tr.translate("clients", "Not a bank account number"),
        "bic": tr.translate("clients", "Not a valid BIC"),
        "country": tr.translate("clients", "Unknown country"),
        "currency": tr.translate("clients", "Not a currency code"),
        "number": tr.translate("clients", "Not a number"),
        "date": tr.translate("clients", "Not a date (YYYY-MM-DD)"),
        "choice": tr.translate("clients", "Not one of the choices"),
        "relation": tr.translate("clients", "A client cannot be related to itself"),
        "birthday": tr.translate("clients", "The birthday is in the future"),
    }
    text = texts.get(problem.code, problem.code)
    return f"{text}: {problem.value}" if problem.value else text


def match_text(match: Match) -> str:
    tr = QCoreApplication
    if match.kind == "tax_id":
        return tr.translate("clients", "same tax ID {0}").format(match.value)
    if match.kind == "phone":
        return tr.translate("clients", "same phone {0}").format(match.value)
    if match.kind == "email":
        return tr.translate("clients", "same e-mail {0}").format(match.value)
    return tr.translate("clients", "similar name ({0}%)").format(match.score)


def candidate_text(candidate: Candidate) -> str:
    return ", ".join(match_text(m) for m in candidate.matches)


def phones_to_lines(phones: list[PhoneForm]) -> str:
    """One phone a line; a kind other than work is written before it ("mobile: +7 …")."""
    return "\n".join(p.raw if p.kind == PhoneKind.WORK else f"{label(p.kind)}: {p.raw}"
                     for p in phones)


def lines_to_phones(text: str, before: list[PhoneForm]) -> list[PhoneForm]:
    """Phones from lines, keeping the ids of the ones already stored (matched by text)."""
    known = {p.raw: p for p in before}
    phones = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        kind, raw = PhoneKind.WORK, line
        head, sep, tail = line.partition(":")
        if sep and head.strip().lower() in {k.value for k in PhoneKind} | {
                label(k).lower() for k in PhoneKind}:
            word = head.strip().lower()
            kind = next(k for k in PhoneKind if word in (k.value, label(k).lower()))
            raw = tail.strip()
        old = known.get(raw)
        phones.append(PhoneForm(raw, kind, old.id if old else None))
    return phones


def lines_to_emails(text: str, before: list[EmailForm]) -> list[EmailForm]:
    known = {e.address.lower(): e for e in before}
    emails = []
    for line in text.replace(",", "\n").replace(";", "\n").splitlines():
        address = line.strip()
        if address:
            old = known.get(address.lower())
            emails.append(EmailForm(address, old.id if old else None))
    return emails
