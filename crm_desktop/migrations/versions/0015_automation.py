"""automation: rules "If … Then …" (entity, trigger, conditions, actions as checked JSON) and
the log of their runs (unique per rule, record and triggering change or date)

The rules belong to no client: on PostgreSQL they are not behind row-level security (who may
edit them is checked by the service), only audited like the company's other lists. The run
log is local and pruned by age (rows are deleted, not tombstoned): it is not audited.

Revision ID: 0015_automation
Revises: 0014_sync
Create Date: 2026-11-24 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0015_automation'
down_revision: str | None = '0014_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _guid(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.GUID(length=16), nullable=nullable)


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.UTCDateTime(), nullable=nullable)


def _automation_upgrade() -> None:
    op.create_table('automation_rules',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=16), nullable=False),
    sa.Column('trigger', sa.JSON(), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('template', sa.String(length=32), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    _guid('id', nullable=False),
    _when('created_at', nullable=False),
    _when('updated_at', nullable=False),
    _guid('changed_by'),
    _when('deleted_at'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_rules'))
    )
    op.create_index(op.f('ix_automation_rules_updated_at'), 'automation_rules', ['updated_at'],
                    unique=False)
    op.create_table('automation_runs',
    _guid('id', nullable=False),
    _guid('rule_id', nullable=False),
    sa.Column('entity', sa.String(length=16), nullable=False),
    _guid('record_id', nullable=False),
    sa.Column('fire_key', sa.String(length=255), nullable=False),
    _when('ran_at', nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.Column('effects', sa.JSON(), nullable=False),
    sa.Column('touched', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    _guid('changed_by'),
    sa.ForeignKeyConstraint(['rule_id'], ['automation_rules.id'],
                            name=op.f('fk_automation_runs_rule_id_automation_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_runs')),
    sa.UniqueConstraint('rule_id', 'record_id', 'fire_key',
                        name=op.f('uq_automation_runs_rule_id'))
    )
    op.create_index('ix_automation_runs_record', 'automation_runs', ['record_id', 'ran_at'],
                    unique=False)
    op.create_index(op.f('ix_automation_runs_ran_at'), 'automation_runs', ['ran_at'],
                    unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE TRIGGER crm_audit AFTER INSERT OR UPDATE OR DELETE ON "
                   "automation_rules FOR EACH ROW EXECUTE FUNCTION crm_audit('id')")


def _automation_downgrade() -> None:
    op.drop_index(op.f('ix_automation_runs_ran_at'), table_name='automation_runs')
    op.drop_index('ix_automation_runs_record', table_name='automation_runs')
    op.drop_table('automation_runs')
    op.drop_index(op.f('ix_automation_rules_updated_at'), table_name='automation_rules')
    op.drop_table('automation_rules')


def upgrade() -> None:
    _automation_upgrade()


def downgrade() -> None:
    _automation_downgrade()
