"""Jupyter display (charterkit.display): every object's _repr_html_ shows its key facts, and every text
from the data is escaped."""

from __future__ import annotations

import copy
import datetime as dt
import html.parser

import charterkit as ck
import pytest
from charterkit.statuses import STATUS_COLORS


class _Checker(html.parser.HTMLParser):
    """Collects the tags and fails on a <script> tag: the markup must be inert."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag != "script"
        self.tags.append(tag)


def _parse(markup: str) -> list[str]:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    return checker.tags


def test_dataset_html(kw: ck.Dataset) -> None:
    markup = kw._repr_html_()
    assert "krachtwijken" in markup
    assert "18 charters, 41 districts, 496 targets" in markup
    assert all(f">{c.city}<" in markup for c in kw)  # one row per charter
    assert "table" in _parse(markup)


def test_charter_html(kw: ck.Dataset) -> None:
    markup = kw.charter("alkmaar")._repr_html_()
    # seed 004 lines 77-78 and 481: 'Overdie doet mee', signed on 11 February 2008 in Alkmaar
    assert "Charter &#x27;Overdie doet mee&#x27;" in markup
    assert "2008-02-11, Alkmaar" in markup
    assert "Overdie (overdie)" in markup
    assert "lines 77–501" in markup  # the charter's span in seed 004
    _parse(markup)


def test_ambition_html(kw: ck.Dataset) -> None:
    ambition = next(a for a in kw.charter("alkmaar").ambitions if a.id == "alkmaar.work.1")
    markup = ambition._repr_html_()
    assert "alkmaar.overdie.werkloosheid" in markup
    assert "9.2 in 2007" in markup
    _parse(markup)


def test_target_html_shows_levels_and_reasons(kw: ck.Dataset) -> None:
    markup = kw.charter("alkmaar").target("alkmaar.overdie.werkloosheid")._repr_html_()
    # seed 004 line 189: the 2007 Alkmaar average of 6.8 % in 2017, from 9.2 % now
    assert "9.2 in 2007" in markup
    assert "reach reference (reference of 2007)" in markup
    assert ">6.8<" in markup
    assert "line 189" in markup
    pending = kw.charter("alkmaar").target("alkmaar.overdie.weinig-aandacht-gemeente")._repr_html_()
    assert "still to be measured" in pending
    _parse(pending)


def test_every_text_is_escaped() -> None:
    indicator = ck.Indicator(
        "x<y", "<script>alert('name')</script>", "percent", "lower_is_better", name_en="a & b"
    )
    target = ck.Target(
        "<b>id</b>",
        indicator,
        [ck.Milestone(ck.When(2017), "absolute", 5.0, note="<i>")],
        baseline=ck.Baseline(ck.When(2007), 9.0),
        notes=["<img src=x onerror=alert(1)>"],
    )
    markup = target._repr_html_()
    assert "<script>" not in markup and "<b>id</b>" not in markup and "<img" not in markup
    assert (
        "&lt;script&gt;" in markup and "&lt;b&gt;id&lt;/b&gt;" in markup and "a &amp; b" in markup
    )
    _parse(markup)


def test_charter_html_escapes_titles(kw: ck.Dataset) -> None:
    charter = copy.deepcopy(kw.charter("alkmaar"))
    charter.title = "<script>x</script> & co"
    markup = charter._repr_html_()
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in markup
    _parse(markup)


def test_assessment_and_projection_html(kw: ck.Dataset) -> None:
    target = kw.charter("alkmaar").target("alkmaar.overdie.werkloosheid")
    observed = ck.Series(
        [dt.date(2009, 1, 1), dt.date(2010, 1, 1), dt.date(2011, 1, 1)],
        [9.0, 8.8, 8.7],
        "synthetic",
    )
    a = ck.assess(target, observed)
    markup = a._repr_html_()
    name = a.status.name
    assert f"background: {STATUS_COLORS[name]}" in markup
    assert name.replace("_", " ") in markup
    assert "8.7 on 2011-01-01" in markup
    # planned on 1 January 2011: 9.2 - 0.24 * 3.5 = 8.36
    assert "8.36" in markup
    _parse(markup)
    p = ck.project(target, observed)
    markup = p._repr_html_()
    assert "-0.15 per year from 3 observations" in markup  # the slope through 9.0, 8.8, 8.7
    _parse(markup)


def test_observations_html_marks_synthetic_data(kw: ck.Dataset) -> None:
    markup = ck.synthetic_monitor(kw, seed=1)._repr_html_()
    assert "SYNTHETIC" in markup
    _parse(markup)


@pytest.mark.parametrize("name", sorted(STATUS_COLORS))
def test_every_status_has_a_colour_and_a_group(name: str) -> None:
    from charterkit.statuses import STATUS_GROUPS, STATUS_RANK

    assert name in STATUS_GROUPS and name in STATUS_RANK


def test_statuses_cover_the_progress_statuses() -> None:
    from charterkit import statuses

    assert set(ck.progress.PROGRESS_STATUS_NAMES) <= set(statuses.STATUS_COLORS)
    assert statuses.worst_status(["on_track", "behind", "not_available"]) == "behind"
    assert statuses.worst_status(["not_available"]) == "not_available"
    assert statuses.worst_status([]) == statuses.NO_OBSERVATIONS
    assert statuses.status_group(ck.progress.ProgressStatus.moving_away) == "poor"
    with pytest.raises(ck.InvalidInputError, match="unknown progress status"):
        statuses.status_color("fine")
