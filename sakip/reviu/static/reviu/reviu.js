// Filters a findings table (the document reviu) by severity and by section without a round trip:
// the result of an upload is not stored, so the filter runs on the page. CSP allows only this file.
(function () {
  "use strict";
  function saring(form) {
    var tabel = document.getElementById(form.getAttribute("data-tabel"));
    if (!tabel) { return; }
    var tingkat = form.querySelector("[name=tingkat]").value;
    var bagian = form.querySelector("[name=bagian]").value;
    var tampil = 0;
    tabel.querySelectorAll("tbody tr").forEach(function (tr) {
      var ok = (!tingkat || tr.getAttribute("data-tingkat") === tingkat) &&
               (!bagian || tr.getAttribute("data-bagian") === bagian);
      tr.classList.toggle("tersembunyi", !ok);
      if (ok) { tampil += 1; }
    });
    var hitung = form.querySelector("[data-hitung]");
    if (hitung) { hitung.textContent = tampil + " temuan ditampilkan"; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-saring-temuan]").forEach(function (form) {
      form.addEventListener("change", function () { saring(form); });
      form.addEventListener("submit", function (e) { e.preventDefault(); saring(form); });
      saring(form);
    });
  });
})();
