"""Default e-mail texts in Mongolian (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        'Төлбөрийн нэхэмжлэх № {invoice_number} — {company}',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТанд {total} дүнтэй № {invoice_number} төлбөрийн нэхэмжлэхийг хүргүүлж байна. Төлбөрөө {due_date} хүртэл төлнө үү.\n\n{manager_signature}'),
    "quote": (
        'Үнийн санал № {document} — {company}',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТанд {total} дүнтэй № {document} үнийн саналыг хүргүүлж байна. Асуулт байвал хариулахад бэлэн байна.\n\n{manager_signature}'),
    "reminder": (
        'Төлбөрийн сануулга: нэхэмжлэх № {invoice_number}',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\n{total} дүнтэй № {invoice_number} нэхэмжлэхийн төлбөрийг {due_date} хүртэл төлөхийг эелдгээр сануулж байна.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        'Захиалга № {document} хүлээн авлаа',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны {total} дүнтэй № {document} захиалгыг хүлээн авлаа.\n\n{manager_signature}'),
    "in_progress": (
        'Захиалга № {document} бэлтгэгдэж байна',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны № {document} захиалгыг бэлтгэж эхэллээ.\n\n{manager_signature}'),
    "awaiting_payment": (
        'Захиалга № {document} төлбөр хүлээж байна',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны {total} дүнтэй № {document} захиалга төлбөр хүлээж байна.\n\n{manager_signature}'),
    "paid": (
        'Захиалга № {document}-ийн төлбөр орлоо',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nБаярлалаа: № {document} захиалгын төлбөрийг хүлээн авлаа.\n\n{manager_signature}'),
    "ready_to_ship": (
        'Захиалга № {document} ачихад бэлэн',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны № {document} захиалга ачихад бэлэн боллоо.\n\n{manager_signature}'),
    "shipped": (
        'Захиалга № {document} ачигдлаа',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны № {document} захиалгыг ачиж илгээлээ.\n\n{manager_signature}'),
    "delivered": (
        'Захиалга № {document} хүргэгдлээ',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны № {document} захиалга хүргэгдлээ. {company}-г сонгосонд баярлалаа.\n\n{manager_signature}'),
    "cancelled": (
        'Захиалга № {document} цуцлагдлаа',
        'Эрхэм хүндэт {contact_first_name} танаа,\n\nТаны № {document} захиалга цуцлагдлаа.\n\n{manager_signature}'),
}
