"""sync tags: client tags travel between copies

A client's tag link gets an `id` made from the pair (`models.clients.tag_link_id`, the same on
every copy), so the sync names it like any other row: capture triggers on the table, and on the
server the links that exist now are seeded into the order for the desktops already syncing.

Revision ID: 0019_sync_tags
Revises: 0018_outbox_device
Create Date: 2026-12-05 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0019_sync_tags'
down_revision: str | None = '0018_outbox_device'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from crm_desktop.models.clients import tag_link_id
    from crm_desktop.services.sync import capture

    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id', crm_desktop.models.base.GUID(), nullable=True))
    bind = op.get_bind()
    links = sa.table('client_tags', sa.column('client_id', crm_desktop.models.base.GUID()),
                     sa.column('tag_id', crm_desktop.models.base.GUID()),
                     sa.column('id', crm_desktop.models.base.GUID()))
    pairs = bind.execute(sa.select(links.c.client_id, links.c.tag_id)).all()
    if pairs:
        bind.execute(links.update().where(links.c.client_id == sa.bindparam('c'),
                                          links.c.tag_id == sa.bindparam('t'))
                     .values(id=sa.bindparam('i')),
                     [{'c': c, 't': t, 'i': tag_link_id(c, t)} for c, t in pairs])
    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.alter_column('id', existing_type=crm_desktop.models.base.GUID(),
                              nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_client_tags_id'), ['id'])
    if bind.dialect.name == 'postgresql':
        op.execute(capture.pg_seed(capture.table('client_tags')))
    if 'sync_state' in set(sa.inspect(bind).get_table_names()):
        capture.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS crm_sync_capture ON client_tags")
    else:
        op.execute("DROP TRIGGER IF EXISTS crm_sync_client_tags_ins")
        op.execute("DROP TRIGGER IF EXISTS crm_sync_client_tags_upd")
    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_client_tags_id'), type_='unique')
        batch_op.drop_column('id')
