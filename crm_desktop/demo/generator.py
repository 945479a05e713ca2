"""Realistic, reproducible demo data for our users' world, written with bulk inserts.

The same seed and the same `today` give the same rows, ids included. `small` is what `make run`
opens; `large` is the scale the benchmarks measure (≈100 000 clients, 2 000 000 events).
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session
from stdnum.ru import inn as ru_inn
from stdnum.ua import edrpou

from crm_desktop.demo import images, pools
from crm_desktop.demo.claims import make_claims
from crm_desktop.demo.orders import make_orders
from crm_desktop.models import (
    Attachment,
    BankAccount,
    Client,
    Company,
    Contact,
    Deal,
    DealStageChange,
    Email,
    Event,
    LossReason,
    NumberCounter,
    Order,
    OrderLine,
    OrderStatusChange,
    Payment,
    Phone,
    Pipeline,
    PipelineStage,
    PriceType,
    Product,
    ProductCategory,
    ProductPrice,
    SalesDocument,
    SalesDocumentLine,
    SearchTerm,
    Setting,
    SharedSetting,
    Shipment,
    ShipmentLine,
    StockLevel,
    Tag,
    TermsOfSale,
    User,
    Warehouse,
    shared_setting_id,
    uuid7_from,
)
from crm_desktop.models.enums import (
    ClientKind,
    ClientStatus,
    DealStage,
    DealStatus,
    Direction,
    DocumentKind,
    DocumentStatus,
    EventStatus,
    EventType,
    PaymentMethod,
    PhoneKind,
    PipelineMode,
    Role,
    ShipmentStatus,
)
from crm_desktop.services.clients.forms import ClientForm, ContactForm, EmailForm, PhoneForm
from crm_desktop.services.clients.writer import ClientWriter, trusted_e164
from crm_desktop.services.core.attachments import stored_path
from crm_desktop.services.core.bulk import BATCH, insert_rows
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import DEMO
from crm_desktop.services.locale.regions import CITIES, COUNTRIES, City
from crm_desktop.services.locale.taxids import kz_check_digit
from crm_desktop.services.sales.deals.history import plausible_moments
from crm_desktop.services.sales.pricing import line_amounts, round_money

UNKNOWN_SCALE = error_code("demo.unknown_scale", "Unknown demo scale {scale!r}; use small or large")
HAS_CLIENTS = error_code("demo.has_clients", "The database {label} already has clients; create "
                         "demo data in a new file")


CENT = Decimal("0.01")
# Demo exchange rates: how many KZT one unit of the client's currency is worth.
KZT_PER_UNIT = {"KZT": Decimal(1), "AZN": Decimal("295"), "UAH": Decimal("12.1"),
                "MNT": Decimal("0.146"), "RUB": Decimal("5.6")}
COUNTRY_WEIGHTS = {"KZ": 40, "RU": 20, "AZ": 15, "UA": 15, "MN": 10}
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "ə": "a", "ğ": "g", "ı": "i", "ş": "sh", "ç": "ch", "ö": "o", "ü": "u", "'": "",
})


@dataclass(frozen=True)
class Scale:
    clients: int
    salespeople: int
    products: int
    contacts_per_client: float
    events_per_client: float
    deals_per_client: float
    invoices_per_client: float
    quotes_per_client: float


_OPEN, _WON, _LOST = DealStatus.OPEN, DealStatus.WON, DealStatus.LOST
# (name, mode, default, stages: (name, key, probability, outcome, required fields))
DEMO_PIPELINES = (
    ("Sales", PipelineMode.MANUAL, True, (
        ("New", DealStage.NEW, 10, _OPEN, ()),
        ("Qualified", DealStage.QUALIFIED, 25, _OPEN, ()),
        ("Proposal", DealStage.PROPOSAL, 45, _OPEN, ("amount",)),
        ("Negotiation", DealStage.NEGOTIATION, 60, _OPEN, ()),
        ("Contract", DealStage.CONTRACT, 80, _OPEN, ("expected_close",)),
        ("Won", "won", 100, _WON, ()), ("Lost", "lost", 0, _LOST, ()))),
    ("Wholesale", PipelineMode.STRICT, False, (
        ("Inquiry", DealStage.NEW, 10, _OPEN, ()),
        ("Terms agreed", DealStage.QUALIFIED, 30, _OPEN, ("client_terms",)),
        ("Proposal", DealStage.PROPOSAL, 50, _OPEN, ("amount", "contact")),
        ("Invoice", "invoice", 75, _OPEN, ("expected_close",)),
        ("Won", "won", 100, _WON, ()), ("Lost", "lost", 0, _LOST, ()))),
    ("Projects", PipelineMode.NONE, False, (
        ("In progress", None, 20, _OPEN, ()),
        ("Won", "won", 100, _WON, ()), ("Lost", "lost", 0, _LOST, ()))),
)

# The demo's pipeline and stage names in the interface language the demo is made for (the
# stored names are data: they stay as made when the language changes later). English by
# default: the tests read the English names.
PIPELINE_WORDS: dict[str, dict[str, str]] = {
    "ru": {"Sales": "Продажи", "Wholesale": "Опт", "Projects": "Проекты", "New": "Новая",
           "Qualified": "Квалификация", "Proposal": "Предложение", "Negotiation": "Переговоры",
           "Contract": "Договор", "Won": "Выиграна", "Lost": "Проиграна", "Inquiry": "Запрос",
           "Terms agreed": "Условия согласованы", "Invoice": "Счёт", "In progress": "В работе"},
    "uk": {"Sales": "Продажі", "Wholesale": "Гурт", "Projects": "Проєкти", "New": "Нова",
           "Qualified": "Кваліфікація", "Proposal": "Пропозиція", "Negotiation": "Переговори",
           "Contract": "Договір", "Won": "Виграна", "Lost": "Програна", "Inquiry": "Запит",
           "Terms agreed": "Умови погоджено", "Invoice": "Рахунок", "In progress": "У роботі"},
    "kk": {"Sales": "Сату", "Wholesale": "Көтерме", "Projects": "Жобалар", "New": "Жаңа",
           "Qualified": "Іріктеу", "Proposal": "Ұсыныс", "Negotiation": "Келіссөз",
           "Contract": "Шарт", "Won": "Сәтті", "Lost": "Сәтсіз", "Inquiry": "Сұраныс",
           "Terms agreed": "Шарттар келісілді", "Invoice": "Шот", "In progress": "Жұмыста"},
    "az": {"Sales": "Satış", "Wholesale": "Topdan satış", "Projects": "Layihələr",
           "New": "Yeni", "Qualified": "Seçilmiş", "Proposal": "Təklif",
           "Negotiation": "Danışıqlar", "Contract": "Müqavilə", "Won": "Qazanılıb",
           "Lost": "İtirilib", "Inquiry": "Sorğu", "Terms agreed": "Şərtlər razılaşdırılıb",
           "Invoice": "Hesab", "In progress": "İcrada"},
    "mn": {"Sales": "Борлуулалт", "Wholesale": "Бөөний худалдаа", "Projects": "Төслүүд",
           "New": "Шинэ", "Qualified": "Шалгагдсан", "Proposal": "Санал",
           "Negotiation": "Хэлэлцээ", "Contract": "Гэрээ", "Won": "Ялсан", "Lost": "Алдсан",
           "Inquiry": "Хүсэлт", "Terms agreed": "Нөхцөл тохирсон", "Invoice": "Нэхэмжлэх",
           "In progress": "Хийгдэж буй"},
}

SCALES = {
    "small": Scale(200, 5, 150, 3.0, 15.0, 3.0, 2.0, 0.5),
    "large": Scale(100_000, 40, 10_000, 3.0, 20.0, 3.0, 2.0, 0.5),
}


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(frozen=True)
class _DealRow:
    id: uuid.UUID
    status: DealStatus
    created: datetime
    closed: datetime | None


@dataclass
class _ClientRow:
    id: uuid.UUID
    country: str
    currency: str
    responsible: uuid.UUID
    since: datetime
    contacts: list[uuid.UUID] = field(default_factory=list)
    deals: list[uuid.UUID] = field(default_factory=list)
    deal_rows: list[_DealRow] = field(default_factory=list)


def translit(text: str) -> str:
    """A plain Latin spelling for e-mail addresses and Latin company names."""
    return text.lower().translate(TRANSLIT)


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def slug(text: str) -> str:
    """A company name as the first part of its web domain: 'Астана Трейд' → 'astana-trade'."""
    words = ["".join(ch for ch in translit(word) if ch.isascii() and ch.isalnum())
             for word in text.replace("_", " ").split()]
    return "-".join(word for word in words if word)


def shop_price(value: Decimal, currency: str) -> Decimal:
    """A price as shops set it, then rounded by the one rule (`pricing.round_money`):
    45 123 → 44 990, 8 123 → 7 990, 155.90 → 159, 12.30 → 11.99; below 10 only the rule."""
    steps = ((Decimal(10_000), Decimal(1000), Decimal(10)), (Decimal(1000), Decimal(500),
                                                             Decimal(10)),
             (Decimal(100), Decimal(10), Decimal(1)), (Decimal(10), Decimal(1), CENT))
    for floor, step, less in steps:
        if value >= floor - less:  # a price already ending in 9s keeps its band: 990 stays
            nice = ((value + less) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
            return round_money(nice - less, currency)
    return round_money(value, currency)


class DemoGenerator:
    """Fills an empty database; every row derives from `seed` and `today` only."""

    def __init__(self, scale: str = "small", seed: int = 1, today: date | None = None,
                 progress: Callable[[str], None] | None = None, language: str = "en") -> None:
        if scale not in SCALES:
            raise CrmError(UNKNOWN_SCALE, scale=scale)
        words = PIPELINE_WORDS.get(language, {})
        self.word: Callable[[str], str] = lambda name: words.get(name, name)
        self.scale = SCALES[scale]
        self.rng = random.Random(seed)
        self.today = today or date.today()
        local_midnight = datetime.combine(self.today, time(0)).astimezone()
        self.now = local_midnight.astimezone(UTC) + timedelta(hours=12)
        self.epoch_ms = int((self.now - timedelta(days=800)).timestamp() * 1000)
        self._id_ms = self.epoch_ms
        self.progress = progress or (lambda _msg: None)
        self.summary = DemoSummary()
        self.clients: list[_ClientRow] = []
        self.users: list[uuid.UUID] = []
        self.products: list[tuple[uuid.UUID, str, str, Decimal, Decimal]] = []
        self.counters: dict[str, int] = {}

    # -- small helpers -------------------------------------------------------------------------
    def new_id(self) -> uuid.UUID:
        """Time-ordered and reproducible: a ms counter from a fixed epoch plus seeded bits."""
        self._id_ms += 1
        return uuid7_from(self._id_ms, self.rng.getrandbits(74))

    def stamps(self, created: datetime | None = None) -> dict[str, Any]:
        created = created or self.now
        return {"id": self.new_id(), "created_at": created, "updated_at": created}

    def local_dt(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)

    def next_number(self, series: str) -> str:
        value = self.counters.get(series, 0) + 1
        self.counters[series] = value
        return f"{series}-{value:06d}"

    def _insert(self, conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> None:
        target: Table = table if isinstance(table, Table) else table.__table__
        count = insert_rows(conn, target, rows, DEMO)
        self.summary.counts[target.name] = self.summary.counts.get(target.name, 0) + count

    # -- people, phones, tax ids ----------------------------------------------------------------
    def person_name(self, country: str) -> tuple[str, str, bool]:
        males, females, surnames, female_suffix = pools.PEOPLE[country]
        female = self.rng.random() < 0.45
        first = self.rng.choice(females if female else males)
        surname = self.rng.choice(surnames)
        if female and female_suffix and surname.endswith(("ов", "ев", "ин", "ov", "ev", "yev")):
            surname += female_suffix
        if country == "MN":
            return first, f"{surname} {first}", female
        return first, f"{first} {surname}", female

    def city(self, country: str) -> City:
        return self.rng.choice([c for c in CITIES if c.country == country])

    def landline(self, city: City) -> str:
        country = COUNTRIES[city.country]
        rest = int(self.rng.choice(city.leading_digits)) * 10 ** (city.subscriber_digits - 1)
        rest += self.rng.randrange(10 ** (city.subscriber_digits - 1))
        return f"+{country.dial}{city.area_code}{rest}"

    def mobile(self, country_code: str) -> str:
        country = COUNTRIES[country_code]
        prefix = self.rng.choice(country.mobile_prefixes)
        digits = country.mobile_digits
        rest = self.rng.randint(2, 9) * 10 ** (digits - 1) + self.rng.randrange(10 ** (digits - 1))
        return f"+{country.dial}{prefix}{rest}"

    def tax_id(self, country: str, person: bool, ru_region: str = "77") -> str:
        """A valid tax ID of the country; a Russian one registered in `ru_region` (the first
        two digits of an INN: 77 Moscow, 78 Saint Petersburg, 25 Primorsky Krai…)."""
        r = self.rng
        while True:
            if country == "KZ":
                if person:  # IIN: birth date, century/sex digit, serial
                    body = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                    body += f"{r.choice('3456')}{r.randrange(10000):04d}"
                else:  # BIN: registration year/month, type 4 (legal entity), 0 (head office)
                    body = f"{r.randint(0, 25):02d}{r.randint(1, 12):02d}40{r.randrange(10**5):05d}"
                check = kz_check_digit(body)
                if check is not None:
                    return f"{body}{check}"
            elif country == "AZ":
                body = f"{r.randrange(10**8):08d}"
                az_weights = (4, 1, 8, 6, 2, 7, 5, 3)
                check = sum(w * int(d) for w, d in zip(az_weights, body, strict=True)) % 11
                if check < 10:
                    return f"{body}{check}{'2' if person else '1'}"
            elif country == "UA":
                if person:
                    body = f"{r.randrange(10**9):09d}"
                    ua_weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
                    check = sum(w * int(d) for w, d in zip(ua_weights, body, strict=True)) % 11 % 10
                    return f"{body}{check}"
                body = f"{r.randint(1, 4)}{r.randrange(10**6):06d}"
                return body + edrpou.calc_check_digit(body)
            elif country == "RU":
                if person:
                    body = f"{ru_region}{r.randrange(10**8):08d}"
                    return body + ru_inn.calc_personal_check_digits(body)
                body = f"{ru_region}{r.randrange(10**7):07d}"
                return body + ru_inn.calc_company_check_digit(body)
            else:  # MN
                if person:
                    letters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
                    return f"{r.choice(letters)}{r.choice(letters)}{r.randrange(10**8):08d}"
                return f"{r.randint(2, 9)}{r.randrange(10**6):06d}"

    def company_name(self, country: str) -> tuple[str, str]:
        r = self.rng
        if r.random() < 0.12:
            first_word = r.choice(pools.LATIN_WORDS[country]).replace("_", " ")
            name = f"{first_word} {r.choice(pools.LATIN_SECOND)}"
            return name, f"{name} {pools.LATIN_FORMS[country]}"
        first, second, third = pools.COMPANY_WORDS[country]
        name = f"{r.choice(first)} {r.choice(second)}"
        if r.random() < 0.35:
            name += f" {r.choice(third)}"
        form, quoted = r.choice(pools.LEGAL_FORMS[country])
        full = f"{form} «{name}»" if quoted else f"{name} {form}"
        return name, full

    # -- the parts ------------------------------------------------------------------------------
    def run(self, db: Database) -> DemoSummary:
        started = datetime.now()
        with db.engine.begin() as conn:
            if conn.execute(select(func.count()).select_from(Client.__table__)).scalar():
                raise CrmError(HAS_CLIENTS, label=db.label)
            if db.is_sqlite:
                conn.exec_driver_sql("PRAGMA synchronous=OFF")
            self.progress("users and company")
            self.make_users(conn)
            self.make_company(conn)
            self.progress("catalogue")
            self.make_catalogue(conn)
        # Bulk loading into indexed tables is dominated by random B-tree inserts; building the
        # secondary indexes once at the end is several times faster on SQLite.
        bulk_models = (Contact, Phone, Email, Deal, DealStageChange, SalesDocument,
                       SalesDocumentLine, Shipment, ShipmentLine, Payment, Event, SearchTerm,
                       Order, OrderLine, OrderStatusChange)
        bulk_tables = [cast(Table, model.__table__) for model in bulk_models]
        deferred = [ix for table in bulk_tables for ix in table.indexes if not ix.unique]
        if db.is_sqlite:
            with db.engine.begin() as conn:
                for index in deferred:
                    index.drop(conn)
        steps: list[tuple[str, Callable[[Session], None]]] = [
            ("clients and contacts", self.make_clients),
            ("terms of sale", lambda s: self.make_terms(s.connection())),
            ("deals", lambda s: self.make_deals(s.connection())),
            ("invoices, shipments and payments", lambda s: self.make_documents(s.connection())),
            ("events", lambda s: self.make_events(s.connection())),
            ("orders", lambda s: make_orders(self, s.connection())),
            ("claims", lambda s: make_claims(self, s.connection())),
        ]
        for label, step in steps:
            self.progress(label)
            with db.session(DEMO) as s:
                if db.is_sqlite:
                    s.connection().exec_driver_sql("PRAGMA synchronous=OFF")
                    s.connection().exec_driver_sql("PRAGMA cache_size=-200000")  # ≈200 MB
                step(s)
        if db.is_sqlite:
            self.progress("indexes")
            with db.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA cache_size=-200000")
                for index in deferred:
                    index.create(conn)
        with db.engine.begin() as conn:
            self._insert(conn, NumberCounter, (
                {"series": series, "device": "", "last_value": value}
                for series, value in sorted(self.counters.items())))
        if db.is_sqlite:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA optimize")
        self.summary.seconds = (datetime.now() - started).total_seconds()
        return self.summary

    def make_users(self, conn: Connection) -> None:
        fixed = [
            ("admin", "Администратор", Role.ADMIN, "KZ"),
            ("d.seitkali", "Дамир Сейткали", Role.HEAD_OF_SALES, "KZ"),
            ("a.nurlanova", "Айгерим Нурланова", Role.SALESPERSON, "KZ"),
            ("e.mammadov", "Elçin Məmmədov", Role.SALESPERSON, "AZ"),
            ("o.kovalenko", "Оксана Коваленко", Role.SALESPERSON, "UA"),
            ("b.dorj", "Дорж Батбаяр", Role.SALESPERSON, "MN"),
            ("i.smirnov", "Игорь Смирнов", Role.SALESPERSON, "RU"),
        ]
        rows = []
        for login, name, role, country in fixed:
            rows.append((login, name, role, country))
        for n in range(self.scale.salespeople - 5):
            country = self._country()
            _first, name, _f = self.person_name(country)
            rows.append((f"sales{n + 1:03d}", name, Role.SALESPERSON, country))
        records = []
        for login, name, role, _country in rows:
            st = self.stamps(self.now - timedelta(days=760))
            if role == Role.SALESPERSON:
                self.users.append(st["id"])
            records.append({
                **st, "login": login, "full_name": name, "role": role.value,
                # everyone works in the Almaty office: a Kazakh mobile, whoever they sell to
                "email": f"{login}@dalatrade.kz", "phone": self.mobile("KZ"),
                "email_signature": f"{name}\nТОО «Дала Трейд Групп»\n+7 727 250 10 20",
                "active": True,
            })
        self._insert(conn, User, records)
        self._insert(conn, Setting, [
            {"key": "default_user_login", "value": "a.nurlanova"},
            {"key": "device_code", "value": ""},
        ])
        self._insert(conn, SharedSetting, [
            {"id": shared_setting_id("exchange_rates"), "key": "exchange_rates",
             "created_at": self.now,
             "value": {code: str(rate) for code, rate in KZT_PER_UNIT.items() if code != "KZT"}},
        ])

    def picture(self, file_name: str, data: bytes, created: datetime) -> dict[str, Any]:
        """Put a PNG into the attachment store (by its SHA-256, once) and give its row."""
        digest = hashlib.sha256(data).hexdigest()
        target = stored_path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(target)
        return {**self.stamps(created), "sha256": digest, "file_name": file_name,
                "mime_type": "image/png", "size": len(data), "client_id": None,
                "event_id": None, "document_id": None, "claim_id": None}

    def make_company(self, conn: Connection) -> None:
        """The demo's own company with its bank account, logo, stamp and two signatures, so
        that a document printed on first start looks like one a customer receives."""
        created = self.now - timedelta(days=760)
        pictures = {
            "logo": self.picture("logo.png", images.logo("Дала Трейд", "ДТ"), created),
            "stamp": self.picture("stamp.png", images.stamp(
                "ТОО «ДАЛА ТРЕЙД ГРУПП» • АЛМАТЫ • КАЗАХСТАН",
                ["ДАЛА ТРЕЙД", "БИН", "180240015436", "Алматы"]), created),
            "director": self.picture("signature-director.png", images.signature(11), created),
            "accountant": self.picture("signature-accountant.png", images.signature(29),
                                       created),
        }
        self._insert(conn, Attachment, pictures.values())
        company = self.stamps(created)
        self._insert(conn, Company, [{
            **company, "logo_image_id": pictures["logo"]["id"],
            "stamp_image_id": pictures["stamp"]["id"],
            "director_signature_id": pictures["director"]["id"],
            "accountant_signature_id": pictures["accountant"]["id"],
            "legal_name": "Товарищество с ограниченной ответственностью "
            "«Дала Трейд Групп»", "short_name": "ТОО «Дала Трейд Групп»", "country": "KZ",
            "tax_id": "180240015436", "address": "050000, г. Алматы, пр. Абая, 150/230, офис 12",
            "phone": "+77272501020", "email": "info@dalatrade.kz", "website": "dalatrade.kz",
            "director_name": "Сейткали Дамир Ерланович",
            "accountant_name": "Жумабаева Гульнара Асхатовна", "default_currency": "KZT",
            "vat_rate": Decimal("16.00"), "vat_included": True,
        }])
        self._insert(conn, BankAccount, [{
            **self.stamps(self.now - timedelta(days=760)), "company_id": company["id"],
            "bank_name": "АО «Халык Банк Казахстана»", "account": "KZ86125KZT5004100100",
            "bic": "HSBKKZKX", "currency": "KZT", "is_default": True,
        }])

    def make_catalogue(self, conn: Connection) -> None:
        r = self.rng
        created = self.now - timedelta(days=750)
        categories: list[dict[str, Any]] = []
        leaves: list[tuple[uuid.UUID, str, str]] = []
        for order, (name, kind, children) in enumerate(pools.CATEGORIES):
            parent = {**self.stamps(created), "parent_id": None, "name": name, "kind": kind,
                      "sort_order": order}
            categories.append(parent)
            for child_order, child in enumerate(children):
                child_name = child.replace("_", " ")
                row = {**self.stamps(created), "parent_id": parent["id"], "name": child_name,
                       "kind": kind, "sort_order": child_order}
                categories.append(row)
                leaves.append((row["id"], child_name, kind))
        self._insert(conn, ProductCategory, categories)

        price_types = [{**self.stamps(created), "name": name, "is_default": default}
                       for name, default in (("Розничная", True), ("Оптовая", False),
                                             ("Дилерская", False))]
        self._insert(conn, PriceType, price_types)
        self.price_type_ids = [pt["id"] for pt in price_types]
        warehouses = [{**self.stamps(created), "name": name, "is_main": main, "group_name": group}
                      for name, main, group in (("Алматы, основной склад", True, "Алматы"),
                                                ("Астана", True, "Астана"),
                                                ("Транзит", False, None))]
        self._insert(conn, Warehouse, warehouses)

        products: list[dict[str, Any]] = []
        prices: list[dict[str, Any]] = []
        stock: list[dict[str, Any]] = []
        photos: dict[str, dict[str, Any]] = {}  # one photo per model, shared by its variants
        names = {leaf: self._product_names(leaf) for _id, leaf, _kind in leaves}
        for n in range(self.scale.products):
            cat_id, cat_name, kind = leaves[n % len(leaves)]
            _prefix, _brands, _models, low, high = pools.PRODUCT_TEMPLATES[cat_name]
            code = f"P{n + 1:05d}"
            if names[cat_name]:
                name, model = names[cat_name].pop()
            else:  # a large catalogue runs out of models: the article tells versions apart
                model = r.choice(pools.PRODUCT_TEMPLATES[cat_name][2]).replace("_", " ")
                name = f"{pools.PRODUCT_TEMPLATES[cat_name][0]} {model}, арт. {code}".strip()
            if kind != "service" and model not in photos:
                words = model.split()
                at = next((i for i, w in enumerate(words) if w.isascii()), 0)
                photos[model] = self.picture(f"{code}.png", images.product_photo(
                    pools.PHOTO_KINDS[cat_name], " ".join(words[at + 1:]), words[at],
                    r.getrandbits(32)), created)
            recommended = shop_price(Decimal(r.randrange(low, high)), "KZT")
            minimum = min(recommended, shop_price(
                recommended * Decimal(r.choice(("0.85", "0.88", "0.9", "0.92"))), "KZT"))
            unit = {"component": "шт", "product": "шт", "service": "усл."}[kind]
            row = {**self.stamps(created), "category_id": cat_id, "code": code,
                   "name": name, "unit": unit, "description": None,
                   "image_id": photos[model]["id"] if kind != "service" else None,
                   "recommended_price": recommended, "minimum_price": minimum,
                   "vat_rate": Decimal("16.00"), "active": r.random() > 0.03}
            products.append(row)
            self.products.append((row["id"], name, unit, recommended, minimum))
            for pt, factor in zip(price_types, ("1", "0.95", "0.9"), strict=True):
                prices.append({**self.stamps(created), "product_id": row["id"],
                               "price_type_id": pt["id"],
                               "price": max(minimum, shop_price(recommended * Decimal(factor),
                                                                "KZT"))})
            if kind != "service":
                for wh in warehouses:
                    stock.append({**self.stamps(created), "product_id": row["id"],
                                  "warehouse_id": wh["id"],
                                  "quantity": Decimal(r.choice((0, 0, 1, 3, 5, 12, 40, 150)))})
        self._insert(conn, Attachment, photos.values())
        self._insert(conn, Product, products)
        self._insert(conn, ProductPrice, prices)
        self._insert(conn, StockLevel, stock)

    def _product_names(self, leaf: str) -> list[tuple[str, str]]:
        """Every distinct (name, model) of a category, shuffled: the products take them in
        turn, so no two share a name and none needs a number after it."""
        prefix, brands, models, _low, _high = pools.PRODUCT_TEMPLATES[leaf]
        found = []
        for brand in brands or ("",):
            for model in models:
                for variant in pools.VARIANTS.get(leaf, ("",)):
                    base = " ".join(w for w in (prefix, brand, model.replace("_", " ")) if w)
                    found.append((f"{base}, {variant}" if variant else base,
                                  model.replace("_", " ")))
        self.rng.shuffle(found)
        return found

    def _country(self) -> str:
        return self.rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]

    def make_clients(self, s: Session) -> None:
        """Clients with contacts, phones, e-mails and tags, written like every client is
        (`services.clients.writer`: name keys and search terms included)."""
        self._insert(s.connection(), Tag, ({**self.stamps(), "name": t} for t in pools.TAGS))
        writer = ClientWriter(s, new_id=self.new_id)
        r = self.rng
        for _n in range(self.scale.clients):
            country = self._country()
            city = self.city(country)
            person = r.random() < 0.15
            if person:  # a sole trader writes from a public mail service of the country
                owner_first, short, _f = self.person_name(country)
                form = pools.PERSON_FORMS[country]
                full = f"{form} {short}".strip()
                domain = r.choice(pools.PERSONAL_MAIL[country])
            else:  # a company from its own domain: its name, its country's zone
                short, full = self.company_name(country)
                domain = f"{slug(short)}.{pools.COUNTRY_DOMAINS[country]}"
            city_name, region_name = pools.PLACES[city.name]
            since = self.now - timedelta(days=r.randint(30, 760), minutes=r.randint(0, 1440))
            responsible = r.choice(self.users)
            client = _ClientRow(self.new_id(), country, COUNTRIES[country].currency, responsible,
                                since)
            status = r.choices(list(ClientStatus), weights=(10, 15, 65, 10))[0]
            card = ClientForm(
                id=client.id, kind=ClientKind.PERSON if person else ClientKind.ORGANIZATION,
                short_name=short, full_name=full,
                tax_id=self.tax_id(country, person, pools.RU_INN_REGIONS.get(city.name, "77")),
                country=country, region=region_name, city=city_name,
                address=f"{city_name}, {r.choice(pools.STREETS[country])}, {r.randint(1, 220)}",
                source=r.choice(pools.SOURCES), status=status, responsible_id=responsible,
                currency=client.currency, language=COUNTRIES[country].language)
            card.tags = r.sample(pools.TAGS, k=r.choice((0, 0, 1, 1, 2)))
            card.phones = [PhoneForm(self.landline(city), PhoneKind.WORK)]
            n_contacts = 1 if person else max(1, round(r.gauss(self.scale.contacts_per_client
                                                                 + 0.35, 1.0)))
            for index in range(n_contacts):
                first, name, _female = self.person_name(country)
                if person and index == 0:
                    first, name = owner_first, short
                contact_id = self.new_id()
                client.contacts.append(contact_id)
                position = "" if person else r.choice(pools.POSITIONS).replace("_", " ")
                mobile = PhoneForm(self.mobile(country), PhoneKind.MOBILE)
                surname = next((w for w in name.split() if w != first), first)
                local = f"{slug(first)[:1]}.{slug(surname)}" if not person else (
                    f"{slug(first)}.{slug(surname)}{r.randrange(100, 999)}")
                address = f"{local}@{domain}"
                card.contacts.append(ContactForm(name, position, is_primary=index == 0,
                                                 phones=[mobile], emails=[EmailForm(address)],
                                                 id=contact_id))
            self.clients.append(client)
            writer.add(card, trusted_e164(card), created_at=since)
        writer.flush()
        for table, count in writer.counts.items():
            self.summary.counts[table] = self.summary.counts.get(table, 0) + count

    def make_terms(self, conn: Connection) -> None:
        """A contract for every fourth client: wholesale or dealer prices, a discount."""
        r = self.rng

        def rows() -> Iterator[dict[str, Any]]:
            for client in self.clients:
                if r.random() < 0.25:
                    yield {**self.stamps(client.since), "client_id": client.id,
                           "price_type_id": r.choice(self.price_type_ids[1:]),
                           "discount_pct": Decimal(r.choice((0, 2, 3, 5))),
                           "payment_days": r.choice((5, 10, 14, 30)), "currency": None}

        self._insert(conn, TermsOfSale, rows())

    def make_pipelines(self, conn: Connection) -> list[tuple[uuid.UUID, list[dict[str, Any]]]]:
        """The demo's pipelines (DEMO_PIPELINES) and the loss reasons; returns each pipeline's
        id with its stage rows in order."""
        made = []
        # a new file already has the default pipeline and loss reasons the migration made:
        # the demo's own take their place
        conn.execute(update(Pipeline).values(deleted_at=self.now, is_default=False))
        conn.execute(update(PipelineStage).values(deleted_at=self.now))
        conn.execute(update(LossReason).values(deleted_at=self.now))
        for position, (name, mode, default, stages) in enumerate(DEMO_PIPELINES):
            pipeline = {**self.stamps(self.now - timedelta(days=800)), "name": self.word(name),
                        "mode": mode.value, "position": position, "is_default": default}
            self._insert(conn, Pipeline, [pipeline])
            rows = [{**self.stamps(pipeline["created_at"]), "pipeline_id": pipeline["id"],
                     "name": self.word(stage), "key": key, "position": index,
                     "probability": probability,
                     "outcome": outcome.value, "required_fields": list(required),
                     "next_stages": []}
                    for index, (stage, key, probability, outcome, required)
                    in enumerate(stages)]
            self._insert(conn, PipelineStage, rows)
            made.append((pipeline["id"], rows))
        self._insert(conn, LossReason, (
            {**self.stamps(self.now - timedelta(days=800)), "name": name, "position": index}
            for index, name in enumerate(pools.LOSS_REASONS)))
        return made

    def make_deals(self, conn: Connection) -> None:
        """Deals in the demo's pipelines (most in the default one), each with a plausible
        history of moves: opened at the first stage, through each stage up to its own, and
        closed (won or lost) at its close."""
        r = self.rng
        pipelines = self.make_pipelines(conn)
        deals: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for client in self.clients:
            for _ in range(self._count(self.scale.deals_per_client)):
                pipeline_id, stages = r.choices(pipelines, weights=(75, 15, 10))[0]
                opened = [st for st in stages if st["outcome"] == DealStatus.OPEN.value]
                final = {st["outcome"]: st for st in stages if st["outcome"] != "open"}
                created = client.since + timedelta(days=r.randint(0, max(
                    1, (self.now - client.since).days)))
                status = r.choices(list(DealStatus), weights=(30, 50, 20))[0]
                if status == DealStatus.OPEN:  # work at hand: opened in the last months
                    created = max(client.since, self.now - timedelta(days=r.randint(2, 150)))
                reached = (len(opened) - 1 if status == DealStatus.WON
                           else r.randrange(len(opened)))
                path = opened[:reached + 1] + ([final[status.value]]
                                               if status != DealStatus.OPEN else [])
                closed = (min(self.now, created + timedelta(days=r.randint(5, 90)))
                          if status != DealStatus.OPEN else None)
                moments = plausible_moments(r, len(path), created, closed or self.now,
                                            closes=closed is not None)
                amount = shop_price(Decimal(r.randrange(150_000, 12_000_000, 1000))
                                    / KZT_PER_UNIT[client.currency], client.currency)
                deal_id = self.new_id()
                client.deals.append(deal_id)
                client.deal_rows.append(_DealRow(deal_id, status, created, closed))
                deals.append({
                    "id": deal_id, "created_at": created, "updated_at": moments[-1],
                    "client_id": client.id, "title": r.choice(pools.DEAL_TITLES),
                    "contact_id": r.choice(client.contacts)
                    if client.contacts and r.random() < 0.7 else None,
                    "pipeline_id": pipeline_id, "stage_id": path[-1]["id"],
                    "stage_entered_at": moments[-1], "status": status.value, "amount": amount,
                    "currency": client.currency, "probability": path[-1]["probability"],
                    "responsible_id": client.responsible,
                    "expected_close": (created + timedelta(days=r.randint(14, 120))).date()
                    if status != DealStatus.OPEN
                    else self.today + timedelta(days=r.randint(-12, 90)),
                    "source": r.choice(pools.SOURCES),
                    "loss_reason": r.choice(pools.LOSS_REASONS)
                    if status == DealStatus.LOST else None,
                    "loss_comment": None, "closed_at": closed,
                })
                for index, (stage, at) in enumerate(zip(path, moments, strict=True)):
                    history.append({
                        "id": self.new_id(), "created_at": at, "updated_at": at,
                        "deal_id": deal_id, "changed_at": at, "to_stage_id": stage["id"],
                        "from_stage_id": path[index - 1]["id"] if index else None,
                        "user_id": client.responsible,
                        "seconds_in_previous": int((at - moments[index - 1]).total_seconds())
                        if index else None})
            if len(history) >= BATCH:
                self._insert(conn, Deal, deals)
                self._insert(conn, DealStageChange, history)
                deals.clear()
                history.clear()
        self._insert(conn, Deal, deals)
        self._insert(conn, DealStageChange, history)

    def _count(self, mean: float) -> int:
        """A count around `mean` (0 … 2·mean), reproducible."""
        return int(self.rng.random() * 2 * mean + 0.5)

    def make_documents(self, conn: Connection) -> None:
        """Quotes, invoices, shipments and payments, each for one of the client's deals, so
        that the desk's figures agree (services/sales/metrics.py): every sale (an invoice paid
        in full) belongs to a won deal; a won deal was invoiced; an open deal may have a quote
        or an invoice still to pay; a lost one a declined quote. Old invoices are settled:
        what is still open or overdue is from the last weeks. A won deal's amount is what was
        invoiced for it."""
        r = self.rng
        documents: list[dict[str, Any]] = []
        doc_lines: list[dict[str, Any]] = []
        shipments: list[dict[str, Any]] = []
        ship_lines: list[dict[str, Any]] = []
        payments: list[dict[str, Any]] = []
        amounts: list[dict[str, Any]] = []
        self.clients_with_sales: set[uuid.UUID] = set()
        vat = Decimal("16")
        for client in self.clients:
            rate = KZT_PER_UNIT[client.currency]
            for deal in client.deal_rows:
                invoiced = Decimal(0)
                for kind, issued, status in self._deal_documents(deal):
                    doc_id = self.new_id()
                    lines = []
                    net_total = vat_total = total = Decimal(0)
                    for line_no in range(1, r.choice((1, 2, 3, 3, 4, 5)) + 1):
                        pid, name, unit, recommended, minimum = r.choice(self.products)
                        qty = Decimal(r.choice((1, 1, 2, 3, 5, 10)))
                        price = shop_price(Decimal(r.randint(int(minimum), int(recommended)))
                                           / rate, client.currency)
                        discount = Decimal(r.choice((0, 0, 0, 3, 5)))
                        amounts_ = line_amounts(qty, price, discount, vat, True, client.currency)
                        net_total += amounts_.net
                        vat_total += amounts_.vat
                        total += amounts_.gross
                        lines.append({**self.stamps(), "document_id": doc_id,
                                      "line_no": line_no, "product_id": pid,
                                      "description": name, "quantity": qty, "unit": unit,
                                      "price": price, "discount_pct": discount,
                                      "vat_rate": vat, "net_amount": amounts_.net,
                                      "vat_amount": amounts_.vat, "total": amounts_.gross})
                    paid = Decimal(0)
                    if kind == DocumentKind.INVOICE:
                        number = self.next_number(f"INV-{issued.year}")
                        due = issued + timedelta(days=r.choice((5, 10, 14, 30)))
                        if status == DocumentStatus.PAID:
                            paid = total
                            self.clients_with_sales.add(client.id)
                        elif status == DocumentStatus.PARTIALLY_PAID:
                            paid = round_money(total * Decimal(r.choice(("0.3", "0.5"))),
                                               client.currency)
                        if status != DocumentStatus.CANCELLED:
                            invoiced += total
                    else:
                        number = self.next_number(f"QT-{issued.year}")
                        due = issued + timedelta(days=14)
                    created = self.local_dt(issued, r.randint(9, 18), r.randint(0, 59))
                    documents.append({
                        "id": doc_id, "created_at": created, "updated_at": created,
                        "kind": kind.value, "number": number, "issue_date": issued,
                        "due_date": due, "client_id": client.id, "deal_id": deal.id,
                        "manager_id": client.responsible, "currency": client.currency,
                        "language": COUNTRIES[client.country].language, "vat_included": True,
                        "status": status.value, "net_total": net_total,
                        "vat_total": vat_total, "total": total, "notes": None,
                    })
                    for line in lines:
                        line["created_at"] = line["updated_at"] = created
                    doc_lines.extend(lines)
                    if paid:
                        paid_on = min(self.today, issued + timedelta(days=r.randint(1, 20)))
                        payments.append({**self.stamps(self.local_dt(paid_on, 11)),
                                         "client_id": client.id, "invoice_id": doc_id,
                                         "amount": paid, "currency": client.currency,
                                         "paid_on": paid_on,
                                         "method": r.choice(list(PaymentMethod)).value,
                                         "reference": f"п/п {r.randint(100, 9999)}"})
                    if kind == DocumentKind.INVOICE and paid == total:
                        self._shipment(client, doc_id, issued, total, lines, shipments,
                                       ship_lines)
                if deal.status == DealStatus.WON and invoiced:
                    amounts.append({"deal": deal.id, "amount": invoiced})
            if len(doc_lines) >= BATCH:
                self._flush_documents(conn, documents, doc_lines, shipments, ship_lines, payments)
        self._flush_documents(conn, documents, doc_lines, shipments, ship_lines, payments)
        deals = cast(Table, Deal.__table__)
        for start in range(0, len(amounts), BATCH):
            conn.execute(update(deals).where(deals.c.id == bindparam("deal"))
                         .values(amount=bindparam("amount")), amounts[start:start + BATCH])
        # a client who bought is a customer, not a lead
        buyers = [{"client": client_id} for client_id in sorted(self.clients_with_sales)]
        clients = cast(Table, Client.__table__)
        for start in range(0, len(buyers), BATCH):
            conn.execute(update(clients).where(clients.c.id == bindparam("client"),
                                               clients.c.status == ClientStatus.LEAD.value)
                         .values(status=ClientStatus.CUSTOMER.value),
                         buyers[start:start + BATCH])

    def _deal_documents(self, deal: _DealRow) -> list[tuple[DocumentKind, date, DocumentStatus]]:
        """The quote and invoices a deal has: (kind, issue date, status), oldest first."""
        r = self.rng
        # the demo's paperwork ends yesterday: today is the user's own (an order or invoice
        # made by hand today is the only one of the day)
        yesterday = self.today - timedelta(days=1)
        opened = min(deal.created.astimezone().date(), yesterday)
        made: list[tuple[DocumentKind, date, DocumentStatus]] = []
        quote_status = {DealStatus.WON: DocumentStatus.ACCEPTED,
                        DealStatus.LOST: DocumentStatus.DECLINED,
                        DealStatus.OPEN: DocumentStatus.SENT}[deal.status]
        if r.random() < (0.6 if deal.status == DealStatus.LOST else 0.4):
            made.append((DocumentKind.QUOTE,
                         min(yesterday, opened + timedelta(days=r.randint(0, 5))), quote_status))
        if deal.status == DealStatus.WON and deal.closed is not None:
            closed = min(deal.closed.astimezone().date(), yesterday)
            for _n in range(2 if r.random() < 0.25 else 1):
                issued = max(opened, closed - timedelta(days=r.randint(0, 4)))
                made.append((DocumentKind.INVOICE, issued, self._won_invoice_status(issued)))
        elif deal.status == DealStatus.OPEN and r.random() < 0.35:
            issued = max(opened, yesterday - timedelta(days=r.randint(0, 40)))
            roll = r.random()
            status = (DocumentStatus.PARTIALLY_PAID if roll < 0.15 else DocumentStatus.SENT
                      if roll < 0.85 else DocumentStatus.ISSUED)
            made.append((DocumentKind.INVOICE, issued, status))
        elif deal.status == DealStatus.LOST and deal.closed is not None and r.random() < 0.1:
            made.append((DocumentKind.INVOICE, min(deal.closed.astimezone().date(), yesterday),
                         DocumentStatus.CANCELLED))
        return sorted(made, key=lambda m: m[1])

    def _won_invoice_status(self, issued: date) -> DocumentStatus:
        """A won deal's invoice: settled when older than two months, else maybe still to pay."""
        if (self.today - issued).days > 60:
            return DocumentStatus.PAID
        roll = self.rng.random()
        return (DocumentStatus.PAID if roll < 0.55 else DocumentStatus.PARTIALLY_PAID
                if roll < 0.7 else DocumentStatus.SENT if roll < 0.95 else DocumentStatus.ISSUED)

    def _shipment(self, client: _ClientRow, invoice_id: uuid.UUID, issued: date, total: Decimal,
                  lines: list[dict[str, Any]], shipments: list[dict[str, Any]],
                  ship_lines: list[dict[str, Any]]) -> None:
        """The goods of a paid invoice, shipped (delivered once a month has passed)."""
        r = self.rng
        ship_id = self.new_id()
        shipped_on = min(self.today, issued + timedelta(days=r.randint(1, 25)))
        shipped = self.local_dt(shipped_on, 15)
        shipments.append({
            "id": ship_id, "created_at": shipped, "updated_at": shipped,
            "number": self.next_number(f"SHP-{shipped_on.year}"),
            "shipped_on": shipped_on, "client_id": client.id, "invoice_id": invoice_id,
            "status": (ShipmentStatus.DELIVERED if (self.today - issued).days > 30
                       else ShipmentStatus.SHIPPED).value,
            "currency": client.currency, "total": total,
        })
        for line in lines:
            ship_lines.append({**self.stamps(shipped), "shipment_id": ship_id,
                               "line_no": line["line_no"], "product_id": line["product_id"],
                               "description": line["description"],
                               "quantity": line["quantity"], "price": line["price"],
                               "total": line["total"]})

    def _flush_documents(self, conn: Connection, *lists: list[dict[str, Any]]) -> None:
        tables = (SalesDocument, SalesDocumentLine, Shipment, ShipmentLine, Payment)
        for table, rows in zip(tables, lists, strict=True):
            if rows:
                self._insert(conn, table, rows)
                rows.clear()

    def make_events(self, conn: Connection) -> None:
        r = self.rng
        types = list(EventType)
        type_weights = (35, 15, 15, 15, 15, 5)
        today_user = self.users[0]  # the demo's default salesperson gets a busy today

        def event_row(client: _ClientRow, start: datetime, status: EventStatus,
                      responsible: uuid.UUID) -> dict[str, Any]:
            etype = r.choices(types, weights=type_weights)[0]
            subject = r.choice(pools.EVENT_SUBJECTS[etype.value])
            duration = timedelta(minutes=r.choice((15, 30, 60, 90)))
            done = status == EventStatus.DONE
            return {
                "id": self.new_id(), "created_at": min(start, self.now) - timedelta(days=1),
                "updated_at": min(start, self.now), "type": etype.value,
                "direction": r.choice((Direction.INCOMING, Direction.OUTGOING)).value
                if etype in (EventType.CALL, EventType.EMAIL) else None,
                "subject": subject, "content": r.choice(pools.EVENT_CONTENT),
                "start_at": start, "end_at": start + duration, "due_at": start + duration,
                "status": status.value,
                "result": "Договорились о следующем шаге" if done else None,
                # reminders only ahead: an old overdue event is in the overdue list instead
                "remind_at": start - timedelta(minutes=15)
                if status == EventStatus.PLANNED and start > self.now - timedelta(hours=12)
                else None,
                "completed_at": start + duration if done else None,
                "client_id": client.id,
                "contact_id": r.choice(client.contacts) if client.contacts else None,
                "deal_id": r.choice(client.deals) if client.deals and r.random() < 0.5 else None,
                "responsible_id": responsible, "chain_id": None,
            }

        def rows() -> Iterator[dict[str, Any]]:
            for client in self.clients:
                for _ in range(self._count(self.scale.events_per_client)):
                    if r.random() < 0.88:  # history
                        day = self.today - timedelta(days=r.randint(1, min(
                            730, max(1, (self.now - client.since).days))))
                        roll = r.random()
                        status = (EventStatus.DONE if roll < 0.9 else EventStatus.CANCELLED
                                  if roll < 0.95 else EventStatus.PLANNED)  # planned = overdue
                        if status == EventStatus.PLANNED and (self.today - day).days > 21:
                            # overdue work is from the last weeks: older work was done
                            status = EventStatus.DONE
                    else:  # the coming weeks
                        day = self.today + timedelta(days=r.randint(1, 30))
                        status = EventStatus.PLANNED
                    start = self.local_dt(day, r.randint(9, 18), r.choice((0, 15, 30, 45)))
                    yield event_row(client, start, status, client.responsible)
            # a realistic day for the default salesperson: ten events today, some done already
            mine = [c for c in self.clients if c.responsible == today_user] or self.clients
            for hour, client in zip(range(9, 19), r.sample(mine, k=min(10, len(mine))),
                                    strict=False):
                start = self.local_dt(self.today, hour, r.choice((0, 30)))
                status = EventStatus.DONE if hour < 11 else EventStatus.PLANNED
                yield event_row(client, start, status, today_user)

        self._insert(conn, Event, rows())


def generate_demo(db: Database, scale: str = "small", seed: int = 1, today: date | None = None,
                  progress: Callable[[str], None] | None = None,
                  language: str = "en") -> DemoSummary:
    """Fill an empty, migrated database with demo data (pipelines and stages named in
    `language`); returns the row counts per table."""
    return DemoGenerator(scale, seed, today, progress, language).run(db)
