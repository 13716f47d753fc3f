/// The report page's style sheet and script: small, plain, no external resources.
enum ReportAssets {
  static let css = """
    :root { --fg: #1a1a1a; --muted: #5a5a5a; --line: #d8d8d8; --hl: #C0392B; --bg-soft: #f6f6f4; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: var(--fg); margin: 0; line-height: 1.45; font-size: 15px; }
    header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 20px; }
    header { padding-top: 16px; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6em; margin: 0.2em 0; }
    h2 { font-size: 1.25em; margin: 1.4em 0 0.5em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    .counts, .note, .hint, footer { color: var(--muted); }
    nav { margin: 6px 0; } nav a { color: #0b5394; }
    .search { position: relative; margin: 8px 0 12px; }
    .search input { font: inherit; padding: 4px 8px; width: 22em; max-width: 70vw; border: 1px solid #aaa; border-radius: 4px; }
    #sg-results { position: absolute; z-index: 5; list-style: none; margin: 2px 0 0; padding: 0; background: #fff;
      border: 1px solid var(--line); box-shadow: 0 2px 6px rgba(0,0,0,.15); min-width: 22em; }
    #sg-results:empty { display: none; }
    #sg-results li { padding: 3px 8px; cursor: pointer; } #sg-results li:hover, #sg-results li.active { background: #e8f0fb; }
    .diagram-row { display: flex; gap: 16px; align-items: flex-start; }
    figure.diagram { margin: 0; flex: 1 1 auto; min-width: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px; }
    figure.diagram svg { width: 100%; height: auto; max-height: 85vh; display: block; }
    figcaption { color: var(--muted); font-size: 0.9em; padding: 4px; }
    #sg-details { flex: 0 0 300px; position: sticky; top: 8px; max-height: 85vh; overflow: auto; background: var(--bg-soft);
      border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; font-size: 0.92em; }
    #sg-details h3 { margin: 0 0 4px; font-size: 1.1em; }
    #sg-details ul { padding-left: 1.1em; margin: 4px 0; } #sg-details li { margin-bottom: 4px; }
    @media (max-width: 900px) { .diagram-row { flex-direction: column; } #sg-details { position: static; width: 100%; } }
    table { border-collapse: collapse; margin: 6px 0 10px; font-size: 0.93em; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    thead th { background: var(--bg-soft); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.matrix td { min-width: 4em; }
    div.scroll { overflow-x: auto; }
    table.central td:nth-child(2) { min-width: 16em; }
    .zoom { margin: 0 0 6px; } .zoom button { font: inherit; font-size: 0.85em; margin-right: 4px; padding: 2px 8px; }
    figure.interactive { overflow: auto; max-height: 88vh; }
    figure.interactive.zoomed svg { max-width: none !important; max-height: none; }
    #sg-index details summary { cursor: pointer; color: #0b5394; }
    tr.sg-target { background: #fff6d6; }
    a.entity-link { color: #0b5394; text-decoration: none; } a.entity-link:hover { text-decoration: underline; }
    svg g.node { cursor: pointer; }
    svg.sg-dim g.node:not(.sg-hl) { opacity: 0.22; }
    svg.sg-dim g.edge:not(.sg-hl) { opacity: 0.12; }
    svg g.edge.sg-hl path { stroke: var(--hl); stroke-width: 2.5px; }
    svg g.edge.sg-hl polygon { stroke: var(--hl); fill: var(--hl); }
    svg g.node.sg-focus > ellipse, svg g.node.sg-focus > polygon, svg g.node.sg-focus > path { stroke: var(--hl); stroke-width: 3px; }
    svg g.node.sg-match > ellipse, svg g.node.sg-match > polygon, svg g.node.sg-match > path { stroke: var(--hl); stroke-width: 3px; stroke-dasharray: 4 2; }
    footer { border-top: 1px solid var(--line); margin-top: 24px; padding: 10px 20px 20px; font-size: 0.85em; }

    """

  /// Hover/click highlighting, the details panel and the search box. Data goes onto the page through
  /// `textContent` only, never as markup.
  static let script = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("sg-data").textContent);
      var figure = document.getElementById("sg-main");
      var svg = figure ? figure.querySelector("svg") : null;
      var details = document.getElementById("sg-details");
      var byNode = {}, ties = {}, pinned = null;
      Object.keys(data.entities).forEach(function (id) {
        var n = data.entities[id].node; if (n) { byNode[n] = id; }
        ties[id] = [];
      });
      Object.keys(data.edges).forEach(function (eid) {
        var ends = data.edges[eid];
        ends.forEach(function (id) { if (ties[id]) { ties[id].push(eid); } });
      });
      function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) { e.textContent = text; }
        if (cls) { e.className = cls; }
        return e;
      }
      function byId(id) { return id ? document.getElementById(id) : null; }
      function clear() {
        if (!svg) { return; }
        svg.classList.remove("sg-dim");
        Array.prototype.forEach.call(svg.querySelectorAll(".sg-hl, .sg-focus"), function (g) {
          g.classList.remove("sg-hl"); g.classList.remove("sg-focus");
        });
      }
      function highlight(id) {
        clear();
        var ent = data.entities[id]; if (!svg || !ent || !ent.node) { return; }
        svg.classList.add("sg-dim");
        var node = byId(ent.node); if (node) { node.classList.add("sg-hl"); node.classList.add("sg-focus"); }
        (ties[id] || []).forEach(function (eid) {
          var edge = byId(eid); if (edge) { edge.classList.add("sg-hl"); }
          data.edges[eid].forEach(function (other) {
            var o = data.entities[other]; var g = o && byId(o.node); if (g) { g.classList.add("sg-hl"); }
          });
        });
      }
      function show(id) {
        var ent = data.entities[id]; if (!ent || !details) { return; }
        details.textContent = "";
        details.appendChild(el("h3", ent.name));
        details.appendChild(el("p", [ent.kind, ent.sector].filter(Boolean).join(" · "), "note"));
        if (ent.role) { details.appendChild(el("p", "Role: " + ent.role)); }
        if (ent.aliases.length) { details.appendChild(el("p", "Also written: " + ent.aliases.join(", "))); }
        var n = (ties[id] || []).length;
        details.appendChild(el("p", n + (n === 1 ? " tie" : " ties") + " in the diagram" + (ent.node ? "" : " (not drawn)"), "note"));
        if (ent.evidence.length) {
          details.appendChild(el("p", "Found in:"));
          var ul = el("ul");
          ent.evidence.forEach(function (s) { ul.appendChild(el("li", s)); });
          details.appendChild(ul);
        }
        var a = el("a", "Entity index entry"); a.href = "#" + ent.anchor; details.appendChild(a);
      }
      function select(id, scroll) {
        pinned = id; highlight(id); show(id);
        if (scroll && figure) { figure.scrollIntoView({ block: "nearest" }); }
      }
      if (svg) {
        Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) {
          var id = byNode[g.id]; if (!id) { return; }
          g.addEventListener("mouseenter", function () { highlight(id); show(id); });
          g.addEventListener("mouseleave", function () {
            if (pinned) { highlight(pinned); show(pinned); } else { clear(); }
          });
          g.addEventListener("click", function (ev) { ev.stopPropagation(); select(id, false); });
        });
        svg.addEventListener("click", function () { pinned = null; clear(); });
      }
      Array.prototype.forEach.call(document.querySelectorAll("a.entity-link"), function (a) {
        a.addEventListener("click", function () { var id = a.getAttribute("data-entity"); if (data.entities[id] && data.entities[id].node) { select(id, false); } });
      });
      var zoom = 1, natural = svg ? svg.viewBox.baseVal.width * 4 / 3 : 0;
      Array.prototype.forEach.call(document.querySelectorAll(".zoom button"), function (b) {
        b.addEventListener("click", function () {
          if (!svg || !figure) { return; }
          var f = parseFloat(b.getAttribute("data-zoom"));
          if (f === 0) { zoom = 1; figure.classList.remove("zoomed"); svg.style.width = ""; return; }
          if (zoom === 1) { zoom = Math.max(svg.getBoundingClientRect().width / natural, 0.1); }
          zoom = Math.min(Math.max(zoom * f, 0.1), 8);
          figure.classList.add("zoomed");
          svg.style.width = Math.round(natural * zoom) + "px";
        });
      });
      var input = document.getElementById("sg-search"), results = document.getElementById("sg-results");
      var rows = Array.prototype.slice.call(document.querySelectorAll("#sg-index tbody tr"));
      function fold(s) { return (s || "").toLocaleLowerCase("pl").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/ł/g, "l"); }
      function matches(q) {
        var out = [];
        Object.keys(data.entities).forEach(function (id) {
          var e = data.entities[id];
          var hay = [e.name, e.role || ""].concat(e.aliases).map(fold).join(" | ");
          if (hay.indexOf(q) >= 0) { out.push(id); }
        });
        out.sort(function (a, b) { return fold(data.entities[a].name) < fold(data.entities[b].name) ? -1 : 1; });
        return out;
      }
      function choose(id) {
        results.textContent = "";
        select(id, true);
        var row = byId(data.entities[id].anchor);
        rows.forEach(function (r) { r.classList.remove("sg-target"); });
        if (row) { row.classList.add("sg-target"); }
      }
      if (input) {
        input.addEventListener("input", function () {
          var q = fold(input.value.trim());
          results.textContent = "";
          if (svg) { Array.prototype.forEach.call(svg.querySelectorAll(".sg-match"), function (g) { g.classList.remove("sg-match"); }); }
          rows.forEach(function (r) { r.hidden = false; });
          if (!q) { return; }
          var found = matches(q), set = {};
          found.forEach(function (id) { set[id] = true; var g = byId(data.entities[id].node); if (g) { g.classList.add("sg-match"); } });
          rows.forEach(function (r) { r.hidden = !set[r.getAttribute("data-entity")]; });
          found.slice(0, 10).forEach(function (id) {
            var e = data.entities[id];
            var li = el("li", e.name + " (" + e.kind + (e.sector ? ", " + e.sector : "") + ")");
            li.addEventListener("click", function () { choose(id); });
            results.appendChild(li);
          });
          if (!found.length) { results.appendChild(el("li", "no match")); }
        });
        input.addEventListener("keydown", function (ev) {
          if (ev.key === "Enter") { var found = matches(fold(input.value.trim())); if (found.length) { choose(found[0]); } }
          if (ev.key === "Escape") { input.value = ""; input.dispatchEvent(new Event("input")); }
        });
      }
      // A link such as report.html#entity=person:jan-kowalski opens with that entity selected;
      // report.html#search=kowal opens with that search typed.
      var m = /^#entity=(.+)$/.exec(window.location.hash);
      if (m) { var target = decodeURIComponent(m[1]); if (data.entities[target]) { select(target, true); } }
      var q = /^#search=(.+)$/.exec(window.location.hash);
      if (q && input) { input.value = decodeURIComponent(q[1]); input.dispatchEvent(new Event("input")); }
    })();

    """
}
