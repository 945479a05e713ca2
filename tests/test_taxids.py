"""Tax IDs of our users' countries: our own KZ/MN checks and the python-stdnum ones."""

from __future__ import annotations

import pytest

from crm_desktop.services.locale.taxids import (
    is_valid_kz_bin,
    is_valid_mn_register,
    is_valid_ru_kpp,
    is_valid_tax_id,
    kz_check_digit,
)


@pytest.mark.parametrize("number", ["061211600012", "791028302728"])  # published examples
def test_published_kazakh_iins_are_valid(number: str) -> None:
    assert is_valid_kz_bin(number)


@pytest.mark.parametrize("number", ["791028302727", "06121160001", "0612116000123", "06121160001A"])
def test_wrong_kazakh_numbers_are_refused(number: str) -> None:
    assert not is_valid_kz_bin(number)


def test_kazakh_second_weights_are_used_when_the_first_sum_gives_ten() -> None:
    # 00000000001 gives 11 % 11 = 0 with the first weights; find a body that hits 10 first.
    body = next(f"{n:011d}" for n in range(10**6) if sum(
        int(d) * w for d, w in zip(f"{n:011d}", range(1, 12), strict=True)) % 11 == 10)
    check = kz_check_digit(body)
    second = sum(int(d) * w for d, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2),
                                            strict=True)) % 11
    assert check == (None if second == 10 else second)


@pytest.mark.parametrize(("country", "number", "valid"), [
    ("AZ", "140 155 5071", True),  # VÖEN; these examples are python-stdnum's own
    ("AZ", "1401555081", False),
    ("UA", "32855961", True),     # EDRPOU
    ("UA", "32855968", False),
    ("UA", "1759013776", True),   # RNOKPP
    ("UA", "1759013770", False),
    ("RU", "1234567894", True),   # INN, company
    ("RU", "1234567895", False),
    ("RU", "123456789047", True),  # INN, person
    ("RU", "123456789037", False),
    ("MN", "5317878", True),
    ("MN", "УБ99061812", True),
    ("MN", "AB99061812", False),   # Latin letters are not a register number
    ("KZ", "061211600012", True),
])
def test_tax_ids_by_country(country: str, number: str, valid: bool) -> None:
    assert is_valid_tax_id(country, number) is valid


def test_kpp_and_mongolian_formats() -> None:
    assert is_valid_ru_kpp("773601001")
    assert not is_valid_ru_kpp("77360100")
    assert is_valid_mn_register("уб 99061812")
