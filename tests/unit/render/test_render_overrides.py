"""Operators can replace any single template; a broken one fails loudly, naming the file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import bot.render as render_module
from bot.models import Brief, Notice, Quote, QuotesResult
from bot.render import FORMATS, KINDS, Renderer, RenderError, builtin_templates_dir


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_overridden_template_replaces_only_itself(tmp_path: Path, brief: Brief) -> None:
    write(tmp_path, "brief.text.j2",
          '{% import "_macros.text.j2" as t %}\nBRIEF {{ brief.title | upper }}\n'
          "{% for q in brief.quotes %}{{ t.quote(q, articles) }}{% endfor %}")
    renderer = Renderer(tmp_path)
    text = renderer.render(brief, "text").text
    # The override can still import the built-in macros.
    assert text.startswith("BRIEF MORNING BRIEF: SAHEL AND IRAQ\n- Lt. Gen. Ana Moreira")
    slack = renderer.render(brief, "slack")  # not overridden: the built-in Block Kit template
    assert slack.blocks is not None and slack.blocks[0]["type"] == "header"
    assert slack.text.startswith("BRIEF MORNING BRIEF")  # …whose fallback text comes from the override


def test_overriding_a_macro_file_changes_every_template_using_it(tmp_path: Path, brief: Brief) -> None:
    builtin = (builtin_templates_dir() / "_macros.text.j2").read_text(encoding="utf-8")
    write(tmp_path, "_macros.text.j2", builtin.replace("  Source: ", "  Via: "))
    text = Renderer(tmp_path).render(brief, "text").text
    assert "  Via: Security Council ends Mali peacekeeping mandate" in text
    assert "  Source: " not in text


def test_misspelt_attribute_in_override_is_a_clear_error(tmp_path: Path, brief: Brief) -> None:
    path = write(tmp_path, "brief.matrix.j2", "<h4>{{ brief.title }}</h4>\n<p>{{ brief.titel }}</p>\n")
    renderer = Renderer(tmp_path)
    with pytest.raises(RenderError) as caught:
        renderer.render(brief, "matrix")
    message = str(caught.value)
    assert f"{path}:2" in message
    assert "UndefinedError" in message and "titel" in message


def test_misspelt_variable_in_override_is_a_clear_error(tmp_path: Path, brief: Brief) -> None:
    path = write(tmp_path, "brief.text.j2", "{{ breif.title }}\n")
    with pytest.raises(RenderError, match=rf"{path}:1: UndefinedError: 'breif' is undefined"):
        Renderer(tmp_path).render(brief, "text")


def test_syntax_error_in_override_fails_at_start_up(tmp_path: Path) -> None:
    path = write(tmp_path, "quotes.slack.j2", "[\n{% for q in result.quotes %}\n]\n")
    with pytest.raises(RenderError, match=rf"{path}:3: syntax error: .*'endfor'"):
        Renderer(tmp_path)


def test_missing_templates_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="does not exist"):
        Renderer(tmp_path / "nope")


@pytest.mark.parametrize(("body", "problem"), [
    ('[{"type": "section", "text": {"type": "mrkdwn", "text": "x"}},]', "not valid JSON"),
    ('{"type": "divider"}', "expected a JSON list of blocks, got dict"),
    ('["divider"]', "block 0 is not an object"),
    ('[{"type": "section", "text": {"type": "mrkdwn", "text": 5}}]', "has no string 'text'"),
])
def test_invalid_block_kit_from_override_is_a_clear_error(tmp_path: Path, body: str, problem: str) -> None:
    write(tmp_path, "notice.slack.j2", body)
    with pytest.raises(RenderError, match=rf"notice\.slack\.j2: .*{problem}"):
        Renderer(tmp_path).render(Notice(text="hi"), "slack")


def test_override_that_forgets_slack_escaping_still_cannot_ping(
        tmp_path: Path, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    write(tmp_path, "quotes.slack.j2",
          '[{% for q in result.quotes %}{"type": "section", "text": {"type": "mrkdwn", "text": '
          '{{ q.text | tojson }}}}{% if not loop.last %},{% endif %}{% endfor %}]')
    result = QuotesResult(quotes=(make_quote("<!channel> <@U1> <#C1> see <https://ok.example|this>"),))
    message = Renderer(tmp_path).render(result, "slack")
    assert message.blocks is not None
    assert message.blocks[0]["text"]["text"] == \
        "&lt;!channel&gt; &lt;@U1&gt; &lt;#C1&gt; see <https://ok.example|this>"


def test_override_that_marks_article_text_safe_is_refused_for_matrix(
        tmp_path: Path, make_quote: Callable[..., Quote]) -> None:
    write(tmp_path, "quotes.matrix.j2", "{% for q in result.quotes %}<p>{{ q.text | safe }}</p>{% endfor %}")
    result = QuotesResult(quotes=(make_quote('<img src=x onerror="alert(1)">'),))
    with pytest.raises(RenderError, match=r"quotes\.matrix\.j2: unsafe Matrix HTML: tag <img>"):
        Renderer(tmp_path).render(result, "matrix")


def test_builtin_templates_cover_every_kind_and_format() -> None:
    folder = builtin_templates_dir()
    assert folder == Path(render_module.__file__).resolve().parent.parent / "templates"
    for kind in KINDS:
        for fmt in FORMATS:
            assert (folder / f"{kind}.{fmt}.j2").is_file()


def test_package_data_templates_win_over_the_checkout_folder(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "bot"
    package.mkdir(parents=True)
    monkeypatch.setattr(render_module, "__file__", str(package / "render.py"))
    assert builtin_templates_dir() == tmp_path / "site-packages" / "templates"
    (package / "templates").mkdir()
    assert builtin_templates_dir() == package / "templates"
