"""Demo claims: the lists of reasons (by department) and results, and a few dozen claims from
clients, most on one of their orders, at every status, with their status history, an
investigation plan of tasks (events of type task: some done, some still planned, some past
due — the desk's overdue ones), a logged call now and then, a result and the client's
satisfaction when closed.

Runs after every other demo step with its own random stream, so the rest of the demo data stays
what it was before claims existed."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from crm_desktop.models import (
    Claim,
    ClaimReason,
    ClaimResult,
    ClaimSeverity,
    ClaimStatus,
    ClaimStatusChange,
    Direction,
    Event,
    EventStatus,
    EventType,
    Order,
    OrderLine,
)
from crm_desktop.services.claims.statuses import REACHED_AT

if TYPE_CHECKING:
    from .generator import DemoGenerator

COUNT = 40  # a few dozen; a large demo (thousands of clients) gets five times as many
REASONS = (  # (department, reason)
    ("Склад", "Повреждение товара при отгрузке"),
    ("Склад", "Пересортица"),
    ("Склад", "Недовложение"),
    ("Логистика", "Срыв сроков доставки"),
    ("Логистика", "Повреждение при перевозке"),
    ("Отдел продаж", "Ошибка в цене или скидке"),
    ("Отдел продаж", "Некорректная консультация"),
    ("Качество", "Брак изделия"),
    ("Качество", "Несоответствие описанию"),
    ("Бухгалтерия", "Ошибки в документах"),
)
RESULTS = ("Удовлетворена полностью", "Удовлетворена частично", "Замена товара",
           "Компенсация скидкой", "Отклонена")
ESSENCES = {
    "Повреждение товара при отгрузке": "При приёмке обнаружены вмятины на корпусе двух единиц.",
    "Пересортица": "Вместо заказанной модели пришла другая, с иными характеристиками.",
    "Недовложение": "В коробке не хватает комплектующих по накладной.",
    "Срыв сроков доставки": "Поставка задержана на неделю, простаивает монтажная бригада.",
    "Повреждение при перевозке": "Упаковка вскрыта, часть товара разбита в пути.",
    "Ошибка в цене или скидке": "В счёте цена выше согласованной в коммерческом предложении.",
    "Некорректная консультация": "Менеджер подтвердил совместимость, но товар не подошёл.",
    "Брак изделия": "Изделие перестало работать через три дня после запуска.",
    "Несоответствие описанию": "Фактические размеры не совпадают с заявленными в каталоге.",
    "Ошибки в документах": "В счёте-фактуре неверные реквизиты покупателя.",
}
REMEDIES = ("Заменить товар", "Вернуть деньги", "Предоставить скидку на следующий заказ",
            "Допоставить недостающее", "Исправить документы", "")
PLAN = ("Запросить фото и акт у клиента", "Проверить партию на складе",
        "Получить объяснение ответственного", "Согласовать решение с руководителем",
        "Подготовить ответ клиенту", "Организовать замену товара")
SEVERITIES = (ClaimSeverity.LOW, ClaimSeverity.MEDIUM, ClaimSeverity.MEDIUM,
              ClaimSeverity.HIGH, ClaimSeverity.CRITICAL)
# how far each claim got: closed ones are older, open ones recent
STATUSES = ((ClaimStatus.RESOLVED, 0.35), (ClaimStatus.REJECTED, 0.1),
            (ClaimStatus.INVESTIGATING, 0.25), (ClaimStatus.CONFIRMED, 0.15),
            (ClaimStatus.REGISTERED, 0.15))
PATHS = {
    ClaimStatus.REGISTERED: (ClaimStatus.REGISTERED,),
    ClaimStatus.CONFIRMED: (ClaimStatus.REGISTERED, ClaimStatus.CONFIRMED),
    ClaimStatus.INVESTIGATING: (ClaimStatus.REGISTERED, ClaimStatus.CONFIRMED,
                                ClaimStatus.INVESTIGATING),
    ClaimStatus.RESOLVED: (ClaimStatus.REGISTERED, ClaimStatus.CONFIRMED,
                           ClaimStatus.INVESTIGATING, ClaimStatus.RESOLVED),
    ClaimStatus.REJECTED: (ClaimStatus.REGISTERED, ClaimStatus.REJECTED),
}


def _lists(gen: DemoGenerator, conn: Connection) -> tuple[list[dict[str, Any]], list[uuid.UUID]]:
    created = gen.now - timedelta(days=400)
    reasons = [{**gen.stamps(created), "name": name, "department": department,
                "position": position, "active": True}
               for position, (department, name) in enumerate(REASONS)]
    results = [{**gen.stamps(created), "name": name, "position": position, "active": True}
               for position, name in enumerate(RESULTS)]
    gen._insert(conn, ClaimReason, reasons)
    gen._insert(conn, ClaimResult, results)
    return reasons, [r["id"] for r in results]


def make_claims(gen: DemoGenerator, conn: Connection) -> None:
    rng = random.Random(gen.rng.getrandbits(64))  # the last step: nothing else shifts
    reasons, results = _lists(gen, conn)
    o = Order.__table__.c
    orders = conn.execute(select(o.id, o.client_id, o.invoice_id, o.responsible_id,
                                 o.order_date).order_by(o.order_date.desc()).limit(600)).all()
    if not orders or not gen.users:
        return
    lines = OrderLine.__table__.c
    products = dict(conn.execute(select(lines.order_id, lines.product_id)
                                 .where(lines.line_no == 1)).all())
    claims: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    statuses = [status for status, _share in STATUSES]
    weights = [share for _status, share in STATUSES]
    for _n in range(COUNT * (5 if gen.scale.clients > 1000 else 1)):
        order = rng.choice(orders)
        status = rng.choices(statuses, weights)[0]
        closed = status in (ClaimStatus.RESOLVED, ClaimStatus.REJECTED)
        age = rng.randint(20, 300) if closed else rng.randint(1, 45)
        claim_date = gen.today - timedelta(days=age)
        registered = gen.local_dt(claim_date, rng.randint(9, 17), rng.choice((0, 15, 30, 45)))
        reason = rng.choice(reasons)
        responsible = order.responsible_id or rng.choice(gen.users)
        claim_id = gen.new_id()
        path = PATHS[status]
        moments = [registered]
        for _step in path[1:]:
            moments.append(min(gen.now - timedelta(hours=1),
                               moments[-1] + timedelta(days=rng.randint(1, 6),
                                                       hours=rng.randint(0, 8))))
        row: dict[str, Any] = {
            "id": claim_id, "created_at": registered, "updated_at": moments[-1],
            "number": gen.next_number(f"CLM-{claim_date.year}"), "claim_date": claim_date,
            "source": rng.choice(("manual", "manual", "manual", "email")),
            "claimant_kind": "client", "client_id": order.client_id, "contact_id": None,
            "order_id": order.id if rng.random() < 0.8 else None,
            "invoice_id": order.invoice_id, "product_id": products.get(order.id),
            "responsible_id": responsible, "culprit_id": None,
            "department": reason["department"], "essence": ESSENCES[reason["name"]],
            "reason_id": reason["id"], "severity": rng.choice(SEVERITIES).value,
            "remedy": rng.choice(REMEDIES) or None, "status": status.value,
            "due_date": claim_date + timedelta(days=rng.choice((7, 10, 14))),
            "result_id": None, "satisfaction": None, "resolution": None,
            "duplicate_of_id": None,
            **{column: None for column in REACHED_AT.values()},
        }
        for index, (to_status, at) in enumerate(zip(path, moments, strict=True)):
            row[REACHED_AT[to_status]] = at
            history.append({"id": gen.new_id(), "created_at": at, "updated_at": at,
                            "claim_id": claim_id,
                            "from_status": path[index - 1].value if index else None,
                            "to_status": to_status.value, "changed_at": at,
                            "user_id": responsible, "comment": None})
        if status == ClaimStatus.RESOLVED:
            row["result_id"] = rng.choice(results[:4])
            row["satisfaction"] = rng.choices((2, 3, 4, 5), (1, 2, 4, 4))[0]
            row["resolution"] = "Решение согласовано с клиентом."
        elif status == ClaimStatus.REJECTED:
            row["result_id"] = results[-1]
            row["satisfaction"] = rng.choice((1, 2, None))
            row["resolution"] = "Претензия не подтвердилась при проверке."
        claims.append(row)
        if status in (ClaimStatus.INVESTIGATING, ClaimStatus.RESOLVED):
            events += _plan(gen, rng, row, moments[2], closed=closed)
        if rng.random() < 0.5:
            at = registered + timedelta(hours=rng.randint(1, 30))
            events.append(_event(gen, row, EventType.CALL, "Звонок по претензии",
                                 min(at, gen.now), EventStatus.DONE, responsible,
                                 direction=Direction.OUTGOING.value,
                                 result="Клиент подтвердил детали претензии."))
    gen._insert(conn, Claim, claims)
    gen._insert(conn, ClaimStatusChange, history)
    gen._insert(conn, Event, events)


def _event(gen: DemoGenerator, claim: dict[str, Any], kind: EventType, subject: str,
           at: datetime, status: EventStatus, responsible: uuid.UUID,
           direction: str | None = None, result: str | None = None) -> dict[str, Any]:
    done = status == EventStatus.DONE
    return {**gen.stamps(min(at, claim["updated_at"])), "type": kind.value,
            "direction": direction, "subject": subject, "content": None, "start_at": at,
            "end_at": at, "due_at": at, "status": status.value, "result": result,
            "remind_at": None if done else at - timedelta(hours=1),
            "completed_at": at if done else None, "client_id": claim["client_id"],
            "contact_id": None, "deal_id": None, "responsible_id": responsible,
            "chain_id": None, "claim_id": claim["id"]}


def _plan(gen: DemoGenerator, rng: random.Random, claim: dict[str, Any], started: datetime,
          closed: bool) -> list[dict[str, Any]]:
    """Two to four tasks: all done for a resolved claim; for one under investigation the first
    done, the rest planned — some already past their due time."""
    tasks = []
    for index, what in enumerate(rng.sample(PLAN, rng.randint(2, 4))):
        due = started + timedelta(days=2 * (index + 1), hours=rng.randint(0, 6))
        owner = claim["responsible_id"] if rng.random() < 0.7 else rng.choice(gen.users)
        done = closed or index == 0
        if not done and due > gen.now + timedelta(days=20):
            due = gen.now + timedelta(days=rng.randint(1, 10))
        tasks.append(_event(gen, claim, EventType.TASK, what, min(due, gen.now) if done else due,
                            EventStatus.DONE if done else EventStatus.PLANNED, owner,
                            result="Выполнено" if done else None))
    return tasks
