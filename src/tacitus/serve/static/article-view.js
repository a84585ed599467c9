// Renders an article with its spans highlighted (actors, triggers, dates, places, quotes) and its
// events beside it; selecting an event highlights its evidence sentence. Text goes in with
// textContent only: a "<script>" in a news text is shown, never run.
"use strict";
const ArticleView = (() => {
  const {el, actorLabel} = Tacitus;
  const KINDS = ["actor", "trigger", "date", "place", "quote"];

  /** Split the text at every span boundary; each piece knows the spans that cover it. */
  function segments(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      pieces.push({start, end, spans: spans.filter((s) => s.start <= start && end <= s.end)});
    }
    return pieces;
  }

  function select(root, eventId) {
    for (const node of root.querySelectorAll(".evidence-active")) node.classList.remove("evidence-active");
    for (const node of root.querySelectorAll(".event-card.selected")) node.classList.remove("selected");
    if (!eventId) return;
    let first = null;
    for (const node of root.querySelectorAll(".seg")) {
      if ((node.dataset.evidence || "").split(" ").includes(eventId)) {
        node.classList.add("evidence-active");
        first = first || node;
      }
    }
    const card = [...root.querySelectorAll(".event-card")].find((c) => c.dataset.id === eventId);
    if (card) card.classList.add("selected");
    if (first) first.scrollIntoView({block: "center"});
  }

  function eventCard(root, e) {
    const place = e.location ? `${e.location.name} (${e.location.country || "?"})` : "-";
    return el("div", {class: "event-card", "data-id": e.id, onclick: () => select(root, e.id)},
      el("div", {}, el("strong", {text: `${e.event_type} ${e.cameo}`}), ` ${e.modality} · Goldstein ${e.goldstein}`),
      el("div", {text: `${actorLabel(e.source)} → ${actorLabel(e.target)}`}),
      el("div", {class: "muted", text: `date ${e.date || "-"}${e.date_text ? ` ("${e.date_text}")` : ""} · place ${place}`}),
      el("div", {class: "why", text: e.why}));
  }

  /** Draw `coded` ({article, actors, events, quotes}) with `spans` into `container`. */
  function render(container, coded, spans, selected) {
    const article = coded.article;
    const root = el("div", {id: "article-view"});
    const textBox = el("div", {class: "article-text", id: "article-text"});
    for (const piece of segments(article.text, spans)) {
      const kinds = new Set(piece.spans.map((s) => s.kind));
      const evidence = piece.spans.filter((s) => s.kind === "evidence").map((s) => s.ref);
      const marked = KINDS.filter((k) => kinds.has(k));
      const chunk = article.text.slice(piece.start, piece.end);
      if (!marked.length && !evidence.length) { textBox.append(document.createTextNode(chunk)); continue; }
      const node = el("span", {class: ["seg", ...marked].join(" "), "data-evidence": evidence.join(" "),
        title: piece.spans.filter((s) => s.kind !== "evidence").map((s) => s.label).join("; ") || null, text: chunk});
      const trigger = piece.spans.find((s) => s.kind === "trigger");
      if (trigger) node.addEventListener("click", () => select(root, trigger.ref));
      textBox.append(node);
    }
    const meta = [article.source, article.published, article.url].filter(Boolean).join(" · ");
    const key = el("div", {class: "key"}, ...KINDS.map((k) => el("span", {class: `seg ${k}`, text: k})),
      el("span", {class: "seg evidence-active", text: "evidence of the selected event"}));
    const events = el("div", {id: "event-list"}, el("h2", {text: `${coded.events.length} events`}));
    for (const e of coded.events) events.append(eventCard(root, e));
    const quotes = el("div", {id: "quote-list"}, el("h2", {text: `${coded.quotes.length} quotes`}));
    for (const q of coded.quotes) {
      quotes.append(el("div", {class: "event-card"}, el("div", {text: `“${q.text}”`}),
        el("div", {class: "muted", text: `${q.kind} · ${q.cue || "-"} · ${actorLabel(q.speaker)}`})));
    }
    root.append(el("h1", {id: "article-title", text: article.title || "(no headline)"}), el("p", {class: "muted", text: meta}));
    if (article.standfirst) root.append(el("p", {text: article.standfirst}));
    root.append(key, el("div", {class: "article-layout"}, el("div", {class: "card"}, textBox), el("div", {}, events, quotes)));
    container.replaceChildren(root);
    select(root, selected);
  }

  return {render, segments};
})();
