"""Fixtures for ingest unit tests: the fixture folder and a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest


@pytest.fixture
def data_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "data" / "ingest"


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: datetime(2021, 12, 10, 12, 0, tzinfo=UTC)
