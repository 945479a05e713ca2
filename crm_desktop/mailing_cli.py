"""`crm-desktop campaign send SEGMENT TEMPLATE [--dry-run]`, `campaign template NAME …`,
`campaign list` and `campaign opt-out ADDRESS`: registered by `crm_desktop.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_desktop.services.mailing.campaigns import CampaignReport


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                acting: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the `campaign` commands; returns command → handler."""
    campaign = sub.add_parser("campaign", parents=[common], help="mass mailing to a segment")
    campaign_sub = campaign.add_subparsers(dest="campaign_command", metavar="ACTION",
                                           required=True)
    send = campaign_sub.add_parser(
        "send", parents=[common, acting],
        help="queue a campaign to a saved segment of the clients list (* for every client) "
             "with a campaign template; the outbox sends it at the campaign's rate")
    send.add_argument("segment", metavar="SEGMENT", help="a saved segment's name, or *")
    send.add_argument("template", metavar="TEMPLATE", help="a campaign template's name")
    send.add_argument("--dry-run", action="store_true",
                      help="print the recipients and the counts; write nothing")
    send.add_argument("--rate", type=int, metavar="N",
                      help="messages a minute (default: the company's, at most 40)")
    template = campaign_sub.add_parser(
        "template", parents=[common, acting],
        help="save a campaign template (placeholders as in document mail, plus {custom_KEY})")
    template.add_argument("name", metavar="NAME")
    template.add_argument("--subject", required=True, metavar="TEXT")
    template.add_argument("--body-file", required=True, type=Path, metavar="FILE",
                          help="the letter's text (UTF-8)")
    template.add_argument("--lang", default="ru", choices=("ru", "en", "kk", "uk", "az", "mn"),
                          help="the language of the letter and its unsubscribe line")
    campaign_sub.add_parser("list", parents=[common],
                            help="campaigns, newest first, with their report")
    opt_out = campaign_sub.add_parser(
        "opt-out", parents=[common, acting],
        help="put an address on the opt-out list (or the address a reply to the unsubscribe "
             "mailto: came for: give the reply's subject)")
    opt_out.add_argument("address", metavar="ADDRESS|SUBJECT")
    opt_out.add_argument("--how", default="manual", choices=("manual", "reply", "phone", "link"))
    return {"campaign": cmd_campaign}


def cmd_campaign(args: argparse.Namespace) -> int:
    from crm_desktop.cli import _acting_user
    from crm_desktop.services.core import db as dbs

    database = dbs.open_database(args.db, create=False)
    try:
        if args.campaign_command == "list":
            return _list(database)
        user = _acting_user(args, database)
        if args.campaign_command == "send" and args.dry_run:
            return _dry_run(database, user, args)
        with database.session(user) as s:
            if args.campaign_command == "send":
                from crm_desktop.services.mailing import campaigns

                report = campaigns.send_campaign(
                    s, campaigns.find_audience(s, args.segment),
                    _template(s, args.template), args.rate)
                _print_report(report)
            elif args.campaign_command == "template":
                from crm_desktop.services.mailing import templates

                saved = templates.save_campaign_template(
                    s, args.name, args.subject, args.body_file.read_text(encoding="utf-8"),
                    args.lang)
                print(f"template {saved.name} ({saved.language}) saved")
            elif "unsubscribe " in args.address.lower():  # the subject of a reply
                from crm_desktop.services.mailing import campaigns

                found = campaigns.opt_out_by_reply(s, args.address)
                print("the reply's address is on the opt-out list" if found else
                      "no campaign letter carries this unsubscribe token")
            else:
                from crm_desktop.services.mailing import optout

                optout.opt_out(s, address=args.address, how=args.how)
                print(f"{args.address.strip().lower()} is on the opt-out list")
    finally:
        database.dispose()
    return 0


def _template(s: Any, name: str) -> Any:
    from crm_desktop.services.mailing import templates

    return templates.campaign_template(s, name)


def _dry_run(database: Any, user: Any, args: argparse.Namespace) -> int:
    """Read-only: the session has no actor, so a write would be refused."""
    from crm_desktop.services.core.identity import Permission, require_of
    from crm_desktop.services.mailing import campaigns

    require_of(user, Permission.SEND_CAMPAIGNS)
    with database.session() as s:
        audience = campaigns.find_audience(s, args.segment, owner=user.id)  # the person's too
        template = _template(s, args.template)
        campaigns.check_template(s, template)
        counts = campaigns.Counts()
        for recipient in campaigns.iter_recipients(s, audience):
            counts.add(recipient.status)
            print(f"{recipient.status:<12} {recipient.address or '-':<40} {recipient.client}")
    print(f"dry run, nothing queued: {counts.total} clients in {audience.name}: "
          f"{counts.queued} would be sent, {counts.opted_out} opted out, "
          f"{counts.bad_address} bad address, {counts.no_address} without an address, "
          f"{counts.duplicate} at an address another client gets it at")
    return 0


def _list(database: Any) -> int:
    from crm_desktop.services.mailing import campaigns

    with database.session() as s:
        for report in campaigns.campaign_reports(s):
            _print_report(report)
    return 0


def _print_report(report: CampaignReport) -> None:
    print(f"{report.queued_at:%Y-%m-%d %H:%M} {report.name} [{report.status.value}, "
          f"{report.rate_per_minute}/min]: {report.total} clients, queued {report.queued}, "
          f"sent {report.sent}, failed {report.failed}, opted out {report.opted_out}, "
          f"bad address {report.bad_address}, no address {report.no_address}, "
          f"same address as another {report.duplicate}")
