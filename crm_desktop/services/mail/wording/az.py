"""Default e-mail texts in Azerbaijani (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        '{invoice_number} nömrəli ödəniş hesab-fakturası — {company}',
        'Hörmətli {contact_first_name},\n\n{total} məbləğində {invoice_number} nömrəli ödəniş hesab-fakturasını göndəririk. Xahiş edirik, ödənişi {due_date} tarixinədək edəsiniz.\n\n{manager_signature}'),
    "quote": (
        '{document} nömrəli kommersiya təklifi — {company}',
        'Hörmətli {contact_first_name},\n\n{total} məbləğində {document} nömrəli kommersiya təklifimizi göndəririk. Suallarınızı məmnuniyyətlə cavablandırarıq.\n\n{manager_signature}'),
    "reminder": (
        '{invoice_number} nömrəli hesab-fakturanın ödənişi barədə xatırlatma',
        'Hörmətli {contact_first_name},\n\n{total} məbləğində {invoice_number} nömrəli hesab-fakturanın {due_date} tarixinədək ödənilməli olduğunu xatırladırıq.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        '{document} nömrəli sifariş qəbul edildi',
        'Hörmətli {contact_first_name},\n\n{total} məbləğində {document} nömrəli sifarişinizi qəbul etdik.\n\n{manager_signature}'),
    "in_progress": (
        '{document} nömrəli sifariş icradadır',
        'Hörmətli {contact_first_name},\n\n{document} nömrəli sifarişinizi hazırlamağa başladıq.\n\n{manager_signature}'),
    "awaiting_payment": (
        '{document} nömrəli sifariş ödəniş gözləyir',
        'Hörmətli {contact_first_name},\n\n{total} məbləğində {document} nömrəli sifarişiniz ödəniş gözləyir.\n\n{manager_signature}'),
    "paid": (
        '{document} nömrəli sifarişin ödənişi alındı',
        'Hörmətli {contact_first_name},\n\nTəşəkkür edirik, {document} nömrəli sifarişin ödənişini aldıq.\n\n{manager_signature}'),
    "ready_to_ship": (
        '{document} nömrəli sifariş göndərişə hazırdır',
        'Hörmətli {contact_first_name},\n\n{document} nömrəli sifarişiniz göndərişə hazırdır.\n\n{manager_signature}'),
    "shipped": (
        '{document} nömrəli sifariş göndərildi',
        'Hörmətli {contact_first_name},\n\n{document} nömrəli sifarişiniz göndərildi.\n\n{manager_signature}'),
    "delivered": (
        '{document} nömrəli sifariş çatdırıldı',
        'Hörmətli {contact_first_name},\n\n{document} nömrəli sifarişiniz çatdırıldı. {company} şirkətini seçdiyiniz üçün təşəkkür edirik.\n\n{manager_signature}'),
    "cancelled": (
        '{document} nömrəli sifariş ləğv edildi',
        'Hörmətli {contact_first_name},\n\n{document} nömrəli sifarişiniz ləğv edildi.\n\n{manager_signature}'),
}
