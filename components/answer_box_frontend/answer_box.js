// A labelled text area that sends what is typed to the app while typing: 500 ms after the last
// keystroke (at least every 2 s while typing goes on), on leaving the field, and when the page is
// hidden or unloaded. It says whether the text is saved, and warns before a reload or close would
// lose text the app has not confirmed. Streamlit's component protocol is spoken directly (no
// library, no network): "render" in, "setComponentValue" and "setFrameHeight" out.
"use strict";
(function () {
  const DEBOUNCE_MS = 500;
  const MAX_WAIT_MS = 2000;
  const area = document.getElementById("answer");
  const label = document.getElementById("label");
  const help = document.getElementById("help");
  const status = document.getElementById("status");
  const count = document.getElementById("count");
  let mounted = false;
  let version = null; // the page's widget version the text was filled at
  let confirmed = ""; // the text the app last confirmed saved for this field
  let sent = null; // the text last sent to the app
  let failed = false;
  let pending = false; // something else on the page is not saved (a failure, a clash)
  let timer = null;
  let waitingSince = null;
  let maxChars = 0;

  function post(type, data) {
    window.parent.postMessage(Object.assign({ isStreamlitMessage: true, type: type }, data), "*");
  }

  function unsaved() {
    return area.value !== confirmed;
  }

  function send() {
    clearTimeout(timer);
    timer = null;
    waitingSince = null;
    if (!mounted || area.value === sent || !unsaved()) {
      return;
    }
    sent = area.value;
    post("streamlit:setComponentValue", { value: { text: sent, base: confirmed }, dataType: "json" });
    show();
  }

  function schedule() {
    const now = Date.now();
    if (waitingSince === null) {
      waitingSince = now;
    }
    clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, waitingSince + MAX_WAIT_MS - now));
    timer = setTimeout(send, wait);
  }

  function show() {
    count.textContent = maxChars ? area.value.length + "/" + maxChars : "";
    status.className = "";
    if (!unsaved()) {
      status.textContent = "Saved";
    } else if (failed && sent === area.value) {
      status.textContent = "Not saved yet: see the message on the page";
      status.className = "failed";
    } else if (sent === area.value) {
      status.textContent = "Saving…";
    } else {
      status.textContent = "Typing… saved automatically";
    }
  }

  function resize() {
    post("streamlit:setFrameHeight", { height: document.documentElement.scrollHeight });
  }

  function applyTheme(theme) {
    if (!theme) {
      return;
    }
    const root = document.documentElement.style;
    if (theme.textColor) root.setProperty("--text", theme.textColor);
    if (theme.secondaryBackgroundColor) root.setProperty("--field", theme.secondaryBackgroundColor);
    if (theme.primaryColor) root.setProperty("--primary", theme.primaryColor);
    if (theme.font) root.setProperty("--font", theme.font);
  }

  window.addEventListener("message", function (event) {
    const data = event.data;
    if (!data || data.type !== "streamlit:render") {
      return;
    }
    const args = data.args;
    if (mounted && args.version !== version && (area.value === sent || !unsaved())) {
      // The page redrew its answers with new values (an import, a merge, a deletion).
      area.value = args.value || "";
      confirmed = area.value;
      sent = null;
    }
    version = args.version;
    if (!mounted) {
      area.value = args.value || "";
      confirmed = area.value;
      label.textContent = args.label;
      if (args.help) {
        help.textContent = args.help;
        help.hidden = false;
      }
      maxChars = args.max_chars || 0;
      if (maxChars) {
        area.maxLength = maxChars;
      }
      mounted = true;
    }
    if (typeof args.saved === "string") {
      confirmed = args.saved;
    }
    failed = Boolean(args.failed);
    pending = Boolean(args.pending);
    area.disabled = Boolean(data.disabled || args.disabled);
    applyTheme(data.theme);
    show();
    resize();
  });

  area.addEventListener("input", function () {
    show();
    schedule();
  });
  area.addEventListener("blur", send);
  window.addEventListener("pagehide", send);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      send();
    }
  });
  window.addEventListener("beforeunload", function (event) {
    if (mounted && (unsaved() || pending)) {
      send();
      event.preventDefault();
      event.returnValue = "";
    }
  });
  new ResizeObserver(resize).observe(document.body);
  post("streamlit:componentReady", { apiVersion: 1 });
})();
