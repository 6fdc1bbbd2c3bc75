"""connection counts and the volunteer's contact consent

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
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
        "connection_count",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("week", sa.String(), nullable=False),
        sa.Column("werkgebied", sa.String(), nullable=False),
        sa.Column("wijk_code", sa.String(), nullable=False),
        sa.Column("via", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "week", "werkgebied", "wijk_code", "via", name=op.f("pk_connection_count")),
    )
    with op.batch_alter_table("volunteer") as batch:
        batch.add_column(sa.Column("contact_direct", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("volunteer") as batch:
        batch.drop_column("contact_direct")
    op.drop_table("connection_count")
