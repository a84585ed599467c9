// API reference rendered from /openapi.json by this app (no CDN-hosted Swagger UI).
"use strict";
(async () => {
  const {el, showError, header} = Tacitus;
  header("/docs");
  const app = document.getElementById("app");
  app.className = "";
  try {
    const response = await fetch("/openapi.json");
    const spec = await response.json();
    app.replaceChildren(el("p", {}, "Machine-readable: ", el("a", {href: "/openapi.json", text: "/openapi.json"}),
      ". Errors always answer {\"error\": {\"code\", \"message\", \"details\"}}."));
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const card = el("div", {class: "card"}, el("h2", {}, el("code", {text: `${method.toUpperCase()} ${path}`}), ` ${op.summary || ""}`),
          el("p", {text: op.description || ""}));
        const params = op.parameters || [];
        if (params.length) {
          const table = el("table", {}, el("tr", {}, ...["parameter", "in", "type", "description"].map((t) => el("th", {text: t}))));
          for (const p of params) {
            const schema = p.schema || {};
            const type = schema.type || (schema.anyOf || []).map((s) => s.enum ? s.enum.join("|") : s.type).join(" or ") || "";
            table.append(el("tr", {}, el("td", {}, el("code", {text: p.name})), el("td", {text: p.in}), el("td", {text: type}),
              el("td", {text: p.description || ""})));
          }
          card.append(table);
        }
        if (op.requestBody) card.append(el("pre", {text: JSON.stringify(op.requestBody.content["application/json"].schema, null, 2)}));
        app.append(card);
      }
    }
  } catch (error) {
    showError(app, error);
  }
})();
