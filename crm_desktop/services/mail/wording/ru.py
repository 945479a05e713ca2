"""Default e-mail texts in Russian (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        'Счёт на оплату {invoice_number} от {company}',
        'Здравствуйте, {contact_first_name}!\n\nНаправляем счёт на оплату {invoice_number} на сумму {total}. Просим оплатить до {due_date}.\n\n{manager_signature}'),
    "quote": (
        'Коммерческое предложение {document} от {company}',
        'Здравствуйте, {contact_first_name}!\n\nНаправляем коммерческое предложение {document} на сумму {total}. Будем рады ответить на вопросы.\n\n{manager_signature}'),
    "reminder": (
        'Напоминание об оплате счёта {invoice_number}',
        'Здравствуйте, {contact_first_name}!\n\nНапоминаем об оплате счёта {invoice_number} на сумму {total} до {due_date}.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        'Заказ {document} принят',
        'Здравствуйте, {contact_first_name}!\n\nМы приняли ваш заказ {document} на сумму {total}.\n\n{manager_signature}'),
    "in_progress": (
        'Заказ {document} в работе',
        'Здравствуйте, {contact_first_name}!\n\nМы начали готовить ваш заказ {document}.\n\n{manager_signature}'),
    "awaiting_payment": (
        'Заказ {document} ожидает оплаты',
        'Здравствуйте, {contact_first_name}!\n\nВаш заказ {document} на сумму {total} ожидает оплаты.\n\n{manager_signature}'),
    "paid": (
        'Оплата заказа {document} получена',
        'Здравствуйте, {contact_first_name}!\n\nСпасибо, мы получили оплату заказа {document}.\n\n{manager_signature}'),
    "ready_to_ship": (
        'Заказ {document} готов к отгрузке',
        'Здравствуйте, {contact_first_name}!\n\nВаш заказ {document} готов к отгрузке.\n\n{manager_signature}'),
    "shipped": (
        'Заказ {document} отгружен',
        'Здравствуйте, {contact_first_name}!\n\nВаш заказ {document} отгружен.\n\n{manager_signature}'),
    "delivered": (
        'Заказ {document} доставлен',
        'Здравствуйте, {contact_first_name}!\n\nВаш заказ {document} доставлен. Спасибо, что выбрали {company}.\n\n{manager_signature}'),
    "cancelled": (
        'Заказ {document} отменён',
        'Здравствуйте, {contact_first_name}!\n\nВаш заказ {document} отменён.\n\n{manager_signature}'),
}
