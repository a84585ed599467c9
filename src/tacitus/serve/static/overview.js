// Overview: counts, events by type, top actors and top dyads, for the filtered events.
"use strict";
(() => {
  const {el, api, showError, filterBar, header} = Tacitus;
  header("/");
  const app = document.getElementById("app");
  app.className = "";
  const body = el("div", {id: "overview"});

  function countBox(label, n) {
    return el("div", {class: "count"}, el("div", {class: "n", text: Number(n).toLocaleString()}), el("div", {class: "label", text: label}));
  }

  function barTable(rows, labelKey, title) {
    const max = Math.max(1, ...rows.map((r) => r.count));
    const table = el("table", {}, el("tr", {}, el("th", {text: title}), el("th", {text: "events"})));
    for (const row of rows) {
      const bar = el("span", {class: "bar"});
      bar.style.width = `${Math.round(200 * row.count / max)}px`;
      table.append(el("tr", {}, el("td", {text: row[labelKey]}), el("td", {}, bar, ` ${row.count}`)));
    }
    return table;
  }

  async function load(filters) {
    try {
      const data = await api("overview", filters);
      const counts = el("div", {class: "counts"},
        countBox("articles", data.counts.articles), countBox("events", data.counts.events),
        countBox("matching events", data.counts.matching_events), countBox("actors", data.counts.actors),
        countBox("quotes", data.counts.quotes));
      // A code is labelled by what it means ("CHNGOV Chinese government"), not by one person carrying it.
      const actors = el("table", {id: "top-actors"}, el("tr", {}, el("th", {text: "actor"}), el("th", {text: "distinct names"}), el("th", {text: "events"})));
      for (const a of data.top_actors) {
        actors.append(el("tr", {}, el("td", {class: "actor-label", text: a.label}), el("td", {text: a.names}), el("td", {text: a.events})));
      }
      const dyads = el("table", {id: "top-dyads"}, el("tr", {}, el("th", {text: "source"}), el("th", {text: "target"}),
        el("th", {text: "events"}), el("th", {text: "mean Goldstein"})));
      for (const d of data.top_dyads) {
        const link = el("a", {href: `/events?${new URLSearchParams({dyad: `${d.source}:${d.target}`})}`, text: d.count});
        dyads.append(el("tr", {}, el("td", {text: d.source_label}), el("td", {text: d.target_label}), el("td", {}, link),
          el("td", {text: d.mean_goldstein})));
      }
      body.replaceChildren(counts, el("div", {class: "grid"},
        el("div", {class: "card"}, el("h2", {text: "Events by type"}), barTable(data.by_type, "event_type", "type")),
        el("div", {class: "card"}, el("h2", {text: "Top actors"}), actors),
        el("div", {class: "card"}, el("h2", {text: "Top dyads"}), dyads)));
    } catch (error) {
      showError(body, error);
    }
  }

  app.replaceChildren();
  filterBar(app, load);
  app.append(body);
})();
