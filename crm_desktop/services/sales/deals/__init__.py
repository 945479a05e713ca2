"""Deals through pipelines: stages as data (`pipelines`), the move rules (`rules`), moves and
new deals (`moves`), the history of moves (`history`), the kanban board's queries (`board`), the
list and its export (`listing`), the deal card (`card`) and the loss reasons (`reasons`).

Every write checks its permission here: a salesperson edits and moves their own deals, the head
of sales anyone's; pipelines and loss reasons are the head of sales' and the admin's.
"""
