"""Default e-mail texts in Ukrainian (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        'Рахунок на оплату {invoice_number} від {company}',
        'Добрий день, {contact_first_name}!\n\nНадсилаємо рахунок на оплату {invoice_number} на суму {total}. Просимо сплатити до {due_date}.\n\n{manager_signature}'),
    "quote": (
        'Комерційна пропозиція {document} від {company}',
        'Добрий день, {contact_first_name}!\n\nНадсилаємо комерційну пропозицію {document} на суму {total}. Будемо раді відповісти на ваші запитання.\n\n{manager_signature}'),
    "reminder": (
        'Нагадування про оплату рахунку {invoice_number}',
        'Добрий день, {contact_first_name}!\n\nНагадуємо про оплату рахунку {invoice_number} на суму {total} до {due_date}.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        'Замовлення {document} прийнято',
        'Добрий день, {contact_first_name}!\n\nМи прийняли ваше замовлення {document} на суму {total}.\n\n{manager_signature}'),
    "in_progress": (
        'Замовлення {document} в роботі',
        'Добрий день, {contact_first_name}!\n\nМи почали готувати ваше замовлення {document}.\n\n{manager_signature}'),
    "awaiting_payment": (
        'Замовлення {document} очікує оплати',
        'Добрий день, {contact_first_name}!\n\nВаше замовлення {document} на суму {total} очікує оплати.\n\n{manager_signature}'),
    "paid": (
        'Оплату замовлення {document} отримано',
        'Добрий день, {contact_first_name}!\n\nДякуємо, ми отримали оплату замовлення {document}.\n\n{manager_signature}'),
    "ready_to_ship": (
        'Замовлення {document} готове до відвантаження',
        'Добрий день, {contact_first_name}!\n\nВаше замовлення {document} готове до відвантаження.\n\n{manager_signature}'),
    "shipped": (
        'Замовлення {document} відвантажено',
        'Добрий день, {contact_first_name}!\n\nВаше замовлення {document} відвантажено.\n\n{manager_signature}'),
    "delivered": (
        'Замовлення {document} доставлено',
        'Добрий день, {contact_first_name}!\n\nВаше замовлення {document} доставлено. Дякуємо, що обрали {company}.\n\n{manager_signature}'),
    "cancelled": (
        'Замовлення {document} скасовано',
        'Добрий день, {contact_first_name}!\n\nВаше замовлення {document} скасовано.\n\n{manager_signature}'),
}
