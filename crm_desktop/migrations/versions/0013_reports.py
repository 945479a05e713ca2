"""reports: the sales plan (an amount per manager, month and currency) the sales report sets
beside the paid invoices; covering indexes won/lost and the benchmark read

The plan belongs to no client: on PostgreSQL it is not behind row-level security (who may set
it is checked by the service), only audited like the company's other lists.

Revision ID: 0013_reports
Revises: 0012_claims
Create Date: 2026-11-24 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0013_reports'
down_revision: str | None = '0012_claims'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _guid(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.GUID(length=16), nullable=nullable)


def upgrade() -> None:
    op.create_table('sales_plans',
    _guid('manager_id', nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    _guid('id', nullable=False),
    sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    _guid('changed_by'),
    sa.Column('deleted_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['manager_id'], ['users.id'],
                            name=op.f('fk_sales_plans_manager_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_plans')),
    sa.UniqueConstraint('manager_id', 'month', 'currency', name=op.f('uq_sales_plans_manager_id'))
    )
    op.create_index(op.f('ix_sales_plans_manager_id'), 'sales_plans', ['manager_id'], unique=False)
    op.create_index(op.f('ix_sales_plans_updated_at'), 'sales_plans', ['updated_at'], unique=False)
    # the benchmark's counts of done calls, meetings and e-mails per person and period
    op.create_index('ix_events_responsible_start_kind', 'events',
                    ['responsible_id', 'start_at', 'status', 'type', 'due_at', 'deleted_at'],
                    unique=False)
    # won and lost: the deals closed in a period, from one covering index
    op.create_index('ix_deals_closed', 'deals',
                    ['closed_at', 'status', 'responsible_id', 'source', 'loss_reason', 'currency',
                     'amount', 'stage_id', 'pipeline_id', 'client_id', 'deleted_at'],
                    unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE TRIGGER crm_audit AFTER INSERT OR UPDATE OR DELETE ON sales_plans "
                   "FOR EACH ROW EXECUTE FUNCTION crm_audit('id')")


def downgrade() -> None:
    op.drop_index('ix_events_responsible_start_kind', table_name='events')
    op.drop_index('ix_deals_closed', table_name='deals')
    op.drop_index(op.f('ix_sales_plans_updated_at'), table_name='sales_plans')
    op.drop_index(op.f('ix_sales_plans_manager_id'), table_name='sales_plans')
    op.drop_table('sales_plans')
