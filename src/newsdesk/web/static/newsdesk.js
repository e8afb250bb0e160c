// newsdesk: the only script of the pages (served from the app; the CSP forbids inline script).
// A cited passage split across paragraphs or crossing another span is several elements: the
// first carries the id the citation links to (and :target highlights it), the others carry
// the same id in data-c. Light them all up, and again whenever the fragment changes.
"use strict";

function highlightTarget() {
  document.querySelectorAll(".targeted").forEach((el) => el.classList.remove("targeted"));
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!/^c-\d+-\d+$/.test(id)) {
    return;
  }
  const first = document.getElementById(id);
  if (first) {
    first.classList.add("targeted");
  }
  document.querySelectorAll('[data-c="' + id + '"]').forEach((el) => el.classList.add("targeted"));
}

document.addEventListener("DOMContentLoaded", highlightTarget);
window.addEventListener("hashchange", highlightTarget);
