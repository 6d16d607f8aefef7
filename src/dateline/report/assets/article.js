/* dateline article page: the article text with its annotations marked.
 * The text is untrusted: it is cut into segments and each becomes a text node
 * inside a <span>; no markup is ever parsed from data. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dateline-data").textContent);

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  var meta = [data.source, "article date " + (data.dct || "unknown"), data.path].filter(Boolean);
  document.getElementById("meta").textContent = meta.join(" \u00b7 ");
  if (data.url && /^https?:\/\//i.test(data.url)) {
    var a = el("a", null, " original");
    a.href = data.url;
    a.rel = "noopener noreferrer";
    document.getElementById("meta").appendChild(a);
  }
  if (data.warning || data.note) {
    var w = document.getElementById("warning");
    /* \u21bb: re-dated by run --reanchor (the note names both dates); the evidence stays */
    w.appendChild(data.note ? el("p", "redated", "\u21bb " + data.note)
                            : el("p", "warn", "\u26a0 " + data.warning));
    (data.evidence || []).forEach(function (ev) {
      w.appendChild(el("p", "muted", "\u201c" + ev.text + "\u201d: " + ev.reason));
    });
  }

  /* Cut the text at every span boundary; each piece knows which spans cover it. */
  var text = data.text || "", spans = data.spans || [], cuts = { 0: 1 };
  cuts[text.length] = 1;
  spans.forEach(function (s) { cuts[s.start] = 1; cuts[s.end] = 1; });
  var points = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
  var box = document.getElementById("text"), placed = {};
  for (var i = 0; i + 1 < points.length; i++) {
    var from = points[i], to = points[i + 1], piece = text.slice(from, to);
    var over = spans.filter(function (s) { return s.start <= from && s.end >= to; });
    if (!over.length) { box.appendChild(document.createTextNode(piece)); continue; }
    var node = el("span", null, piece);
    node.className = over.map(function (s) { return "ann-" + s.kind; }).join(" ");
    node.title = over.map(function (s) { return s.label; }).join("\n");
    over.forEach(function (s) {
      if (s.kind === "event" && !placed[s.id]) {
        placed[s.id] = 1;
        node.id = "e-" + s.id;
      }
    });
    box.appendChild(node);
  }

  var list = document.getElementById("event-list");
  (data.events || []).forEach(function (e) {
    var li = el("li"), link = el("a", null, e.type + ": " + [e.actor || "?", e.trigger, e.target || ""].join(" ").trim());
    link.href = "#e-" + encodeURIComponent(e.id);
    li.appendChild(link);
    li.appendChild(document.createTextNode(" \u00b7 " + (e.date || "undated") + (e.negated ? " \u00b7 negated" : "")));
    list.appendChild(li);
  });
  if (location.hash) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }
}());
