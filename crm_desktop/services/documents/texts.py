"""The words printed on documents, per document language (the client's, not the UI's)."""

from __future__ import annotations

KEYS = ("invoice", "offer", "dated", "pay_by", "valid_until", "seller", "buyer", "tax_id",
        "address", "bank", "account", "no", "product", "qty", "unit", "price", "discount", "vat",
        "amount", "net", "vat_incl", "vat_added", "total", "in_words", "manager", "director",
        "accountant")

_TEXTS: dict[str, tuple[str, ...]] = {
    "en": ("Invoice for payment", "Commercial offer", "of", "Pay by", "Valid until", "Seller",
           "Buyer", "Tax ID", "Address", "Bank", "Account", "No.", "Product", "Qty", "Unit",
           "Price", "Disc. %", "VAT %", "Amount", "Net", "incl. VAT", "VAT", "Total",
           "Total in words", "Manager", "Director", "Chief accountant"),
    "ru": ("Счёт на оплату", "Коммерческое предложение", "от", "Оплатить до",
           "Действительно до", "Поставщик", "Покупатель", "ИНН/БИН", "Адрес", "Банк", "Счёт",
           "№", "Товар", "Кол.", "Ед.", "Цена", "Скид. %", "НДС %", "Сумма",
           "Без НДС", "в т.ч. НДС", "НДС", "Итого", "Всего к оплате", "Менеджер",
           "Директор", "Главный бухгалтер"),
    "kk": ("Төлем шоты", "Коммерциялық ұсыныс", "күні", "Төлеу мерзімі", "Жарамдылық мерзімі",
           "Жеткізуші", "Сатып алушы", "БСН/ЖСН", "Мекенжайы", "Банк", "ЖСК", "№", "Тауар",
           "Саны", "Өлш.", "Бағасы", "Жең. %", "ҚҚС %", "Сомасы", "ҚҚС-сыз",
           "оның ішінде ҚҚС", "ҚҚС", "Барлығы", "Төлеуге барлығы", "Менеджер", "Директор",
           "Бас бухгалтер"),
    "uk": ("Рахунок на оплату", "Комерційна пропозиція", "від", "Сплатити до",
           "Дійсна до", "Продавець", "Покупець", "ЄДРПОУ/РНОКПП", "Адреса", "Банк",
           "Рахунок", "№", "Товар", "К-сть", "Од.", "Ціна", "Зниж. %", "ПДВ %", "Сума",
           "Без ПДВ", "у т.ч. ПДВ", "ПДВ", "Разом", "Усього на суму", "Менеджер",
           "Директор", "Головний бухгалтер"),
    "az": ("Ödəniş üçün hesab", "Kommersiya təklifi", "tarix", "Son ödəniş tarixi",
           "Etibarlıdır", "Satıcı", "Alıcı", "VÖEN", "Ünvan", "Bank", "Hesab", "№", "Məhsul",
           "Miqdar", "Vahid", "Qiymət", "End. %", "ƏDV %", "Məbləğ", "ƏDV-siz",
           "o cümlədən ƏDV", "ƏDV", "Cəmi", "Məbləğ yazı ilə", "Menecer", "Direktor",
           "Baş mühasib"),
    "mn": ("Төлбөрийн нэхэмжлэх", "Үнийн санал", "огноо", "Төлөх хугацаа",
           "Хүчинтэй хугацаа", "Нийлүүлэгч", "Худалдан авагч", "Регистрийн дугаар", "Хаяг",
           "Банк", "Данс", "№", "Бараа", "Тоо", "Нэгж", "Үнэ", "Хөнг. %", "НӨАТ %",
           "Дүн", "НӨАТ-гүй", "Үүнээс НӨАТ", "НӨАТ", "Нийт", "Нийт дүн үсгээр", "Менежер",
           "Захирал", "Ерөнхий нягтлан бодогч"),
}
LANGUAGES = tuple(_TEXTS)

# Keys added after the tuples above were translated: one dict per key, every language.
_ADDED: dict[str, dict[str, str]] = {
    # the bank's identifier code under the seller's account (SWIFT/BIC or the national one)
    "bic": {"en": "BIC", "ru": "БИК", "kk": "БСК", "uk": "МФО", "az": "Bank kodu",
            "mn": "Банкны код"},
}


def texts(language: str) -> dict[str, str]:
    """key -> printed words for a document language (English for an unknown one)."""
    lang = language if language in _TEXTS else "en"
    words = dict(zip(KEYS, _TEXTS[lang], strict=True))
    words.update({key: by_language[lang] for key, by_language in _ADDED.items()})
    return words
