// "Code this text": POST /api/code with the pasted article; nothing is stored.
"use strict";
(() => {
  const {el, showError, header} = Tacitus;
  header("/code");
  const app = document.getElementById("app");
  app.className = "";
  const text = el("textarea", {id: "code-text", placeholder: "Headline on the first line, then the article text."});
  const published = el("input", {id: "code-published", type: "text", placeholder: "YYYY-MM-DD"});
  const source = el("input", {id: "code-source", type: "text"});
  const token = el("input", {id: "code-token", type: "password", autocomplete: "off"});
  const result = el("div", {id: "code-result"});
  const button = el("button", {type: "submit", id: "code-submit", text: "Code this text"});
  const form = el("form", {class: "card"}, text,
    el("div", {class: "filters"}, el("label", {}, "Published ", published), el("label", {}, "Source ", source),
      el("label", {}, "Token (if the server needs one) ", token), button));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    result.replaceChildren(el("p", {class: "muted", text: "Coding… (the first time loads the language model)"}));
    try {
      const headers = {"Content-Type": "application/json", Accept: "application/json"};
      if (token.value) headers.Authorization = `Bearer ${token.value}`;
      const body = {text: text.value};
      if (published.value.trim()) body.published = published.value.trim();
      if (source.value.trim()) body.source = source.value.trim();
      const response = await fetch("/api/code", {method: "POST", headers, body: JSON.stringify(body)});
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        throw new Error(data && data.error ? `${data.error.code}: ${data.error.message}` : `HTTP ${response.status}`);
      }
      ArticleView.render(result, data, data.spans || [], data.events.length ? data.events[0].id : null);
    } catch (error) {
      showError(result, error);
    } finally {
      button.disabled = false;
    }
  });
  app.replaceChildren(form, result);
})();
