// Actor network: nodes are actor codes (or countries), edges are dyads with their event counts;
// edge colour is the mean Goldstein score (red conflict, green cooperation). A small force layout
// computed once, deterministically, from a circle.
"use strict";
(() => {
  const {el, svg, api, showError, filterBar, header} = Tacitus;
  header("/network");
  const app = document.getElementById("app");
  app.className = "";
  const level = el("select", {id: "level"}, el("option", {value: "code", text: "actor code"}), el("option", {value: "country", text: "country"}));
  // Dyads seen once are mostly noise (and a hairball): by default an edge needs two events.
  const minCount = el("input", {id: "min-count", type: "number", min: 1, value: 2, size: 3});
  const graph = el("div", {id: "graph"});
  let filters = {};

  function layout(nodes, edges, W, H) {
    const pos = nodes.map((_, i) => {
      const angle = 2 * Math.PI * i / nodes.length;
      return {x: W / 2 + (W / 3) * Math.cos(angle), y: H / 2 + (H / 3) * Math.sin(angle)};
    });
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.4;
    for (let step = 0; step < 250; step++) {
      const disp = pos.map(() => ({x: 0, y: 0}));
      for (let i = 0; i < pos.length; i++) {
        for (let j = i + 1; j < pos.length; j++) {
          const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          const d2 = Math.max(dx * dx + dy * dy, 1), f = (k * k) / d2;
          disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
        }
      }
      for (const e of edges) {
        const a = index.get(e.source), b = index.get(e.target);
        if (a === b) continue;
        const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 1);
        const f = d / k;
        disp[a].x -= dx * f; disp[a].y -= dy * f; disp[b].x += dx * f; disp[b].y += dy * f;
      }
      const temperature = 20 * (1 - step / 250) + 1;
      pos.forEach((p, i) => {
        // Gravity keeps separate components on the canvas instead of pushed to its edges.
        disp[i].x += (W / 2 - p.x) * 0.8; disp[i].y += (H / 2 - p.y) * 0.8;
        const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 1e-9), m = Math.min(d, temperature);
        p.x = Math.min(W - 30, Math.max(30, p.x + disp[i].x / d * m));
        p.y = Math.min(H - 20, Math.max(20, p.y + disp[i].y / d * m));
      });
    }
    return pos;
  }

  function color(goldstein) {
    const t = Math.max(-1, Math.min(1, goldstein / 10));
    return t < 0 ? `rgb(${200}, ${Math.round(170 * (1 + t))}, ${Math.round(170 * (1 + t))})`
                 : `rgb(${Math.round(170 * (1 - t))}, ${160}, ${Math.round(170 * (1 - t))})`;
  }

  /** What colour, width and size mean: the legend under the graph. */
  function legend(maxEdge) {
    const box = el("div", {class: "legend", id: "network-legend"});
    for (const [g, label] of [[-10, "conflict (Goldstein −10)"], [0, "neutral (0)"], [10, "cooperation (+10)"]]) {
      const swatch = el("span", {class: "swatch"});
      swatch.style.background = color(g);
      box.append(el("span", {}, swatch, label));
    }
    box.append(el("span", {text: `edge colour: mean Goldstein of the dyad's events; edge width: events (1 to ${maxEdge}); `
      + `node size: events in the shown dyads; arrows run source → target; edges with fewer than ${minCount.value} events hidden`}));
    return box;
  }

  function draw(data) {
    if (!data.nodes.length) {
      graph.replaceChildren(el("p", {class: "muted", text: `No dyads with at least ${minCount.value} events match.`}));
      return;
    }
    const W = 1000, H = 640;
    const pos = layout(data.nodes, data.edges, W, H);
    const index = new Map(data.nodes.map((n, i) => [n.id, i]));
    const maxEdge = Math.max(...data.edges.map((e) => e.count));
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, id: "network-svg", role: "img"});
    for (const e of data.edges) {
      const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
      const line = svg("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: color(e.mean_goldstein),
        "stroke-width": 1 + 5 * Math.sqrt(e.count / maxEdge), "stroke-opacity": 0.8, class: "edge"});
      line.append(svg("title", {text: `${e.source} → ${e.target}: ${e.count} events, mean Goldstein ${e.mean_goldstein}`}));
      root.append(line);
    }
    const maxNode = Math.max(...data.nodes.map((n) => n.count));
    data.nodes.forEach((n, i) => {
      const circle = svg("circle", {cx: pos[i].x, cy: pos[i].y, r: 4 + 12 * Math.sqrt(n.count / maxNode), fill: "#2457c5",
        "fill-opacity": 0.85, class: "node"});
      circle.append(svg("title", {text: `${n.label || n.id}: ${n.count} events in the shown dyads`}));
      root.append(circle, svg("text", {x: pos[i].x + 8, y: pos[i].y - 8, class: "node-label", text: n.label || n.id}));
    });
    const table = el("table", {id: "edges"}, el("tr", {}, ...["source", "target", "events", "mean Goldstein"].map((t) => el("th", {text: t}))));
    const labels = new Map(data.nodes.map((n) => [n.id, n.label || n.id]));
    for (const e of data.edges.slice(0, 30)) {
      table.append(el("tr", {}, el("td", {text: labels.get(e.source)}), el("td", {text: labels.get(e.target)}), el("td", {text: e.count}), el("td", {text: e.mean_goldstein})));
    }
    graph.replaceChildren(root, legend(maxEdge), el("h2", {text: "Busiest dyads"}), table);
  }

  async function load() {
    try {
      draw(await api("network", {...filters, level: level.value, limit: 120, min_count: minCount.value || 1}));
    } catch (error) {
      showError(graph, error);
    }
  }

  level.addEventListener("change", load);
  minCount.addEventListener("change", load);
  app.replaceChildren();
  filterBar(app, (f) => { filters = f; load(); });
  app.append(el("div", {class: "card"}, el("label", {}, "Nodes ", level), " ",
    el("label", {}, "Min. events per edge ", minCount), graph));
})();
