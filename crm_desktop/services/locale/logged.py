"""The words of the events the program logs itself ("Invoice INV-…: 1 234,50 ₸", "Call +7 …").

An event the program writes for a person (a document issued, an order created or moved, a call
dialled) is stored in that person's interface language at the time (`formatting.set_locale`),
with amounts formatted for it in the one currency style; it stays short, the details go to the
event's content. Services cannot use Qt's `tr()`, so the phrases are here, per language.
"""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES, current_language, money

KEYS = ("invoice", "offer", "draft", "order", "order_moved", "call", "claim")

_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("Invoice {number}: {amount}", "Commercial offer {number}: {amount}",
           "Draft {what}", "Order {number}: {amount}", "Order {number}: {before} → {after}",
           "Call {phone}", "Claim {number} registered"),
    "ru": ("Счёт {number}: {amount}", "Коммерческое предложение {number}: {amount}",
           "Черновик: {what}", "Заказ {number}: {amount}", "Заказ {number}: {before} → {after}",
           "Звонок {phone}", "Рекламация {number} зарегистрирована"),
    "kk": ("Шот {number}: {amount}", "Коммерциялық ұсыныс {number}: {amount}",
           "Жоба: {what}", "Тапсырыс {number}: {amount}",
           "Тапсырыс {number}: {before} → {after}", "Қоңырау {phone}",
           "Шағым {number} тіркелді"),
    "uk": ("Рахунок {number}: {amount}", "Комерційна пропозиція {number}: {amount}",
           "Чернетка: {what}", "Замовлення {number}: {amount}",
           "Замовлення {number}: {before} → {after}", "Дзвінок {phone}",
           "Рекламацію {number} зареєстровано"),
    "az": ("Hesab-faktura {number}: {amount}", "Kommersiya təklifi {number}: {amount}",
           "Qaralama: {what}", "Sifariş {number}: {amount}",
           "Sifariş {number}: {before} → {after}", "Zəng {phone}",
           "Reklamasiya {number} qeydə alındı"),
    "mn": ("Нэхэмжлэх {number}: {amount}", "Үнийн санал {number}: {amount}",
           "Ноорог: {what}", "Захиалга {number}: {amount}",
           "Захиалга {number}: {before} → {after}", "Дуудлага {phone}",
           "Гомдол {number} бүртгэгдлээ"),
}

# Order statuses as the logged line names them (services/sales/orders keeps the English).
ORDER_STATUSES: dict[str, dict[str, str]] = {
    "en": {"new": "new", "in_progress": "in progress", "awaiting_payment": "awaiting payment",
           "paid": "paid", "ready_to_ship": "ready to ship", "shipped": "shipped",
           "delivered": "delivered", "cancelled": "cancelled"},
    "ru": {"new": "новый", "in_progress": "в работе", "awaiting_payment": "ожидает оплаты",
           "paid": "оплачен", "ready_to_ship": "готов к отгрузке", "shipped": "отгружен",
           "delivered": "доставлен", "cancelled": "отменён"},
    "kk": {"new": "жаңа", "in_progress": "орындалуда", "awaiting_payment": "төлем күтілуде",
           "paid": "төленді", "ready_to_ship": "жөнелтуге дайын", "shipped": "жөнелтілді",
           "delivered": "жеткізілді", "cancelled": "бас тартылды"},
    "uk": {"new": "новий", "in_progress": "у роботі", "awaiting_payment": "очікує оплати",
           "paid": "оплачено", "ready_to_ship": "готовий до відвантаження",
           "shipped": "відвантажено", "delivered": "доставлено", "cancelled": "скасовано"},
    "az": {"new": "yeni", "in_progress": "icrada", "awaiting_payment": "ödəniş gözlənilir",
           "paid": "ödənilib", "ready_to_ship": "göndərişə hazırdır", "shipped": "göndərilib",
           "delivered": "çatdırılıb", "cancelled": "ləğv edilib"},
    "mn": {"new": "шинэ", "in_progress": "хийгдэж байна", "awaiting_payment": "төлбөр хүлээж байна",
           "paid": "төлөгдсөн", "ready_to_ship": "ачихад бэлэн", "shipped": "ачигдсан",
           "delivered": "хүргэгдсэн", "cancelled": "цуцлагдсан"},
}


def language_now(language: str | None = None) -> str:
    """`language` if we have words for it, else the interface language, else English."""
    for candidate in (language, current_language()):
        if candidate in _PHRASES:
            return candidate
    return "en"


def logged(key: str, language: str | None = None, **params: object) -> str:
    """The phrase `key` in the interface language with its parameters filled; a Decimal
    `amount` goes with a `currency` and is formatted as money for that language."""
    lang = language_now(language)
    phrase = dict(zip(KEYS, _PHRASES[lang], strict=True))[key]
    amount = params.pop("amount", None)
    if isinstance(amount, Decimal):
        params["amount"] = money(amount, str(params.pop("currency")), LANGUAGE_LOCALES[lang])
    elif amount is not None:
        params["amount"] = amount
    return phrase.format(**params)


def order_status(status: str, language: str | None = None) -> str:
    """An order status's name in the words of a logged line."""
    names = ORDER_STATUSES[language_now(language)]
    return names.get(str(status), str(status))
