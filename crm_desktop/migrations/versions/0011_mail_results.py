"""mail results: what the server answered for each recipient of an outbox message

A refused Cc next to an accepted To is kept per address (`recipient_results`), so a partial
delivery shows as such (status `partly_sent`, a new value of the non-native status enum: no
schema change for it) and a retry goes only to the addresses that were not accepted.

Revision ID: 0011_mail_results
Revises: 0010_orders
Create Date: 2026-12-05 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_mail_results'
down_revision: str | None = '0010_orders'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipient_results', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.execute("UPDATE outbox_messages SET status = 'failed' WHERE status = 'partly_sent'")
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_column('recipient_results')
