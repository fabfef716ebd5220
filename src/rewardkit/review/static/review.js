// rewardkit review: keyboard shortcuts and marking by selection. Every action is a plain
// form or link that works without this script; the script only presses them.
"use strict";

(function () {
  const text = document.getElementById("story-text");
  const markForm = document.getElementById("mark-form");
  const items = Array.from(document.querySelectorAll("li.item"));
  let current = -1;

  // -- the list of identifiers ---------------------------------------------------------
  function focusItem(i) {
    if (!items.length) return;
    current = (i + items.length) % items.length;
    const li = items[current];
    li.focus();
    document.querySelectorAll("mark.hl.focused").forEach((m) => m.classList.remove("focused"));
    if (text) {
      text.querySelectorAll(`mark[data-item="${li.dataset.item}"]`).forEach((m) => {
        m.classList.add("focused");
      });
    }
  }
  items.forEach((li, i) => li.addEventListener("focus", () => {
    if (current !== i) focusItem(i);
  }));
  const fromHash = items.findIndex((li) => "#" + li.id === window.location.hash);
  if (fromHash >= 0) focusItem(fromHash);

  // -- selection to code-point offsets -------------------------------------------------
  function codePoints(s) {
    return Array.from(s).length;
  }
  function segmentOf(node) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    return el ? el.closest("[data-s]") : null;
  }
  function segments() {
    return Array.from(text.querySelectorAll("[data-s]"));
  }
  function segmentLength(seg) {
    return seg.hasAttribute("data-cc") ? 1 : codePoints(seg.textContent);
  }
  // The offset in the story text of a point (node, offset) of the page.
  function offsetOf(node, offset, isEnd) {
    const seg = segmentOf(node);
    if (seg && node.nodeType === Node.TEXT_NODE) {
      const base = Number(seg.dataset.s);
      if (seg.hasAttribute("data-cc")) return base + (offset > 0 ? 1 : 0);
      return base + codePoints(node.data.slice(0, offset));
    }
    // A point between elements, or inside a label: use the nearest text around it.
    const all = segments();
    const probe = document.createRange();
    probe.setStart(node, offset);
    if (isEnd) {
      let last = null;
      for (const s of all) {
        if (probe.comparePoint(s, 0) <= 0 || s.contains(node)) break;
        last = s;
      }
      return last ? Number(last.dataset.s) + segmentLength(last) : 0;
    }
    for (const s of all) {
      if (probe.comparePoint(s, 0) >= 0 && !s.contains(node)) return Number(s.dataset.s);
    }
    return null;
  }
  const show = document.getElementById("selection");
  const startField = document.getElementById("mark-start");
  const endField = document.getElementById("mark-end");
  const phrase = document.getElementById("mark-phrase");
  function clearSelection() {
    if (!startField) return;
    startField.value = "";
    endField.value = "";
  }
  if (text && markForm) {
    document.addEventListener("selectionchange", () => {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
      const start = offsetOf(range.startContainer, range.startOffset, false);
      const end = offsetOf(range.endContainer, range.endOffset, true);
      if (start === null || end === null || end <= start) return;
      startField.value = String(start);
      endField.value = String(end);
      phrase.value = "";
      const words = sel.toString().trim().slice(0, 60);
      show.textContent = `Selected “${words}” (${start}–${end}): press m to mark it.`;
    });
    phrase.addEventListener("input", clearSelection);
  }

  // -- keys ------------------------------------------------------------------------------
  function press(selector, scope) {
    const el = (scope || document).querySelector(selector);
    if (el) el.click();
    return Boolean(el);
  }
  function cycleOperator() {
    if (current < 0) return;
    const li = items[current];
    const form = document.querySelector(`form.operator[data-operator="${li.dataset.category}"]`);
    if (!form) return;
    const select = form.querySelector("select");
    select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
    form.querySelector('input[name="item"]').value = li.dataset.item;
    form.requestSubmit();
  }
  function mark() {
    if (!markForm) return;
    if (startField.value || phrase.value.trim()) markForm.requestSubmit();
    else phrase.focus();
  }
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest && target.closest("input, select, textarea")) {
      if (event.key === "Escape") target.blur();
      return;
    }
    const item = current >= 0 ? items[current] : null;
    switch (event.key) {
      case "j": focusItem(current + 1); break;
      case "k": focusItem(current < 0 ? -1 : current - 1); break;
      case "a": if (item) press('[data-key="a"]', item); break;
      case "r": if (item) press('[data-key="r"]', item); break;
      case "o": cycleOperator(); break;
      case "m": mark(); break;
      case "t": { const c = document.getElementById("mark-category"); if (c) c.focus(); break; }
      case "c": press('[data-key="c"]'); break;
      case "s": press('[data-key="s"]'); break;
      case "b": press('[data-key="b"]'); break;
      case "n": press('[data-key="n"]'); break;
      case "q": press('[data-key="q"]'); break;
      case "?": document.getElementById("keys").classList.toggle("hidden"); break;
      default: return;
    }
    event.preventDefault();
  });
})();
