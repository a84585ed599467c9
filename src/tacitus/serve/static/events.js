// Event table with the shared filters, sorting by whitelisted columns, and paging.
"use strict";
(() => {
  const {el, api, showError, filterBar, header, actorLabel, articleLink} = Tacitus;
  header("/events");
  const app = document.getElementById("app");
  app.className = "";
  const holder = el("div", {id: "events"});
  const COLUMNS = [["date", "date"], ["event_type", "type"], ["cameo", "CAMEO"], ["source_name", "source"],
    ["target_name", "target"], ["location_name", "place"], ["modality", "modality"], ["goldstein", "Goldstein"],
    ["confidence", "confidence"], [null, "outlet"], [null, "evidence"], [null, ""]];
  // Newest first: an analyst opens the table for what just happened.
  const state = {filters: {}, offset: 0, limit: 50, sort: new URLSearchParams(location.search).get("sort") || "-date"};

  /** Links that download every event matching the filters (not just this page), as CSV or JSON. */
  function downloads() {
    const links = el("span", {class: "downloads"}, "Download: ");
    for (const format of ["csv", "json"]) {
      const query = new URLSearchParams({...state.filters, format});
      links.append(el("a", {href: `/api/events/download?${query}`, id: `download-${format}`, download: `tacitus-events.${format}`,
        text: format.toUpperCase()}), " ");
    }
    return links;
  }

  function render(data) {
    const head = el("tr");
    for (const [key, label] of COLUMNS) {
      if (!key) { head.append(el("th", {text: label})); continue; }
      const mark = state.sort === key ? " ▲" : state.sort === `-${key}` ? " ▼" : "";
      head.append(el("th", {class: "sortable", "data-sort": key, text: label + mark, onclick: () => {
        state.sort = state.sort === key ? `-${key}` : key;
        state.offset = 0;
        load();
      }}));
    }
    const table = el("table", {id: "events-table"}, head);
    for (const e of data.items) {
      table.append(el("tr", {class: "event-row", "data-id": e.id},
        el("td", {text: e.date || "-"}), el("td", {text: e.event_type}), el("td", {text: e.cameo}),
        el("td", {text: actorLabel(e.source)}), el("td", {text: actorLabel(e.target)}),
        el("td", {text: e.location ? e.location.name : "-"}), el("td", {text: e.modality}),
        el("td", {text: e.goldstein}), el("td", {class: "confidence", text: e.confidence === null ? "-" : Number(e.confidence).toFixed(2)}),
        el("td", {class: "outlet", text: (data.outlets || {})[e.article_id] || "-"}),
        el("td", {class: "evidence", text: e.evidence}), el("td", {}, articleLink(e))));
    }
    const last = Math.min(data.offset + data.items.length, data.total);
    const pager = el("div", {class: "pager"},
      el("button", {type: "button", class: "secondary", id: "prev", disabled: data.offset === 0 ? "disabled" : null, text: "‹ previous",
        onclick: () => { state.offset = Math.max(0, state.offset - state.limit); load(); }}),
      el("span", {id: "range", text: `${data.total ? data.offset + 1 : 0}–${last} of ${data.total.toLocaleString()} events`}),
      el("button", {type: "button", class: "secondary", id: "next", disabled: last >= data.total ? "disabled" : null, text: "next ›",
        onclick: () => { state.offset += state.limit; load(); }}));
    holder.replaceChildren(pager, downloads(), table);
  }

  async function load() {
    try {
      render(await api("events", {...state.filters, sort: state.sort, limit: state.limit, offset: state.offset}));
    } catch (error) {
      showError(holder, error);
    }
  }

  app.replaceChildren();
  filterBar(app, (f) => { state.filters = f; state.offset = 0; load(); });
  app.append(el("div", {class: "card"}, holder));
})();
