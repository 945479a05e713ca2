"""deal board index: a filter keystroke reads indexes only

The board's client filter ("Client…", a prefix of a word of the client's name, contacts,
phones) looked up `search_terms` by `ix_search_terms_term`, which holds no `client_id`: every
matching term cost a row read (37 000 for a two-letter prefix on the large demo, ~110 ms, and
the board did it once per column). `ix_search_terms_term_client` answers the lookup from the
index alone (and replaces `ix_search_terms_term`, its prefix). `ix_deals_client_board` lets the counts and sums start from the matching clients'
deals, index only; `ix_deals_stage_entered` gains `status` and `id`, so a column's page (in the
order of entry, then id) is read from the index alone too.

Revision ID: 0021_deal_board_index
Revises: 0020_report_indexes
Create Date: 2026-12-05 04:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0021_deal_board_index'
down_revision: str | None = '0020_report_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGE_ENTERED_OLD = ['stage_id', 'stage_entered_at', 'deleted_at', 'currency', 'amount',
                     'probability', 'responsible_id', 'client_id', 'source']
STAGE_ENTERED = [*STAGE_ENTERED_OLD, 'status', 'id']
CLIENT_BOARD = ['client_id', 'deleted_at', 'pipeline_id', 'status', 'stage_id',
                'stage_entered_at', 'currency', 'amount', 'probability', 'responsible_id',
                'source']


def upgrade() -> None:
    op.create_index('ix_search_terms_term_client', 'search_terms', ['term', 'client_id'])
    op.drop_index('ix_search_terms_term', table_name='search_terms')  # its prefix: redundant
    op.create_index('ix_deals_client_board', 'deals', CLIENT_BOARD)
    op.drop_index('ix_deals_stage_entered', table_name='deals')
    op.create_index('ix_deals_stage_entered', 'deals', STAGE_ENTERED)


def downgrade() -> None:
    op.drop_index('ix_deals_stage_entered', table_name='deals')
    op.create_index('ix_deals_stage_entered', 'deals', STAGE_ENTERED_OLD)
    op.drop_index('ix_deals_client_board', table_name='deals')
    op.create_index('ix_search_terms_term', 'search_terms', ['term'])
    op.drop_index('ix_search_terms_term_client', table_name='search_terms')
