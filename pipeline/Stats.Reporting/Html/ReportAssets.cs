namespace Stats.Reporting.Html;

/// <summary>The report's inline style sheet, script and content security policy: nothing is fetched from anywhere.</summary>
public static class ReportAssets
{
    /// <summary>
    /// Forbids every fetch except data: images and fonts and the page's own inline style and script, so a stray URL in
    /// report text (or a bug here) cannot reach the network, and shows up as a violation instead.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public const string Css = """
        :root { --fail: #c62828; --warn: #ef8f00; --ne: #757575; --error: #6a1b9a; --pass: #2e7d32; }
        body { font-family: system-ui, "Stats Report CJK", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
        code, .hash { font-family: ui-monospace, "DejaVu Sans Mono", "Stats Report CJK", monospace; font-size: .85em; }
        button, select { font: inherit; }
        .hash { word-break: break-all; }
        #figures { font-size: .9rem; }
        #figures td:nth-child(2) { white-space: nowrap; }
        #figures code { overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: .4rem 0; }
        th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .counts td, .counts th { text-align: center; min-width: 5.5rem; }
        .badge { display: inline-block; border-radius: .3rem; padding: 0 .45rem; color: #fff; font-size: .8rem; font-weight: 600; vertical-align: middle; }
        .fail, .failed { background: var(--fail); } .warn { background: var(--warn); } .not_evaluable { background: var(--ne); }
        .error { background: var(--error); } .pass, .validated { background: var(--pass); } .flagged { background: var(--warn); } .unchecked { background: #9e9e9e; }
        section.finding { border: 1px solid #ddd; border-left: 6px solid var(--ne); border-radius: .3rem; padding: .7rem 1rem; margin: 1rem 0; break-inside: avoid; }
        section.finding[data-status="fail"] { border-left-color: var(--fail); }
        section.finding[data-status="warn"] { border-left-color: var(--warn); }
        section.problem { border: 1px solid #ddd; border-left: 6px solid var(--warn); border-radius: .3rem; padding: .5rem 1rem; margin: .8rem 0; break-inside: avoid; }
        section.problem[data-status="fail"] { border-left-color: var(--fail); }
        p.lead { font-size: 1.1rem; }
        section.finding[data-status="error"] { border-left-color: var(--error); }
        section.finding[data-status="pass"] { border-left-color: var(--pass); }
        blockquote { margin: .4rem 0; padding: .3rem .8rem; background: #fafafa; border-left: 3px solid #bbb; }
        mark { background: #ffe082; padding: 0 .1rem; border-radius: .15rem; }
        .explanation { margin: .4rem 0; }
        .hypotheses { margin: .3rem 0 0; }
        figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: .9rem; color: #555; }
        .filters button { margin: 0 .3rem .4rem 0; padding: .2rem .7rem; border: 1px solid #888; background: #fff; border-radius: .3rem; cursor: pointer; }
        .filters button[aria-pressed="true"] { background: #333; color: #fff; }
        .muted { color: #666; }
        nav#contents ol { margin: .2rem 0; } nav#contents .toc-findings { columns: 2 24rem; font-size: .9rem; }
        nav#contents .toc-findings li { break-inside: avoid; }
        a.anchor { color: #999; text-decoration: none; } a.anchor:hover { color: #333; }
        blockquote cite { font-style: normal; font-size: .8rem; color: #666; white-space: nowrap; }
        :target { outline: 3px solid #ffb300; outline-offset: 2px; }
        footer { margin-top: 2.5rem; font-size: .9rem; }
        @media print { .filters { display: none; } section.finding[hidden] { display: block; } tr[hidden] { display: table-row; } body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
        """;

    /// <summary>
    /// Runs first, in the head: records script errors and fetches the security policy blocked on the root element, so a
    /// headless browser's dumped DOM shows whether the page ran cleanly offline.
    /// </summary>
    public const string Watchdog = """
        (function () {
          var root = document.documentElement;
          root.dataset.scriptErrors = "0";
          root.dataset.blockedRequests = "0";
          window.addEventListener("error", function () { root.dataset.scriptErrors = String(Number(root.dataset.scriptErrors) + 1); });
          document.addEventListener("securitypolicyviolation", function () { root.dataset.blockedRequests = String(Number(root.dataset.blockedRequests) + 1); });
        })();
        """;

    /// <summary>
    /// The filters of the findings (by status and kind) and of the figures table (by status); marks the page ready when
    /// it has run. A link to a hidden finding or figure clears the filter first, so every link lands on something visible.
    /// </summary>
    public const string Script = """
        (function () {
          var sections = document.querySelectorAll("section.finding");
          var statusButtons = document.querySelectorAll("[data-finding-status]");
          var kind = document.getElementById("finding-kind");
          var shown = document.getElementById("finding-shown");
          var wantedStatus = "all";
          function filterFindings() {
            var count = 0;
            sections.forEach(function (section) {
              var visible = (wantedStatus === "all" || section.dataset.status === wantedStatus) && (!kind || kind.value === "" || section.dataset.kind === kind.value);
              section.hidden = !visible;
              if (visible) count++;
            });
            statusButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.findingStatus === wantedStatus)); });
            if (shown) shown.textContent = count + " of " + sections.length + " shown";
          }
          statusButtons.forEach(function (button) {
            button.addEventListener("click", function () { wantedStatus = button.dataset.findingStatus; filterFindings(); });
          });
          if (kind) kind.addEventListener("change", filterFindings);
          filterFindings();
          function reveal() {
            var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
            if (target && target.hidden) {
              if (target.matches("section.finding")) { wantedStatus = "all"; if (kind) kind.value = ""; filterFindings(); }
              else { var all = document.querySelector("[data-filter='all']"); if (all) all.click(); }
              target.scrollIntoView();
            }
          }
          window.addEventListener("hashchange", reveal);
          var buttons = document.querySelectorAll("[data-filter]");
          buttons.forEach(function (button) {
            button.addEventListener("click", function () {
              var wanted = button.dataset.filter;
              document.querySelectorAll("#figures tbody tr").forEach(function (row) {
                row.hidden = wanted !== "all" && row.dataset.status !== wanted;
              });
              buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
            });
          });
          reveal();
          // Chromium has kept boxes in a table cell it drew before the embedded font had loaded (seen headless on a busy
          // machine, in the figures table of a page with no Chinese font installed); laying the page out once more when
          // the fonts are in draws every cell with them. The reader's place on the page is kept.
          if (document.fonts) document.fonts.ready.then(function () {
            var x = window.scrollX, y = window.scrollY;
            document.body.style.display = "none";
            void document.body.offsetHeight;
            document.body.style.display = "";
            window.scrollTo(x, y);
          });
          document.documentElement.dataset.ready = "yes";
        })();
        """;
}
