// Report behaviour: record popover, table sort/filter, network focus and toggle.
// Data comes from the escaped JSON block; it is only ever inserted with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var records = data.records || {};
  var pop = document.getElementById("record-pop");
  var popBody = pop.querySelector(".pop-body");
  var pinnedOn = null;
  var current = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function row(dl, label, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, label));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function personText(p) {
    var bits = [p.title, p.country].filter(Boolean);
    var text = p.name + (bits.length ? " — " + bits.join(", ") : "");
    if (p.aliases && p.aliases.length) text += " (also " + p.aliases.join(", ") + ")";
    return text;
  }

  function meetingCard(rid, rec, parts) {
    var card = el("section", "card");
    card.dataset.rec = rid;
    var head = el("div", "card-head");
    var swatch = el("span", "swatch");
    swatch.style.setProperty("--c", rec.colour);
    head.appendChild(swatch);
    head.appendChild(el("strong", null, "Meeting " + rec.label));
    head.appendChild(el("span", "badge status-" + rec.status, rec.status));
    head.appendChild(el("span", "badge kind", String(rec.kind).replace("_", " ")));
    card.appendChild(head);
    var dl = el("dl");
    var when = [rec.date, rec.date_text ? "“" + rec.date_text + "”" : null].filter(Boolean).join("  ");
    row(dl, "Date", when || "unknown");
    row(dl, "Place", rec.location);
    row(dl, "Occasion", rec.occasion);
    var people = el("ul");
    (rec.participants || []).forEach(function (p, i) {
      var li = el("li", parts.has("p" + i) ? "is-ref" : null, personText(p));
      people.appendChild(li);
    });
    row(dl, "Participants", people);
    if (rec.topics && rec.topics.length) row(dl, "Topics", rec.topics.join(", "));
    if (rec.agreements && rec.agreements.length) {
      var list = el("ul");
      rec.agreements.forEach(function (a, i) {
        var li = el("li", parts.has("a" + i) ? "is-ref" : null);
        li.appendChild(el("span", "type", String(a.type).replace(/_/g, " ")));
        li.appendChild(document.createTextNode(a.summary));
        if (a.parties && a.parties.length) li.appendChild(el("span", "sub", a.parties.join(", ")));
        list.appendChild(li);
      });
      row(dl, "Agreements", list);
    }
    var sources = el("span");
    (rec.sources || []).forEach(function (s) {
      var link = el(s.anchor ? "a" : "span", "source", s.id);
      if (s.anchor) link.setAttribute("href", "#" + s.anchor);
      link.title = s.title || s.id;
      sources.appendChild(link);
    });
    row(dl, "Sources", sources);
    card.appendChild(dl);
    return card;
  }

  function officialCard(rid, rec) {
    var card = el("section", "card");
    card.dataset.rec = rid;
    var head = el("div", "card-head");
    head.appendChild(el("strong", null, rec.name));
    head.appendChild(el("span", "badge", "official, in no meeting"));
    card.appendChild(head);
    var dl = el("dl");
    row(dl, "Title", rec.title);
    row(dl, "Country", rec.country);
    if (rec.aliases && rec.aliases.length) row(dl, "Also called", rec.aliases.join(", "));
    card.appendChild(dl);
    return card;
  }

  // "m3/p0 m3 m5/a1" -> Map(rid -> Set of parts), in the order given (innermost first).
  function parseRefs(text) {
    var refs = new Map();
    (text || "").split(/\s+/).filter(Boolean).forEach(function (token) {
      var cut = token.indexOf("/");
      var rid = cut < 0 ? token : token.slice(0, cut);
      if (!refs.has(rid)) refs.set(rid, new Set());
      if (cut >= 0) refs.get(rid).add(token.slice(cut + 1));
    });
    return refs;
  }

  function setActive(rids) {
    document.querySelectorAll(".is-active").forEach(function (n) { n.classList.remove("is-active"); });
    rids.forEach(function (rid) {
      document.querySelectorAll('[data-rec~="' + rid + '"]').forEach(function (n) {
        n.classList.add("is-active");
      });
    });
  }

  function show(target, pin) {
    var refs = parseRefs(target.getAttribute("data-refs"));
    popBody.replaceChildren();
    refs.forEach(function (parts, rid) {
      var rec = records[rid];
      if (!rec) return;
      popBody.appendChild(rec.type === "meeting" ? meetingCard(rid, rec, parts) : officialCard(rid, rec));
    });
    if (!popBody.childElementCount) return;
    current = target;
    pinnedOn = pin ? target : null;
    pop.classList.toggle("pinned", !!pin);
    pop.hidden = false;
    var box = target.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
    var top = box.bottom + window.scrollY + 8;
    if (box.bottom + pop.offsetHeight + 16 > window.innerHeight && box.top > pop.offsetHeight + 16) {
      top = box.top + window.scrollY - pop.offsetHeight - 8;
    }
    pop.style.left = left + "px";
    pop.style.top = top + "px";
    setActive(Array.from(refs.keys()));
  }

  function hide() {
    pop.hidden = true;
    pinnedOn = null;
    current = null;
    setActive([]);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-refs]");
    if (target) {
      event.preventDefault();
      if (pinnedOn === target) hide(); else show(target, true);
      return;
    }
    if (!pop.hidden && !pop.contains(event.target)) hide();
  });
  pop.querySelector(".pop-close").addEventListener("click", hide);
  document.addEventListener("mouseover", function (event) {
    if (pinnedOn) return;
    var target = event.target.closest(".hl[data-refs], .tl-dot");
    if (target && target !== current) show(target, false);
  });
  document.addEventListener("mouseout", function (event) {
    if (pinnedOn || !current) return;
    var to = event.relatedTarget;
    if (to && (current.contains(to) || pop.contains(to))) return;
    if (event.target.closest(".hl[data-refs], .tl-dot") === current) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); return; }
    var target = document.activeElement && document.activeElement.closest("[data-refs]");
    if (target && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(target, true); }
  });

  // Meeting table: click a header to sort (again to reverse); type to filter.
  var table = document.getElementById("meeting-table");
  var filter = document.getElementById("meeting-filter");
  var count = document.getElementById("meeting-count");
  var empty = document.getElementById("meeting-empty");
  var rows = table ? Array.from(table.tBodies[0].rows).filter(function (r) { return r !== empty; }) : [];
  rows.forEach(function (r, i) { r.dataset.order = String(i); });

  function sortBy(th) {
    var index = Array.from(th.parentNode.cells).indexOf(th);
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    Array.from(th.parentNode.cells).forEach(function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var numeric = th.dataset.type === "number";
    var sign = dir === "ascending" ? 1 : -1;
    var key = function (r) { var c = r.cells[index]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent.trim().toLowerCase(); };
    rows.sort(function (a, b) {
      var ka = key(a), kb = key(b);
      if (ka === "" || kb === "") {  // blanks (undated, no place) stay at the bottom either way
        if (ka !== kb) return ka === "" ? 1 : -1;
      } else {
        var cmp = numeric ? Number(ka) - Number(kb) : ka.localeCompare(kb);
        if (cmp) return sign * cmp;
      }
      return Number(a.dataset.order) - Number(b.dataset.order);
    });
    var body = table.tBodies[0];
    rows.forEach(function (r) { body.insertBefore(r, empty); });
  }

  function applyFilter() {
    var terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r) {
      var hay = r.dataset.search || r.textContent.toLowerCase();
      var keep = terms.every(function (t) { return hay.indexOf(t) >= 0; });
      r.hidden = !keep;
      if (keep) shown += 1;
    });
    if (empty) empty.hidden = shown > 0;
    count.textContent = shown + " of " + rows.length;
  }

  if (table) {
    Array.from(table.tHead.rows[0].cells).forEach(function (th) {
      th.addEventListener("click", function () { sortBy(th); });
    });
    filter.addEventListener("input", applyFilter);
  }

  // Network: toggle officials/countries; hover focuses a node's links; click filters the table.
  document.querySelectorAll("[data-network]").forEach(function (button) {
    button.addEventListener("click", function () {
      document.querySelectorAll("[data-network]").forEach(function (b) { b.classList.toggle("active", b === button); });
      document.querySelectorAll("[data-network-view]").forEach(function (v) {
        v.hidden = v.dataset.networkView !== button.dataset.network;
      });
    });
  });
  document.querySelectorAll("svg.network").forEach(function (svg) {
    var edges = Array.from(svg.querySelectorAll(".edge"));
    var nodes = Array.from(svg.querySelectorAll(".node"));
    nodes.forEach(function (node) {
      var i = node.dataset.index;
      node.addEventListener("mouseenter", function () {
        svg.classList.add("focus");
        node.classList.add("near");
        edges.forEach(function (e) {
          var near = e.dataset.a === i || e.dataset.b === i;
          e.classList.toggle("near", near);
          if (near) nodes[Number(e.dataset.a === i ? e.dataset.b : e.dataset.a)].classList.add("near");
        });
      });
      node.addEventListener("mouseleave", function () {
        svg.classList.remove("focus");
        svg.querySelectorAll(".near").forEach(function (n) { n.classList.remove("near"); });
      });
      node.addEventListener("click", function () {
        if (!filter) return;
        filter.value = node.dataset.label;
        applyFilter();
        document.getElementById("meetings").scrollIntoView({ behavior: "smooth" });
      });
    });
  });
})();
