"""team: teams, client shares, password hashes, sign-in tokens and the audit trail; on
PostgreSQL also row-level security on the business tables and audit triggers

On PostgreSQL (a team server) this migration also:
- creates the role `crm_app` (NOLOGIN) if it is missing, and grants it what the server needs:
  reading and writing the business tables, reading (never writing) the audit trail. The
  server logs in as a role that is a member of crm_app and owns nothing, so row-level
  security applies to it (`GRANT crm_app TO crm_server`);
- defines who sees which client (`crm_user_id()` is the user the server sets for each
  transaction with `set_config('crm.user_id', …, true)`): the admin sees every client; anyone
  the clients they are responsible for and those shared with them or their team; a head of
  sales also their team's clients and the clients nobody is responsible for that no team has;
- enables and FORCES row-level security on `clients` and on every table that belongs to a
  client (a `client_id` column), and on the tables below those (document lines, stage
  changes…): a row is visible, and may be written, when its client is. The role that ran the
  migration (the owner: maintenance, later migrations) keeps seeing everything;
- attaches the audit trigger to every table but the derived and secret ones: who
  (crm.user_id), from which device (crm.device), when, table, row, before and after (for an
  update only what changed; a tombstone is a "delete", a merged-away client a "merge").
  The trigger function runs as the owner, so the server itself cannot write the audit.

Revision ID: 0009_team
Revises: 0008_pipelines
Create Date: 2026-12-03 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import crm_desktop.models.base

revision: str = '0009_team'
down_revision: str | None = '0008_pipelines'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = 'crm_app'
# Not audited: derived data, the audit itself, secrets and sign-ins (every request would write).
NOT_AUDITED = {'search_terms', 'audit_log', 'user_credentials', 'auth_tokens', 'alembic_version',
               'number_counters'}
# Tables that decide visibility themselves: not behind row-level security.
NOT_SECURED = {'client_shares', 'audit_log'}
# Rows that belong to a client's row (a document's lines, a deal's stage changes…) follow it.
OWNERS = {'sales_documents', 'deals', 'contacts', 'shipments'}

FUNCTIONS = """
CREATE OR REPLACE FUNCTION crm_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('crm.user_id', true), '')::uuid
$$;

CREATE OR REPLACE FUNCTION crm_user_role() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT role FROM users WHERE id = crm_user_id() AND active AND deleted_at IS NULL
$$;

-- the teams a person belongs to or leads
CREATE OR REPLACE FUNCTION crm_user_teams() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
    SELECT team_id FROM team_members WHERE user_id = crm_user_id() AND deleted_at IS NULL
    UNION
    SELECT id FROM teams WHERE head_id = crm_user_id() AND deleted_at IS NULL
$$;

-- the people in the teams a head of sales leads
CREATE OR REPLACE FUNCTION crm_led_people() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
    SELECT m.user_id FROM team_members m JOIN teams t ON t.id = m.team_id
    WHERE t.head_id = crm_user_id() AND t.deleted_at IS NULL AND m.deleted_at IS NULL
$$;

CREATE OR REPLACE FUNCTION crm_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    before_values jsonb;
    after_values jsonb;
    what text;
    row_key text;
    client uuid;
    key_column text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_row := to_jsonb(OLD) - %(skip)s::text[];
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        new_row := to_jsonb(NEW) - %(skip)s::text[];
    END IF;
    IF TG_OP = 'INSERT' THEN
        what := 'insert';
        after_values := new_row;
    ELSIF TG_OP = 'DELETE' THEN
        what := 'delete';
        before_values := old_row;
    ELSE
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
          INTO before_values, after_values
          FROM jsonb_each(old_row) o
         WHERE (new_row -> o.key) IS DISTINCT FROM o.value
           AND o.key NOT IN ('updated_at', 'changed_by');
        IF before_values IS NULL THEN
            RETURN NULL;  -- only the stamps moved
        END IF;
        what := CASE
            WHEN (old_row ->> 'merged_into_id') IS NULL AND (new_row ->> 'merged_into_id') IS NOT NULL
                THEN 'merge'
            WHEN (old_row ->> 'deleted_at') IS NULL AND (new_row ->> 'deleted_at') IS NOT NULL
                THEN 'delete'
            ELSE 'update' END;
    END IF;
    row_key := NULL;
    FOREACH key_column IN ARRAY TG_ARGV LOOP
        row_key := concat_ws('/', row_key, coalesce(new_row, old_row) ->> key_column);
    END LOOP;
    IF TG_TABLE_NAME = 'clients' THEN
        client := (coalesce(new_row, old_row) ->> 'id')::uuid;
    ELSE
        client := (coalesce(new_row, old_row) ->> 'client_id')::uuid;
    END IF;
    INSERT INTO audit_log (at, user_id, device, table_name, row_id, client_id, action, before,
                           after)
    VALUES (now() AT TIME ZONE 'UTC', crm_user_id(),
            nullif(current_setting('crm.device', true), ''), TG_TABLE_NAME,
            coalesce(row_key, ''), client, what, before_values, after_values);
    RETURN NULL;
END
$$;

-- retention: the server calls this; it runs as the owner (the server may not delete audit rows)
CREATE OR REPLACE FUNCTION crm_purge_audit(keep_days integer) RETURNS bigint LANGUAGE sql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
    WITH gone AS (DELETE FROM audit_log
                  WHERE keep_days > 0 AND at < (now() AT TIME ZONE 'UTC') - make_interval(days => keep_days)
                  RETURNING 1)
    SELECT count(*) FROM gone
$$;
""" % {'skip': "'{mime}'"}

CLIENT_POLICY = """(
    (SELECT crm_user_role()) IS NOT NULL AND (
        (SELECT crm_user_role()) = 'admin'
        OR responsible_id = (SELECT crm_user_id())
        OR id IN (SELECT s.client_id FROM client_shares s
                  WHERE s.deleted_at IS NULL
                    AND (s.user_id = (SELECT crm_user_id())
                         OR s.team_id IN (SELECT crm_user_teams())))
        OR ((SELECT crm_user_role()) = 'head_of_sales' AND (
            responsible_id IN (SELECT crm_led_people())
            OR (responsible_id IS NULL AND NOT EXISTS (
                SELECT 1 FROM client_shares t
                WHERE t.client_id = clients.id AND t.team_id IS NOT NULL
                  AND t.deleted_at IS NULL))))))"""


def _child_policy(column: str, parent: str, nullable: bool) -> str:
    seen = f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column})"
    return f"({column} IS NULL OR {seen})" if nullable else f"({seen})"


def _secure(table: str, condition: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY crm_owner ON {table} TO CURRENT_USER USING (true) "
               f"WITH CHECK (true)")
    op.execute(f"CREATE POLICY crm_team ON {table} USING {condition} WITH CHECK {condition}")


def secured_tables(insp: sa.Inspector) -> dict[str, str]:
    """Table → its visibility condition: clients; tables with a client_id that refers to
    clients; rows that belong to one of those (OWNERS) by their foreign key to it."""
    tables = {name for name in insp.get_table_names() if name not in NOT_SECURED}
    conditions = {'clients': CLIENT_POLICY}
    for name in sorted(tables - {'clients'}):
        for fk in insp.get_foreign_keys(name):
            if fk['referred_table'] == 'clients' and fk['constrained_columns'] == ['client_id']:
                column = next(c for c in insp.get_columns(name) if c['name'] == 'client_id')
                conditions[name] = _child_policy('client_id', 'clients', column['nullable'])
    owners = OWNERS & set(conditions)
    for name in sorted(tables - set(conditions)):
        for fk in insp.get_foreign_keys(name):
            if fk['referred_table'] in owners and len(fk['constrained_columns']) == 1:
                column_name = fk['constrained_columns'][0]
                column = next(c for c in insp.get_columns(name) if c['name'] == column_name)
                conditions[name] = _child_policy(column_name, fk['referred_table'],
                                                 column['nullable'])
                break
    return conditions


def _audit_keys(insp: sa.Inspector, table: str) -> list[str]:
    return insp.get_pk_constraint(table)['constrained_columns'] or ['id']


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('device', sa.String(length=100), nullable=True),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('client_id', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('before', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('after', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_client_at', ['client_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_table_row', ['table_name', 'row_id'], unique=False)

    op.create_table('auth_tokens',
    sa.Column('id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('device', sa.String(length=100), nullable=False),
    sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('expires_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_auth_tokens_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_auth_tokens_token_hash'))
    )
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_tokens_user_id'), ['user_id'], unique=False)

    op.create_table('teams',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('head_id', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('deleted_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['head_id'], ['users.id'], name=op.f('fk_teams_head_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams')),
    sa.UniqueConstraint('name', name=op.f('uq_teams_name'))
    )
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teams_head_id'), ['head_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teams_updated_at'), ['updated_at'], unique=False)

    op.create_table('user_credentials',
    sa.Column('user_id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('blocked_until', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('password_changed_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_credentials_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_credentials'))
    )
    op.create_table('client_shares',
    sa.Column('client_id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('user_id', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('team_id', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('deleted_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint('(user_id IS NULL) <> (team_id IS NULL)', name=op.f('ck_client_shares_one_target')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_shares_client_id_clients')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_client_shares_team_id_teams')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_client_shares_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_shares'))
    )
    with op.batch_alter_table('client_shares', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_shares_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_shares_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_shares_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_shares_user_id'), ['user_id'], unique=False)

    op.create_table('team_members',
    sa.Column('user_id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('team_id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('id', crm_desktop.models.base.GUID(length=16), nullable=False),
    sa.Column('created_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', crm_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', crm_desktop.models.base.GUID(length=16), nullable=True),
    sa.Column('deleted_at', crm_desktop.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_members_team_id_teams')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_team_members_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_members')),
    sa.UniqueConstraint('user_id', name=op.f('uq_team_members_user_id'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_members_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_members_updated_at'), ['updated_at'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        _postgresql_upgrade(bind)


def _postgresql_upgrade(bind: sa.Connection) -> None:
    op.execute(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                CREATE ROLE {APP_ROLE} NOLOGIN;
            END IF;
        END $$""")
    op.execute(FUNCTIONS)
    insp = sa.inspect(bind)
    for table, condition in secured_tables(insp).items():
        _secure(table, condition)
    for table in sorted(set(insp.get_table_names()) - NOT_AUDITED):
        keys = ", ".join(f"'{k}'" for k in _audit_keys(insp, table))
        op.execute(f"CREATE TRIGGER crm_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION crm_audit({keys})")
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {APP_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} "
               f"TO {APP_ROLE}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {APP_ROLE}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE ON audit_log, alembic_version FROM {APP_ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, "
               f"DELETE ON TABLES TO {APP_ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES "
               f"TO {APP_ROLE}")
    op.execute(f"GRANT EXECUTE ON FUNCTION crm_purge_audit(integer) TO {APP_ROLE}")


def _postgresql_downgrade(bind: sa.Connection) -> None:
    insp = sa.inspect(bind)
    for table in insp.get_table_names():
        op.execute(f"DROP TRIGGER IF EXISTS crm_audit ON {table}")
        op.execute(f"DROP POLICY IF EXISTS crm_team ON {table}")
        op.execute(f"DROP POLICY IF EXISTS crm_owner ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL ON TABLES "
               f"FROM {APP_ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL ON SEQUENCES "
               f"FROM {APP_ROLE}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {APP_ROLE}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {APP_ROLE}")
    op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {APP_ROLE}")
    for function in ("crm_purge_audit(integer)", "crm_audit()", "crm_led_people()",
                     "crm_user_teams()", "crm_user_role()", "crm_user_id()"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        _postgresql_downgrade(bind)
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_members_updated_at'))
        batch_op.drop_index(batch_op.f('ix_team_members_team_id'))

    op.drop_table('team_members')
    with op.batch_alter_table('client_shares', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_shares_user_id'))
        batch_op.drop_index(batch_op.f('ix_client_shares_updated_at'))
        batch_op.drop_index(batch_op.f('ix_client_shares_team_id'))
        batch_op.drop_index(batch_op.f('ix_client_shares_client_id'))

    op.drop_table('client_shares')
    op.drop_table('user_credentials')
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teams_updated_at'))
        batch_op.drop_index(batch_op.f('ix_teams_head_id'))

    op.drop_table('teams')
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_tokens_user_id'))

    op.drop_table('auth_tokens')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_table_row')
        batch_op.drop_index('ix_audit_log_client_at')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
