"""Default e-mail texts in Kazakh (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        '{invoice_number} төлем шоты, {company}',
        'Құрметті {contact_first_name}!\n\n{total} сомасына {invoice_number} төлем шотын жолдаймыз. Төлемді {due_date} дейін жасауыңызды сұраймыз.\n\n{manager_signature}'),
    "quote": (
        '{document} коммерциялық ұсыныс, {company}',
        'Құрметті {contact_first_name}!\n\n{total} сомасына {document} коммерциялық ұсынысын жолдаймыз. Сұрақтарыңызға жауап беруге әрқашан дайынбыз.\n\n{manager_signature}'),
    "reminder": (
        '{invoice_number} шоты бойынша төлем туралы еске салу',
        'Құрметті {contact_first_name}!\n\n{total} сомасына {invoice_number} шотын {due_date} дейін төлеу қажет екенін еске саламыз.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        '{document} тапсырысы қабылданды',
        'Құрметті {contact_first_name}!\n\n{total} сомасына {document} тапсырысыңызды қабылдадық.\n\n{manager_signature}'),
    "in_progress": (
        '{document} тапсырысы орындалуда',
        'Құрметті {contact_first_name}!\n\n{document} тапсырысыңызды дайындауды бастадық.\n\n{manager_signature}'),
    "awaiting_payment": (
        '{document} тапсырысы төлемді күтуде',
        'Құрметті {contact_first_name}!\n\n{total} сомасына {document} тапсырысыңыз төлемді күтуде.\n\n{manager_signature}'),
    "paid": (
        '{document} тапсырысының төлемі алынды',
        'Құрметті {contact_first_name}!\n\nРахмет, {document} тапсырысының төлемін алдық.\n\n{manager_signature}'),
    "ready_to_ship": (
        '{document} тапсырысы жөнелтуге дайын',
        'Құрметті {contact_first_name}!\n\n{document} тапсырысыңыз жөнелтуге дайын.\n\n{manager_signature}'),
    "shipped": (
        '{document} тапсырысы жөнелтілді',
        'Құрметті {contact_first_name}!\n\n{document} тапсырысыңыз жөнелтілді.\n\n{manager_signature}'),
    "delivered": (
        '{document} тапсырысы жеткізілді',
        'Құрметті {contact_first_name}!\n\n{document} тапсырысыңыз жеткізілді. {company} компаниясын таңдағаныңызға рахмет.\n\n{manager_signature}'),
    "cancelled": (
        '{document} тапсырысының күші жойылды',
        'Құрметті {contact_first_name}!\n\n{document} тапсырысыңыздың күші жойылды.\n\n{manager_signature}'),
}
