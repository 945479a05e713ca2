"""stamps: client tags become tombstoned links; settings record who changed them and when

`client_tags` gets `updated_at`, `changed_by` and `deleted_at` (a removed tag is a tombstone
that can travel to another copy); `settings` gets `updated_at` and `changed_by`. Existing rows
are stamped with the time of the migration and no user.

Revision ID: 0006_stamps
Revises: 0005_clients
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0006_stamps'
down_revision: str | None = '0005_clients'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    now = sa.literal(datetime.now(UTC).replace(tzinfo=None), sa.DateTime())  # naive UTC
    for table in ('client_tags', 'settings'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(),
                                          nullable=True))
            batch_op.add_column(sa.Column('changed_by', crm_desktop.models.base.GUID(length=16),
                                          nullable=True))
            if table == 'client_tags':
                batch_op.add_column(sa.Column('deleted_at',
                                              crm_desktop.models.base.UTCDateTime(),
                                              nullable=True))
        op.execute(sa.table(table, sa.column('updated_at')).update().values(updated_at=now))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('updated_at', existing_type=crm_desktop.models.base.UTCDateTime(),
                                  nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.drop_column('changed_by')
        batch_op.drop_column('updated_at')
    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('changed_by')
        batch_op.drop_column('updated_at')
