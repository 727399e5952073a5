// A labelled text area that sends what is typed to the app while typing: 500 ms after the last
// keystroke (at least every 2 s while typing goes on), on leaving the field, when the pointer
// leaves the page or a shortcut key goes down, and when the page is hidden or unloaded; text
// sent while the page was disconnected is sent again once it is connected. It says whether the
// text is saved, and warns before a reload or close would lose text the app has not confirmed.
// A Streamlit v2 component: drawn in the page itself (no frame, nothing fetched). Streamlit calls
// the default export when the box is first drawn and again whenever its data changes, with the
// same parent element, so a box's own state lives in `boxes` under that element and its
// listeners are added once.
"use strict";

const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 2000;
const CONNECTION_CHECK_MS = 500;
const boxes = new WeakMap();
// Boxes whose sent text the app has not confirmed yet, and the timer that watches the connection
// for them: Streamlit drops what a page sends while it is disconnected and asks for no script run
// when it reconnects, so a box sends its text again once the page is connected.
const waiting = new Set();
let watcher = null;

function connected() {
  const app = document.querySelector("[data-testid='stApp']");
  const state = app ? app.getAttribute("data-test-connection-state") : null;
  if (state) {
    return state === "CONNECTED";
  }
  return !document.querySelector("[data-testid='stConnectionStatus']");
}

function watchConnection() {
  const now = connected();
  for (const box of waiting) {
    if (!box.unsaved() || box.sent !== box.area.value || box.failed) {
      waiting.delete(box);
    } else if (!now && !box.offline) {
      box.offline = true;
      box.show();
    } else if (now && box.offline) {
      box.offline = false;
      box.sent = null;
      box.send();
    }
  }
  if (waiting.size === 0) {
    clearInterval(watcher);
    watcher = null;
  }
}

function mount(parent, setStateValue) {
  const area = parent.querySelector("textarea");
  const label = parent.querySelector(".label");
  const help = parent.querySelector(".help");
  const status = parent.querySelector(".status");
  const count = parent.querySelector(".count");
  // Ids are needed for the label and descriptions; each box has a shadow root of its own.
  area.id = "answer";
  label.htmlFor = "answer";
  help.id = "help";
  status.id = "status";
  count.id = "count";
  area.setAttribute("aria-describedby", "help status count");

  const box = {
    area, label, help, status, count,
    version: null, // the page's widget version the text was filled at
    confirmed: "", // the text the app last confirmed saved for this field
    sent: null, // the text last sent to the app
    failed: false,
    offline: false, // the text was sent while the page was not connected to the server
    pending: false, // something else on the page is not saved (a failure, a clash)
    maxChars: 0,
    timer: null,
    waitingSince: null,
    setStateValue,
  };
  const unsaved = () => area.value !== box.confirmed;
  box.unsaved = unsaved;

  box.show = () => {
    count.textContent = box.maxChars ? area.value.length + "/" + box.maxChars : "";
    status.className = "status";
    if (!unsaved()) {
      status.textContent = "Saved";
    } else if (box.failed && box.sent === area.value) {
      status.textContent = "Not saved yet: see the message on the page";
      status.className = "status failed";
    } else if (box.offline && box.sent === area.value) {
      status.textContent =
        "Not saved yet: no connection to the server. It is saved when the connection is back.";
      status.className = "status failed";
    } else if (box.sent === area.value) {
      status.textContent = "Saving…";
    } else {
      status.textContent = "Typing… saved automatically";
    }
  };

  box.send = () => {
    clearTimeout(box.timer);
    box.timer = null;
    box.waitingSince = null;
    if (area.value === box.sent || !unsaved()) {
      return;
    }
    box.sent = area.value;
    box.setStateValue("value", { text: box.sent, base: box.confirmed });
    box.offline = !connected();
    waiting.add(box);
    if (watcher === null) {
      watcher = setInterval(watchConnection, CONNECTION_CHECK_MS);
    }
    box.show();
  };

  const schedule = () => {
    const now = Date.now();
    if (box.waitingSince === null) {
      box.waitingSince = now;
    }
    clearTimeout(box.timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, box.waitingSince + MAX_WAIT_MS - now));
    box.timer = setTimeout(box.send, wait);
  };
  const onInput = () => {
    box.show();
    schedule();
  };
  const onHidden = () => {
    if (document.visibilityState === "hidden") {
      box.send();
    }
  };
  // Closing the tab or reloading starts outside the page (the browser's own buttons, or a key
  // held with Ctrl, Cmd or Alt, or F5), and text sent only as the page goes often never leaves
  // it (Streamlit sends widget values on its next tick, which a closing page does not reach). So
  // the box sends what it holds when the pointer leaves the page or such a key goes down.
  const onShortcut = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === "F5") {
      box.send();
    }
  };
  const onBeforeUnload = (event) => {
    if (unsaved() || box.pending) {
      box.send();
      event.preventDefault();
      event.returnValue = "";
    }
  };
  area.addEventListener("input", onInput);
  area.addEventListener("blur", box.send);
  window.addEventListener("pagehide", box.send);
  document.addEventListener("visibilitychange", onHidden);
  window.addEventListener("beforeunload", onBeforeUnload);
  document.documentElement.addEventListener("mouseleave", box.send);
  document.addEventListener("keydown", onShortcut, true);
  box.cleanup = () => {
    clearTimeout(box.timer);
    window.removeEventListener("pagehide", box.send);
    document.removeEventListener("visibilitychange", onHidden);
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.documentElement.removeEventListener("mouseleave", box.send);
    document.removeEventListener("keydown", onShortcut, true);
    waiting.delete(box);
    boxes.delete(parent);
  };

  boxes.set(parent, box);
  return box;
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  let box = boxes.get(parentElement);
  const first = box === undefined;
  if (first) {
    box = mount(parentElement, setStateValue);
    box.area.value = data.value || "";
    box.confirmed = box.area.value;
    box.label.textContent = data.label;
    if (data.help) {
      box.help.textContent = data.help;
      box.help.hidden = false;
    }
    box.maxChars = data.max_chars || 0;
    if (box.maxChars) {
      box.area.maxLength = box.maxChars;
    }
    // Shown once filled: an empty box, even for a moment, would look like lost work.
    parentElement.querySelector(".box").hidden = false;
  } else if (data.version !== box.version && (box.area.value === box.sent || !box.unsaved())) {
    // The page redrew its answers with new values (an import, a merge, a deletion).
    box.area.value = data.value || "";
    box.confirmed = box.area.value;
    box.sent = null;
  }
  box.setStateValue = setStateValue;
  box.version = data.version;
  if (typeof data.saved === "string") {
    box.confirmed = data.saved;
  }
  box.failed = Boolean(data.failed);
  box.pending = Boolean(data.pending);
  box.show();
  return box.cleanup;
}
