/* The moves table (search, filters, sorting) and the charts' hover and click.
   Plain DOM, no library: the page must open without a network. */
(function () {
  "use strict";

  var table = document.getElementById("moves-table");
  var search = document.getElementById("moves-search");
  var kind = document.getElementById("moves-kind");
  var status = document.getElementById("moves-status");
  var count = document.getElementById("moves-count");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function filter() {
    var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, index) {
      var visible = terms.every(function (term) { return texts[index].indexOf(term) >= 0; }) &&
        (!kind.value || row.getAttribute("data-kind") === kind.value) &&
        (!status.value || row.getAttribute("data-status") === status.value);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = shown === rows.length ? rows.length + " moves" : shown + " of " + rows.length + " moves";
  }

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.getAttribute("data-value");
    var text = raw === null ? cell.textContent.trim() : raw;
    return numeric ? Number(text) || 0 : text;
  }

  var collator = new Intl.Collator("zh-Hans-CN", { numeric: true, sensitivity: "base" });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
    var type = header.getAttribute("data-sort");
    if (!type) { return; }
    header.tabIndex = 0;
    function sort() {
      var descending = header.getAttribute("aria-sort") === "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var numeric = type === "num";
      var order = rows.map(function (row, index) { return { row: row, index: index, key: cellValue(row, column, numeric) }; });
      order.sort(function (a, b) {
        var result;
        if (numeric) { result = a.key - b.key; }
        else if (!a.key || !b.key) { result = a.key ? -1 : b.key ? 1 : 0; }  /* blanks last either way */
        else { result = collator.compare(a.key, b.key); }
        if (descending && a.key !== "" && b.key !== "") { result = -result; }
        return result || a.index - b.index;
      });
      order.forEach(function (item) { body.appendChild(item.row); });
    }
    header.addEventListener("click", sort);
    header.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
  });

  search.addEventListener("input", filter);
  kind.addEventListener("change", filter);
  status.addEventListener("change", filter);

  /* Clicking an organization in a chart shows its moves in the table. */
  function showOrganization(name) {
    search.value = name;
    kind.value = "";
    status.value = "";
    filter();
    document.getElementById("moves").scrollIntoView({ behavior: "smooth" });
  }

  var sankey = document.getElementById("sankey");
  if (sankey) {
    var links = Array.prototype.slice.call(sankey.querySelectorAll(".link"));
    Array.prototype.forEach.call(sankey.querySelectorAll(".node"), function (node) {
      var name = node.getAttribute("data-org");
      var attribute = node.getAttribute("data-side") === "source" ? "data-source" : "data-target";
      node.addEventListener("mouseenter", function () {
        sankey.classList.add("focus");
        links.forEach(function (link) { link.classList.toggle("on", link.getAttribute(attribute) === name); });
      });
      node.addEventListener("mouseleave", function () {
        sankey.classList.remove("focus");
        links.forEach(function (link) { link.classList.remove("on"); });
      });
      if (name !== "other") { node.addEventListener("click", function () { showOrganization(name); }); }
    });
  }
  var net = document.getElementById("netflow");
  if (net) {
    Array.prototype.forEach.call(net.querySelectorAll(".bar"), function (bar) {
      bar.addEventListener("click", function () { showOrganization(bar.getAttribute("data-org")); });
    });
  }

  filter();
  document.body.setAttribute("data-ready", "1");
})();
