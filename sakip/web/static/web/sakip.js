/* Sakip: the spreadsheet-like entry grids, the "unsaved changes" guard, drafts kept in the
 * browser, confirmations and dashboard charts. Plain JS; every figure is computed on the server. */
(function () {
  "use strict";

  // -- numbers typed the Indonesian way, only to compare two texts ("93,10" equals "93,1") --------
  function normalise(text) {
    var s = String(text || "").replace(/\u00a0/g, " ").replace(/^\s*rp\.?\s*/i, "").replace(/%\s*$/, "").replace(/\s+/g, "");
    if (!s) return "";
    var n = Number(s.replace(/\./g, "").replace(",", "."));
    return isNaN(n) ? s : String(n);
  }

  // -- the "you have unsaved changes" guard -----------------------------------------------------
  var guarded = [];
  var submitting = false;
  function anyDirty() {
    return guarded.some(function (f) { return f.isDirty(); });
  }
  window.addEventListener("beforeunload", function (e) {
    if (!submitting && anyDirty()) {
      e.preventDefault();
      e.returnValue = "";
    }
  });

  // -- entry grids (form[data-lembar]) -----------------------------------------------------------
  function Lembar(form) {
    this.form = form;
    this.key = form.dataset.draf ? "sakip:draf:" + form.dataset.draf : null;
    this.cells = Array.prototype.slice.call(form.querySelectorAll("input.isian"));
    this.index();
    this.bind();
    this.restore();
    this.cells.forEach(this.mark, this);
    this.scroll();
  }

  Lembar.prototype.index = function () {
    // grid[row][col] = input; rows follow the table, columns the data-kolom attribute
    this.grid = [];
    this.pos = new Map();
    var rows = this.form.querySelectorAll("tbody tr");
    var r = 0, self = this;
    rows.forEach(function (tr) {
      var inputs = tr.querySelectorAll("input.isian");
      if (!inputs.length) return;
      var row = {};
      inputs.forEach(function (el) {
        var c = Number(el.dataset.kolom);
        row[c] = el;
        self.pos.set(el, [r, c]);
      });
      self.grid.push(row);
      r += 1;
    });
  };

  // The next editable cell below/above (dr) or right/left (dc); locked cells are skipped.
  Lembar.prototype.find = function (el, dr, dc) {
    var p = this.pos.get(el);
    if (!p) return null;
    var r = p[0], c = p[1];
    if (dr) {
      for (r += dr; r >= 0 && r < this.grid.length; r += dr) {
        if (this.grid[r][c] && !this.grid[r][c].readOnly) return this.grid[r][c];
      }
      return null;
    }
    var cols = Object.keys(this.grid[r]).map(Number).sort(function (a, b) { return a - b; });
    for (var i = cols.indexOf(c) + dc; i >= 0 && i < cols.length; i += dc) {
      if (!this.grid[r][cols[i]].readOnly) return this.grid[r][cols[i]];
    }
    return null;
  };

  Lembar.prototype.go = function (el) {
    if (el) { el.focus(); el.select(); }
  };

  Lembar.prototype.bind = function () {
    var self = this;
    this.form.addEventListener("keydown", function (e) {
      var el = e.target;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        submitting = true;
        self.form.requestSubmit();
        return;
      }
      if (!el.classList || !el.classList.contains("isian")) return;
      var atStart = el.selectionStart === 0 && el.selectionEnd === 0;
      var atEnd = el.selectionStart === el.value.length;
      if (e.key === "Enter") {
        e.preventDefault(); // Enter moves down (Shift+Enter up) like a spreadsheet, never submits
        self.go(self.find(el, e.shiftKey ? -1 : 1, 0));
      } else if (e.key === "ArrowDown") {
        e.preventDefault(); self.go(self.find(el, 1, 0));
      } else if (e.key === "ArrowUp") {
        e.preventDefault(); self.go(self.find(el, -1, 0));
      } else if (e.key === "ArrowRight" && atEnd && el.selectionStart === el.selectionEnd) {
        var right = self.find(el, 0, 1);
        if (right) { e.preventDefault(); self.go(right); }
      } else if (e.key === "ArrowLeft" && atStart) {
        var left = self.find(el, 0, -1);
        if (left) { e.preventDefault(); self.go(left); }
      } else if (e.key === "Escape") {
        el.value = el.dataset.asal || "";
        self.changed(el);
      }
    });
    this.form.addEventListener("input", function (e) {
      if (e.target.classList && e.target.classList.contains("isian")) self.changed(e.target);
    });
    this.form.addEventListener("paste", function (e) {
      var el = e.target;
      if (!el.classList || !el.classList.contains("isian")) return;
      var text = (e.clipboardData || window.clipboardData).getData("text");
      if (!/[\t\n]/.test(text.replace(/\s+$/, ""))) return;
      e.preventDefault(); // a block copied from a spreadsheet fills the cells right and down
      var rows = text.replace(/\r/g, "").replace(/\n+$/, "").split("\n");
      var start = el;
      rows.forEach(function (line) {
        var cell = start;
        line.split("\t").forEach(function (value) {
          if (cell && !cell.readOnly) {
            cell.value = value.trim();
            self.changed(cell);
            cell.dispatchEvent(new Event("input", { bubbles: true }));
          }
          cell = cell ? self.find(cell, 0, 1) : null;
        });
        start = start ? self.find(start, 1, 0) : null;
      });
    });
    this.form.addEventListener("submit", function () {
      submitting = true;
      try { sessionStorage.setItem("sakip:gulir:" + location.pathname, String(window.scrollY)); } catch (err) { /* ignore */ }
    });
    var discard = document.querySelector("[data-buang-draf]");
    if (discard) {
      discard.addEventListener("click", function () {
        self.cells.forEach(function (el) {
          if (el.dataset.dipulihkan) { el.value = el.dataset.asal || ""; delete el.dataset.dipulihkan; self.changed(el); }
        });
        self.clearDraft();
        discard.closest(".draf-pulih").classList.remove("tampil");
      });
    }
  };

  // After saving, the page opens where the user was working, not at the top.
  Lembar.prototype.scroll = function () {
    var key = "sakip:gulir:" + location.pathname, y;
    try { y = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (err) { y = null; }
    if (y) window.scrollTo(0, Number(y));
  };

  Lembar.prototype.mark = function (el) {
    var changed = !el.readOnly && normalise(el.value) !== normalise(el.dataset.asal);
    el.classList.toggle("berubah", changed);
  };

  Lembar.prototype.changed = function (el) {
    this.mark(el);
    this.saveDraft();
  };

  Lembar.prototype.isDirty = function () {
    return this.cells.some(function (el) {
      return !el.readOnly && (normalise(el.value) !== normalise(el.dataset.asal) || el.getAttribute("aria-invalid") === "true");
    });
  };

  Lembar.prototype.saveDraft = function () {
    if (!this.key) return;
    var draft = {};
    this.cells.forEach(function (el) {
      if (!el.readOnly && normalise(el.value) !== normalise(el.dataset.asal)) draft[el.name] = el.value;
    });
    try {
      if (Object.keys(draft).length) localStorage.setItem(this.key, JSON.stringify(draft));
      else localStorage.removeItem(this.key);
    } catch (err) { /* storage full or disabled: the beforeunload guard still protects */ }
  };

  Lembar.prototype.clearDraft = function () {
    if (this.key) try { localStorage.removeItem(this.key); } catch (err) { /* ignore */ }
  };

  // What was typed but never reached the server (a closed tab, an expired login) comes back.
  Lembar.prototype.restore = function () {
    if (!this.key) return;
    var draft;
    try { draft = JSON.parse(localStorage.getItem(this.key) || "{}"); } catch (err) { draft = {}; }
    var restored = 0, form = this.form;
    Object.keys(draft).forEach(function (name) {
      var el = form.elements[name];
      if (!el || el.readOnly) { delete draft[name]; return; }
      if (el.getAttribute("aria-invalid") === "true") return; // the server kept it and says what is wrong
      if (normalise(el.value) === normalise(draft[name])) { delete draft[name]; return; } // saved
      if (normalise(el.value) === normalise(el.dataset.asal)) {
        el.value = draft[name];
        el.dataset.dipulihkan = "1";
        restored += 1;
      }
    });
    try {
      if (Object.keys(draft).length) localStorage.setItem(this.key, JSON.stringify(draft));
      else localStorage.removeItem(this.key);
    } catch (err) { /* ignore */ }
    if (restored) {
      var banner = document.querySelector(".draf-pulih");
      if (banner) {
        banner.querySelector("[data-jumlah]").textContent = String(restored);
        banner.classList.add("tampil");
      }
      this.cells.forEach(function (el) {
        if (el.dataset.dipulihkan) el.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
  };

  // -- other forms: warn before leaving with changed fields ----------------------------------------
  function Jaga(form) {
    this.form = form;
    form.addEventListener("submit", function () { submitting = true; });
    if (form.hasAttribute("data-ctrl-s")) {  // a form of many text boxes saves with Ctrl+S like the grids
      form.addEventListener("keydown", function (e) {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
          e.preventDefault();
          submitting = true;
          form.requestSubmit();
        }
      });
    }
  }
  Jaga.prototype.isDirty = function () {
    return Array.prototype.some.call(this.form.elements, function (el) {
      if (el.type === "checkbox" || el.type === "radio") return el.checked !== el.defaultChecked;
      if (el.tagName === "SELECT") {
        return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      if (el.type === "hidden" || el.type === "submit" || el.type === "button") return false;
      return "value" in el && el.value !== el.defaultValue;
    });
  };

  // -- cell errors from the live recalculation: keep aria-invalid in step with the message ---------
  function syncErrors(root) {
    root.querySelectorAll(".galat[data-untuk]").forEach(function (span) {
      var input = document.getElementsByName(span.dataset.untuk)[0];
      if (!input) return;
      if (span.textContent.trim()) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    });
  }

  // -- charts (Chart.js, loaded on the dashboards only) ---------------------------------------------
  var WARNA = { w0: "#e57373", w1: "#f0a04b", w2: "#e2c044", w3: "#8cc665", w4: "#2e8b57", "w-": "#b0b8c1" };
  function charts() {
    if (!window.Chart) return;
    document.querySelectorAll("canvas[data-grafik]").forEach(function (canvas) {
      var src = document.getElementById(canvas.dataset.grafik);
      if (!src) return;
      var d = JSON.parse(src.textContent);
      // The height follows the number of bars; set here because the CSP forbids inline styles.
      if (canvas.parentElement.dataset.tinggi) canvas.parentElement.style.height = canvas.parentElement.dataset.tinggi + "px";
      new window.Chart(canvas, {
        type: "bar",
        data: {
          labels: d.label,
          datasets: [{ label: d.judul, data: d.nilai, backgroundColor: d.warna.map(function (w) { return WARNA[w] || WARNA["w-"]; }) }]
        },
        options: {
          indexAxis: d.mendatar ? "y" : "x",
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: function (ctx) { return d.teks ? d.teks[ctx.dataIndex] : String(ctx.raw); } } }
          },
          scales: {
            x: { ticks: { precision: 0, autoSkip: false, maxRotation: 0, font: { size: 11 } } },
            y: { beginAtZero: true, ticks: { precision: 0 } }
          }
        }
      });
    });
  }

  // -- the grids' column headings stay visible under the sticky toolbar while the PAGE scrolls --------
  // (CSS pins them at var(--tinggi-alat); the toolbar's height changes with the width and messages.)
  function pinHeadings() {
    var alat = document.querySelector(".lembar-alat");
    if (!alat) return;
    var set = function () { document.documentElement.style.setProperty("--tinggi-alat", alat.offsetHeight + "px"); };
    set();
    if (window.ResizeObserver) new ResizeObserver(set).observe(alat);
    else window.addEventListener("resize", set);
  }

  document.addEventListener("DOMContentLoaded", function () {
    pinHeadings();
    document.querySelectorAll("form[data-lembar]").forEach(function (f) { guarded.push(new Lembar(f)); });
    document.querySelectorAll("form[data-jaga]").forEach(function (f) { guarded.push(new Jaga(f)); });
    document.body.addEventListener("click", function (e) {
      if (e.target.closest("[data-cetak]")) { window.print(); return; }
      var btn = e.target.closest("[data-konfirmasi]");
      if (btn && !window.confirm(btn.dataset.konfirmasi)) e.preventDefault();
      else if (btn) submitting = true;
    });
    document.body.addEventListener("htmx:afterSettle", function (e) { syncErrors(document); });
    syncErrors(document);
    charts();
    var tab = document.querySelector(".tab [aria-current]");  // on a phone the tab strip scrolls to the open tab
    if (tab && tab.parentElement.parentElement.scrollWidth > tab.parentElement.parentElement.clientWidth) {
      tab.scrollIntoView({ block: "nearest", inline: "center" });
    }
  });
})();
