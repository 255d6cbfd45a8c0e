from __future__ import annotations

import pytest
from support import RecordingTransport


@pytest.fixture
def transport() -> RecordingTransport:
    return RecordingTransport()
