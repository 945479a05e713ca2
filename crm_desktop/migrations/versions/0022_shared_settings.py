"""shared settings: the team's settings travel between copies

The team's settings (exchange rates, mail templates, the sending policy, campaign templates,
audit retention, automation switches: `services.core.settings.SHARED`) move from `settings`
(this installation's own: SMTP account, device code, backups) to `shared_settings`, a synced
table whose row id is made from the key (`models.system.shared_setting_id`, the same on every
copy). On the team server the moved rows are seeded into the order for the desktops already
syncing. On a desktop the moved rows are not captured as changes: the team's values arrive
with the next pull and replace them.

Revision ID: 0022_shared_settings
Revises: 0021_deal_board_index
Create Date: 2026-12-05 07:00:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0022_shared_settings'
down_revision: str | None = '0021_deal_board_index'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = crm_desktop.models.base.GUID
STAMP = crm_desktop.models.base.UTCDateTime


def _settings() -> sa.TableClause:
    return sa.table('settings', sa.column('key', sa.String()), sa.column('value', sa.JSON()),
                    sa.column('updated_at', STAMP()), sa.column('changed_by', GUID()))


def _shared() -> sa.TableClause:
    return sa.table('shared_settings', sa.column('id', GUID()), sa.column('key', sa.String()),
                    sa.column('value', sa.JSON()), sa.column('created_at', STAMP()),
                    sa.column('updated_at', STAMP()), sa.column('changed_by', GUID()),
                    sa.column('deleted_at', STAMP()))


def upgrade() -> None:
    from crm_desktop.models.system import shared_setting_id
    from crm_desktop.services.core.settings import is_shared
    from crm_desktop.services.sync import capture

    op.create_table('shared_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('id', GUID(length=16), nullable=False),
    sa.Column('created_at', STAMP(), nullable=False),
    sa.Column('updated_at', STAMP(), nullable=False),
    sa.Column('changed_by', GUID(length=16), nullable=True),
    sa.Column('deleted_at', STAMP(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shared_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_shared_settings_key'))
    )
    with op.batch_alter_table('shared_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shared_settings_updated_at'), ['updated_at'],
                              unique=False)
    bind = op.get_bind()
    settings, shared = _settings(), _shared()
    moved = [row for row in bind.execute(sa.select(settings.c.key, settings.c.value,
                                                   settings.c.updated_at,
                                                   settings.c.changed_by)).all()
             if is_shared(row.key)]
    now = datetime.now(UTC)
    if moved:
        bind.execute(shared.insert(), [
            {'id': shared_setting_id(r.key), 'key': r.key, 'value': r.value,
             'created_at': r.updated_at or now, 'updated_at': r.updated_at or now,
             'changed_by': r.changed_by, 'deleted_at': None} for r in moved])
        bind.execute(settings.delete().where(settings.c.key.in_([r.key for r in moved])))
    if bind.dialect.name == 'postgresql':
        op.execute(capture.pg_seed(capture.table('shared_settings')))
    if 'sync_state' in set(sa.inspect(bind).get_table_names()):
        capture.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS crm_sync_capture ON shared_settings")
    else:
        op.execute("DROP TRIGGER IF EXISTS crm_sync_shared_settings_ins")
        op.execute("DROP TRIGGER IF EXISTS crm_sync_shared_settings_upd")
    settings, shared = _settings(), _shared()
    rows = bind.execute(sa.select(shared.c.key, shared.c.value, shared.c.updated_at,
                                  shared.c.changed_by).where(shared.c.deleted_at.is_(None))).all()
    if rows:
        bind.execute(settings.insert(), [
            {'key': r.key, 'value': r.value, 'updated_at': r.updated_at,
             'changed_by': r.changed_by} for r in rows])
    with op.batch_alter_table('shared_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shared_settings_updated_at'))
    op.drop_table('shared_settings')
