"""The search index: normalized terms pointing at clients. Derived data, rebuilt locally."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# Byte-order comparison on PostgreSQL too, so prefix ranges behave as on SQLite (BINARY).
TermType = String(100).with_variant(String(100, collation="C"), "postgresql")


class SearchTerm(Base):
    __tablename__ = "search_terms"
    # a prefix lookup (the search, the deals board's client filter) needs only the clients:
    # with client_id beside term it reads the index alone, no row per matching term
    __table_args__ = (Index("ix_search_terms_term_client", "term", "client_id"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    term: Mapped[str] = mapped_column(TermType, primary_key=True)
    label: Mapped[str] = mapped_column(String(255))  # what matched, shown in the results
