// The LKE worksheet, keyboard first: Alt+PageDown / Alt+PageUp move to the next / previous
// criterion's answer, and a saved answer keeps the focus where it was (the row is swapped by HTMX).
(function () {
  "use strict";
  var terakhir = null;  // the criterion whose answer or note had the focus
  document.addEventListener("focusin", function (e) {
    var row = e.target.closest && e.target.closest("tr[data-kriteria]");
    if (row) terakhir = {kode: row.getAttribute("data-kriteria"), nama: e.target.getAttribute("name")};
  });
  document.body.addEventListener("htmx:afterSettle", function () {
    if (!terakhir || (document.activeElement && document.activeElement !== document.body)) return;
    var el = document.querySelector("tr[data-kriteria='" + terakhir.kode + "'] [name='" + terakhir.nama + "']");
    if (el) el.focus();
  });
  document.addEventListener("keydown", function (e) {
    if (!e.altKey || (e.key !== "PageDown" && e.key !== "PageUp")) return;
    var all = Array.prototype.slice.call(document.querySelectorAll("select[data-jawaban]"));
    if (!all.length) return;
    var row = document.activeElement && document.activeElement.closest("tr[data-kriteria]");
    var i = row ? all.findIndex(function (s) { return row.contains(s); }) : -1;
    var next = all[Math.max(0, Math.min(all.length - 1, i + (e.key === "PageDown" ? 1 : -1)))];
    if (next) { e.preventDefault(); next.focus(); next.closest("tr").scrollIntoView({block: "center"}); }
  });
})();
