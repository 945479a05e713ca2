"""outbox device: the installation that took a message for sending

On a database several desktops share, a program starting after a crash marks only its own
messages in flight as interrupted (`outbox_messages.sending_device`), never another PC's.

Revision ID: 0018_outbox_device
Revises: 0017_first_week
Create Date: 2026-12-05 01:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018_outbox_device'
down_revision: str | None = '0017_first_week'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sending_device', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_column('sending_device')
