// Map of event locations over Natural Earth countries (equirectangular, served by this app).
"use strict";
(() => {
  const {el, svg, api, showError, filterBar, header} = Tacitus;
  header("/map");
  const app = document.getElementById("app");
  app.className = "";
  const holder = el("div", {id: "map"});
  let world = null;

  async function loadWorld() {
    if (!world) {
      const response = await fetch("/static/world-110m.json");
      if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
      world = await response.json();
    }
    return world;
  }

  async function load(filters) {
    try {
      const [geometry, data] = await Promise.all([loadWorld(), api("map", filters)]);
      const root = svg("svg", {viewBox: geometry.viewBox, id: "map-svg", role: "img"});
      for (const country of geometry.countries) {
        const path = svg("path", {d: country.d, class: "country"});
        path.append(svg("title", {text: country.name || ""}));
        root.append(path);
      }
      const max = Math.max(1, ...data.points.map((p) => p.count));
      for (const p of data.points) {
        const dot = svg("circle", {cx: p.lon + 180, cy: 90 - p.lat, r: 0.6 + 3 * Math.sqrt(p.count / max), class: "point"});
        dot.append(svg("title", {text: `${p.name} (${p.country || "?"}): ${p.count} events, mostly ${p.top_type}`}));
        root.append(dot);
      }
      const table = el("table", {id: "places"}, el("tr", {}, ...["place", "country", "events", "commonest type", "mean Goldstein"].map((t) => el("th", {text: t}))));
      for (const p of data.points.slice(0, 25)) {
        table.append(el("tr", {}, el("td", {text: p.name}), el("td", {text: p.country || "-"}), el("td", {text: p.count}),
          el("td", {text: p.top_type}), el("td", {text: p.mean_goldstein})));
      }
      holder.replaceChildren(root, el("h2", {text: "Places"}), table);
    } catch (error) {
      showError(holder, error);
    }
  }

  app.replaceChildren();
  filterBar(app, load);
  app.append(el("div", {class: "card"}, holder));
})();
