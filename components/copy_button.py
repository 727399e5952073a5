"""A code or key shown as selectable text with a "Copy" button beside it.

The button copies on the page itself (the clipboard API, or the older copy command where that is
not allowed, such as a page served over plain HTTP); it fetches nothing. If both fail it says so,
and the text above it can be selected and copied by hand. The text copied is a code the app made
(letters, digits and dashes), never scenario or trainee text.
"""

from __future__ import annotations

import html
import json

import streamlit as st
import streamlit.components.v1 as components

_SCRIPT = """
const button = document.getElementById("copy");
const status = document.getElementById("status");
button.addEventListener("click", async () => {
  let copied = false;
  try { await navigator.clipboard.writeText(TEXT); copied = true; } catch (error) {}
  if (!copied) {
    const area = document.createElement("textarea");
    area.value = TEXT;
    document.body.appendChild(area);
    area.select();
    try { copied = document.execCommand("copy"); } catch (error) {}
    area.remove();
  }
  status.textContent = copied ? "Copied." : "Could not copy here: select the text above and copy it.";
});
"""
_STYLE = (
    "body{margin:0;font-family:sans-serif;font-size:14px}"
    "button{font:inherit;padding:4px 12px;border:1px solid #888;border-radius:6px;"
    "background:#fff;cursor:pointer}button:focus-visible{outline:3px solid #0072B2}"
    "#status{margin-left:8px}"
)


def copy_field(label: str, text: str) -> None:
    """`label` in bold, the text as a selectable code block, and a "Copy the ..." button."""
    st.markdown(f"**{label}**")
    st.code(text, language=None)
    what = html.escape(label.lower().split(" (")[0])
    script = _SCRIPT.replace("TEXT", json.dumps(text).replace("<", "\\u003c"))
    components.html(
        f"<style>{_STYLE}</style><button id='copy' type='button'>Copy the {what}</button>"
        f"<span id='status' role='status'></span><script>{script}</script>",
        height=40,
    )
