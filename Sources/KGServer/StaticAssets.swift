/// The stylesheet and script every page loads: served by the server itself, so pages work offline.
enum StaticAssets {
    static let css = """
        :root { --ink: #1d2329; --muted: #5f6b76; --line: #d8dee4; --accent: #1f5fa8; --bg: #f7f8fa;
                --coop: #2e7d32; --conf: #b03a2e; --neutral: #666; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
               color: var(--ink); background: var(--bg); }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        header.top { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; padding: .6rem 1.5rem;
                     background: #fff; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); }
        header nav a { margin-right: 1rem; }
        form.search { margin-left: auto; display: flex; gap: .4rem; }
        input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px;
                                background: #fff; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin: .6rem 0 .3rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
        .muted, .hint { color: var(--muted); }
        .error { color: var(--conf); font-weight: 600; }
        .notice { background: #fff8e1; border: 1px solid #f0d58c; padding: .5rem .8rem; border-radius: 4px; }
        .stats { display: flex; gap: 1rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
        .stat { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
        .stat b { display: block; font-size: 1.4rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; font-size: .9rem; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .polarity-cooperative { color: var(--coop); }
        .polarity-conflictual { color: var(--conf); }
        .polarity-neutral { color: var(--neutral); }
        .tag { display: inline-block; font-size: .78rem; padding: 0 .4rem; border-radius: 3px; background: #eef1f4;
               color: var(--muted); margin-left: .3rem; }
        .tag.denied { background: #fbe4e1; color: var(--conf); font-weight: 600; }
        .tag.contested { background: #fff1cc; color: #7a5a00; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; background: #fff;
                       border: 1px solid var(--line); border-radius: 6px; padding: .7rem 1rem; margin: .6rem 0; }
        form.filters label { display: flex; flex-direction: column; font-size: .82rem; color: var(--muted); }
        form.filters input[type=number] { width: 6rem; }
        form.filters label.check { flex-direction: row; gap: .3rem; align-items: center; }
        .diagram { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; overflow: auto;
                   margin: .6rem 0; }
        .diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        .chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: .5rem 0; }
        .chart svg { max-width: 100%; height: auto; display: block; }
        .changes .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        .diagram svg a:hover text { text-decoration: underline; }
        .aliases { margin: .2rem 0 .6rem; font-size: .9rem; }
        .aliases details { display: inline; }
        .aliases summary { display: inline; cursor: pointer; color: var(--accent); }
        ol.evidence { list-style: none; padding: 0; }
        ol.evidence li { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--coop);
                         border-radius: 4px; padding: .6rem .8rem; margin: .5rem 0; }
        ol.evidence li.negated { border-left-color: var(--conf); }
        .sentence { font-size: 1.02rem; }
        .meta { font-size: .85rem; color: var(--muted); margin-top: .25rem; }
        mark.attribution { background: #e3ecfa; color: inherit; padding: 0 .2rem; border-radius: 2px; }
        mark.negation { background: #fbe4e1; color: var(--conf); font-weight: 600; padding: 0 .2rem; border-radius: 2px; }
        ul.entities { columns: 3 16rem; padding-left: 1.2rem; }
        ol.paths li { margin: .4rem 0; }
        """

    static let javaScript = """
        // Search suggestions: fill the datalist from /api/entities as the user types. Text only, no innerHTML.
        (function () {
          var input = document.querySelector('input[list="entity-suggestions"]');
          var list = document.getElementById('entity-suggestions');
          if (!input || !list || !window.fetch) { return; }
          var timer = null, last = '';
          input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
              var text = input.value.trim();
              if (text.length < 2 || text === last) { return; }
              last = text;
              fetch('/api/entities?limit=12&search=' + encodeURIComponent(text))
                .then(function (response) { return response.ok ? response.json() : { entities: [] }; })
                .then(function (answer) {
                  while (list.firstChild) { list.removeChild(list.firstChild); }
                  (answer.entities || []).forEach(function (entity) {
                    var option = document.createElement('option');
                    option.value = entity.name;
                    option.label = entity.type + ', ' + entity.degree + ' relations';
                    list.appendChild(option);
                  });
                })
                .catch(function () {});
            }, 150);
          });
        })();
        """
}
