"""Case file page: the hindsight guard, the agency view, the timeline, entry links and deep
links, only the open tab drawn, and resuming after a reload."""

import json
import re

from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from secondstory import casefile, workflow
from secondstory.reference import reference_analysis
from tests.app.conftest import open_editors, run_page, shown_text, url_value


def _tab(at, name: str):
    """Open a tab of the case file (only the open tab is drawn)."""
    at.session_state["case_tab"] = name
    return at.run()


def _plain(at) -> str:
    """The page's text as a reader sees it (Markdown escapes removed)."""
    return re.sub(r"\\(.)", r"\1", shown_text(at))


def _card_ids(at) -> list[str]:
    """The entry ids of the chronology's cards, in order."""
    cards = next(m.value for m in at.markdown if re.match(r"^\*\*[^*]+\*\* · ", m.value))
    return [m.group(1) for m in re.finditer(r"(?m)^\*\*([^*]+)\*\* · ", cards)]


def _timeline(at) -> tuple[dict, dict, list[dict]]:
    """The timeline's Vega-Lite spec, its points layer and the points' rows."""
    charts = [(c, json.loads(c.proto.spec)) for c in at.get("vega_lite_chart")]
    (chart, spec), *_ = [(c, s) for c, s in charts if "layer" in s]
    points = next(x for x in spec["layer"] if x["mark"]["type"] == "circle")
    name = points.get("data", spec.get("data"))["name"]
    (data,) = [d.data.data for d in chart.proto.datasets if d.name == name]
    rows = convert_arrow_bytes_to_pandas_df(data).to_dict(orient="records")
    return spec, points, rows


def test_reload_with_the_url_brings_back_the_attempt(signed_in, scenario):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    assert not at.exception
    assert [t.value for t in at.title] == ["Case file"]


def test_first_screen_has_no_heavy_components(signed_in):
    """The overview draws the network as a picture and the practitioners as text: no data grid,
    no diagram component, no chart until their tab is opened."""
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    kinds = {getattr(node, "type", "") for node in at}
    assert "image" in kinds
    assert not kinds & {"dataframe", "graphviz_chart", "vega_lite_chart"}
    assert "| Priya Shah | Key worker (nursery practitioner) |" in _plain(at)
    _tab(at, "Timeline")
    assert at.get("vega_lite_chart")
    assert "Priya Shah" not in _plain(at)  # the overview is no longer drawn


def test_known_later_entries_are_hidden_until_the_outcome_is_revealed(signed_in, scenario, store):
    person, code, attempt = signed_in
    later = {e.id for e in scenario.chronology if e.known_later}
    assert later, "the test scenario needs entries known only later"
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Chronology")
    shown = set(_card_ids(at))
    assert shown and not shown & later
    assert any("Hindsight guard" in i.value for i in at.info)

    analysis = attempt.analysis
    analysis, episode = workflow.add_episode(analysis, "An episode", [scenario.chronology[1].id])
    analysis = workflow.set_appraisal(analysis, episode, "in_line", "reason")
    store.save_analysis(person.id, attempt.id, workflow.reveal_outcome(analysis))
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Chronology")
    assert later <= set(_card_ids(at))


def test_chronology_cards_show_what_happened_and_the_table_stays_available(signed_in):
    _, code, attempt = signed_in
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Chronology")
    text = _plain(at)
    assert "**e05** · Tue 04 Feb 2025, 16:05 · Little Acorns Nursery, Halbury" in text
    assert "Bruise on Maisie's knee, explained as a fall" in text
    at.toggle(key="chron_table").set_value(True).run()
    frame = at.dataframe[0].value
    assert "what happened" in frame.columns and "e05" in list(frame["id"])


def test_as_one_agency_saw_it_shows_only_what_the_nursery_held_or_was_told(signed_in, scenario):
    _, code, attempt = signed_in
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Chronology")
    at.selectbox(key="seen_by").select("nursery").run()
    expected = [
        e.id
        for e in scenario.chronology
        if not e.known_later and (e.agency == "nursery" or "nursery" in e.known_to)
    ]
    assert _card_ids(at) == expected
    # e08 is the health visitor's visit: the nursery was told it went well, nothing more.
    at.selectbox(key="chron_entry").select("e08").run()
    text = _plain(at)
    assert "Hannah rang Claire after her visit to say it had gone well" in text
    assert "declined" not in text and "Early help assessment offered" not in text
    assert "Recorded at the time" not in text
    _tab(at, "Records")
    assert [o for o in at.selectbox(key="record_pick").options] == [
        "08 Apr 2025 · Case note · Little Acorns concern log for Maisie Carter (extract)"
    ]
    _tab(at, "Conversations")
    assert all("Little Acorns" in o for o in at.selectbox(key="conversation_pick").options)


def test_the_gp_view_holds_the_letter_sent_to_it(signed_in):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    at.selectbox(key="seen_by").select("gp").run()
    _tab(at, "Records")
    options = at.selectbox(key="record_pick").options
    assert any("letter to the GP" in o for o in options)
    assert not any("Little Acorns" in o for o in options)


def test_timeline_opens_on_the_review_period_with_readable_dates_and_agency_colours(
    signed_in, scenario
):
    _, code, attempt = signed_in
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Timeline")
    _, points, rows = _timeline(at)
    period = scenario.setting.period
    assert points["encoding"]["x"]["scale"]["domain"] == [
        period.start.isoformat(),
        period.end.isoformat(),
    ]
    assert "e01" not in {r["id"] for r in rows}  # background, before the period
    assert next(r["day"] for r in rows if r["id"] == "e04") == "Wed 22 Jan 2025, 09:40"
    titles = [t["title"] for t in points["encoding"]["tooltip"]]
    assert titles == ["Entry", "Date", "Agency", "What happened", "Note"]
    colour = points["encoding"]["color"]["scale"]
    colours = casefile.agency_colours(scenario)
    assert colour["domain"] == [a.name for a in scenario.agencies]
    assert colour["range"] == [colours[a.id] for a in scenario.agencies]
    assert len(set(colour["range"])) == len(scenario.agencies)
    lanes = {r["lane"].replace("\n", " ") for r in rows}
    assert "Westmere 0-19 Health Visiting Service" in lanes  # full names, wrapped
    at.toggle(key="case_timeline_background").set_value(True).run()
    _, _, rows = _timeline(at)
    assert "e01" in {r["id"] for r in rows}


def test_timeline_offers_an_entry_to_open(signed_in):
    _, code, attempt = signed_in
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Timeline")
    assert "Click an entry to read it" in _plain(at)
    spec, _, _ = _timeline(at)
    assert spec["params"][0]["name"] == "pick"
    assert list(at.get("vega_lite_chart")[0].proto.selection_mode) == ["pick"]
    at.selectbox(key="time_entry").select("e07").run()
    assert "Claire invited Jade into the office at drop-off" in _plain(at)


def test_an_entry_address_opens_the_entry_once(signed_in, store):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    at.query_params["entry"] = "e05"
    at.run()
    assert at.session_state["case_tab"] == "Chronology"
    assert at.selectbox(key="chron_entry").value == "e05"
    assert "Priya completed a body map" in _plain(at)
    assert url_value(at, "entry") is None  # taken from the address once
    assert url_value(at, "attempt") == attempt.id


def test_an_address_cannot_open_an_entry_known_only_later(signed_in):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    at.query_params["entry"] = "e13"
    at.run()
    assert "Mummy squeezed me" not in _plain(at)
    assert at.session_state["case_tab"] == "Overview"


def test_entry_ids_in_records_are_links_that_keep_the_session(signed_in):
    _, code, attempt = signed_in
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Records")
    caption = next(m.value for m in at.markdown if m.value.startswith("Relates to entries"))
    session = url_value(at, "session")
    assert f"[e02](case_file?session={session}&attempt={attempt.id}&entry=e02)" in caption


def test_another_trainees_attempt_id_shows_nothing(signed_in, store):
    _, _, attempt = signed_in
    _, other_code = store.create_trainee("Sam")
    at = run_page("case_file", code=other_code, attempt_id=attempt.id)
    assert not at.exception
    assert [t.value for t in at.title] == []
    assert any("Open a case from the Library" in i.value for i in at.info)


def test_the_timeline_in_an_agency_view_reads_as_the_agency_was_told(signed_in):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    at.selectbox(key="seen_by").select("nursery").run()
    _tab(at, "Timeline")
    _, _, rows = _timeline(at)
    what = {r["id"]: r["what"] for r in rows}
    assert what["e08"].startswith("Hannah rang Claire after her visit")
    assert what["e05"] == "Bruise on Maisie's knee, explained as a fall"
    assert "e03" not in what  # the GP was told of it, the nursery was not


def test_the_comparison_timeline_colours_each_agency_as_the_case_file_does(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    store.submit_attempt(person.id, attempt.id)
    at = run_page("comparison", code, attempt.id)
    # On the timeline when asked for: the chart was most of the time the comparison took.
    assert not at.get("vega_lite_chart")
    at = open_editors(at, "comparison_spans")
    spec, points, _ = _timeline(at)
    colours = casefile.agency_colours(scenario)
    assert points["encoding"]["color"]["scale"]["range"] == [
        colours[a.id] for a in scenario.agencies
    ]
    bands = next(x for x in spec["layer"] if x["mark"]["type"] == "rect")
    assert bands["encoding"]["color"]["title"] == "Episode bands"
    assert [t["title"] for t in bands["encoding"]["tooltip"]][:2] == ["Whose episode", "Episode"]


def test_after_the_reveal_the_timeline_reaches_the_entries_known_later(start, store):
    person, code, attempt, scenario = start("cumulative-neglect")
    analysis = attempt.analysis.model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis)
    at = _tab(run_page("case_file", code=code, attempt_id=attempt.id), "Timeline")
    _, points, rows = _timeline(at)
    last = max(e.date for e in scenario.chronology).isoformat()
    assert last > scenario.setting.period.end.isoformat()
    assert points["encoding"]["x"]["scale"]["domain"][1] == last
    assert last in {r["date"] for r in rows}
