"""Tax identification numbers of our users' countries: validation and check-digit generation.

python-stdnum covers AZ VÖEN, UA EDRPOU/RNOKPP and RU INN. Kazakhstan's BIN/IIN and Mongolia's
register number are missing there, so they are written here once, with tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.az import voen
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.ru import inn
from stdnum.ua import edrpou, rntrc

_KZ_WEIGHTS_1 = tuple(range(1, 12))
_KZ_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_MN_COMPANY = re.compile(r"^\d{7}$")
_MN_PERSON = re.compile(r"^[А-ЯЁӨҮ]{2}\d{8}$")


def kz_check_digit(first11: str) -> int | None:
    """The 12th digit of a Kazakh BIN/IIN, or None where no valid check digit exists."""
    digits = [int(c) for c in first11]
    check = sum(d * w for d, w in zip(digits, _KZ_WEIGHTS_1, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, _KZ_WEIGHTS_2, strict=True)) % 11
        if check == 10:
            return None
    return check


def is_valid_kz_bin(number: str) -> bool:
    """True for a 12-digit Kazakh BIN or IIN whose check digit is right."""
    number = re.sub(r"[\s-]", "", number)
    if not re.fullmatch(r"\d{12}", number):
        return False
    return kz_check_digit(number[:11]) == int(number[11])


def is_valid_mn_register(number: str) -> bool:
    """Mongolian register number: 7 digits (company) or 2 Cyrillic letters + 8 digits (citizen)."""
    number = re.sub(r"\s", "", number).upper()
    return bool(_MN_COMPANY.match(number) or _MN_PERSON.match(number))


def is_valid_ru_kpp(number: str) -> bool:
    """Russian KPP: 9 characters, format only (4 digits, 2 digits-or-letters, 3 digits)."""
    return bool(re.fullmatch(r"\d{4}[\dA-Z]{2}\d{3}", number.strip().upper()))


@dataclass(frozen=True)
class TaxIdKind:
    country: str
    code: str
    label: str


TAX_ID_KINDS: dict[str, tuple[TaxIdKind, ...]] = {
    "KZ": (TaxIdKind("KZ", "bin", "BIN/IIN"),),
    "AZ": (TaxIdKind("AZ", "voen", "VÖEN"),),
    "UA": (TaxIdKind("UA", "edrpou", "EDRPOU"), TaxIdKind("UA", "rnokpp", "RNOKPP")),
    "RU": (TaxIdKind("RU", "inn", "INN"),),
    "MN": (TaxIdKind("MN", "register", "Register No."),),
}


def _stdnum_ok(module: object, number: str) -> bool:
    try:
        module.validate(number)  # type: ignore[attr-defined]
    except StdnumError:
        return False
    return True


def is_valid_tax_id(country: str, number: str) -> bool:
    """Whether `number` is a valid tax ID for `country` (any of that country's kinds).

    Countries without a known rule accept any 5-20 letters and digits.
    """
    number = number.strip()
    match country.upper():
        case "KZ":
            return is_valid_kz_bin(number)
        case "AZ":
            return _stdnum_ok(voen, number)
        case "UA":
            return _stdnum_ok(edrpou, number) or _stdnum_ok(rntrc, number)
        case "RU":
            return _stdnum_ok(inn, number)
        case "MN":
            return is_valid_mn_register(number)
        case _:
            return bool(re.fullmatch(r"[0-9A-Za-z\-/ ]{5,20}", number))


def tax_id_countries(number: str) -> list[str]:
    """Our users' countries whose tax ID rules (length, check digits) accept `number`: what a
    tax ID's shape says about the country of a row that names none."""
    value = normalize_tax_id(number)
    if not value:
        return []
    return [country for country in TAX_ID_KINDS if is_valid_tax_id(country, value)]


def normalize_tax_id(number: str) -> str:
    """The tax ID without spaces, dashes or dots, upper-cased: the form duplicate checks compare."""
    return re.sub(r"[\s\-.]", "", number).upper()
