"""sync: the desktop's outbound queue, frozen batches, state and the applying flag; the
server's global order (sync_log), received batches and change ids; the conflict log (both);
the capture triggers (SQLite: per synced table, from the metadata; PostgreSQL: one function,
a trigger per synced table, and the rows that exist now seeded into the order for a first sync)

Revision ID: 0014_sync
Revises: 0013_reports
Create Date: 2026-11-24 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import crm_desktop.models.base

revision: str = '0014_sync'
down_revision: str | None = '0013_reports'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SECURED = ('sync_log', 'sync_conflicts')
CLIENT_ROW = "(client_id IS NULL OR EXISTS (SELECT 1 FROM clients p WHERE p.id = client_id))"
TABLES = ('sync_conflicts', 'sync_changes_seen', 'sync_received', 'sync_log', 'sync_applying',
          'sync_state', 'sync_batches_out', 'sync_outbox')


def _guid(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.GUID(length=16), nullable=nullable)


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.UTCDateTime(), nullable=nullable)


def _serial(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                     autoincrement=True, nullable=False)


def _document(name: str) -> sa.Column:
    return sa.Column(name, sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()),
                                                  'postgresql'), nullable=False)


def upgrade() -> None:
    op.create_table('sync_outbox',
    _serial('seq'),
    sa.Column('change_id', sa.String(length=32), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    _guid('row_id', nullable=False),
    sa.Column('column_name', sa.String(length=64), nullable=False),
    _when('changed_at', nullable=False),
    sa.Column('batch_id', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('change_id', name=op.f('uq_sync_outbox_change_id'))
    )
    op.create_index('ix_sync_outbox_field', 'sync_outbox', ['table_name', 'row_id', 'column_name'], unique=False)
    op.create_index('ix_sync_outbox_batch_id', 'sync_outbox', ['batch_id'], unique=False)
    op.create_table('sync_batches_out',
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    _when('created_at', nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_sync_batches_out'))
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_applying',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_applying'))
    )
    op.create_table('sync_log',
    _serial('seq'),
    _when('at', nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    _guid('row_id', nullable=False),
    _guid('client_id'),
    sa.Column('op', sa.String(length=12), nullable=False),
    _document('fields'),
    sa.Column('device', sa.String(length=100), nullable=True),
    _guid('author'),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_log'))
    )
    op.create_index('ix_sync_log_table_row', 'sync_log', ['table_name', 'row_id'], unique=False)
    op.create_index(op.f('ix_sync_log_client_id'), 'sync_log', ['client_id'], unique=False)
    op.create_table('sync_received',
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    sa.Column('device', sa.String(length=100), nullable=False),
    _guid('user_id'),
    _when('at', nullable=False),
    _document('answer'),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_sync_received'))
    )
    op.create_table('sync_changes_seen',
    sa.Column('change_id', sa.String(length=32), nullable=False),
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_sync_changes_seen'))
    )
    op.create_index(op.f('ix_sync_changes_seen_batch_id'), 'sync_changes_seen', ['batch_id'], unique=False)
    op.create_table('sync_conflicts',
    _serial('id'),
    _when('at', nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    _guid('row_id', nullable=False),
    sa.Column('column_name', sa.String(length=64), nullable=False),
    _guid('client_id'),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('lost_value', sa.Text(), nullable=True),
    _guid('kept_by'),
    sa.Column('kept_device', sa.String(length=100), nullable=True),
    _when('kept_at'),
    _guid('lost_by'),
    sa.Column('lost_device', sa.String(length=100), nullable=True),
    _when('lost_at'),
    sa.Column('change_id', sa.String(length=32), nullable=True),
    _when('resolved_at'),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    op.create_index('ix_sync_conflicts_table_row', 'sync_conflicts', ['table_name', 'row_id'], unique=False)
    op.create_index(op.f('ix_sync_conflicts_client_id'), 'sync_conflicts', ['client_id'], unique=False)
    op.create_index(op.f('ix_sync_conflicts_change_id'), 'sync_conflicts', ['change_id'], unique=False)

    from crm_desktop.services.sync import capture

    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        # the order and the conflicts belong to clients: behind 0009's forced row-level
        # security like every such table (the server filters them too; the trigger writes as
        # the owner). A row of no client (shared tables) is seen by everyone.
        for table in SECURED:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY crm_owner ON {table} TO CURRENT_USER USING (true) "
                       f"WITH CHECK (true)")
            op.execute(f"CREATE POLICY crm_team ON {table} USING {CLIENT_ROW} "
                       f"WITH CHECK {CLIENT_ROW}")
        inspector = sa.inspect(bind)
        present = set(inspector.get_table_names())
        for table in capture.synced_tables():  # parents first
            if table.name in present and 'id' in {c['name'] for c in inspector.get_columns(
                    table.name)}:  # (client tags get their id and their seed in 0019)
                op.execute(capture.pg_seed(table))
    capture.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for name, on in bind.execute(sa.text(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            "'crm_sync_%'") if bind.dialect.name == 'sqlite' else sa.text(
            "SELECT tgname, c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "WHERE tgname LIKE 'crm_sync_%' AND NOT tgisinternal")).all():
        op.execute(f"DROP TRIGGER IF EXISTS {name}" if bind.dialect.name == 'sqlite'
                   else f"DROP TRIGGER IF EXISTS {name} ON {on}")
    if bind.dialect.name == 'postgresql':
        op.execute("DROP FUNCTION IF EXISTS crm_sync_capture()")
    for table in TABLES:
        op.drop_table(table)
