"""Automation without programming: rules "If … Then …" on clients, deals, orders, claims,
invoices and events (`rules`: what a rule may say, checked; `engine`: running them; `hook`: the
one place they join the write path). Imported only by the UI, the CLI, the server and the
services package (which installs the hook), never by another services package.

Where rules run: the setting `automation.runner` is "desktop" (every program runs them on its
own saves: a single computer) or "server" (only the team server does, so two laptops never
both fire a rule; a copy that syncs with a team server leaves them to it too); the server marks
its sessions (`hook.SERVER_KEY`), hands the changes desktops push to the rules
(`hook.note_synced`) and sweeps the date rules hourly.
"""
