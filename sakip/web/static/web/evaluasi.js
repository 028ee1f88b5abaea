// The LKE worksheet: Alt+PageDown / Alt+PageUp move to the next / previous criterion's answer.
(function () {
  "use strict";
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
