"""Orders to delivery: the status rules (`statuses`), making orders by hand, from a won deal or
from an invoice and moving them (`writing`), shipments against them (`shipping`), the status
e-mails (`mail`), the list with its filters and counts (`listing`) and the order card (`card`).

Every write checks its permission here: a salesperson works on their own orders, the head of
sales on anyone's. "Overdue" is defined once, in `services.sales.metrics`.
"""
