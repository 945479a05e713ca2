"""Default e-mail texts in English (see wording/__init__.py)."""

from __future__ import annotations

# (subject, body) per purpose of a document e-mail
TEMPLATES: dict[str, tuple[str, str]] = {
    "invoice": (
        'Invoice {invoice_number} from {company}',
        'Dear {contact_first_name},\n\nplease find attached invoice {invoice_number} for {total}, payable by {due_date}.\n\n{manager_signature}'),
    "quote": (
        'Commercial offer {document} from {company}',
        'Dear {contact_first_name},\n\nplease find attached our offer {document} for {total}. We are glad to answer any questions.\n\n{manager_signature}'),
    "reminder": (
        'Payment reminder: invoice {invoice_number}',
        'Dear {contact_first_name},\n\na kind reminder that invoice {invoice_number} for {total} is due on {due_date}.\n\n{manager_signature}'),
}

# (subject, body) per order status ({document} is the order's number)
ORDER_STATUS: dict[str, tuple[str, str]] = {
    "new": (
        'Order {document} received',
        'Dear {contact_first_name},\n\nwe have received your order {document} for {total}.\n\n{manager_signature}'),
    "in_progress": (
        'Order {document} is being prepared',
        'Dear {contact_first_name},\n\nwe have started preparing your order {document}.\n\n{manager_signature}'),
    "awaiting_payment": (
        'Order {document} awaits payment',
        'Dear {contact_first_name},\n\nyour order {document} for {total} awaits payment.\n\n{manager_signature}'),
    "paid": (
        'Payment for order {document} received',
        'Dear {contact_first_name},\n\nthank you: we have received the payment for order {document}.\n\n{manager_signature}'),
    "ready_to_ship": (
        'Order {document} is ready to ship',
        'Dear {contact_first_name},\n\nyour order {document} is ready to ship.\n\n{manager_signature}'),
    "shipped": (
        'Order {document} has been shipped',
        'Dear {contact_first_name},\n\nyour order {document} has been shipped.\n\n{manager_signature}'),
    "delivered": (
        'Order {document} delivered',
        'Dear {contact_first_name},\n\nyour order {document} has been delivered. Thank you for choosing {company}.\n\n{manager_signature}'),
    "cancelled": (
        'Order {document} cancelled',
        'Dear {contact_first_name},\n\nyour order {document} has been cancelled.\n\n{manager_signature}'),
}
