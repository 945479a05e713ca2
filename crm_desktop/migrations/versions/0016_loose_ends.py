"""loose_ends: mass mailing — campaigns, their recipients (each linked to its outbox message),
the opt-out list and the addresses a mail server refused for good

On PostgreSQL a campaign recipient and an opt-out of a client are seen with their client
(0009's row-level security; an opt-out of a bare address is seen by everyone); every new table
gets the audit trigger.

Revision ID: 0016_loose_ends
Revises: 0015_automation
Create Date: 2026-11-24 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0016_loose_ends'
down_revision: str | None = '0015_automation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _guid(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.GUID(length=16), nullable=nullable)


def _stamps() -> list[sa.Column]:
    return [
        _guid('id', nullable=False),
        sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
        _guid('changed_by'),
        sa.Column('deleted_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    ]


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, crm_desktop.models.base.UTCDateTime(), nullable=nullable)


def upgrade() -> None:
    op.create_table('campaigns',
    sa.Column('name', sa.String(length=200), nullable=False),
    _guid('segment_id'),
    sa.Column('segment_name', sa.String(length=100), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('template_name', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('rate_per_minute', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('queued', 'cancelled', name='campaignstatus', native_enum=False,
                                length=24), nullable=False),
    _when('queued_at', nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('queued_count', sa.Integer(), nullable=False),
    sa.Column('opted_out_count', sa.Integer(), nullable=False),
    sa.Column('bad_address_count', sa.Integer(), nullable=False),
    sa.Column('no_address_count', sa.Integer(), nullable=False),
    *_stamps(),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_campaigns_segment_id_segments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns'))
    )
    op.create_index(op.f('ix_campaigns_segment_id'), 'campaigns', ['segment_id'], unique=False)
    op.create_index(op.f('ix_campaigns_updated_at'), 'campaigns', ['updated_at'], unique=False)
    op.create_table('campaign_recipients',
    _guid('campaign_id', nullable=False),
    _guid('client_id', nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('status', sa.Enum('queued', 'sent', 'failed', 'opted_out', 'bad_address',
                                'duplicate', name='recipientstatus', native_enum=False, length=24),
              nullable=False),
    _guid('outbox_id'),
    *_stamps(),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_recipients_campaign_id_campaigns')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_campaign_recipients_client_id_clients')),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox_messages.id'], name=op.f('fk_campaign_recipients_outbox_id_outbox_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_recipients'))
    )
    op.create_index('ix_campaign_recipients_campaign_status', 'campaign_recipients', ['campaign_id', 'status'], unique=False)
    op.create_index(op.f('ix_campaign_recipients_client_id'), 'campaign_recipients', ['client_id'], unique=False)
    op.create_index(op.f('ix_campaign_recipients_outbox_id'), 'campaign_recipients', ['outbox_id'], unique=False)
    op.create_index(op.f('ix_campaign_recipients_updated_at'), 'campaign_recipients', ['updated_at'], unique=False)
    op.create_table('mail_opt_outs',
    _guid('client_id'),
    sa.Column('address', sa.String(length=255), nullable=True),
    _when('opted_out_at', nullable=False),
    sa.Column('how', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    *_stamps(),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_mail_opt_outs_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_opt_outs'))
    )
    op.create_index(op.f('ix_mail_opt_outs_address'), 'mail_opt_outs', ['address'], unique=False)
    op.create_index(op.f('ix_mail_opt_outs_client_id'), 'mail_opt_outs', ['client_id'], unique=False)
    op.create_index(op.f('ix_mail_opt_outs_updated_at'), 'mail_opt_outs', ['updated_at'], unique=False)
    op.create_table('bad_addresses',
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('code', sa.Integer(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    _when('marked_at', nullable=False),
    _guid('outbox_id'),
    *_stamps(),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox_messages.id'], name=op.f('fk_bad_addresses_outbox_id_outbox_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bad_addresses'))
    )
    op.create_index(op.f('ix_bad_addresses_address'), 'bad_addresses', ['address'], unique=False)
    op.create_index(op.f('ix_bad_addresses_updated_at'), 'bad_addresses', ['updated_at'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        _postgresql_upgrade()


def _child_policy(column: str, parent: str) -> str:
    """As 0009_team: a row is seen (and written) when the row it belongs to is."""
    return f"(EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}))"


SECURED = {'campaign_recipients': _child_policy('client_id', 'clients'),
           # an opt-out of a bare address belongs to no client: everyone must see it
           'mail_opt_outs': f"(client_id IS NULL OR {_child_policy('client_id', 'clients')})"}
SHARED = ('campaigns', 'bad_addresses')  # the company's: audited, seen by everyone


def _postgresql_upgrade() -> None:
    for table, condition in SECURED.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY crm_owner ON {table} TO CURRENT_USER USING (true) "
                   f"WITH CHECK (true)")
        op.execute(f"CREATE POLICY crm_team ON {table} USING {condition} "
                   f"WITH CHECK {condition}")
    for table in (*SECURED, *SHARED):
        op.execute(f"CREATE TRIGGER crm_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION crm_audit('id')")


def downgrade() -> None:
    op.drop_index(op.f('ix_bad_addresses_updated_at'), table_name='bad_addresses')
    op.drop_index(op.f('ix_bad_addresses_address'), table_name='bad_addresses')
    op.drop_table('bad_addresses')
    op.drop_index(op.f('ix_mail_opt_outs_updated_at'), table_name='mail_opt_outs')
    op.drop_index(op.f('ix_mail_opt_outs_client_id'), table_name='mail_opt_outs')
    op.drop_index(op.f('ix_mail_opt_outs_address'), table_name='mail_opt_outs')
    op.drop_table('mail_opt_outs')
    for name in ('ix_campaign_recipients_updated_at', 'ix_campaign_recipients_outbox_id',
                 'ix_campaign_recipients_client_id', 'ix_campaign_recipients_campaign_status'):
        op.drop_index(name, table_name='campaign_recipients')
    op.drop_table('campaign_recipients')
    op.drop_index(op.f('ix_campaigns_updated_at'), table_name='campaigns')
    op.drop_index(op.f('ix_campaigns_segment_id'), table_name='campaigns')
    op.drop_table('campaigns')
