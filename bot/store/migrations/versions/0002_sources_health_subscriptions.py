"""Source polling state and health, article edits and back catalogue, subscriptions, leases, delivery kinds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('leases',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_leases'))
    )
    op.create_table('subscriptions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('destination', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('filter', sa.Text(), nullable=True),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscriptions')),
    sa.UniqueConstraint('destination', 'source', name='uq_subscriptions_destination_source')
    )
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscriptions_destination'), ['destination'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('announce', sa.Boolean(), server_default=sa.true(), nullable=False))

    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='brief', nullable=False))

    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('etag', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('last_modified', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('primed', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('last_polled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_success_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_error_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('consecutive_failures', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('next_poll_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('items_seen', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('failure_reported_at', sa.DateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_column('failure_reported_at')
        batch_op.drop_column('items_seen')
        batch_op.drop_column('next_poll_at')
        batch_op.drop_column('consecutive_failures')
        batch_op.drop_column('last_error')
        batch_op.drop_column('last_error_at')
        batch_op.drop_column('last_success_at')
        batch_op.drop_column('last_polled_at')
        batch_op.drop_column('primed')
        batch_op.drop_column('last_modified')
        batch_op.drop_column('etag')

    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_column('kind')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('announce')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('content_hash')

    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subscriptions_destination'))

    op.drop_table('subscriptions')
    op.drop_table('leases')
