"""Amounts in words: num2words where it can, our own Mongolian, a clear fallback."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.services.locale.words import amount_in_words, mongolian_number


@pytest.mark.parametrize(("n", "words"), [
    (0, "тэг"), (1, "нэг"), (5, "тав"), (10, "арав"), (20, "хорь"), (25, "хорин тав"),
    (100, "нэг зуу"), (125, "нэг зуун хорин тав"), (300, "гурван зуу"),
    (1000, "нэг мянга"), (1234, "нэг мянга хоёр зуун гучин дөрөв"),
    (2_500_000, "хоёр сая таван зуун мянга"), (90_019, "ерэн мянга арван ес"),
    (3_000_000_000, "гурван тэрбум"),
])
def test_mongolian_numbers(n: int, words: str) -> None:
    assert mongolian_number(n) == words


def test_mongolian_before_a_noun_takes_the_attributive_form() -> None:
    assert mongolian_number(5, before_noun=True) == "таван"
    assert mongolian_number(1000, before_noun=True) == "нэг мянган"
    assert mongolian_number(20, before_noun=True) == "хорин"
    assert amount_in_words(Decimal("1234.50"), "MNT", "mn") == \
        "Нэг мянга хоёр зуун гучин дөрвөн төгрөг, тавин мөнгө"


@pytest.mark.parametrize(("currency", "language", "text"), [
    ("KZT", "kk", "Бір мың екі жүз отыз төрт теңге, елу алты тиын"),
    ("KZT", "ru", "Одна тысяча двести тридцать четыре тенге, пятьдесят шесть тиынов"),
    ("UAH", "uk", "Одна тисяча двісті тридцять чотири гривні, п'ятдесят шість копійок"),
    ("AZN", "az", "Min iki yüz otuz dörd manat, əlli altı qəpik"),
    ("USD", "en", "One thousand, two hundred and thirty-four dollars, fifty-six cents"),
])
def test_num2words_languages(currency: str, language: str, text: str) -> None:
    assert amount_in_words(Decimal("1234.56"), currency, language) == text


def test_a_currency_num2words_lacks_keeps_the_code_and_the_minor_part() -> None:
    assert amount_in_words(Decimal("1234.56"), "AZN", "ru") == \
        "Одна тысяча двести тридцать четыре AZN 56/100"
    assert amount_in_words(Decimal("7.05"), "KZT", "mn") == "Долоон KZT 05/100"
