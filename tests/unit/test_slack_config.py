"""The Slack app manifest and the Slack settings agree: every configured command exists in the manifest,
pointed at /slack/events, with the scopes the bot uses."""

from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError
from support import REPO

from bot.settings import Settings, SlackCommandNames, load_settings


def test_the_manifest_declares_every_default_command_and_the_scopes() -> None:
    manifest = yaml.safe_load((REPO / "config" / "slack-manifest.yaml").read_text(encoding="utf-8"))
    commands = {c["command"]: c for c in manifest["features"]["slash_commands"]}
    names = SlackCommandNames()
    configured = [slash for _, slash in names.lookups()] + [names.umbrella]
    assert sorted(commands) == sorted(configured)
    assert all(c["url"].endswith("/slack/events") and c["should_escape"] is False for c in commands.values())
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == ["chat:write", "commands"]


def test_the_example_config_names_the_same_commands() -> None:
    settings = load_settings(REPO / "config" / "slack.example.yaml")
    assert settings.slack.commands == SlackCommandNames()
    assert settings.slack.http.host == "127.0.0.1"


def test_commands_can_be_renamed_or_left_out_but_not_doubled_or_malformed() -> None:
    names = Settings(slack={"commands": {"status": "/mission-status", "who": None}}).slack.commands
    assert ("status", "/mission-status") in names.lookups() and "who" not in dict(names.lookups())
    with pytest.raises(ValidationError, match="/brief is used for two look-ups"):
        Settings(slack={"commands": {"status": "/brief"}})
    with pytest.raises(ValidationError, match="should match pattern"):
        Settings(slack={"commands": {"status": "status"}})


def test_the_api_base_url_must_be_http_and_ends_with_a_slash() -> None:
    assert Settings(slack={"api_base_url": "http://127.0.0.1:9/api"}).slack.api_base_url == "http://127.0.0.1:9/api/"
    with pytest.raises(ValidationError, match="not an http"):
        Settings(slack={"api_base_url": "ftp://slack"})
