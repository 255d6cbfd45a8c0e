"""Configuration: YAML + environment, pointed error messages, secrets only from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import ConfigError, ConsoleDestination, load_settings

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    return caught.value.problems


def test_the_shipped_default_is_valid_and_embedded() -> None:
    settings = load_settings(REPO / "config" / "briefbot.yaml")
    assert settings.database.url.startswith("sqlite:///")
    assert [s.location for s in settings.sources] == ["seeds/"]
    assert isinstance(settings.destinations[0], ConsoleDestination)


@pytest.mark.parametrize("name", ["slack.example.yaml", "matrix.example.yaml"])
def test_the_shipped_examples_parse(name: str) -> None:
    settings = load_settings(REPO / "config" / name)
    assert settings.destinations


def test_invalid_cron_names_file_field_and_value(tmp_path: Path) -> None:
    path = write(tmp_path, "destinations:\n  - name: ops\n    transport: console\n    schedule: '25 * * *'\n")
    [message] = problems(path)
    assert message.startswith(f"{path}: destinations[0].schedule: '25 * * *' is not a valid cron expression")


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "destinations:\n  - name: ops\n    transport: console\n    schedule: '61 * * * *'\n"
                           "    timezone: Mars/Olympus\nbrief:\n  max_quotes: -1\n  colour: red\n")
    found = problems(path)
    assert any("destinations[0].schedule: '61 * * * *' is not a valid cron expression" in p for p in found)
    assert any("destinations[0].timezone: 'Mars/Olympus' is not an IANA time zone" in p for p in found)
    assert any("brief.max_quotes:" in p for p in found)
    assert any("brief.colour: unknown setting" in p for p in found)


def test_unknown_transport_and_duplicate_names(tmp_path: Path) -> None:
    [message] = problems(write(tmp_path, "destinations:\n  - name: a\n    transport: telegram\n"))
    assert "destinations[0]: transport must be one of console, slack, matrix" in message
    [message] = problems(write(tmp_path, "sources:\n  - {name: a, location: x}\n  - {name: a, location: y}\n"))
    assert "sources[1].name: 'a' is used twice" in message


def test_yaml_syntax_error_points_at_the_line(tmp_path: Path) -> None:
    [message] = problems(write(tmp_path, "sources:\n  - name: [unclosed\n"))
    assert message.startswith(f"{tmp_path / 'x.yaml'}: line 3, column 1") and "invalid YAML" in message


def test_missing_file_says_how_to_point_at_one(tmp_path: Path) -> None:
    [message] = problems(tmp_path / "nope.yaml")
    assert "no such file" in message and "--config" in message


def test_secrets_in_the_file_are_refused(tmp_path: Path) -> None:
    [message] = problems(write(tmp_path, "slack:\n  bot_token: xoxb-123\n"))
    assert "slack.bot_token" in message and "BRIEFBOT_SLACK__BOT_TOKEN" in message
    assert "xoxb-123" not in message


def test_environment_overrides_the_file_and_secrets_stay_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "database:\n  url: sqlite:///a.db\nbrief:\n  max_quotes: 3\n")
    monkeypatch.setenv("BRIEFBOT_DATABASE__URL", "postgresql://briefbot@db/briefbot")
    monkeypatch.setenv("BRIEFBOT_SLACK__BOT_TOKEN", "xoxb-secret")
    settings = load_settings(path)
    assert settings.database.url == "postgresql+psycopg://briefbot@db/briefbot"
    assert settings.brief.max_quotes == 3  # the file's value survives a partial override
    assert settings.slack.bot_token is not None
    assert settings.slack.bot_token.get_secret_value() == "xoxb-secret"
    assert "xoxb-secret" not in repr(settings) and "xoxb-secret" not in settings.model_dump_json()


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "brief:\n  max_quotes: 4\n")
    monkeypatch.setenv("BRIEFBOT_CONFIG", str(path))
    assert load_settings().brief.max_quotes == 4


def test_destination_naming_an_unknown_source(tmp_path: Path) -> None:
    [message] = problems(write(tmp_path, "destinations:\n  - {name: a, transport: console, sources: [nope]}\n"))
    assert "destinations[0].sources: no source named 'nope'" in message


def test_matrix_settings_are_checked(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "matrix:\n  homeserver: matrix.example.org\n  user_id: briefbot\n"
                                     "  command_prefix: '! '\n  allow_invites_from: ['@nobody']\n"
                                     "  subscription_power_level: 101\n"))
    assert any("matrix.homeserver: 'matrix.example.org' is not a homeserver URL" in p for p in found)
    assert any("matrix.user_id: 'briefbot' is not a full Matrix user id" in p for p in found)
    assert any("matrix.command_prefix: the command prefix cannot contain spaces" in p for p in found)
    assert any("matrix.allow_invites_from: '@nobody' is neither a user id" in p for p in found)
    assert any("matrix.subscription_power_level:" in p for p in found)
    settings = load_settings(write(tmp_path, "matrix:\n  homeserver: https://matrix.example.org/\n"))
    assert settings.matrix.homeserver == "https://matrix.example.org"
    assert settings.matrix.command_prefix == "!" and settings.matrix.allow_invites_from == ()
