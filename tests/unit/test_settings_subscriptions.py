"""The subscription settings of a destination: validated filters, and the subscriptions they declare."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.models import Subscription, Topics
from bot.settings import ConfigError, ConsoleDestination, load_settings


def test_a_bad_filter_is_a_config_error_naming_field_problem_and_position(tmp_path: Path) -> None:
    config = tmp_path / "briefbot.yaml"
    config.write_text("destinations:\n  - {name: ops, transport: console, filter: 'iran OR'}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    assert raised.value.problems == [
        f"{config}: destinations[0].filter: 'iran OR': 'OR' needs a term after it (at position 6)"]


def test_a_destination_declares_one_subscription_per_source_or_one_for_all() -> None:
    everything = ConsoleDestination(name="ops", filter="  storm OR flood ", topics={"people": ["Maria Okafor"]})
    assert everything.declared_subscriptions() == (
        Subscription(destination="ops", source=None, filter="storm OR flood", topics=Topics(people=("Maria Okafor",))),
    )
    assert [s.source for s in ConsoleDestination(name="ops", sources=["a", "b"]).declared_subscriptions()] == ["a", "b"]
    assert ConsoleDestination(name="ops", sources=[]).declared_subscriptions() == ()
    assert ConsoleDestination(name="ops", filter="  ").filter is None
    realtime = ConsoleDestination(name="ops", mode="realtime", burst_window_minutes=15)
    assert realtime.burst_window.total_seconds() == 900 and realtime.burst_limit == 5
