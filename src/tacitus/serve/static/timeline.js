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

  const DAY = 86400000;
  // Length of one period in ms (a month as its mean length: only the bar width uses it).
  const SPAN = {day: DAY, week: 7 * DAY, month: 30.44 * DAY};

  /** Start of a period label ("2018-06-04" for a day or week, "2018-06" for a month) in ms (UTC). */
  function periodStart(label) {
    return Date.parse(label.length === 7 ? `${label}-01T00:00:00Z` : `${label}T00:00:00Z`);
  }

  /** Tick times and their labels: years, months or days, whichever gives 4 to 12 ticks over the span. */
  function ticks(start, end) {
    const out = [];
    const years = (end - start) / (365.25 * DAY);
    const first = new Date(start);
    if (years > 4) {
      // A round step (1, 2, 5, 10, 20, 50... years) from a round year, at most about 10 ticks.
      const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((n) => years / n <= 10) || 1000;
      for (let y = Math.ceil(first.getUTCFullYear() / step) * step; ; y += step) {
        const t = Date.UTC(y, 0, 1);
        if (t > end) break;
        if (t >= start) out.push([t, String(y)]);
      }
    } else if (years > 0.4) {
      const months = Math.max(1, Math.ceil(years * 12 / 10));
      for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; m += months) {
        const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
        if (t > end) break;
        if (t >= start) out.push([t, new Date(t).toISOString().slice(0, 7)]);
      }
    } else {
      const step = Math.max(1, Math.ceil((end - start) / DAY / 10)) * DAY;
      for (let t = start; t <= end; t += step) out.push([t, new Date(t).toISOString().slice(0, 10)]);
    }
    return out;
  }

  /** Stacked bars on a continuous time axis: a bar sits at its date, so 1975, 1996 and 2025 are
   * as far apart as they are in time, and empty stretches show as empty. */
  function draw(data) {
    const periods = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
    if (!periods.length) {
      chart.replaceChildren(el("p", {class: "muted", text: "No day-dated events match."}));
      return;
    }
    const span = SPAN[data.interval] || DAY;
    const start = periodStart(periods[0]);
    const end = periodStart(periods[periods.length - 1]) + span;
    const totals = new Map(periods.map((p) => [p, 0]));
    for (const s of data.series) for (const p of s.points) totals.set(p.period, totals.get(p.period) + p.count);
    const max = Math.max(...totals.values());
    const W = 1000, H = 320, left = 40, right = 10, bottom = 40, plot = W - left - right;
    const x = (t) => left + plot * (t - start) / (end - start);
    const width = Math.max(1.5, plot * span / (end - start) - 1);
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, id: "timeline-svg", role: "img",
      "data-start": new Date(start).toISOString().slice(0, 10), "data-end": new Date(end).toISOString().slice(0, 10)});
    const y = (v) => (H - bottom) - (H - bottom - 10) * v / max;
    root.append(svg("line", {x1: left, y1: H - bottom, x2: W - 5, y2: H - bottom, stroke: "#888"}));
    root.append(svg("text", {x: 2, y: 18, "font-size": 11, text: String(max)}));
    for (const [t, label] of ticks(start, end)) {
      root.append(svg("line", {x1: x(t), y1: H - bottom, x2: x(t), y2: H - bottom + 4, stroke: "#888"}));
      root.append(svg("text", {x: x(t) - 14, y: H - bottom + 16, "font-size": 11, class: "tick", text: label}));
    }
    const stack = new Map(periods.map((p) => [p, 0]));
    data.series.forEach((series, i) => {
      const color = PALETTE[i % PALETTE.length];
      for (const point of series.points) {
        const base = stack.get(point.period);
        const rect = svg("rect", {x: x(periodStart(point.period)), y: y(base + point.count), width,
          height: y(base) - y(base + point.count), fill: color, class: "bar-rect", "data-period": point.period});
        rect.append(svg("title", {text: `${point.period} ${series.key}: ${point.count}`}));
        root.append(rect);
        stack.set(point.period, base + point.count);
      }
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
