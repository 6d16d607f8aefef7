/* dateline timeline report: renders the JSON in #dateline-data.
 * Article text is untrusted: every node is built with createElement/textContent,
 * never innerHTML, and only http(s) or same-site article links become hrefs. */
(function () {
  "use strict";
  var DAY = 86400000;
  var MAX_SHOWN = 500;
  var data = JSON.parse(document.getElementById("dateline-data").textContent);
  var entries = data.entries || [];
  var state = { from: null, to: null, entity: "", type: "", q: "", dis: false };

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function dayNum(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) { return null; }
    var t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
    return Math.floor(t / DAY);
  }
  function isoOf(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function lower(s) { return (s || "").toLowerCase(); }

  entries.forEach(function (e) {
    e._start = dayNum(e.start);
    e._end = dayNum(e.end);
    if (e._end === null) { e._end = e._start; }
    var bits = [e.type, e.trigger, e.actor, e.target, e.location, e.date];
    (e.sources || []).forEach(function (s) { bits.push(s.sentence, s.title, s.source); });
    (e.disagreements || []).forEach(function (d) {
      (d.claims || []).forEach(function (c) { bits.push(c.value, c.source, c.title); });
    });
    e._text = lower(bits.join(" \u0001 "));
  });
  var dated = entries.filter(function (e) { return e._start !== null; });
  var minDay = dated.length ? Math.min.apply(null, dated.map(function (e) { return e._start; })) : null;
  var maxDay = dated.length ? Math.max.apply(null, dated.map(function (e) { return e._start; })) : null;

  /* --- granularity: the wider the range, the coarser the buckets --- */
  function range() {
    return { from: state.from !== null ? state.from : minDay, to: state.to !== null ? state.to : maxDay };
  }
  function granularity(r) {
    var span = r.to - r.from;
    if (span > 1500) { return "year"; }
    if (span > 62) { return "month"; }
    return "day";
  }
  function bucketKey(n, gran) {
    var iso = isoOf(n);
    return gran === "year" ? iso.slice(0, 4) : gran === "month" ? iso.slice(0, 7) : iso;
  }
  function bucketBounds(key, gran) {
    var y = +key.slice(0, 4);
    if (gran === "year") { return [dayNum(y + "-01-01"), dayNum(y + "-12-31")]; }
    if (gran === "month") {
      var m = +key.slice(5, 7);
      var first = Date.UTC(y, m - 1, 1) / DAY, next = Date.UTC(y, m, 1) / DAY;
      return [first, next - 1];
    }
    var d = dayNum(key);
    return [d, d];
  }
  function buckets(r, gran) {
    var keys = [], n = r.from, k;
    while (n <= r.to) {
      k = bucketKey(n, gran);
      if (keys[keys.length - 1] !== k) { keys.push(k); }
      n = bucketBounds(k, gran)[1] + 1;
    }
    return keys;
  }

  /* --- filters --- */
  function matchesFilters(e) {
    if (state.type && e.type !== state.type) { return false; }
    if (state.dis && !(e.disagreements || []).length) { return false; }
    if (state.entity) {
      var want = lower(state.entity);
      if (lower(e.actor) !== want && lower(e.target) !== want) { return false; }
    }
    if (state.q) {
      var words = lower(state.q).split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) {
        if (e._text.indexOf(words[i]) < 0) { return false; }
      }
    }
    return true;
  }
  function inRange(e, r) {
    if (e._start === null) { return state.from === null && state.to === null; }
    return e._start >= r.from && e._start <= r.to;
  }

  /* --- controls --- */
  function fillSelect(sel, counts) {
    Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
    }).forEach(function (k) {
      var o = el("option", null, k + " (" + counts[k] + ")");
      o.value = k;
      sel.appendChild(o);
    });
  }
  function setupControls() {
    var ents = {}, types = {};
    entries.forEach(function (e) {
      types[e.type] = (types[e.type] || 0) + 1;
      var seen = {};
      [e.actor, e.target].forEach(function (p) {
        if (p && !seen[p]) { seen[p] = 1; ents[p] = (ents[p] || 0) + 1; }
      });
    });
    fillSelect(document.getElementById("f-entity"), ents);
    fillSelect(document.getElementById("f-type"), types);
    document.getElementById("f-entity").addEventListener("change", function (ev) {
      state.entity = ev.target.value; render();
    });
    document.getElementById("f-type").addEventListener("change", function (ev) {
      state.type = ev.target.value; render();
    });
    document.getElementById("f-disagree").addEventListener("change", function (ev) {
      state.dis = ev.target.checked; render();
    });
    document.getElementById("f-search").addEventListener("input", function (ev) {
      state.q = ev.target.value; render();
    });
    document.getElementById("z-reset").addEventListener("click", function () {
      state.from = state.to = null; render();
    });
    document.getElementById("z-out").addEventListener("click", zoomOut);
  }
  function zoomOut() {
    if (state.from === null) { return; }
    var r = range(), span = r.to - r.from + 1, mid = Math.floor((r.from + r.to) / 2);
    var from = mid - span * 2, to = mid + span * 2;
    if (from <= minDay && to >= maxDay) { state.from = state.to = null; }
    else { state.from = Math.max(from, minDay); state.to = Math.min(to, maxDay); }
    render();
  }
  function zoomTo(b) {
    state.from = Math.max(b[0], minDay);
    state.to = Math.min(b[1], maxDay);
    render();
  }

  /* --- rendering --- */
  function renderAxis(filtered, r, gran) {
    var axis = document.getElementById("axis");
    axis.textContent = "";
    if (r.from === null) { return; }
    var keys = buckets(r, gran), counts = {}, peak = 1;
    filtered.forEach(function (e) {
      if (e._start === null) { return; }
      var k = bucketKey(e._start, gran);
      counts[k] = (counts[k] || 0) + 1;
      peak = Math.max(peak, counts[k]);
    });
    /* Long empty stretches (a stray date centuries off) collapse into one gap mark,
     * so outliers stay visible without squeezing the busy part into slivers. */
    var items = [], run = [];
    function flushRun() {
      if (run.length > 3) { items.push({ gap: run }); }
      else { run.forEach(function (k) { items.push({ key: k }); }); }
      run = [];
    }
    keys.forEach(function (k) {
      if (counts[k]) { flushRun(); items.push({ key: k }); } else { run.push(k); }
    });
    flushRun();
    var every = Math.max(1, Math.ceil(items.length / 12));
    items.forEach(function (it, i) {
      if (it.gap) {
        var gap = el("div", "gap", "\u2026");
        gap.title = it.gap[0] + " \u2013 " + it.gap[it.gap.length - 1] + ": no events";
        axis.appendChild(gap);
        return;
      }
      var k = it.key, c = counts[k] || 0, bar = el("div", c ? "bar" : "bar empty");
      bar.style.height = (c ? Math.max(4, Math.round(80 * c / peak)) : 2) + "px";
      bar.title = k + ": " + c + " event" + (c === 1 ? "" : "s");
      bar.setAttribute("data-bucket", k);
      if (i % every === 0) { bar.appendChild(el("span", "tick", gran === "day" ? k.slice(5) : k)); }
      if (c && gran !== "day") {
        bar.addEventListener("click", function () { zoomTo(bucketBounds(k, gran)); });
      } else if (c) {
        bar.addEventListener("click", function () {
          var g = document.getElementById("g-" + k);
          if (g) { g.scrollIntoView(); }
        });
      }
      axis.appendChild(bar);
    });
  }
  function articleHref(s) {
    if (data.article_base) {
      return data.article_base + encodeURIComponent(s.article_id) + "#e-" + encodeURIComponent(s.event_id);
    }
    return s.url && /^https?:\/\//i.test(s.url) ? s.url : null;
  }
  function sentenceNode(s) {
    var p = el("p", "sentence"), text = s.sentence || "", h = s.highlight;
    if (h && h[0] >= 0 && h[1] <= text.length && h[0] < h[1]) {
      p.appendChild(document.createTextNode(text.slice(0, h[0])));
      p.appendChild(el("mark", null, text.slice(h[0], h[1])));
      p.appendChild(document.createTextNode(text.slice(h[1])));
    } else {
      p.textContent = text;
    }
    return p;
  }
  /* 'gaza.jsonl #gaza-5': which record of a many-article file (its records share a name) */
  function withRecord(name, s) {
    return s.record ? name + " #" + s.record : name;
  }
  /* The article's name: a link where it has an address (a page of its own opens in a new tab) */
  function sourceTitle(name, href) {
    if (!href) { return el("span", "source-title", name); }
    var a = el("a", "source-link", name);
    a.href = href;
    if (!data.article_base) { a.rel = "noopener noreferrer"; a.target = "_blank"; }
    return a;
  }
  function sourceNode(s) {
    var li = el("li", "source"), meta = el("div", "meta"), href = articleHref(s);
    var file = fileName(s.path), name = withRecord(s.title || file || s.article_id, s);
    meta.appendChild(sourceTitle(name, href));
    if (s.source) { meta.appendChild(document.createTextNode(" \u2014 " + s.source)); }
    meta.appendChild(document.createTextNode(" \u00b7 article date " + (s.dct || "unknown")));
    if (!href && s.path && name !== withRecord(file, s)) {
      meta.appendChild(document.createTextNode(" \u00b7 " + s.path));
    } else if (!href && s.path) {
      meta.title = s.path;  /* the whole path on hover; the name is its last part */
    }
    if (s.warning) { meta.appendChild(el("span", "warn", " \u26a0 " + s.warning)); }
    /* re-dated by run --reanchor: its dates were read against the estimated date (\u21bb) */
    if (s.note) { meta.appendChild(el("span", "redated", " \u21bb " + s.note)); }
    li.appendChild(meta);
    if (s.sentence) { li.appendChild(sentenceNode(s)); }
    return li;
  }
  /* A disagreement: every claim side by side, each with its source, article date
   * and sentence (built with textContent like everything else). */
  var DISPUTED = { number: "the number", date: "the date", denial: "whether it happened" };
  var PARTS = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
  /* TIMEX3 "2025-03-05TMO" reads "2025-03-05 morning"; other values stay as they are. */
  function readableWhen(v) {
    var m = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)$/.exec(v || "");
    if (m) { return m[1] + " " + PARTS[m[2]]; }
    m = /^(\d{4})-W(\d{2})$/.exec(v || "");  /* ISO week: "2025-W09" reads "week 9 of 2025" */
    return m ? "week " + Number(m[2]) + " of " + m[1] : v;
  }
  function fileName(path) {
    return (path || "").replace(/\\/g, "/").split("/").pop();
  }
  function claimNode(c, kind) {
    var li = el("li", "claim"), meta = el("div", "meta"), href = articleHref(c);
    li.setAttribute("data-value", c.value || "");
    meta.appendChild(el("span", "claim-value", kind === "date" ? readableWhen(c.value) : c.value));
    var name = withRecord(c.source || c.title || fileName(c.path) || c.article_id, c);
    meta.appendChild(sourceTitle(name, href));
    if (c.source && c.title) { meta.appendChild(document.createTextNode(" \u2014 " + c.title)); }
    meta.appendChild(document.createTextNode(" \u00b7 article date " + (c.dct || "unknown")));
    li.appendChild(meta);
    if (c.sentence) { li.appendChild(sentenceNode(c)); }
    return li;
  }
  function disagreeNode(d) {
    var box = el("div", "disagree"), ul = el("ul", "claims");
    box.setAttribute("data-kind", d.kind);
    var what = DISPUTED[d.kind] || d.kind;
    box.appendChild(el("div", "disagree-head", "\u2260 sources disagree on " + what +
      (d.about && d.kind !== "date" ? " (" + d.about + ")" : "") + ":"));
    (d.claims || []).forEach(function (c) { ul.appendChild(claimNode(c, d.kind)); });
    box.appendChild(ul);
    return box;
  }
  function eventNode(e) {
    var box = el("article", "event"), head = el("div", "head");
    box.setAttribute("data-type", e.type);
    box.id = e.id;
    var when = readableWhen(e.date || e.start) || "undated";
    head.appendChild(el("span", "when", when));
    head.appendChild(el("span", "type", e.type));
    head.appendChild(el("span", "what", [e.actor || "?", e.trigger, e.target || ""].join(" ").trim()));
    if (e.negated) { head.appendChild(el("span", "flag neg", "negated")); }
    if (e.hedged) { head.appendChild(el("span", "flag", "hedged")); }
    if (e.dated_by === "article") {
      head.appendChild(el("span", "flag", "date assumed: no source states it; the article's date stands in"));
    }
    if ((e.disagreements || []).length) { head.appendChild(el("span", "flag dis", "disputed")); }
    if (e.modality && e.modality !== "asserted") { head.appendChild(el("span", "flag", e.modality)); }
    if (e.location) { head.appendChild(el("span", "muted", "in " + e.location)); }
    head.appendChild(el("span", "muted", (e.sources || []).length + " source" +
      ((e.sources || []).length === 1 ? "" : "s")));
    box.appendChild(head);
    (e.warnings || []).forEach(function (w) { box.appendChild(el("div", "warn", "\u26a0 " + w)); });
    (e.notes || []).forEach(function (w) { box.appendChild(el("div", "redated", "\u21bb " + w)); });
    (e.disagreements || []).forEach(function (d) { box.appendChild(disagreeNode(d)); });
    var ul = el("ul", "sources");
    (e.sources || []).forEach(function (s) { ul.appendChild(sourceNode(s)); });
    box.appendChild(ul);
    return box;
  }
  /* An event known only to a coarser period than the groups (a year, a week, a
   * season) heads its own group, named by its TIMEX3 value, rather than
   * pretending to fall on the first day of that period. */
  var GROUP_SPAN = { day: 0, month: 31, year: 366 };
  function groupKey(e, gran) {
    if (e.date && e._end - e._start > GROUP_SPAN[gran]) { return e.date; }
    return bucketKey(e._start, gran);
  }
  function renderList(shown, gran) {
    var main = document.getElementById("events");
    main.textContent = "";
    if (!shown.length) {
      main.appendChild(el("p", "empty-note", "No events match these filters."));
      return;
    }
    var groupGran = gran === "year" ? "month" : gran, current = null, section = null;
    shown.slice(0, MAX_SHOWN).forEach(function (e) {
      var k = e._start === null ? "undated" : groupKey(e, groupGran);
      if (k !== current) {
        current = k;
        section = el("section", "group");
        section.id = "g-" + k;
        section.appendChild(el("h2", null, k));
        main.appendChild(section);
      }
      section.appendChild(eventNode(e));
    });
    if (shown.length > MAX_SHOWN) {
      main.appendChild(el("p", "empty-note", "Showing the first " + MAX_SHOWN + " of " +
        shown.length + " events: zoom in on the time axis or filter to see the rest."));
    }
  }
  function render() {
    var r = range(), gran = r.from === null ? "day" : granularity(r);
    var filtered = entries.filter(matchesFilters);
    var shown = filtered.filter(function (e) { return inRange(e, r); });
    renderAxis(filtered, r, gran);
    renderList(shown, gran);
    var articles = {};
    shown.forEach(function (e) { (e.sources || []).forEach(function (s) { articles[s.article_id] = 1; }); });
    document.getElementById("summary").textContent = shown.length + " of " + entries.length +
      " events, from " + Object.keys(articles).length + " articles" +
      (data.disagreements && data.disagreements.length ? "; sources disagree " +
        data.disagreements.length + " time" + (data.disagreements.length === 1 ? "" : "s") : "") +
      (data.disagreements_note ? " (" + data.disagreements_note + ")" : "") +
      (r.from !== null ? ", " + isoOf(r.from) + " to " + isoOf(r.to) + " by " + gran : "") +
      (data.truncated ? " (the timeline was cut at its limit)" : "");
    document.getElementById("z-range").textContent = state.from === null ? "" : "zoomed";
    document.body.setAttribute("data-shown", String(shown.length));
  }

  setupControls();
  render();
}());
