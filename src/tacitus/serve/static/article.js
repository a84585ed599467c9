// Article view: /article?id=<article id>&event=<event id to select>.
"use strict";
(async () => {
  const {api, showError, header} = Tacitus;
  header("/events");
  const app = document.getElementById("app");
  app.className = "";
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  document.querySelector("main > h1").remove();
  if (!id) {
    showError(app, new Error("no article id: open an article from the event table"));
    return;
  }
  try {
    const data = await api(`articles/${encodeURIComponent(id)}`);
    ArticleView.render(app, data, data.spans, params.get("event"));
  } catch (error) {
    showError(app, error);
  }
})();
