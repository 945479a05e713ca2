"""Every write is stamped (who, when), recorded as a change kind, and never a hard delete.

`WRITES` names every public service function that writes in the caller's session and runs it
as the demo's admin; a test walks the service packages and fails when a public function taking
a session or a database is in none of the tables below, so a new writing service cannot be
forgotten here. Each run is judged on the file itself: every row that changed or appeared in a
stamped table carries the admin in `changed_by` and an `updated_at` from the run, at least one
row changed, and the session recorded a change kind.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

import crm_desktop.services
from crm_desktop.models import (
    AutomationRun,
    Base,
    CategoryKind,
    Claim,
    ClaimStatus,
    Client,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    OrderStatus,
    OutboxMessage,
    OutboxStatus,
    Pipeline,
    PipelineStage,
    PriceType,
    Product,
    ProductCategory,
    SalesDocument,
    Segment,
    SyncConflict,
    Tag,
    User,
    Warehouse,
    client_tags,
)
from crm_desktop.models.clients import ClientTag
from crm_desktop.services.activities import events as ev
from crm_desktop.services.automation import engine as automation
from crm_desktop.services.automation import rules as automation_rules
from crm_desktop.services.claims import files as claim_files
from crm_desktop.services.claims import intake as claim_intake
from crm_desktop.services.claims import interactions as claim_interactions
from crm_desktop.services.claims import lists as claim_lists
from crm_desktop.services.claims import plan as claim_plan
from crm_desktop.services.claims import writing as claim_writing
from crm_desktop.services.clients import card, listing, merge, search, writer
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.importing import mapping as ci_mapping
from crm_desktop.services.company import profile, rates
from crm_desktop.services.core import attachments, changes, settings
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.bulk import insert_rows
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.core.table_files import Table
from crm_desktop.services.documents import render
from crm_desktop.services.mail import document_mail, templates
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mailing import campaigns, optout
from crm_desktop.services.mailing import templates as campaign_templates
from crm_desktop.services.reports import plans as report_plans
from crm_desktop.services.sales import catalogue, numbering, payments, price_import, quotes
from crm_desktop.services.sales.deals import card as deal_card
from crm_desktop.services.sales.deals import history as deal_history
from crm_desktop.services.sales.deals import moves as deal_moves
from crm_desktop.services.sales.deals import pipelines as deal_pipelines
from crm_desktop.services.sales.deals import reasons as deal_reasons
from crm_desktop.services.sales.orders import mail as order_mail
from crm_desktop.services.sales.orders import shipping as order_shipping
from crm_desktop.services.sales.orders import writing as orders
from crm_desktop.services.sync import inbox as sync_inbox

from .actors import TESTER, person

NOW = datetime.now(UTC)
SMTP = mail.SmtpSettings(host="smtp.example.org", from_address="desk@example.org")


# -- what the runs need from the demo data ---------------------------------------------------------
def _sync_conflict(s: Session) -> int:
    """A value a sync overwrote on this copy's client (for the inbox's take mine)."""
    client_id = _client(s)
    s.execute(insert(SyncConflict).values(
        at=NOW, kind="overwritten", table_name="clients", row_id=client_id,
        column_name="city", kept_value='"Astana"', lost_value='"Almaty"'))
    return int(s.scalar(select(func.max(SyncConflict.id))) or 0)


def _client(s: Session, offset: int = 0) -> uuid.UUID:
    found = s.scalars(select(Client.id).where(Client.deleted_at.is_(None), Client.currency == "KZT")
                      .order_by(Client.short_name).offset(offset).limit(1)).first()
    assert found is not None
    return found


def _planned(s: Session) -> uuid.UUID:
    found = s.scalars(select(Event.id).where(Event.status == EventStatus.PLANNED,
                                             Event.deleted_at.is_(None)).limit(1)).first()
    assert found is not None
    return found


def _product(s: Session) -> Product:
    found = s.scalars(select(Product).where(Product.deleted_at.is_(None))
                      .order_by(Product.code)).first()
    assert found is not None
    return found


def _first(s: Session, model: Any) -> uuid.UUID:
    found = s.scalars(select(model.id).where(model.deleted_at.is_(None)).limit(1)).first()
    assert found is not None
    return found


def _invoice(s: Session) -> uuid.UUID:
    for invoice in s.scalars(select(SalesDocument).where(
            SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status == DocumentStatus.ISSUED)):
        if payments.outstanding(s, invoice.id) > 1:
            return invoice.id
    raise AssertionError("the demo has no open invoice")


def _event_input(s: Session) -> ev.EventInput:
    return ev.EventInput(EventType.MEETING, "Stamped", NOW + timedelta(days=1),
                         client_id=_client(s))


def _quote(s: Session, user: CurrentUser) -> None:
    ctx = quotes.quote_context(s, _client(s))
    item = catalogue.load_price_list(s, ctx.price_type_id).items[0]
    line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                 item.minimum_price, item.vat_rate, item.total_stock)
    quotes.create_document(s, user, ctx, DocumentKind.QUOTE, [line])


def _queued(s: Session) -> uuid.UUID:
    mail.save_settings(s, SMTP)
    return mail.enqueue(s, mail.compose(SMTP, ["buyer@example.org"], "Hello", "Body")).id


def _cancelled(s: Session) -> uuid.UUID:
    row_id = _queued(s)
    mail.cancel(s, row_id)
    return row_id


def _company(s: Session) -> None:
    data = profile.company_input(s)
    data.phone = "+7 727 000 00 00"
    profile.save_company(s, data)


def _product_edit(s: Session) -> None:
    product = _product(s)
    data = catalogue.product_input(s, product.id)
    data.name += " (stamped)"
    catalogue.save_product(s, product.id, data)


def _file(s: Session) -> None:
    path = Path(str(s.get_bind().url.database)).parent / "stamp.txt"
    path.write_text(f"stamp {uuid.uuid4()}")
    attachments.store_file(s, path, client_id=_client(s))


def _store_rendered(s: Session) -> None:
    document = _invoice(s)
    render.store_rendered(s, document, render.render_document(s, document))


def _order(s: Session, client_id: uuid.UUID | None = None) -> uuid.UUID:
    """A new order, made by the demo's salesperson (its history and event name a person)."""
    from crm_desktop.services.core.identity import ACTOR_KEY

    seller = s.scalars(select(User).where(User.login == "a.nurlanova")).one()
    kept = s.info[ACTOR_KEY]
    s.info[ACTOR_KEY] = CurrentUser(seller.id, seller.login, seller.full_name, seller.role)
    try:
        return orders.create_order(s, orders.OrderInput(
            client_id=client_id or _client(s), lines=(orders.LineInput(
                None, "Stamped cable", "m", Decimal(10), Decimal("99.90"), Decimal(12)),))).id
    finally:
        s.info[ACTOR_KEY] = kept


def _unordered(s: Session, kind: str) -> uuid.UUID:
    """A won deal (`deal`) or an issued invoice (`invoice`) no order was made from."""
    from crm_desktop.models import Deal, DealStatus, Order, SalesDocument

    if kind == "deal":
        query = select(Deal.id).where(Deal.status == DealStatus.WON,
                                      ~select(Order.id).where(Order.deal_id == Deal.id).exists())
    else:
        query = select(SalesDocument.id).where(
            SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status == DocumentStatus.SENT,
            ~select(Order.id).where(Order.invoice_id == SalesDocument.id).exists())
    found = s.scalars(query.limit(1)).first()
    assert found is not None
    return found


def _order_with_address(s: Session) -> uuid.UUID:
    from crm_desktop.models import Email, Order

    mail.save_settings(s, SMTP)
    client_id = s.scalars(select(Email.client_id).where(Email.client_id.is_not(None))
                          .limit(1)).first()
    order_id = _order(s, client_id)
    assert s.get(Order, order_id) is not None
    return order_id


def _campaign_template(s: Session) -> campaign_templates.CampaignTemplate:
    mail.save_settings(s, SMTP)
    return campaign_templates.save_campaign_template(s, "Stamped", "News", "Dear {client}",
                                                     "en")


def _campaign(s: Session) -> uuid.UUID:
    return campaigns.send_campaign(s, campaigns.find_audience(s, campaigns.ALL_CLIENTS),
                                   _campaign_template(s)).id


def _unsubscribe_reply(s: Session) -> str:
    from crm_desktop.models import CampaignRecipient

    campaign_id = _campaign(s)
    recipient = s.scalars(select(CampaignRecipient.id).where(
        CampaignRecipient.campaign_id == campaign_id,
        CampaignRecipient.outbox_id.is_not(None))).first()
    assert recipient is not None
    return f"Re: unsubscribe {recipient.hex}"


def _bad_address(s: Session) -> uuid.UUID:
    from crm_desktop.models import BadAddress

    row = BadAddress(address="gone@example.org", code=550, answer="No such user",
                     marked_at=NOW)
    s.add(row)
    s.flush()
    return row.id


# -- automation (services/automation) ---------------------------------------------------------
def _rule(s: Session, rule: dict[str, Any] | None = None) -> uuid.UUID:
    return automation_rules.save_rule(s, rule or {
        "name": "Stamped", "entity": "client", "enabled": True, "trigger": {"kind": "manual"},
        "actions": [{"kind": "add_tag", "tag": "stamped"}]})


def _rule_file(s: Session) -> Path:
    import json
    import tempfile

    path = Path(tempfile.mkdtemp()) / "rules.json"
    path.write_text(json.dumps({"rules": [automation_rules.reactivation_rule(30)]}))
    return path


def _old_run(s: Session) -> None:
    rule_id = _rule(s)
    automation.run_manual(s, rule_id, _client(s))
    s.flush()
    s.execute(update(AutomationRun).values(ran_at=NOW - timedelta(days=999)))
    s.flush()


AUTOMATION_READS = {
    "automation.engine.load", "automation.engine.triggered", "automation.engine.execute",
    "automation.engine.consider", "automation.engine.process", "automation.engine.due",
    "automation.engine.dry_run", "automation.engine.runs", "automation.engine.why",
    "automation.engine.runs_here", "automation.engine.run_view", "automation.engine.manual_rules",
    "automation.hook.on_server", "automation.engine.why_visible", "automation.engine.run_views",
    "automation.engine.distribution", "automation.hook.fires_rules", "automation.hook.state_of",
    "automation.rules.list_rules", "automation.rules.find_rule", "automation.rules.export_rules",
    "automation.rules.absent_logins", "automation.rules.runner", "automation.rules.webhooks_on",
    "automation.rules.editor_choices",
}


def _claim(s: Session, status: ClaimStatus = ClaimStatus.REGISTERED) -> uuid.UUID:
    """One of the demo's claims in a status (each test has its own copy of the demo)."""
    found = s.scalar(select(Claim.id).where(Claim.status == status, Claim.deleted_at.is_(None))
                     .order_by(Claim.number).limit(1))
    assert found is not None
    return found


def _investigated_claim(s: Session) -> uuid.UUID:
    return _claim(s, ClaimStatus.INVESTIGATING)


def _claim_task(s: Session) -> uuid.UUID:
    found = s.scalar(select(Event.id).where(Event.claim_id.is_not(None),
                                            Event.status == EventStatus.PLANNED,
                                            Event.deleted_at.is_(None)).limit(1))
    assert found is not None
    return found


def _claim_file(s: Session) -> tuple[uuid.UUID, Path]:
    path = Path(tempfile.mkdtemp()) / "act.txt"
    path.write_text(f"act {uuid.uuid4()}", encoding="utf-8")
    return _claim(s), path


def _claim_with_file(s: Session) -> tuple[uuid.UUID, uuid.UUID]:
    claim_id, path = _claim_file(s)
    return claim_id, claim_files.attach_file(s, claim_id, path).id


def _sales_deal(s: Session, stage_position: int = 0) -> uuid.UUID:
    """An open deal of the (manual) Sales pipeline at a stage."""
    found = s.scalar(select(Deal.id).join(PipelineStage, PipelineStage.id == Deal.stage_id)
                     .join(Pipeline, Pipeline.id == Deal.pipeline_id)
                     .where(Pipeline.name == "Sales", Deal.status == DealStatus.OPEN,
                            PipelineStage.position == stage_position,
                            Deal.deleted_at.is_(None)).order_by(Deal.id).limit(1))
    assert found is not None
    return found


def _stage(s: Session, deal_id: uuid.UUID, position: int) -> uuid.UUID:
    deal = s.get(Deal, deal_id)
    assert deal is not None
    found = s.scalar(select(PipelineStage.id).where(
        PipelineStage.pipeline_id == deal.pipeline_id, PipelineStage.position == position,
        PipelineStage.deleted_at.is_(None)))
    assert found is not None
    return found


def _deal_form(s: Session, deal_id: uuid.UUID) -> deal_card.DealForm:
    shown = deal_card.load_card(s, deal_id)
    return deal_card.DealForm("Stamped deal title", shown.amount, shown.currency,
                              shown.probability, shown.expected_close, shown.responsible_id,
                              shown.contact_id, shown.source)


def _renamed_pipeline(s: Session) -> None:
    info = next(p for p in deal_pipelines.pipelines(s) if p.name == "Wholesale")
    form = deal_pipelines.pipeline_form(info)
    form.name = "Wholesale (stamped)"
    deal_pipelines.save_pipeline(s, form)


@dataclass(frozen=True)
class Run:
    """How to run one writing function as the admin; `setup` (run first as another person)
    returns what `run` gets."""

    run: Callable[[Session, CurrentUser, Any], object]
    setup: Callable[[Session], Any] | None = None


AUTOMATION_WRITES = {
    "automation.rules.save_rule": Run(lambda s, u, _: _rule(s)),
    "automation.rules.set_enabled": Run(
        lambda s, u, rule_id: automation_rules.set_enabled(s, rule_id, False), _rule),
    "automation.rules.delete_rule": Run(
        lambda s, u, rule_id: automation_rules.delete_rule(s, rule_id), _rule),
    "automation.rules.import_rules": Run(
        lambda s, u, path: automation_rules.import_rules(s, path), _rule_file),
    "automation.rules.set_absent": Run(
        lambda s, u, _: automation_rules.set_absent(s, ["admin"])),
    "automation.rules.set_runner": Run(
        lambda s, u, _: automation_rules.set_runner(s, "server")),
    "automation.rules.set_webhooks": Run(
        lambda s, u, _: automation_rules.set_webhooks(s, True)),
    "automation.engine.run_manual": Run(
        lambda s, u, rule_id: automation.run_manual(s, rule_id, _client(s)), _rule),
    "automation.engine.run_due": Run(
        lambda s, u, _: automation.run_due(s, today=date.today() + timedelta(days=3650)),
        lambda s: _rule(s, automation_rules.reactivation_rule(30) | {"enabled": True})),
}
WRITES: dict[str, Run] = {
    "claims.writing.register_claim": Run(lambda s, u, _: claim_writing.register_claim(
        s, claim_writing.ClaimInput(client_id=_client(s), essence="Stamped claim"))),
    "claims.writing.update_claim": Run(
        lambda s, u, claim_id: claim_writing.update_claim(s, claim_id, claim_writing.ClaimInput(
            client_id=_client(s), essence="Restamped claim")), _claim),
    "claims.writing.change_status": Run(
        lambda s, u, claim_id: claim_writing.change_status(s, claim_id, ClaimStatus.CONFIRMED),
        _claim),
    "claims.writing.confirm_claim": Run(
        lambda s, u, claim_id: claim_writing.confirm_claim(s, claim_id), _claim),
    "claims.writing.resolve_claim": Run(
        lambda s, u, claim_id: claim_writing.resolve_claim(
            s, claim_id, claim_lists.results(s)[0].id, 4, "replaced"), _investigated_claim),
    "claims.writing.reject_claim": Run(
        lambda s, u, claim_id: claim_writing.reject_claim(
            s, claim_id, claim_lists.results(s)[0].id, "not our fault"), _investigated_claim),
    "claims.plan.plan_task": Run(lambda s, u, claim_id: claim_plan.plan_task(
        s, claim_id, claim_plan.TaskInput("Stamped task", NOW + timedelta(days=3))), _claim),
    "claims.plan.complete_task": Run(
        lambda s, u, task_id: claim_plan.complete_task(s, task_id, "done", NOW), _claim_task),
    "claims.plan.cancel_task": Run(
        lambda s, u, task_id: claim_plan.cancel_task(s, task_id, "not needed"), _claim_task),
    "claims.interactions.log_interaction": Run(
        lambda s, u, claim_id: claim_interactions.log_interaction(
            s, claim_id, EventType.CALL, "Called the client", "agreed a swap", NOW), _claim),
    "claims.files.attach_file": Run(
        lambda s, u, given: claim_files.attach_file(s, given[0], given[1]), _claim_file),
    "claims.files.remove_file": Run(
        lambda s, u, given: claim_files.remove_file(s, given[0], given[1]), _claim_with_file),
    "claims.intake.import_claims": Run(lambda s, u, _: claim_intake.import_claims(s, Table(
        ["Client", "Essence"], [[s.get(Client, _client(s)).short_name,  # type: ignore[union-attr]
                                 "Imported claim"]]))),
    "claims.lists.save_reasons": Run(lambda s, u, _: claim_lists.save_reasons(
        s, [*claim_lists.reasons(s), claim_lists.ReasonRow(None, "Stamped reason", "Sales")])),
    "claims.lists.save_results": Run(lambda s, u, _: claim_lists.save_results(
        s, [*claim_lists.results(s), claim_lists.ResultRow(None, "Stamped result")])),
    "sales.deals.card.save_deal": Run(
        lambda s, u, deal_id: deal_card.save_deal(s, deal_id, _deal_form(s, deal_id)),
        _sales_deal),
    "sales.deals.card.add_comment": Run(
        lambda s, u, deal_id: deal_card.add_comment(s, deal_id, "Stamped comment"), _sales_deal),
    "sales.deals.moves.move_deal": Run(
        lambda s, u, deal_id: deal_moves.move_deal(s, deal_id, _stage(s, deal_id, 1)),
        _sales_deal),
    "sales.deals.moves.create_deal": Run(lambda s, u, _: deal_moves.create_deal(
        s, deal_moves.NewDeal(_client(s), "Stamped new deal", Decimal(100), "KZT"))),
    "sales.deals.moves.open_for_sale": Run(lambda s, u, _: deal_moves.open_for_sale(
        s, deal_moves.NewDeal(_client(s), "Stamped sale", Decimal(100), "KZT"), "proposal")),
    "sales.deals.moves.advance_for_sale": Run(
        lambda s, u, deal_id: deal_moves.advance_for_sale(
            s, deal_moves.load_deal(s, deal_id), "proposal"), _sales_deal),
    "sales.deals.history.record_move": Run(
        lambda s, u, deal_id: deal_history.record_move(
            s, deal_id, None, _stage(s, deal_id, 0), NOW, u.id, None), _sales_deal),
    "sales.deals.pipelines.save_pipeline": Run(lambda s, u, _: _renamed_pipeline(s)),
    "sales.deals.reasons.save_loss_reasons": Run(lambda s, u, _: deal_reasons.save_loss_reasons(
        s, [*((r.id, r.name) for r in deal_reasons.loss_reasons(s)), (None, "Stamped loss")])),
    "sync.inbox.resolve_conflict": Run(
        lambda s, u, conflict_id: sync_inbox.resolve_conflict(s, conflict_id, True),
        lambda s: _sync_conflict(s)),
    **AUTOMATION_WRITES,
    "reports.plans.set_plan": Run(lambda s, u, _: report_plans.set_plan(
        s, u.id, date(2026, 1, 1), Decimal("1000"), "KZT")),
    "activities.events.create_event": Run(lambda s, u, _: ev.create_event(s, _event_input(s))),
    "activities.events.update_event": Run(
        lambda s, u, _: ev.update_event(s, _planned(s), _event_input(s))),
    "activities.events.complete_event": Run(
        lambda s, u, _: ev.complete_event(s, _planned(s), "done", NOW)),
    "activities.events.reschedule_event": Run(
        lambda s, u, _: ev.reschedule_event(s, _planned(s), NOW + timedelta(days=3))),
    "activities.events.cancel_event": Run(lambda s, u, _: ev.cancel_event(s, _planned(s), "no")),
    "activities.events.plan_next": Run(
        lambda s, u, _: ev.plan_next(s, _planned(s), _event_input(s))),
    "activities.events.log_call": Run(
        lambda s, u, _: ev.log_call(s, u.id, _client(s), None, "+77010000000", NOW)),
    "activities.events.finish_call": Run(
        lambda s, u, event_id: ev.finish_call(s, event_id, "talked", NOW + timedelta(minutes=5)),
        lambda s: ev.log_call(s, None, _client(s), None, "+77010000000", NOW).id),  # type: ignore[arg-type]
    "activities.events.snooze_reminder": Run(
        lambda s, u, _: ev.snooze_reminder(s, _planned(s), NOW + timedelta(hours=1))),
    "activities.events.dismiss_reminder": Run(
        lambda s, u, event_id: ev.dismiss_reminder(s, event_id),
        lambda s: ev.snooze_reminder(s, _planned(s), NOW + timedelta(hours=1)) or _planned(s)),
    "clients.card.save_client": Run(lambda s, u, _: card.save_client(
        s, card.ClientForm(short_name="Stamped Trading LLP", country="KZ", currency="KZT",
                           tags=["stamped"]))),
    "clients.card.save_custom_fields": Run(lambda s, u, _: card.save_custom_fields(
        s, [card.FieldDef("stamp_no", "Stamp number")])),
    "clients.writer.tags_named": Run(lambda s, u, _: writer.tags_named(s, ["brand new tag"])),
    "clients.listing.save_segment": Run(
        lambda s, u, _: listing.save_segment(s, "Stamped", listing.ClientFilter(), u.id)),
    "clients.listing.delete_segment": Run(
        lambda s, u, segment_id: listing.delete_segment(s, segment_id),
        lambda s: listing.save_segment(s, "Short-lived", listing.ClientFilter(), None)),
    "clients.merge.merge_clients": Run(
        lambda s, u, _: merge.merge_clients(s, _client(s), _client(s, 1))),
    "clients.importing.import_clients": Run(lambda s, u, _: ci.import_clients(
        s, Table(["Name"], [["Stamped Import LLP"]]), {0: ci_mapping.NAME})),
    "clients.importing.mapping.remember_mapping": Run(
        lambda s, u, _: ci_mapping.remember_mapping(s, ["Stamp"], {0: ci_mapping.NAME})),
    "company.profile.save_company": Run(lambda s, u, _: _company(s)),
    "company.rates.save_exchange_rates": Run(lambda s, u, _: rates.save_exchange_rates(
        s, {"USD": Decimal("470.50"), "AZN": Decimal("296")})),
    "core.attachments.store_file": Run(lambda s, u, _: _file(s)),
    "core.attachments.store_content": Run(lambda s, u, _: attachments.store_content(
        s, "stamp.txt", b"stamped", client_id=_client(s))),
    "core.settings.set_setting": Run(lambda s, u, _: settings.set_setting(s, "stamp", 1)),
    "documents.render.store_rendered": Run(lambda s, u, _: _store_rendered(s)),
    "mail.document_mail.save_draft": Run(lambda s, u, _: document_mail.save_draft(
        s, document_mail.prepare(s, _invoice(s)))),
    "mail.document_mail.send": Run(
        lambda s, u, _: document_mail.send(s, u, document_mail.prepare(s, _invoice(s))),
        lambda s: mail.save_settings(s, SMTP)),
    "mail.outbox.save_settings": Run(lambda s, u, _: mail.save_settings(s, SMTP)),
    "mail.outbox.enqueue": Run(lambda s, u, _: mail.enqueue(
        s, mail.compose(SMTP, ["buyer@example.org"], "Hi", "Body"))),
    "mail.outbox.retry": Run(lambda s, u, row_id: mail.retry(s, row_id), _cancelled),
    "mail.outbox.cancel": Run(lambda s, u, row_id: mail.cancel(s, row_id), _queued),
    "mail.templates.save_template": Run(lambda s, u, _: templates.save_template(
        s, "en", "invoice", "Invoice {invoice_number}", "Hello {contact_first_name}")),
    "sales.catalogue.move_category": Run(lambda s, u, _: catalogue.move_category(
        s, s.scalars(select(ProductCategory.id).where(ProductCategory.parent_id.is_not(None))
                     .limit(1)).one(), None, 0)),
    "sales.catalogue.save_product": Run(lambda s, u, _: _product_edit(s)),
    "sales.catalogue.set_price": Run(lambda s, u, _: catalogue.set_price(
        s, _product(s).id, _first(s, PriceType), Decimal("1234.56"))),
    "sales.catalogue.set_stock": Run(lambda s, u, _: catalogue.set_stock(
        s, _product(s).id, _first(s, Warehouse), Decimal("77"))),
    "sales.catalogue.save_category": Run(lambda s, u, _: catalogue.save_category(
        s, None, "Stamped", CategoryKind.PRODUCT, None)),
    "sales.catalogue.save_warehouses": Run(lambda s, u, _: catalogue.save_warehouses(
        s, [*catalogue.warehouses(s), catalogue.WarehouseRow(None, "Stamped", False, "")])),
    "sales.payments.register_payment": Run(lambda s, u, _: payments.register_payment(
        s, _invoice(s), Decimal("1.00"), date.today())),
    "sales.price_import.remember_mapping": Run(lambda s, u, _: price_import.remember_mapping(
        s, ["Code"], {price_import.CODE: 0})),
    "sales.price_import.import_prices": Run(lambda s, u, _: price_import.import_prices(
        s, Table(["Code", "Price"], [[_product(s).code, "99999999"]]),
        {price_import.CODE: 0, price_import.PRICE: 1})),
    "sales.quotes.set_terms": Run(lambda s, u, _: quotes.set_terms(
        s, _client(s), None, Decimal("5"), 10, None)),
    "sales.quotes.create_document": Run(lambda s, u, _: _quote(s, u)),
    "sales.orders.writing.create_order": Run(lambda s, u, _: orders.create_order(
        s, orders.OrderInput(client_id=_client(s), lines=(orders.LineInput(
            None, "Stamped cable", "m", Decimal(10), Decimal("99.90"), Decimal(12)),)))),
    "sales.orders.writing.update_order": Run(
        lambda s, u, order_id: orders.update_order(s, order_id, orders.OrderInput(
            client_id=_client(s), lines=(orders.LineInput(
                None, "Restamped", "pcs", Decimal(2), Decimal(50), Decimal(12)),))),
        _order),
    "sales.orders.writing.change_status": Run(
        lambda s, u, order_id: orders.change_status(s, order_id, OrderStatus.IN_PROGRESS),
        _order),
    "sales.orders.writing.order_from_deal": Run(
        lambda s, u, _: orders.order_from_deal(s, _unordered(s, "deal"))),
    "sales.orders.writing.order_from_invoice": Run(
        lambda s, u, _: orders.order_from_invoice(s, _unordered(s, "invoice"))),
    "sales.orders.shipping.record_shipment": Run(
        lambda s, u, order_id: order_shipping.record_shipment(s, order_id, date.today()),
        _order),
    "sales.orders.mail.queue_status_mail": Run(
        lambda s, u, order_id: order_mail.queue_status_mail(s, orders.load_order(s, order_id),
                                                            NOW),
        _order_with_address),
    "mailing.templates.save_campaign_template": Run(
        lambda s, u, _: campaign_templates.save_campaign_template(s, "T", "Hi", "{client}", "en")),
    "mailing.campaigns.send_campaign": Run(
        lambda s, u, template: campaigns.send_campaign(
            s, campaigns.find_audience(s, campaigns.ALL_CLIENTS), template),
        _campaign_template),
    "mailing.campaigns.send_test": Run(
        lambda s, u, template: campaigns.send_test(
            s, template, campaigns.find_audience(s, campaigns.ALL_CLIENTS),
            campaigns.recipients_page(s, campaigns.find_audience(s, "*"), 1)[0].client_id,
            "me@example.org"),
        _campaign_template),
    "mailing.campaigns.cancel_campaign": Run(
        lambda s, u, campaign_id: campaigns.cancel_campaign(s, campaign_id), _campaign),
    "mailing.optout.opt_out": Run(lambda s, u, _: optout.opt_out(s, address="x@example.org")),
    "mailing.optout.remove_opt_out": Run(
        lambda s, u, entry: optout.remove_opt_out(s, entry),
        lambda s: optout.opt_out(s, client_id=_client(s))),
    "mailing.campaigns.opt_out_by_reply": Run(
        lambda s, u, subject: campaigns.opt_out_by_reply(s, subject), _unsubscribe_reply),
    "mailing.optout.forgive_bad_address": Run(
        lambda s, u, bad_id: optout.forgive_bad_address(s, bad_id), _bad_address),
}
# Writes into derived or per-device tables that carry no stamps (search terms are rebuilt
# locally, number counters are per device): they must still record a change.
UNSTAMPED_WRITES: dict[str, Callable[[Session], object]] = {
    "clients.search.reindex_clients": lambda s: search.reindex_clients(s, [_client(s)]),
    "sales.numbering.next_number": lambda s: numbering.next_number(s, "ST", 2026),
    "sales.numbering.next_value": lambda s: numbering.next_value(s, "ST-2026"),
    # the automation's run log is local, pruned by age (deleted, not tombstoned)
    "automation.engine.prune": lambda s: (_old_run(s), automation.prune(s, 180)),
}
# sync_outbox: the capture triggers queue each change beside the write (services/sync)
UNSTAMPED_TABLES = {"search_terms", "number_counters", "automation_runs", "sync_outbox",
                    "sync_conflicts"}
# Open their own unit of work as a named system actor (see core.identity) or do none.
OWN_SESSION = {
    # sign-in opens its own transactions; enter sets PostgreSQL's per-transaction user; purge
    # trims the audit (PostgreSQL only, not stamped rows).
    "team.accounts.sign_in", "team.access.enter", "team.audit.purge",
    "mail.outbox.recover_interrupted", "mail.outbox.send_due", "mail.outbox.send_test_message",
    "clients.search.rebuild_index", "clients.search.ensure_index",
    "company.first_run.create_start", "core.db.upgrade", "core.db.restore",
    "core.db.backup", "core.db.daily_backup", "core.db.prune_backups",
}
# Services that are in the middle of being written by another change: run them here (WRITES)
# once they settle. `test_no_write_is_left_out` fails while this is not empty.
LATER = {
    # the team server's writes are stamped by the same session hooks; they are checked on
    # PostgreSQL in test_team_server (and the sync's server half in tests/test_sync.py)
    "team.accounts.add_user",
    "automation.hook.note_synced",  # the server's rules on pushed changes: test_automation_team
    "team.accounts.disable_user", "team.accounts.enable_user", "team.accounts.reset_password",
    "team.accounts.revoke_tokens_of", "team.accounts.save_team", "team.accounts.set_role",
    "team.accounts.sign_out", "team.audit.set_retention_days", "team.clients.add_note",
    "team.clients.create_client", "team.clients.delete_client", "team.clients.merge_clients",
    "team.clients.share_client", "team.clients.update_client",
    "sync.central.apply_batch", "sync.central.settle_conflicts", "sync.central.device_code",
    "claims.intake.claim_from_email",  # register_claim underneath (run above)
}
# The reports only read (every figure a GROUP BY), except the plan.
REPORTS_READS = {f"reports.{name}" for name in (
    "run", "drill", "common.bucket", "common.managers_of", "common.names_of",
    "common.people", "common.scope_of", "common.viewer_of",
    "dashboard.company_currency", "dashboard.dashboard", "deals.funnel",
    "deals.funnel_drill", "deals.sources", "deals.sources_drill", "deals.won_lost",
    "deals.won_lost_drill", "plans.plans_for", "sales.benchmark",
    "sales.benchmark_drill", "sales.sales", "sales.sales_drill", "work.claims",
    "work.claims_drill", "work.overdue", "work.overdue_drill", "work.reactivation",
    "work.reactivation_drill")}
# Only read (or are the plumbing of sessions, stamps and changes).
READS = {
    *REPORTS_READS,
    "sync.central.changes_since", "sync.central.rows", "sync.central.check_version",
    "sync.inbox.conflicts", "sync.inbox.open_for_client", "sync.central.client_rows",
    "sync.central.visibility_mark", "sync.central.files_seen",
    "sync.central.visible_client_ids",
    *AUTOMATION_READS,
    "claims.analytics.dynamics_by_month", "claims.analytics.satisfaction_by_reason",
    "claims.analytics.structure", "claims.card.choices", "claims.card.client_name",
    "claims.card.load_card", "claims.files.claim_files", "claims.intake.draft_from_email",
    "claims.interactions.claim_interactions", "claims.listing.claim_counts",
    "claims.listing.claim_page", "claims.listing.client_claims", "claims.listing.iter_claims",
    "claims.lists.departments", "claims.lists.filter_choices", "claims.lists.reasons",
    "claims.lists.results",
    "claims.plan.plan_progress", "claims.writing.check_may_edit", "claims.writing.load_claim",
    "claims.writing.open_duplicate", "core.db.last_check_failure", "core.db.refuse_foreign",
    "sales.deals.board.with_clients", "team.access.client_visible", "team.access.require_client",
    "team.accounts.account", "team.accounts.caller", "team.accounts.list_teams",
    "team.accounts.list_users", "team.accounts.user_by_login", "team.audit.client_history",
    "team.audit.retention_days", "team.audit.row_history", "team.clients.client_events",
    "team.clients.get_client", "team.clients.list_clients", "team.clients.user_names",
    "activities.events.load_event", "activities.events.contact_choices",
    "activities.events.event_choices", "clients.merge.merge_preview",
    "mail.document_mail.load_draft",
    "activities.events.due_reminders", "activities.report.events_report",
    "clients.card.custom_fields", "clients.card.new_form", "clients.card.load_form",
    "clients.card.validate", "clients.card.find_people", "clients.card.quick_form",
    "clients.card.kept_decisions", "clients.card.history", "clients.card.attachments_of",
    "clients.card.users", "clients.card.tag_names", "clients.duplicates.survivors",
    "clients.duplicates.survivor_of", "clients.duplicates.find_duplicates",
    "clients.exporting.export_rows", "clients.exporting.export_clients",
    "clients.importing.mapping.guess_mapping", "clients.importing.records.validate_records",
    "clients.listing.ids_query", "clients.listing.count", "clients.listing.page",
    "clients.listing.regions", "clients.listing.segments", "clients.search.index_is_empty",
    "clients.search.search_clients", "company.first_run.needs_first_run",
    "company.first_run.has_clients", "company.first_run.current_user",
    "company.profile.company_input", "company.rates.exchange_rates",
    "core.attachments.attachment_file",
    "core.changes.record", "core.changes.record_tables", "core.changes.recorded",
    "core.db.current_revision", "core.db.has_tables", "core.db.backup_dir", "core.db.check",
    "core.db.list_backups", "core.identity.actor_of", "core.identity.require",
    "core.identity.may", "core.identity.user_id_of", "core.settings.get_setting",
    "core.bulk.insert_rows",  # stamps what it writes: tested below
    "desk.read.event_days", "desk.read.day_view", "desk.read.overdue_events",
    "desk.read.client_summary", "desk.read.client_contacts", "desk.read.client_events",
    "desk.read.client_finance", "documents.blocks.sheet_for", "documents.render.render_document",
    "documents.render.document_id_by_number", "mail.document_mail.prepare",
    "mail.document_mail.contact_addresses", "mail.outbox.load_settings",
    "mail.outbox.pending_count", "mail.outbox.problem_ids", "mail.outbox.write_eml",
    "mail.outbox.outbox_rows",
    "mail.templates.template", "sales.catalogue.category_tree", "sales.catalogue.stock_columns",
    "sales.catalogue.load_price_list", "sales.catalogue.stock_by_warehouse",
    "sales.catalogue.price_types", "sales.catalogue.default_price_type",
    "sales.catalogue.product_input", "sales.catalogue.products_in",
    "sales.catalogue.other_warehouses",
    "sales.catalogue.warehouses", "sales.metrics.client_figures",
    "sales.payments.outstanding", "sales.price_import.guess_mapping",
    "sales.quotes.quote_context", "sales.quotes.past_lines",
    "sales.deals.board.rates", "sales.deals.board.board", "sales.deals.board.column_page",
    "sales.deals.board.first_pages", "sales.deals.board.totals",
    "sales.deals.board.with_next_events", "sales.deals.board.card_of",
    "sales.deals.board.sources", "sales.deals.card.load_card", "sales.deals.history.stage_history",
    "sales.deals.listing.list_deals", "sales.deals.listing.with_stage",
    "sales.deals.listing.stage_of_deal", "sales.deals.moves.load_deal",
    "sales.deals.moves.check_may_edit", "sales.deals.pipelines.pipelines",
    "sales.deals.pipelines.pipeline", "sales.deals.pipelines.default_pipeline",
    "sales.deals.pipelines.find_pipeline", "sales.deals.reasons.loss_reasons",
    "sales.deals.rules.missing_fields", "sales.deals.rules.broken_rules",
    "sales.orders.card.choices", "sales.orders.card.client_name", "sales.orders.card.load_card",
    "sales.orders.listing.client_orders", "sales.orders.listing.iter_orders",
    "sales.orders.listing.order_counts", "sales.orders.listing.order_page",
    "sales.orders.listing.overdue_count", "sales.orders.mail.status_message",
    "sales.orders.mail.status_template", "sales.orders.shipping.shipped_quantities",
    "sales.orders.writing.check_may_edit", "sales.orders.writing.load_order",
    "mailing.templates.placeholders", "mailing.templates.campaign_templates",
    "mailing.templates.campaign_template", "mailing.optout.opt_outs",
    "mailing.optout.bad_addresses", "mailing.optout.opted_out_clients",
    "mailing.optout.blocked_addresses", "mailing.campaigns.audiences",
    "mailing.campaigns.find_audience", "mailing.campaigns.audience_of",
    "mailing.campaigns.iter_recipients", "mailing.campaigns.count_recipients",
    "mailing.campaigns.recipients_page", "mailing.campaigns.check_template",
    "mailing.campaigns.preview", "mailing.campaigns.default_rate",
    "mailing.campaigns.campaign_report", "mailing.campaigns.campaign_reports",
    "mailing.campaigns.campaign_recipients",
}


def _session_functions() -> set[str]:
    """Public functions of the service packages that take a session or a database."""
    found = set()
    package = crm_desktop.services
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != info.name:
                continue
            kinds = {str(p.annotation) for p in inspect.signature(fn).parameters.values()}
            if kinds & {"Session", "Database", "Session | Connection"}:
                found.add(f"{info.name.removeprefix(f'{package.__name__}.')}.{name}")
    return found


def test_every_service_function_is_classified() -> None:
    known = set(WRITES) | set(UNSTAMPED_WRITES) | OWN_SESSION | LATER | READS
    assert _session_functions() - known == set(), "classify the new functions above"


@pytest.mark.xfail(strict=True, reason="the team and sync server writes are checked on "
                                        "PostgreSQL in their own tests")
def test_no_write_is_left_out() -> None:
    assert LATER & _session_functions() == set()


# -- the file, as the test sees it -----------------------------------------------------------------
def _stamped_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if "updated_at" in t.c]


def _snapshot(path: Path) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """Every row of every table by primary key, with (updated_at, changed_by) last."""
    tables: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {}
    with sqlite3.connect(path) as conn:
        for table in Base.metadata.sorted_tables:
            keys = [c.name for c in table.primary_key.columns]
            columns = [c.name for c in table.columns]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            tables[table.name] = {tuple(r[columns.index(k)] for k in keys): tuple(r)
                                  for r in rows}
    return tables


def _changed(before: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]],
             after: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]
             ) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns]
        old, new = before[table.name], after[table.name]
        rows = [dict(zip(columns, row, strict=True)) for key, row in new.items()
                if old.get(key) != row]
        if rows:
            found[table.name] = rows
    return found


def _stored_time(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


@pytest.mark.parametrize("name", sorted(WRITES))
def test_each_write_stamps_its_rows_and_records_a_change(demo_db: dbs.Database,
                                                         demo_path: Path, name: str) -> None:
    admin = person(demo_db, "admin")
    entry = WRITES[name]
    given = None
    if entry.setup is not None:
        with demo_db.session(TESTER) as s:
            given = entry.setup(s)
    before, started = _snapshot(demo_path), datetime.now(UTC)
    with demo_db.session(admin) as s:
        entry.run(s, admin, given)
        s.flush()
        kinds = changes.recorded(s)
    changed = _changed(before, _snapshot(demo_path))
    stamped = {t: rows for t, rows in changed.items() if t not in UNSTAMPED_TABLES}
    assert stamped, f"{name} changed no stamped row"
    assert kinds, f"{name} recorded no change"
    for table, rows in stamped.items():
        for row in rows:
            assert row["changed_by"] == admin.id.bytes, (table, row)
            assert row["updated_at"] >= _stored_time(started), (table, row)
            assert changes.kind_of(table) in kinds, (table, kinds)


@pytest.mark.parametrize("name", sorted(UNSTAMPED_WRITES))
def test_derived_writes_record_a_change(demo_db: dbs.Database, name: str) -> None:
    with demo_db.session(person(demo_db, "admin")) as s:
        UNSTAMPED_WRITES[name](s)
        s.flush()
        assert changes.recorded(s)


def test_a_session_without_an_actor_may_read_but_not_write(demo_db: dbs.Database,
                                                           demo_path: Path) -> None:
    before = _snapshot(demo_path)
    with demo_db.session() as s:
        assert s.scalar(select(Client.id).limit(1)) is not None  # reads are open
    for write in (
        lambda s: s.add(Tag(name="nobody's")),  # an ORM flush
        lambda s: s.execute(update(Client).values(notes="x")),  # a statement
        lambda s: s.execute(update(client_tags).values(deleted_at=NOW)),  # a Core table
        lambda s: insert_rows(s, Tag.__table__, [{"id": uuid.uuid4(), "name": "bulk"}]),
        lambda s: card.save_client(s, card.ClientForm(short_name="Nobody LLP")),
    ):
        with pytest.raises(CrmError) as refused, demo_db.session() as s:
            write(s)
            s.flush()
        assert refused.value.code == "no_actor"
    assert _snapshot(demo_path) == before


def test_rows_are_never_hard_deleted(demo_db: dbs.Database) -> None:
    with pytest.raises(dbs.HardDeleteRefused), demo_db.session(TESTER) as s:
        s.execute(delete(Segment))
    with pytest.raises(dbs.HardDeleteRefused), demo_db.session(TESTER) as s:
        s.delete(s.get(Client, _client(s)))
        s.flush()


def test_bulk_updates_are_stamped_and_bump_updated_at(demo_db: dbs.Database,
                                                      demo_path: Path) -> None:
    """Core and ORM bulk updates through the session get the actor and the time, as merge's
    moves do."""
    admin = person(demo_db, "admin")
    started = _stored_time(datetime.now(UTC))
    with demo_db.session(admin) as s:
        target = _client(s)
        s.execute(update(Client).where(Client.id == target).values(notes="bulk"))
        s.execute(update(client_tags).where(client_tags.c.client_id == target)
                  .values(deleted_at=NOW))
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT updated_at, changed_by FROM clients WHERE id = ? UNION ALL "
                            "SELECT updated_at, changed_by FROM client_tags WHERE client_id = ?",
                            (target.bytes, target.bytes)).fetchall()
    assert rows and all(at >= started and by == admin.id.bytes for at, by in rows)


def test_bulk_inserts_are_stamped_from_the_session(demo_db: dbs.Database,
                                                   demo_path: Path) -> None:
    admin = person(demo_db, "admin")
    tag_id = uuid.uuid4()
    with demo_db.session(admin) as s:
        insert_rows(s, Tag.__table__, [{"id": tag_id, "name": "bulk tag",  # type: ignore[arg-type]
                                        "created_at": NOW, "updated_at": NOW}])
        insert_rows(s, client_tags, [{"client_id": _client(s), "tag_id": tag_id}])
        assert changes.Change.CLIENTS in changes.recorded(s)
    with sqlite3.connect(demo_path) as conn:
        by = conn.execute("SELECT changed_by FROM tags WHERE id = ? UNION ALL SELECT changed_by "
                          "FROM client_tags WHERE tag_id = ?", (tag_id.bytes, tag_id.bytes))
        assert [r[0] for r in by] == [admin.id.bytes, admin.id.bytes]


def test_merge_leaves_the_other_clients_tags_as_tombstones(demo_db: dbs.Database) -> None:
    admin = person(demo_db, "admin")
    with demo_db.session(TESTER) as s:
        survivor, other = _client(s), _client(s, 1)
        s.get(Client, other).tags = writer.tags_named(s, ["merge-a", "merge-b"])  # type: ignore[union-attr]
    with demo_db.session(admin) as s:
        merge.merge_clients(s, survivor, other)
    with demo_db.session() as s:
        links = [link for link in s.scalars(select(ClientTag).where(
            ClientTag.client_id == other)) if link.tag.name.startswith("merge-")]
        assert len(links) == 2 and all(link.deleted_at is not None
                                       and link.changed_by == admin.id for link in links)
        assert {"merge-a", "merge-b"} <= {t.name for t in s.get(Client, survivor).tags}  # type: ignore[union-attr]


def test_a_removed_tag_is_a_tombstone_and_comes_back(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        client_id = _client(s)
        s.get(Client, client_id).tags = writer.tags_named(s, ["kept", "dropped"])  # type: ignore[union-attr]
    with demo_db.session(TESTER) as s:
        s.get(Client, client_id).tags = writer.tags_named(s, ["kept"])  # type: ignore[union-attr]
    with demo_db.session(TESTER) as s:
        client = s.get(Client, client_id)
        assert client is not None and [t.name for t in client.tags] == ["kept"]
        dropped = [link for link in client.tag_links if link.tag.name == "dropped"]
        assert dropped and dropped[0].deleted_at is not None
        client.tags = writer.tags_named(s, ["kept", "dropped"])  # the same row revived
    with demo_db.session() as s:
        client = s.get(Client, client_id)
        assert client is not None and [t.name for t in client.tags] == ["dropped", "kept"]


def test_the_mail_sender_bumps_updated_at_and_keeps_who_queued(demo_db: dbs.Database) -> None:
    admin = person(demo_db, "admin")
    with demo_db.session(admin) as s:
        row_id = _queued(s)
        s.get(OutboxMessage, row_id).status = OutboxStatus.SENDING  # type: ignore[union-attr]
    with demo_db.session() as s:
        queued_at = s.get(OutboxMessage, row_id).updated_at  # type: ignore[union-attr]
    assert mail.recover_interrupted(demo_db) == 1
    with demo_db.session() as s:
        row = s.get(OutboxMessage, row_id)
        assert row is not None and row.status == OutboxStatus.INTERRUPTED
        assert row.changed_by == admin.id and row.updated_at > queued_at


def test_every_table_has_a_change_kind() -> None:
    assert {t.name for t in Base.metadata.sorted_tables} - set(changes.TABLE_CHANGES) == set()
