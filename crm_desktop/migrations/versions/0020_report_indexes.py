"""report indexes: the sales funnel read along the stage history's indexes

The funnel counts the deals entering each stage once each (`count(DISTINCT deal_id)` per
stage): along (to_stage_id, deal_id) that needs no sort of the million moves of a year. Its
median time in stage reads the middle move out of each stage by OFFSET along (from_stage_id,
seconds_in_previous). Both indexes cover what the funnel reads (period, tombstone, deal, the
stage left). The deleted deals, left out of the history, are found by their own partial index
instead of a scan of the deals.

Revision ID: 0020_report_indexes
Revises: 0019_sync_tags
Create Date: 2026-12-05 03:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020_report_indexes'
down_revision: str | None = '0019_sync_tags'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_deal_stage_changes_to_deal', 'deal_stage_changes',
                    ['to_stage_id', 'deal_id', 'changed_at', 'deleted_at', 'from_stage_id'],
                    unique=False)
    op.create_index('ix_deal_stage_changes_from_seconds', 'deal_stage_changes',
                    ['from_stage_id', 'seconds_in_previous', 'changed_at', 'deleted_at',
                     'deal_id'], unique=False)
    # partial: only the deleted deals, so no read of the live ones ("deleted_at IS NULL")
    # takes it for a selective index
    op.create_index('ix_deals_deleted', 'deals', ['deleted_at', 'id'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NOT NULL'),
                    postgresql_where=sa.text('deleted_at IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_deals_deleted', table_name='deals')
    op.drop_index('ix_deal_stage_changes_from_seconds', table_name='deal_stage_changes')
    op.drop_index('ix_deal_stage_changes_to_deal', table_name='deal_stage_changes')
