"""The plans data set (seeds 000-003) from Python: what the texts state (meetings, dates, the budget),
queries as of dates, consistency findings, the trend-break verdict on synthetic series, pickling, the
JSON Schema, and the iCalendar export parsed back with the `icalendar` package.

Expected values are read off the seed texts (line numbers cited) or computed by hand in the test.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from pathlib import Path

import charterkit as ck
import icalendar
import jsonschema
import pytest

D = dt.date


@pytest.fixture(scope="module")
def plans() -> ck.PlanSet:
    return ck.datasets.plans()


@pytest.fixture(scope="module")
def p000(plans: ck.PlanSet) -> ck.Plan:
    return plans.plan("samenwerkingsverband-2011")


@pytest.fixture(scope="module")
def p001(plans: ck.PlanSet) -> ck.Plan:
    return plans.plan("lokaal-akkoord-jeugd")


def meeting_days(plan: ck.Plan, series: str) -> list[dt.date]:
    return [plan.resolve(m.date).first for m in plan.meetings_of(series)]


def test_the_data_set_holds_the_four_plans(plans: ck.PlanSet) -> None:
    assert plans.version == ck.__version__
    assert [p.id for p in plans] == [
        "samenwerkingsverband-2011",
        "lokaal-akkoord-jeugd",
        "jeugdige-aanwas",
        "noord-kennemerland",
    ]
    for p in plans:
        assert p.problems() == []
        assert p.source is not None and p.source.document.startswith(
            ("000_", "001_", "002_", "003_")
        )


def test_seed000_meetings_as_stated(p000: ck.Plan) -> None:
    # line 158 "Vijf bijeenkomsten"; line 161 lists the five dates
    assert meeting_days(p000, "ambtelijk-overleg") == [
        D(2011, 1, 18),
        D(2011, 3, 22),
        D(2011, 6, 21),
        D(2011, 9, 27),
        D(2011, 11, 22),
    ]
    assert p000.meeting_series("ambtelijk-overleg").stated_count.value == 5
    # line 168 "Acht geplande bijeenkomsten voor 2011"; line 171
    assert meeting_days(p000, "kenniswerkgroep") == [
        D(2011, 1, 6),
        D(2011, 2, 3),
        D(2011, 3, 3),
        D(2011, 5, 12),
        D(2011, 6, 9),
        D(2011, 9, 15),
        D(2011, 10, 13),
        D(2011, 12, 8),
    ]
    # line 187 "Vooralsnog vier themasessies" (provisional); line 190 lists four with their topics
    sessions = p000.meetings_of("themasessie")
    assert len(sessions) == 4
    assert sessions[1].topic == "Beeldvorming en beleid"  # 22 March, also line 104
    assert p000.meeting_series("themasessie").stated_count.kind == ck.CountKind.provisional
    # line 145: two meetings among the administrators, one with the ministers; line 149
    assert meeting_days(p000, "bestuurlijk-overleg") == [D(2011, 5, 16), D(2011, 10, 1)]
    assert p000.resolve(p000.meetings_of("bestuurlijk-overleg")[1].date).last == D(2011, 10, 31)
    assert len(p000.meetings_of("bestuurlijk-overleg-rijk")) == 1
    # line 161: the Petit comité meets two weeks before each AO -> 18 Jan - 14 days = 4 Jan, ...
    assert meeting_days(p000, "petit-comite") == [
        d - dt.timedelta(days=14) for d in meeting_days(p000, "ambtelijk-overleg")
    ]
    # line 44 "vijf ambtelijke overleggen" agrees with line 158; nothing to flag
    assert p000.findings() == []


def test_seed000_deliverables_and_monitor(p000: ck.Plan) -> None:
    # section 7B (lines 196-204): seven products with their month and primary responsibility
    assert [d.id for d in p000.deliverables] == [
        "jaarplan-2011",
        "communicatieplan",
        "model-beleidsprogramma",
        "analyse-resultaten",
        "monitor-2011",
        "inventarisatie-regulier-maatwerk",
        "inventarisatie-inzet-2012",
    ]
    monitor = p000.deliverable("monitor-2011")
    assert [e.label for e in monitor.planned] == ["start", "concept gereed"]  # line 201
    assert monitor.responsible[0].party == "bzk"
    # overdue is exact to the day: "April 2011" (line 198) is overdue from 1 May, not on 30 April
    overdue = lambda day: {e.item for e in p000.overdue(day) if e.kind == ck.EventKind.deliverable}  # noqa: E731
    assert overdue(D(2011, 4, 30)) == {"jaarplan-2011"}
    assert overdue(D(2011, 5, 1)) == {"jaarplan-2011", "communicatieplan"}
    # the monitor: zero-measurement over 2009 (line 54), the next over 2010 (line 89)
    assert p000.monitor.zero_measurement_year() == 2009
    assert [r.data_year for r in p000.monitor.follow_ups()] == [2010]


def test_seed000_next_meetings(p000: ck.Plan) -> None:
    nxt = {e.item: e.interval.first for e in p000.next_meetings(D(2011, 5, 13))}
    assert nxt["bestuurlijk-overleg"] == D(2011, 5, 16)
    assert nxt["kenniswerkgroep"] == D(2011, 6, 9)
    assert nxt["petit-comite"] == D(2011, 6, 7)  # 21 June - 14 days
    assert "werkbezoek" not in nxt  # dates left to the knowledge working group (line 190)


def test_seed000_budget_by_funder(p000: ck.Plan) -> None:
    by = {f.funder: f for f in p000.budget_by_funder()}
    assert by["vj"].amount == 140_000 + 30_000  # lines 212-213
    assert by["coordinatie+bzk"].pm_lines == 4  # lines 214, 217, 218, 221
    assert p000.budget.stated_total is None and p000.budget.audit() == []


def test_seed001_budget_matches_its_total(p001: ck.Plan) -> None:
    lines = {line.key: line.amount for line in p001.budget.lines}
    # lines 263-270 and the total on line 271
    assert lines == {
        "zaalhuur-lunch": 3330,
        "uursconferentie": 10000,
        "procesbegeleiding": 13552,
        "inleiders": 1000,
        "tekenaar": 680,
        "drukwerk": 2000,
        "projectleiding": 160223,
    }
    assert 3330 + 10000 + 13552 + 1000 + 680 + 2000 + 160223 == 190785
    assert p001.budget.stated_total == 190785
    (finding,) = p001.budget.audit(include_ok=True)
    assert finding.status == ck.AuditStatus.ok
    assert finding.computed == 190785
    table = p001.budget.to_finance_table()
    assert len(table.rows) == 8 and table.rows[-1].total
    wrong = copy.deepcopy(p001)
    wrong.budget.stated_total = 190000.0
    (bad,) = wrong.budget.audit()
    assert bad.status == ck.AuditStatus.mismatch and bad.difference == -785


def test_seed001_phases_steps_and_findings(p001: ck.Plan) -> None:
    # line 63 "Het proces is op te delen in vijf brokken"; steps 9-18 printed (lines 206-227)
    assert len(p001.phases) == 5
    assert [a.number for a in p001.actions()] == list(range(1, 19))
    assert p001.action(4).schedule[0].date.start.day == 8  # "8 juli raad" (line 133)
    kinds = [(f.kind, f.path) for f in p001.findings()]
    assert kinds == [
        (
            "reference",
            "phases[1].actions[1].references[0]",
        ),  # "conferenties (14 en 15)", lines 144-146
        ("reference", "phases[1].actions[1].references[0]"),
        (
            "order",
            "phases[4].actions[3].after[0]",
        ),  # signing in July (227) before adoption in August (226)
        ("council", "phases[0]"),  # line 20 promises the council a part in every phase
        ("council", "phases[2]"),
    ]
    in_progress = [s.phase for s in p001.phases_in_progress(D(2022, 3, 15))]
    assert in_progress == ["bouwstenen", "akkoord"]


def test_seed001_years_are_inferred_and_marked(p001: ck.Plan) -> None:
    step6 = p001.action(6).schedule[0].date  # "Begin September", line 172
    assert step6.year_inferred
    assert p001.resolve(step6).first == D(2021, 9, 1) and p001.resolve(step6).last == D(2021, 9, 10)
    parsed = ck.parse_plan_date(
        "Begin September", reference=D(2021, 6, 11)
    )  # document date, line 4
    assert parsed.interval().first == D(2021, 9, 1) and parsed.year_inferred
    assert ck.parse_plan_date("uiterlijk juli 2022").interval().first is None  # line 22
    assert ck.parse_plan_date("uiterlijk juli 2022").interval().last == D(2022, 7, 31)
    with pytest.raises(ck.InvalidInputError, match="more than one range mark"):
        ck.parse_plan_date("Februari en maart én mei")  # line 214: encoded as two entries instead


def test_seed001_staffing_time(p001: ck.Plan) -> None:
    by_role = {s.role: s for s in p001.staffing}
    assert by_role["Projectleider"].time.per_week() == (3.0, 3.0)  # "3 dagen pw", line 247
    low, high = by_role["Stuurgroep"].time.per_week()  # "Eens per 3 a 4 weken", line 242
    assert (low, high) == pytest.approx((1 / 4, 1 / 3))
    assert by_role["Juriste (intern)"].time.on_call  # "Op afroep", line 259
    assert ck.parse_time_investment("2 uur per 2 weken").per_week() == (1.0, 1.0)  # line 250


def test_seed003_five_actions(plans: ck.PlanSet) -> None:
    p = plans.plan("noord-kennemerland")
    assert p.count_actions() == 5  # "voorlopig vijf acties", line 21
    assert p.findings() == []
    evaluation = p.deliverable("evaluatie-regisseursgroep")  # "halverwege 2020", line 33
    span = p.resolve(evaluation.planned[0].date)
    assert (span.first, span.last) == (D(2020, 5, 1), D(2020, 8, 31))


def test_trend_break_on_synthetic_series(p000: ck.Plan) -> None:
    # synthetic, labelled: target group 20 -> 15 (-25 %), other youth 10 -> 9 (-10 %), 2009 -> 2012
    tg = ck.Series.from_years(
        [2009, 2010, 2011, 2012], [20, 18, 16, 15], "target group (synthetic)"
    )
    cg = ck.Series.from_years(
        [2009, 2010, 2011, 2012], [10, 9.8, 9.4, 9], "other youth (synthetic)"
    )
    target = p000.goals[0].targets[0]  # the comparative trendbreuk target, lines 68-70
    r = ck.assess_trend_break_target(target, tg, cg)
    assert r.verdict == ck.TrendBreakVerdict.achieved
    assert r.target_group.change_percent == pytest.approx(-25.0)
    assert r.comparison_group.change_percent == pytest.approx(-10.0)
    assert r.margin == pytest.approx(15.0)
    assert (r.ratio_start, r.ratio_end) == pytest.approx((2.0, 15 / 9))
    # synthetic: both fall by 5 points, but relatively the target group lags (-20 % vs -50 %)
    tg2 = ck.Series.from_years([2009, 2012], [25, 20], "target group (synthetic)")
    cg2 = ck.Series.from_years([2009, 2012], [10, 5], "other youth (synthetic)")
    r2 = ck.assess_trend_break(tg2, cg2, ck.When(2009), ck.When(2012))
    assert r2.verdict == ck.TrendBreakVerdict.not_achieved
    assert "not faster" in r2.explanation
    assert ck.assess_trend_break(tg2, cg2, 2009, 2012, measure="points").margin == 0.0
    # synthetic: the target group rises
    up = ck.Series.from_years([2009, 2012], [20, 22], "target group (synthetic)")
    assert ck.assess_trend_break(up, cg, 2009, 2012).verdict == ck.TrendBreakVerdict.not_achieved
    none = ck.assess_trend_break(tg, cg, 2009, 2013)
    assert none.verdict == ck.TrendBreakVerdict.not_assessable
    assert pickle.loads(pickle.dumps(none)) == none  # NaN fields survive the round trip


def test_ics_parses_back(p000: ck.Plan) -> None:
    text = p000.to_ics(stamp="20110101T000000Z")
    raw = text.encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    # 25 meetings + 7 deliverable due dates + 4 goal deadlines
    assert len(events) == 25 + 7 + 4
    assert len({str(e["UID"]) for e in events}) == len(events)
    starts = {(str(e["CATEGORIES"].to_ical(), "utf-8"), e.decoded("DTSTART")) for e in events}
    assert ("meeting", D(2011, 1, 18)) in starts
    assert ("meeting", D(2011, 1, 4)) in starts  # Petit comité, two weeks before
    ao = [e for e in events if e.decoded("DTSTART") == D(2011, 9, 27)]
    assert len(ao) == 1 and ao[0].decoded("DTEND") == D(2011, 9, 28)
    assert "Printed date: 27 september 2011" in str(ao[0]["DESCRIPTION"])
    october = [
        e
        for e in events
        if e.decoded("DTSTART") == D(2011, 10, 1) and "Meeting" in str(e["SUMMARY"])
    ]
    assert {e.decoded("DTEND") for e in october} == {
        D(2011, 11, 1)
    }  # the whole month, end exclusive
    assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in october)
    comm = [e for e in events if "communication plan" in str(e["SUMMARY"])]
    assert comm[0].decoded("DTSTART") == D(
        2011, 4, 30
    )  # due on the last day of April 2011 (line 198)
    # escaping survives the round trip
    odd = copy.deepcopy(p000)
    odd.deliverables[0].title_en = "plan, with; odd\\chars"
    back = icalendar.Calendar.from_ical(odd.to_ics(stamp="20110101T000000Z"))
    summaries = [str(c["SUMMARY"]) for c in back.walk() if c.name == "VEVENT"]
    assert "Deliverable due: plan, with; odd\\chars" in summaries
    with pytest.raises(ck.InvalidInputError, match="stamp"):
        p000.to_ics(stamp="yesterday")


def test_every_plan_file_matches_the_schema() -> None:
    schema = json.loads(ck.datasets.plan_schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    folder = ck.datasets.data_dir() / "plans"
    files = sorted(p for p in folder.glob("*.json") if p.name != "manifest.json")
    assert len(files) == 4
    for path in files:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert errors == [], (path.name, [e.message for e in errors[:3]])
    broken = json.loads(files[0].read_text(encoding="utf-8"))
    broken["colour"] = "blue"
    assert list(validator.iter_errors(broken))


def test_round_trip_and_pickle(plans: ck.PlanSet, tmp_path: Path) -> None:
    for p in plans:
        assert ck.loads_plan(ck.dumps_plan(p)) == p
        ck.save_plan(p, str(tmp_path / "x.json"))
        assert ck.load_plan(str(tmp_path / "x.json")) == p
        for clone in (pickle.loads(pickle.dumps(p)), copy.copy(p), copy.deepcopy(p)):
            assert clone == p
    p = plans.plan("lokaal-akkoord-jeugd")
    values = [
        p.phases[0],
        p.actions()[2],
        p.actions()[4].council[0],
        p.actions()[4].references[0],
        p.staffing[0],
        p.staffing[0].time,
        p.budget,
        p.budget.lines[0],
        p.budget_by_funder()[0],
        p.goals[1].deadline,
        p.goals[1].deadline.start,
        p.actions()[2].schedule[0].date.relative,
        p.events()[0],
        p.phase_spans()[0],
        p.findings()[0],
        p.resolve(p.goals[0].deadline),
        p.stated_counts[0],
        plans.manifest[0],
    ]
    q = plans.plan("samenwerkingsverband-2011")
    values += [
        q.goals[0],
        q.deliverables[0],
        q.deliverables[0].planned[0],
        q.deliverables[0].responsible[0],
        q.meetings[0],
        q.meetings[0].meetings[0],
        q.meeting_series("petit-comite").follows,
        q.monitor,
        q.monitor.rounds[0],
    ]
    for v in values:
        assert pickle.loads(pickle.dumps(v)) == v, type(v).__name__
        assert copy.deepcopy(v) == v, type(v).__name__
    assert pickle.loads(pickle.dumps(plans)) == plans


def test_errors_name_file_and_path(p001: ck.Plan) -> None:
    text = ck.dumps_plan(p001).replace('"role": "consent"', '"role": "agree"', 1)
    with pytest.raises(ck.ValidationError) as err:
        ck.loads_plan(text, "bad.json")
    assert err.value.problems == [
        "bad.json: phases[1].actions[0].council[0].role: unknown council role 'agree' "
        "(expected none, input, work_session, information, consent, adopt, other)"
    ]
    with pytest.raises(ck.ParseError) as perr:
        ck.loads_plan('{\n "id": ]', "broken.json")
    assert perr.value.line == 2
    with pytest.raises(KeyError):
        p001.action(99)
    with pytest.raises(ck.NotFoundError):
        p001.deliverable("nothing")
    assert ck.validate_plan_text("{}", "empty.json")[0].startswith("empty.json: format: missing")


SEEDS = Path(
    __import__("os").environ.get(
        "CHARTERKIT_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"
    )
)


def _cited_text(document: str, source: ck.Source) -> str:
    lines = (SEEDS / document).read_text(encoding="utf-8").splitlines()
    cited = source.lines
    if len(cited) == 2 and cited[0] < cited[1]:  # a span [first, last]
        cited = list(range(cited[0], cited[1] + 1))
    return " ".join(lines[n - 1] for n in cited).lower()


def _dutch_amount(value: float) -> str:
    return f"{int(value):,}".replace(",", ".")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts are not beside the repository")
def test_printed_words_stand_on_their_cited_lines(plans: ck.PlanSet) -> None:
    """Traceability: every printed date, count, time and amount is found on the lines its item cites."""
    checked = 0
    for plan in plans:
        doc = plan.source.document

        def check(words: str, source: ck.Source | None, what: str) -> None:
            nonlocal checked
            assert source is not None, (plan.id, what, words)
            assert words.lower() in _cited_text(doc, source), (plan.id, what, words, source.lines)
            checked += 1

        for g in plan.goals:
            if g.deadline:
                check(g.deadline.text, g.source, "goal " + g.id)
        for a in plan.actions():
            for e in a.schedule:
                check(e.date.text, e.source, "action " + a.id)
            for c in a.council:
                if c.date:
                    check(c.date.text, c.source, "council " + a.id)
                check(c.text, c.source, "council " + a.id)
        for d in plan.deliverables + [r for ph in plan.phases for r in ph.results]:
            for e in d.planned:
                check(e.date.text, e.source, "deliverable " + d.id)
        for s in plan.meetings:
            for m in s.meetings:
                check(m.date.text, m.source, "meeting " + s.id)
            if s.stated_count:
                check(s.stated_count.text, s.stated_count.source, "count " + s.id)
            if s.follows:
                check(s.follows.text, s.follows.source, "follows " + s.id)
        for c in plan.stated_counts:
            check(c.text, c.source, "count " + c.of)
        for s in plan.staffing:
            if s.time_text:
                check(s.time_text, s.source, "staffing " + s.role)
        if plan.budget:
            for line in plan.budget.lines:
                if line.amount is not None:
                    check(_dutch_amount(line.amount), line.source, "budget " + line.key)
            if plan.budget.stated_total is not None:
                check(
                    _dutch_amount(plan.budget.stated_total),
                    plan.budget.total_source,
                    "budget total",
                )
    assert checked > 100
