"""Screenshots of the mass mailing window on a demo database: a campaign being composed with
a recipient's preview, the campaigns' reports after a send, and the opt-out list with a bad
address.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/mailing.py \
        --lang en --out /work/shots/mailing
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from _common import HOME, save, settle  # first: sets the data folder
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import BadAddress, Client, OutboxMessage, OutboxStatus
from crm_desktop.services.clients import listing
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.identity import MAIL_SENDER
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mailing import campaigns, optout, templates
from crm_desktop.ui.app import open_main_window
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.mailing.campaign_window import CampaignWindow

BODY = {
    "en": "Dear {contact_first_name},\n\nthis spring {client} gets our new price list first: "
          "call me for the details.\n\n{manager_signature}\n{company}",
    "ru": "Здравствуйте, {contact_first_name}!\n\nЭтой весной {client} первым получает наш "
          "новый прайс-лист: позвоните мне, расскажу подробности.\n\n{manager_signature}\n"
          "{company}",
}






def prepare(database: dbs.Database, lang: str) -> None:
    """Mail settings, a template, a segment, two opt-outs, a past campaign partly sent and a
    bad address: what a head of sales finds after a few weeks."""
    head = current_user(database, "d.seitkali")
    assert head is not None
    with database.session(head) as s:
        settings = mail.load_settings(s)
        if not settings.host:
            # a closed port on this machine: the background sender fails fast, offline
            settings = mail.SmtpSettings(host="127.0.0.1", port=9, security="none",
                                         from_address="sales@dalatrade.kz",
                                         from_name="Dala Trade")
            from crm_desktop.services.core.settings import set_setting

            set_setting(s, "smtp", settings.__dict__)
        templates.save_campaign_template(
            s, "Spring price list", "{client}: the spring price list", BODY[lang], lang)
        region = s.scalar(select(Client.region).where(Client.region.is_not(None))
                          .group_by(Client.region).order_by(Client.region).limit(1))
        listing.save_segment(s, f"Region {region}", listing.ClientFilter(region=region or ""),
                             None)
        audience = campaigns.find_audience(s, "*")
        first = campaigns.recipients_page(s, audience, 6)
        optout.opt_out(s, client_id=first[1].client_id, how="phone", note="asked on a call")
        optout.opt_out(s, address="no-more-letters@example.kz", how="reply")
        report = campaigns.send_campaign(s, audience,
                                         templates.campaign_template(s, "Spring price list"), 20)
        assert report.queued > 0
    with database.session(MAIL_SENDER) as s:  # as if the sender had run for a while
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.QUEUED)
                         .order_by(OutboxMessage.next_attempt_at).limit(40)).all()
        for i, row in enumerate(rows):
            row.status = OutboxStatus.SENT if i else OutboxStatus.FAILED
            row.sent_at = datetime.now(UTC)
            if not i:
                row.last_error = f"{row.recipients}: 550 5.1.1 No such user here"
        s.add(BadAddress(address=rows[0].recipients, code=550,
                         answer="5.1.1 No such user here", marked_at=datetime.now(UTC),
                         outbox_id=rows[0].id))

    def _count(s: Session) -> int:
        return len(campaigns.campaign_reports(s))

    with database.session() as s:
        assert _count(s) >= 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("shots/mailing"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    prepare(window.ctx.database, args.lang if args.lang in BODY else "en")
    # as the head of sales (the demo opens as a salesperson, who may not send campaigns)
    head = current_user(window.ctx.database, "d.seitkali")
    assert head is not None
    campaign = CampaignWindow(AppContext(window.ctx.database, head, window.ctx.bus))
    campaign.resize(1340, 740)
    settle(1.5, after_ms=100)
    campaign.template.setCurrentText("Spring price list")
    campaign._template_chosen(campaign.template.findText("Spring price list"))
    select_data(campaign.segment, campaign.segment.itemData(1))
    settle(1.5, after_ms=100)
    save(campaign, args.out, "campaign_compose", seconds=0.8, after_ms=100)
    campaign.tabs.setCurrentIndex(1)
    campaign.reports.selectRow(0)
    save(campaign, args.out, "campaign_reports", seconds=0.8, after_ms=100)
    campaign.tabs.setCurrentIndex(2)
    save(campaign, args.out, "campaign_opt_outs", seconds=0.8, after_ms=100)
    campaign.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
