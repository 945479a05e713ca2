"""Automation without programming: rules "If … Then …" on clients, deals, orders, claims,
invoices and events (`rules`: what a rule may say, checked; `engine`: running them; `hook`: the
one place they join the write path). Imported only by the UI, the CLI, the server and the
services package (which installs the hook), never by another services package.

Where rules run: the setting `automation.runner` is "desktop" (every program runs them on its
own saves: a single computer) or "server" (only the team server does, so two laptops never
both fire a rule); the server calls `hook.set_process_role("server")` at start.
"""
