"""Claims and complaints: registered, confirmed, investigated along a plan, resolved or
rejected, and analysed.

`statuses` (the way a claim may go), `writing` (registering, editing, moving a claim; the one
place its status changes), `plan` (the investigation plan: tasks that are ordinary events, so
they reach their owners' desks and reminders), `files` and `interactions` (what is attached to
and logged against a claim), `intake` (claims from an e-mail's text and from CSV/XLSX files),
`lists` (the editable reasons and results), `listing` (the list, its filters and export),
`card` (what the claim card shows) and `analytics` (the figures the reports read).

This package may use clients, activities, sales, documents and mail; only the desk, the UI and
the CLI import it.
"""
