"""The Matrix session: access token and device id of a password login, and the sync token.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matrix_sessions",
        sa.Column("homeserver", sa.String(length=300), nullable=False),
        sa.Column("user_id", sa.String(length=300), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("device_id", sa.String(length=200), nullable=True),
        sa.Column("sync_token", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("homeserver", "user_id", name=op.f("pk_matrix_sessions")),
    )


def downgrade() -> None:
    op.drop_table("matrix_sessions")
