"""What clustering keeps of each article filed into a story, so later runs need not read the stories' texts.

Articles filed before this revision have no row; the analysis job computes theirs from their texts the
first time their story is compared with new articles (see Pipeline._stored_members).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "story_members",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("prints", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_story_members_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_story_members")),
    )


def downgrade() -> None:
    op.drop_table("story_members")
