"""Entry references in a text as safe Markdown links."""

from secondstory.entry_links import linked_markdown


def address(ref: str) -> str:
    return f"case_file?entry={ref}"


def test_known_ids_become_links_and_ranges_link_both_ends():
    text = "See e05, e10 and e05-e07."
    assert linked_markdown(text, {"e05", "e07", "e10"}, address) == (
        "See [e05](case_file?entry=e05), [e10](case_file?entry=e10) and "
        "[e05](case_file?entry=e05)\\-[e07](case_file?entry=e07)\\."
    )


def test_unknown_or_hidden_ids_and_ids_inside_words_stay_plain():
    assert linked_markdown("e99 and be05x and e051", {"e05"}, address) == ("e99 and be05x and e051")


def test_the_text_around_links_is_escaped():
    out = linked_markdown("<b>e05</b> [x](javascript:alert(1)) **e06**", {"e05", "e06"}, address)
    assert out == (
        "\\<b\\>[e05](case_file?entry=e05)\\</b\\> \\[x\\]\\(javascript\\:alert\\(1\\)\\) "
        "\\*\\*[e06](case_file?entry=e06)\\*\\*"
    )


def test_ids_holding_a_dash_are_matched_whole():
    assert linked_markdown("e-01, e-1", {"e-01", "e-1"}, address) == (
        "[e\\-01](case_file?entry=e-01), [e\\-1](case_file?entry=e-1)"
    )


def test_no_ids_means_escaped_text():
    assert linked_markdown("a_b", set(), address) == "a\\_b"
