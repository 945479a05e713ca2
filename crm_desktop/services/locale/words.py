"""Amounts in words for documents, in the document's language.

num2words covers ru, uk, kk ("kz" there), az and en, each only for some currencies; where it
lacks the currency, the words of the amount are followed by the currency code and the minor
part as NN/100. Mongolian is missing from num2words and is written here (төгрөг / мөнгө).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

NUM2WORDS_LANG = {"ru": "ru", "uk": "uk", "kk": "kz", "az": "az", "en": "en"}

# Mongolian numerals: the base form ends a number; the attributive form stands before another
# numeral or a noun ("гурав" but "гурван зуу", "таван төгрөг").
_MN_ONES = ("", "нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес")
_MN_TENS = ("", "арав", "хорь", "гуч", "дөч", "тавь", "жар", "дал", "ная", "ер")
_MN_ATTRIBUTIVE = {
    "гурав": "гурван", "дөрөв": "дөрвөн", "тав": "таван", "зургаа": "зургаан",
    "долоо": "долоон", "найм": "найман", "ес": "есөн", "арав": "арван", "хорь": "хорин",
    "гуч": "гучин", "дөч": "дөчин", "тавь": "тавин", "жар": "жаран", "дал": "далан",
    "ная": "наян", "ер": "ерэн", "зуу": "зуун", "мянга": "мянган",
}
_MN_SCALES = ((10**12, "их наяд"), (10**9, "тэрбум"), (10**6, "сая"), (10**3, "мянга"))


def _mn_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_MN_ONES[hundreds], "зуу"]
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(_MN_TENS[tens])
    if ones:
        words.append(_MN_ONES[ones])
    # inside a number every numeral but the last stands before another: attributive
    return [_MN_ATTRIBUTIVE.get(w, w) for w in words[:-1]] + words[-1:]


def mongolian_number(n: int, before_noun: bool = False) -> str:
    """A whole number in Mongolian words; `before_noun` gives the last word its attributive
    form, as in 'таван төгрөг'."""
    if n < 0:
        return "хасах " + mongolian_number(-n, before_noun)
    if n == 0:
        return "тэг"
    words: list[str] = []
    for scale, name in _MN_SCALES:
        count, n = divmod(n, scale)
        if count:
            group = _mn_below_thousand(count)
            words += [_MN_ATTRIBUTIVE.get(w, w) for w in group] + [name]
    if n:
        words += _mn_below_thousand(n)
    if before_noun:
        words[-1] = _MN_ATTRIBUTIVE.get(words[-1], words[-1])
    return " ".join(words)


def _split(amount: Decimal) -> tuple[int, int]:
    cents = int((abs(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return divmod(cents, 100)


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """'Бір мың екі жүз отыз төрт теңге, елу алты тиын'; capitalised, for a document."""
    whole, minor = _split(amount)
    if language == "mn":
        if currency == "MNT":
            text = (f"{mongolian_number(whole, True)} төгрөг, "
                    f"{mongolian_number(minor, True)} мөнгө")
        else:
            text = f"{mongolian_number(whole, True)} {currency} {minor:02d}/100"
    else:
        lang = NUM2WORDS_LANG.get(language, "en")
        try:
            text = num2words(Decimal(whole) + Decimal(minor) / 100, lang=lang, to="currency",
                             currency=currency)
        except NotImplementedError:
            text = f"{num2words(whole, lang=lang)} {currency} {minor:02d}/100"
    return capitalise(text, language)


# Languages whose dotted and dotless i are two letters: i ↔ İ, ı ↔ I.
_DOTTED_I = {"az", "tr", "crh", "gag"}


def capitalise(text: str, language: str) -> str:
    """The text with its first letter upper-cased by the language's rule ("iki" is "İki" in
    Azerbaijani, not "Iki"; `str.capitalize` knows no language)."""
    first = text[:1]
    if language in _DOTTED_I and first == "i":
        return "İ" + text[1:]
    return first.upper() + text[1:]
