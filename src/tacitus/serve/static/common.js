// Shared helpers of the dashboard pages. Every piece of data is put in the page with
// textContent or as an attribute value (never parsed as HTML), so article text stays text.
"use strict";

const Tacitus = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const MODALITIES = ["asserted", "intended", "planned", "cancelled", "negated", "hypothetical"];
  const FILTERS = [
    ["type", "Type", EVENT_TYPES], ["cameo", "CAMEO prefix"], ["actor", "Actor"], ["country", "Country"],
    ["dyad", "Dyad (USA:RUS)"], ["date_from", "From"], ["date_to", "To"], ["modality", "Modality", MODALITIES],
    ["quad_class", "Quad class", ["1", "2", "3", "4"]], ["min_confidence", "Min. confidence"],
    ["text", "Evidence text"],
  ];
  const PALETTE = ["#2457c5", "#d1495b", "#edae49", "#00798c", "#66a182", "#8e6c8a", "#f28f3b", "#30638e",
    "#a23b72", "#3b8ea5", "#c9a227", "#5b8e7d", "#bc4b51", "#6a4c93", "#8ac926", "#1982c4"];

  /** Create an element; attrs are set as attributes/properties, children appended as nodes or text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Create an SVG element with attributes (numbers and strings only). */
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  /** GET /api/<path> with query params; throws an Error carrying the envelope's message. */
  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== "") query.set(key, value);
    }
    const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`, {headers: {Accept: "application/json"}});
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
      throw new Error(message);
    }
    return body;
  }

  /** Replace the contents of a container by an error line. */
  function showError(container, error) {
    container.replaceChildren(el("div", {class: "error", role: "alert", text: String(error.message || error)}));
  }

  /** The filters currently in the page URL (so links between pages keep them). */
  function currentFilters() {
    const params = new URLSearchParams(location.search);
    const out = {};
    for (const [name] of FILTERS) {
      if (params.get(name)) out[name] = params.get(name);
    }
    return out;
  }

  /** Build the filter bar into `container`; `onApply(filters)` runs on submit and once at start. */
  function filterBar(container, onApply) {
    const values = currentFilters();
    const form = el("form", {class: "filters card", id: "filters"});
    for (const [name, label, options] of FILTERS) {
      let input;
      if (options) {
        input = el("select", {name, id: `f-${name}`}, el("option", {value: "", text: "any"}));
        for (const option of options) input.append(el("option", {value: option, text: option}));
      } else {
        input = el("input", {name, id: `f-${name}`, type: "text", size: name === "text" ? 18 : 9,
          placeholder: name.startsWith("date") ? "YYYY-MM-DD" : name === "min_confidence" ? "0.5" : ""});
      }
      input.value = values[name] || "";
      form.append(el("label", {for: `f-${name}`}, label, input));
    }
    form.append(el("button", {type: "submit", id: "apply", text: "Apply"}));
    form.append(el("button", {type: "button", class: "secondary", text: "Clear", onclick: () => {
      for (const field of form.querySelectorAll("input, select")) field.value = "";
      form.requestSubmit();
    }}));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const filters = {};
      for (const field of form.querySelectorAll("input, select")) {
        if (field.value.trim()) filters[field.name] = field.value.trim();
      }
      const url = new URL(location.href);
      for (const [name] of FILTERS) url.searchParams.delete(name);
      for (const [name, value] of Object.entries(filters)) url.searchParams.set(name, value);
      history.replaceState(null, "", url);
      keepFiltersInNav();
      onApply(filters);
    });
    container.append(form);
    keepFiltersInNav();
    onApply(values);
  }

  /** Carry the current filters along the navigation links. */
  function keepFiltersInNav() {
    const filters = new URLSearchParams(currentFilters());
    for (const link of document.querySelectorAll("header.top nav a[data-filters]")) {
      const base = link.getAttribute("data-path");
      link.setAttribute("href", filters.toString() ? `${base}?${filters}` : base);
    }
  }

  /** Header with navigation, marking the current page. */
  function header(active) {
    const pages = [["/", "Overview"], ["/timeline", "Timeline"], ["/network", "Network"], ["/map", "Map"],
      ["/events", "Events"], ["/code", "Code a text"], ["/docs", "API"]];
    const nav = el("nav");
    for (const [path, label] of pages) {
      const link = el("a", {href: path, "data-path": path, class: path === active ? "active" : null, text: label});
      if (!["/code", "/docs"].includes(path)) link.setAttribute("data-filters", "1");
      nav.append(link);
    }
    document.body.prepend(el("header", {class: "top"}, el("span", {class: "brand", text: "Tacitus"}), nav));
  }

  /** "Mike Pompeo (USAGOV)" for an actor reference. */
  function actorLabel(ref) {
    if (!ref) return "-";
    return `${ref.name} (${ref.code || ref.country || "?"})`;
  }

  /** A link to the article view of an event, its evidence highlighted. */
  function articleLink(event, label) {
    const query = new URLSearchParams({id: event.article_id, event: event.id});
    return el("a", {href: `/article?${query}`, class: "article-link", text: label || "article"});
  }

  return {el, svg, api, showError, filterBar, header, actorLabel, articleLink, currentFilters, EVENT_TYPES, PALETTE};
})();
