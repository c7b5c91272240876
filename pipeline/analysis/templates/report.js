/* The page's tables and article views, built from its data block on demand.
   Plain DOM, no library: the page must open without a network.

   The data is JSON, gzipped and base64-encoded in script blocks: #report-data
   holds the moves (arrays in `move_fields` order), people and the articles'
   index rows [doc, anchor, title, published, records]; each .report-articles
   block holds the bodies of `chunk` articles column by column ([urls, texts,
   entities, blocks, unplaced]), unpacked when one of them is opened (#doc-…). The tables show a
   page of rows at a time: 10,000 articles rendered up front were millions of
   nodes, and unpacking every article's text up front took seconds. */
(function () {
  "use strict";

  var root = document.documentElement;
  var header = document.querySelector("header.top");
  var PAGE = { moves: 100, people: 60, articles: 200 };

  /* ------------------------------------------------------------ helpers */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null && text !== "") { node.textContent = text; }
    return node;
  }

  function link(href, text, className) {
    var node = el("a", className, text);
    node.href = href;
    return node;
  }

  /* The sticky header's height, for scroll-margin-top: a jumped-to title stays visible. */
  function measureHeader() {
    var sticky = header && getComputedStyle(header).position === "sticky";
    root.style.setProperty("--header-height", (sticky ? header.offsetHeight : 0) + "px");
  }

  function decode(text) {
    var url = "data:application/octet-stream;base64," + text.replace(/\s+/g, "");
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot unpack the page's data (DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 or later)"));
    }
    return fetch(url).then(function (response) {
      return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).text();
    }).then(JSON.parse);
  }

  /* `text` as nodes, each needle (person, organization names) wrapped in <mark>. */
  function highlighted(parent, text, needles) {
    var marks = [];
    needles.slice().sort(function (a, b) { return b.length - a.length; }).forEach(function (needle) {
      if (!needle) { return; }
      var start = text.indexOf(needle);
      while (start >= 0) {
        var end = start + needle.length;
        if (marks.every(function (m) { return end <= m[0] || start >= m[1]; })) { marks.push([start, end]); }
        start = text.indexOf(needle, end);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var last = 0;
    marks.forEach(function (m) {
      parent.appendChild(document.createTextNode(text.slice(last, m[0])));
      parent.appendChild(el("mark", "", text.slice(m[0], m[1])));
      last = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function moveText(parent, person, from, to, details) {
    parent.appendChild(el("b", "", person));
    var orgs = from && to ? " " + from + " → " + to : to ? " joins " + to : " leaves " + from;
    parent.appendChild(document.createTextNode(orgs + " "));
    var meta = details.filter(Boolean).join(" · ");
    if (meta) { parent.appendChild(el("span", "meta", meta)); }
  }

  function moreButton(button, left, size, noun) {
    button.hidden = left <= 0;
    button.textContent = "Show " + Math.min(left, size) + " more " + noun + " (" + left + " not shown)";
  }

  /* ------------------------------------------------------------ the page */

  function start(data) {
    var F = {};  /* move field → position in a move's array */
    data.move_fields.forEach(function (name, index) { F[name] = index; });
    var anchors = {};  /* doc → anchor */
    var articleAt = {};  /* anchor → index */
    data.articles.forEach(function (row, index) { anchors[row[0]] = row[1]; articleAt[row[1]] = index; });
    var moveAt = {};
    data.moves.forEach(function (move, index) { moveAt[move[F.id]] = index; });

    /* -------------------------------------------------------- moves table */
    var table = document.getElementById("moves-table");
    var body = table.tBodies[0];
    var search = document.getElementById("moves-search");
    var kind = document.getElementById("moves-kind");
    var status = document.getElementById("moves-status");
    var count = document.getElementById("moves-count");
    var more = document.getElementById("moves-more");
    var texts = data.moves.map(function (m) {
      return [m[F.person], m[F.names], m[F.from], m[F.to], m[F.role], m[F.time], m[F.status], m[F.evidence], m[F.docs].join(" ")].join("\n").toLowerCase();
    });
    var order = data.moves.map(function (_, index) { return index; });
    var visible = order;
    var limit = PAGE.moves;
    var target = null;

    function moveRow(move) {
      var row = el("tr");
      row.id = "move-" + move[F.id];
      row.setAttribute("data-kind", move[F.kind]);
      row.setAttribute("data-status", move[F.status]);
      var person = el("td", "", move[F.person]);
      person.title = move[F.names];
      row.appendChild(person);
      [move[F.from], move[F.to], move[F.role]].forEach(function (value) { row.appendChild(el("td", "", value)); });
      row.appendChild(el("td", "nowrap", move[F.time]));
      var state = el("td");
      state.appendChild(el("span", "status " + move[F.status], move[F.status]));
      row.appendChild(state);
      row.appendChild(el("td", "num", String(move[F.sources])));
      row.appendChild(el("td", "nowrap", move[F.first]));
      var evidence = el("td", "evidence");
      highlighted(evidence, move[F.evidence], move[F.marks]);
      var docs = el("span", "docs");
      docLinks(docs, move[F.docs], move[F.evidence_doc]);
      evidence.appendChild(docs);
      if (move[F.variants].length) {
        /* The sources disagree on role, time or status: each set of values, with the articles giving it. */
        var list = el("ul", "variants");
        move[F.variants].forEach(function (variant) {  /* [role, time, status, docs] */
          var item = el("li");
          item.appendChild(document.createTextNode(variant.slice(0, 3).filter(Boolean).join(" · ") + ": "));
          docLinks(item, variant[3], "");
          list.appendChild(item);
        });
        evidence.appendChild(list);
      }
      row.appendChild(evidence);
      return row;
    }

    /* Links to the articles a move comes from: the first few, then a button for the rest
       (a move told by 170 articles would otherwise be 170 links in every view of its row). */
    var FEW_DOCS = 6;
    function docLinks(parent, docs, witness) {
      function add(doc, index) {
        if (index) { parent.appendChild(document.createTextNode(" ")); }
        parent.appendChild(anchors[doc] ? link("#" + anchors[doc], doc, doc === witness ? "witness" : "") : document.createTextNode(doc));
      }
      docs.slice(0, FEW_DOCS).forEach(add);
      if (docs.length > FEW_DOCS) {
        var rest = el("button", "more-docs", "+" + (docs.length - FEW_DOCS) + " more");
        rest.type = "button";
        rest.addEventListener("click", function () {
          parent.removeChild(rest);
          docs.slice(FEW_DOCS).forEach(function (doc, index) { add(doc, FEW_DOCS + index); });
        });
        parent.appendChild(document.createTextNode(" "));
        parent.appendChild(rest);
      }
    }

    function renderMoves() {
      var fragment = document.createDocumentFragment();
      visible.slice(0, limit).forEach(function (index) { fragment.appendChild(moveRow(data.moves[index])); });
      body.textContent = "";
      body.appendChild(fragment);
      var total = data.moves.length;
      count.textContent = visible.length === total ? total + " moves" : visible.length + " of " + total + " moves";
      moreButton(more, visible.length - limit, PAGE.moves, "moves");
    }

    function filterMoves() {
      var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      visible = order.filter(function (index) {
        var move = data.moves[index];
        return terms.every(function (term) { return texts[index].indexOf(term) >= 0; }) &&
          (!kind.value || move[F.kind] === kind.value) && (!status.value || move[F.status] === status.value);
      });
      limit = PAGE.moves;
      renderMoves();
    }

    var collator = new Intl.Collator("zh-Hans-CN", { numeric: true, sensitivity: "base" });
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th) {
      var key = th.getAttribute("data-key");
      if (!key) { return; }
      var numeric = th.hasAttribute("data-numeric");
      th.tabIndex = 0;
      function sort() {
        var descending = th.getAttribute("aria-sort") === "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        order = data.moves.map(function (_, index) { return index; });
        order.sort(function (a, b) {
          var x = data.moves[a][F[key]], y = data.moves[b][F[key]], result;
          if (numeric) { result = x - y; }
          else if (!x || !y) { return x ? -1 : y ? 1 : a - b; }  /* blanks last either way */
          else { result = collator.compare(x, y); }
          return (descending ? -result : result) || a - b;
        });
        filterMoves();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
    });
    search.addEventListener("input", filterMoves);
    kind.addEventListener("change", filterMoves);
    status.addEventListener("change", filterMoves);
    more.addEventListener("click", function () { limit += PAGE.moves; renderMoves(); });

    function showMove(id) {
      var index = moveAt[id];
      if (index === undefined) { return null; }
      var position = visible.indexOf(index);
      if (position < 0) {
        search.value = ""; kind.value = ""; status.value = "";
        filterMoves();
        position = visible.indexOf(index);
      }
      if (position >= limit) { limit = Math.ceil((position + 1) / PAGE.moves) * PAGE.moves; renderMoves(); }
      return document.getElementById("move-" + id);
    }

    /* Clicking an organization in a chart shows its moves in the table. */
    function showOrganization(name) {
      search.value = name;
      kind.value = "";
      status.value = "";
      filterMoves();
      document.getElementById("moves").scrollIntoView();
    }

    /* -------------------------------------------------------- people */
    var peopleList = document.getElementById("people-list");
    var peopleMore = document.getElementById("people-more");
    var peopleShown = 0;
    function renderPeople() {
      var fragment = document.createDocumentFragment();
      data.people.slice(peopleShown, peopleShown + PAGE.people).forEach(function (person) {
        var box = el("div", "person");
        box.appendChild(el("h3", "", person[0]));
        var list = el("ol", "timeline");
        person[1].forEach(function (step) {  /* [time, move, from, to, role, status] */
          var item = el("li");
          item.appendChild(el("span", "when", step[0] || "—"));
          var orgs = step[2] && step[3] ? step[2] + " → " + step[3] : step[3] ? "joins " + step[3] : "leaves " + step[2];
          item.appendChild(link("#move-" + step[1], orgs));
          if (step[4]) { item.appendChild(document.createTextNode(" ")); item.appendChild(el("span", "meta", step[4])); }
          if (step[5] && step[5] !== "done") { item.appendChild(document.createTextNode(" ")); item.appendChild(el("span", "status " + step[5], step[5])); }
          list.appendChild(item);
        });
        box.appendChild(list);
        fragment.appendChild(box);
      });
      peopleShown = Math.min(peopleShown + PAGE.people, data.people.length);
      peopleList.appendChild(fragment);
      moreButton(peopleMore, data.people.length - peopleShown, PAGE.people, "people");
    }
    if (peopleList) {
      renderPeople();
      peopleMore.addEventListener("click", renderPeople);
    }

    /* -------------------------------------------------------- articles */
    var index = document.getElementById("article-index");
    var articleSearch = document.getElementById("articles-search");
    var articleCount = document.getElementById("articles-count");
    var articleMore = document.getElementById("articles-more");
    var view = document.getElementById("article-view");
    var listed = data.articles.map(function (_, i) { return i; });
    var articleLimit = PAGE.articles;

    function records(n) { return n + " record" + (n === 1 ? "" : "s"); }

    function renderIndex() {
      var fragment = document.createDocumentFragment();
      listed.slice(0, articleLimit).forEach(function (i) {
        var row = data.articles[i];  /* [doc, anchor, title, published, records] */
        var item = el("li");
        item.appendChild(link("#" + row[1], row[0]));
        item.appendChild(document.createTextNode(" " + row[2] + " "));
        item.appendChild(el("span", "meta", [row[3], records(row[4])].filter(Boolean).join(" · ")));
        fragment.appendChild(item);
      });
      index.textContent = "";
      index.appendChild(fragment);
      var total = data.articles.length;
      articleCount.textContent = listed.length === total ? total + " articles" : listed.length + " of " + total + " articles";
      moreButton(articleMore, listed.length - articleLimit, PAGE.articles, "articles");
    }
    articleSearch.addEventListener("input", function () {
      var terms = articleSearch.value.toLowerCase().split(/\s+/).filter(Boolean);
      listed = [];
      data.articles.forEach(function (row, i) {
        var text = (row[0] + " " + row[2]).toLowerCase();
        if (terms.every(function (term) { return text.indexOf(term) >= 0; })) { listed.push(i); }
      });
      articleLimit = PAGE.articles;
      renderIndex();
    });
    articleMore.addEventListener("click", function () { articleLimit += PAGE.articles; renderIndex(); });

    function item(data_item) {
      var li;
      if (data_item[0] === "m") {  /* ["m", person, from, to, role, time, status, move, verdicts, rules, confidence] */
        li = el("li", "move");
        moveText(li, data_item[1], data_item[2], data_item[3], [data_item[4], data_item[5], data_item[6] || "done"]);
        if (data_item[7]) { li.appendChild(document.createTextNode(" ")); li.appendChild(link("#move-" + data_item[7], data_item[7], "move-link")); }
        data_item[8].forEach(function (verdict) {
          li.appendChild(el("span", "verdict " + verdict[1], (verdict[1] === "fp" ? "FP " : "✓ ") + verdict[0]));
        });
        if (data_item[10]) { li.appendChild(el("span", "confidence", "confidence " + data_item[10])); }
        if (data_item[9]) { li.appendChild(el("code", "rules", data_item[9])); }
      } else {  /* ["n", person, kind, org]: a gold fact not extracted */
        li = el("li", "fn");
        li.appendChild(document.createTextNode("missed: "));
        li.appendChild(el("b", "", data_item[1]));
        li.appendChild(document.createTextNode(" " + data_item[2] + " " + data_item[3] + " "));
        li.appendChild(el("span", "verdict fn", "FN"));
      }
      return li;
    }

    /* The text from `start` to `end` with its entities marked, displaCy-style.
       `e` holds [start, end, label, tip] ×n, absolute (made so by `article`). */
    function marked(article, start, end, from) {
      var out = el("div", "entities");
      var e = article.e, at = start, k = from;
      while (k < e.length && e[k] < start) { k += 4; }
      for (; k < e.length && e[k + 1] <= end; k += 4) {
        out.appendChild(document.createTextNode(article.x.slice(at, e[k])));
        var label = data.labels[e[k + 2]];
        var mark = el("mark", "ent", article.x.slice(e[k], e[k + 1]));
        mark.setAttribute("data-label", label);
        mark.title = data.tips[e[k + 3]] || label;
        mark.appendChild(el("span", "ent-label", label));
        out.appendChild(mark);
        at = e[k + 1];
      }
      out.appendChild(document.createTextNode(article.x.slice(at, end)));
      return { node: out, next: k };
    }

    /* Article i's index row and body, offsets made absolute; its block unpacked on first use. */
    var bodyBlocks = document.querySelectorAll("script.report-articles");
    var unpacked = {};
    function article(i) {
      var n = Math.floor(i / data.chunk);
      if (!unpacked[n]) { unpacked[n] = decode(bodyBlocks[n].textContent); }
      return unpacked[n].then(function (bodies) {
        var at = i % data.chunk, row = data.articles[i];
        var body = bodies.map(function (column) { return column[at]; });  /* a block is [urls, texts, entities, blocks, unplaced] */
        var e = [], last = 0, k;
        for (k = 0; k < body[2].length; k += 4) {  /* [gap, length, label, tip] → [start, end, label, tip] */
          var begin = last + body[2][k];
          last = begin + body[2][k + 1];
          e.push(begin, last, body[2][k + 2], body[2][k + 3]);
        }
        var blocks = [];
        last = 0;
        body[3].forEach(function (block) {  /* [gap, length, items] → [start, end, items] */
          blocks.push([last + block[0], last + block[0] + block[1], block[2]]);
          last += block[0] + block[1];
        });
        return { d: row[0], a: row[1], t: row[2], p: row[3], n: row[4], u: body[0], x: body[1], e: e, b: blocks, f: body[4] };
      });
    }

    function openArticle(i) {
      return article(i).then(function (article) {
        var node = el("article", "article");
        node.id = article.a;
        var head = el("header");
        head.appendChild(el("h3", "", article.d + " · " + article.t));
        var meta = el("p", "meta");
        meta.appendChild(document.createTextNode((article.p ? "published " + article.p + " · " : "") + records(article.n)));
        if (/^https?:\/\//i.test(article.u)) {  /* a meta file's url: never a javascript: link */
          meta.appendChild(document.createTextNode(" · "));
          var original = link(article.u, "original");
          original.rel = "noreferrer";
          meta.appendChild(original);
        }
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(link("#moves", "back to the moves"));
        head.appendChild(meta);
        node.appendChild(head);
        var k = 0;
        article.b.forEach(function (block) {  /* [start, end, items] */
          var div = el("div", "block");
          var text = marked(article, block[0], block[1], k);
          k = text.next;
          div.appendChild(text.node);
          if (block[2].length) {
            var list = el("ul", "items");
            block[2].forEach(function (data_item) { list.appendChild(item(data_item)); });
            div.appendChild(list);
          }
          node.appendChild(div);
        });
        if (article.f.length) {
          var unplaced = el("ul", "items");
          article.f.forEach(function (data_item) {
            var li = item(data_item);
            li.appendChild(el("span", "meta", " (evidence not found verbatim)"));
            unplaced.appendChild(li);
          });
          node.appendChild(unplaced);
        }
        view.textContent = "";
        view.appendChild(node);
        return node;
      });
    }

    /* -------------------------------------------------------- routes */
    function currentHash() {
      try { return decodeURIComponent(location.hash.slice(1)); } catch (error) { return location.hash.slice(1); }
    }

    function route() {
      var hash = currentHash();
      var node = null;
      if (target) { target.classList.remove("target"); target = null; }
      if (articleAt[hash] !== undefined) {
        var wanted = hash;
        openArticle(articleAt[hash]).then(function (node) {
          if (currentHash() !== wanted) { return; }  /* another link was followed meanwhile */
          node.scrollIntoView({ block: "start" });
          document.dispatchEvent(new CustomEvent("report-article-opened", { detail: wanted }));
        }).catch(failed);
        return;
      }
      if (hash.indexOf("move-") === 0) {
        node = showMove(hash.slice(5));
        if (node) { node.classList.add("target"); target = node; }
      }
      if (node) { node.scrollIntoView({ block: "start" }); }
    }
    window.addEventListener("hashchange", route);
    /* A link to the hash already in the address bar fires no hashchange: route anyway. */
    document.addEventListener("click", function (event) {
      var a = event.target.closest ? event.target.closest("a[href^='#']") : null;
      if (a && a.getAttribute("href").slice(1) === currentHash()) { event.preventDefault(); route(); }
    });

    /* -------------------------------------------------------- charts */
    var sankey = document.getElementById("sankey");
    if (sankey) {
      var links = Array.prototype.slice.call(sankey.querySelectorAll(".link"));
      Array.prototype.forEach.call(sankey.querySelectorAll(".node"), function (node) {
        var name = node.getAttribute("data-org");
        var attribute = node.getAttribute("data-side") === "source" ? "data-source" : "data-target";
        node.addEventListener("mouseenter", function () {
          sankey.classList.add("focus");
          links.forEach(function (band) { band.classList.toggle("on", band.getAttribute(attribute) === name); });
        });
        node.addEventListener("mouseleave", function () {
          sankey.classList.remove("focus");
          links.forEach(function (band) { band.classList.remove("on"); });
        });
        node.addEventListener("click", function () { showOrganization(name); });
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("#netflow .bar, .org-filter"), function (node) {
      node.addEventListener("click", function (event) { event.preventDefault(); showOrganization(node.getAttribute("data-org")); });
    });

    filterMoves();
    renderIndex();
    route();
  }

  measureHeader();
  window.addEventListener("resize", measureHeader);
  decode(document.getElementById("report-data").textContent).then(function (data) {
    start(data);
    measureHeader();
    if (window.performance && performance.mark) { performance.mark("report-ready"); }
    document.body.setAttribute("data-ready", "1");
  }).catch(failed);

  function failed(error) {
    var note = el("p", "load-error", "This page's data could not be read: " + error.message);
    document.querySelector("main").prepend(note);
    root.setAttribute("data-js-errors", String(Number(root.getAttribute("data-js-errors") || 0) + 1));
    root.setAttribute("data-js-error", String(error.message));
    throw error;
  }
})();
