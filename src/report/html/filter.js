// Filters the disputes by rule, side, speaker and words; the choice is kept in the
// address (#rule=...&side=...) so that a filtered view can be shared or reloaded.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  var disputes = Array.prototype.slice.call(document.querySelectorAll("details.dispute"));

  function chosen() {
    return {
      rule: form.elements.rule.value,
      side: form.elements.side.value,
      speaker: form.elements.speaker.value,
      q: form.elements.q.value.trim().toLowerCase()
    };
  }

  function matches(row, f) {
    if (f.rule && row.getAttribute("data-rule") !== f.rule) { return false; }
    if (f.side && JSON.parse(row.getAttribute("data-sides")).indexOf(f.side) < 0) { return false; }
    if (f.speaker && JSON.parse(row.getAttribute("data-speakers")).indexOf(f.speaker) < 0) { return false; }
    if (f.q && row.textContent.toLowerCase().indexOf(f.q) < 0) { return false; }
    return true;
  }

  function apply() {
    var f = chosen();
    var shown = 0, rows = 0;
    disputes.forEach(function (d) {
      var any = false;
      d.querySelectorAll("li.conflict").forEach(function (row) {
        var ok = matches(row, f);
        row.hidden = !ok;
        if (ok) { any = true; rows += 1; }
      });
      d.hidden = !any;
      if (any) { shown += 1; }
    });
    form.elements.shown.value = shown + " of " + disputes.length + " disputes, " + rows + " conflicts";
    var parts = [];
    ["rule", "side", "speaker", "q"].forEach(function (k) {
      if (f[k]) { parts.push(k + "=" + encodeURIComponent(form.elements[k].value)); }
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }

  // A filter given in the address: #rule=figures-differ&side=north
  location.hash.replace(/^#/, "").split("&").forEach(function (part) {
    var kv = part.split("=");
    var field = form.elements[kv[0]];
    if (kv.length === 2 && field && kv[0] !== "shown") {
      field.value = decodeURIComponent(kv[1]);
    }
  });
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
}());
