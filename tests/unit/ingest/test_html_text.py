"""Feed HTML fragments to one-paragraph-per-line text."""

from __future__ import annotations

from bot.ingest.html_text import html_to_text


def test_paragraphs_and_inline_markup() -> None:
    html = "<p>The council <b>voted</b> 31 to 9\non Thursday.</p><p>“It ends two years of\nuncertainty.”</p>"
    expected = "The council voted 31 to 9 on Thursday.\n\n“It ends two years of uncertainty.”"
    assert html_to_text(html) == expected


def test_line_breaks_lists_and_headings() -> None:
    html = "<h2>Key points</h2><ul><li>Turnout: 64%</li><li>Spoiled: 212</li></ul>Line one<br>line two<br/>"
    assert html_to_text(html) == "Key points\n\nTurnout: 64%\n\nSpoiled: 212\n\nLine one\n\nline two"


def test_scripts_styles_and_entities() -> None:
    html = "<style>p{}</style><p>Fish &amp; chips&nbsp;cost &pound;5 &#8212; up 10%</p><script>x()</script>"
    assert html_to_text(html) == "Fish & chips cost £5 — up 10%"


def test_words_split_only_by_markup_stay_apart() -> None:
    html = "<p>one\n<em>two</em>\nthree</p><div>four</div>five"
    assert html_to_text(html) == "one two three\n\nfour\n\nfive"


def test_plain_text_passes_through() -> None:
    assert html_to_text("Prices rose 3% (a < b) in May.") == "Prices rose 3% (a < b) in May."
