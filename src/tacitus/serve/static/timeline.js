// Timeline: stacked bars of events per day, week or month, by type or quad class.
"use strict";
(() => {
  const {el, svg, api, showError, filterBar, header, PALETTE} = Tacitus;
  header("/timeline");
  const app = document.getElementById("app");
  app.className = "";
  const interval = el("select", {id: "interval"}, ...["week", "day", "month"].map((v) => el("option", {value: v, text: v})));
  const by = el("select", {id: "by"}, ...[["type", "type"], ["quad_class", "quad class"], ["none", "all events"]]
    .map(([v, t]) => el("option", {value: v, text: t})));
  const chart = el("div", {id: "chart"});
  let filters = {};

  /** Every period from the first to the last (so empty weeks show as gaps), or just the present ones. */
  function allPeriods(present, unit) {
    if (present.length < 2) return present;
    const out = [];
    const day = 86400000;
    if (unit === "month") {
      let [y, m] = present[0].split("-").map(Number);
      const last = present[present.length - 1];
      while (out.length < 2000) {
        const label = `${y}-${String(m).padStart(2, "0")}`;
        out.push(label);
        if (label >= last) return out;
        m += 1; if (m > 12) { m = 1; y += 1; }
      }
      return present;
    }
    const step = unit === "week" ? 7 * day : day;
    const end = Date.parse(`${present[present.length - 1]}T00:00:00Z`);
    for (let t = Date.parse(`${present[0]}T00:00:00Z`); t <= end; t += step) {
      if (out.length >= 2000) return present;
      out.push(new Date(t).toISOString().slice(0, 10));
    }
    return out;
  }

  function draw(data) {
    const present = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
    const periods = allPeriods(present, data.interval);
    if (!periods.length) {
      chart.replaceChildren(el("p", {class: "muted", text: "No day-dated events match."}));
      return;
    }
    const position = new Map(periods.map((p, i) => [p, i]));
    const totals = new Map(periods.map((p) => [p, 0]));
    for (const s of data.series) for (const p of s.points) totals.set(p.period, totals.get(p.period) + p.count);
    const max = Math.max(...totals.values());
    const W = 1000, H = 320, left = 40, bottom = 40, width = (W - left - 10) / periods.length;
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, id: "timeline-svg", role: "img"});
    const y = (v) => (H - bottom) - (H - bottom - 10) * v / max;
    root.append(svg("line", {x1: left, y1: H - bottom, x2: W - 5, y2: H - bottom, stroke: "#888"}));
    root.append(svg("text", {x: 2, y: 18, "font-size": 11, text: String(max)}));
    const stack = new Map(periods.map((p) => [p, 0]));
    data.series.forEach((series, i) => {
      const color = PALETTE[i % PALETTE.length];
      for (const point of series.points) {
        const index = position.get(point.period);
        const base = stack.get(point.period);
        const rect = svg("rect", {x: left + index * width + 0.5, y: y(base + point.count), width: Math.max(1, width - 1),
          height: y(base) - y(base + point.count), fill: color, class: "bar-rect"});
        rect.append(svg("title", {text: `${point.period} ${series.key}: ${point.count}`}));
        root.append(rect);
        stack.set(point.period, base + point.count);
      }
    });
    const step = Math.max(1, Math.ceil(periods.length / 12));
    periods.forEach((p, i) => {
      if (i % step === 0) root.append(svg("text", {x: left + i * width, y: H - bottom + 16, "font-size": 11, text: p}));
    });
    const legend = el("div", {class: "legend"});
    data.series.forEach((series, i) => {
      const swatch = el("span", {class: "swatch"});
      swatch.style.background = PALETTE[i % PALETTE.length];
      legend.append(el("span", {}, swatch, series.key));
    });
    chart.replaceChildren(root, legend,
      el("p", {class: "muted", text: `${data.not_day_dated} matching events are dated only to a month or year and are not drawn.`}));
  }

  async function load() {
    try {
      draw(await api("timeline", {...filters, interval: interval.value, by: by.value}));
    } catch (error) {
      showError(chart, error);
    }
  }

  interval.addEventListener("change", load);
  by.addEventListener("change", load);
  app.replaceChildren();
  filterBar(app, (f) => { filters = f; load(); });
  app.append(el("div", {class: "card"}, el("label", {}, "Interval ", interval), " ", el("label", {}, "By ", by), chart));
})();
