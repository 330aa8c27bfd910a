// The newskg explorer: one script that reads the page's path, asks /explore/api for the data and draws the view.
(function () {
  'use strict';
  if (location.pathname === '/' && location.hash.indexOf('#/') === 0) return; // Fuseki's UI (see explore.html)
  const app = document.getElementById('app');
  const BASE = 'https://w3id.org/newskg';
  const KINDS = ['person', 'organization', 'claim', 'outlet', 'party', 'topic', 'article'];
  const KIND_NAMES = { person: 'Person', organization: 'Organization', claim: 'Claim', outlet: 'Outlet', party: 'Party',
    topic: 'Topic', article: 'Article', resource: 'Resource' };
  const COLORS = { person: '#2563eb', organization: '#0891b2', claim: '#d97706', outlet: '#059669', party: '#dc2626',
    topic: '#7c3aed', article: '#64748b', resource: '#94a3b8' };
  let dataset = 'newskg';

  // ---- small helpers -------------------------------------------------------------------------------------------
  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat()) if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  const str = v => v === null || v === undefined ? '' : (typeof v === 'object' ? (v.iri || '') : String(v));
  const num = v => typeof v === 'number' ? v : Number(v || 0);
  const fmt = n => Number(n).toLocaleString('en-US');
  function link(v, text) {
    if (v && typeof v === 'object' && v.href) return h('a', { href: v.href }, text || v.iri);
    return h('span', {}, text || str(v));
  }
  function fusekiHref(sparql) {
    return '/#/dataset/' + encodeURIComponent(dataset) + '/query?query=' + encodeURIComponent(sparql);
  }
  function sparqlBox(section) {
    if (!section || !section.sparql) return null;
    return h('details', { class: 'sparql' },
      h('summary', {}, h('span', {}, section.ms.toFixed(1) + ' ms'),
        h('a', { href: fusekiHref(section.sparql), class: 'fuseki', target: '_blank', onclick: e => e.stopPropagation() },
          "Open in Fuseki's query editor")),
      h('pre', {}, section.sparql));
  }
  function card(title, section, body, count) {
    const c = h('section', { class: 'card' }, h('h2', {}, title, count !== undefined ? h('span', { class: 'count' }, count) : null));
    c.append(body);
    const s = sparqlBox(section);
    if (s) c.append(s);
    return c;
  }
  // A bounded list with "Show more": the next page of the same section comes from /explore/api/section and the
  // list is drawn again with every row so far.
  function pagedCard(title, section, name, iri, render, count) {
    let rows = section.rows.slice();
    const body = h('div', {}, render(rows));
    const c = card(title, section, body, count);
    if (section.more) {
      const button = h('button', { type: 'button', class: 'more', 'data-section': name }, 'Show more');
      let offset = section.offset + section.page;
      button.addEventListener('click', async () => {
        button.disabled = true;
        const next = await api('section?name=' + encodeURIComponent(name) + (iri ? '&iri=' + encodeURIComponent(iri) : '') + '&offset=' + offset);
        rows = rows.concat(next.rows);
        offset += next.page;
        body.replaceChildren(render(rows));
        button.disabled = false;
        if (!next.more) button.remove();
      });
      c.insertBefore(button, body.nextSibling);
    }
    return c;
  }
  const empty = text => h('p', { class: 'empty' }, text);
  function bars(rows, labelKey, linkKey, countKey, extra) {
    if (!rows.length) return empty('None in the store.');
    const max = Math.max(...rows.map(r => num(r[countKey])), 1);
    return h('table', {}, h('tbody', {}, rows.map(r => h('tr', {},
      h('td', {}, link(r[linkKey], r[labelKey] || str(r[linkKey]))),
      extra ? h('td', { class: 'num' }, extra(r)) : null,
      h('td', { class: 'num' }, h('span', { class: 'bar', style: 'width:' + Math.round(80 * num(r[countKey]) / max) + 'px' }),
        fmt(num(r[countKey])))))));
  }
  async function api(path) {
    const r = await fetch('/explore/api/' + path, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (body.dataset) dataset = body.dataset;
    if (!r.ok && !body.notFound) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }
  function quoteText(text, direct) { return direct === false ? text : '“' + text.replace(/^["“”]+|["“”,]+$/g, '') + '”'; }
  function dateOf(v) { return v ? String(v).slice(0, 10) : 'undated'; }
  function head(kind, label, iri, extra) {
    const sub = h('div', { class: 'sub' });
    if (iri) {
      const path = iri.startsWith(BASE) ? iri.slice(BASE.length) : null;
      sub.append(h('span', { class: 'iri' }, iri), ' ');
      if (path) sub.append(h('br'), h('a', { href: path + '.ttl' }, 'Turtle'), h('a', { href: path + '.jsonld' }, 'JSON-LD'));
    }
    if (extra) sub.append(extra);
    return h('div', { class: 'pagehead' }, h('div', {}, h('span', { class: 'badge ' + kind }, KIND_NAMES[kind] || kind), ' ',
      h('h1', {}, label), sub));
  }

  // ---- search as you type -------------------------------------------------------------------------------------
  const input = document.getElementById('search');
  const box = document.getElementById('suggestions');
  let pending = 0;
  function searchItems(body) {
    const items = [];
    const names = (body.sections['search-names'] || { rows: [] }).rows;
    const claims = (body.sections['search-claims'] || { rows: [] }).rows;
    for (const r of names) items.push({ group: 'Names', href: r.item.href, kind: r.kind || 'resource', label: r.label || str(r.item), note: '' });
    for (const r of claims) items.push({ group: 'Claims', href: r.claim.href, kind: 'claim', label: '“' + r.text + '”', note: r.speaker || '' });
    return items;
  }
  function renderSuggestions(body) {
    box.innerHTML = '';
    const items = searchItems(body);
    if (!items.length) box.append(h('div', { class: 'none' }, 'Nothing matches “' + body.q + '”.'));
    let group = null;
    for (const it of items) {
      if (it.group !== group) { group = it.group; box.append(h('div', { class: 'group' }, group)); }
      box.append(h('a', { href: it.href, class: 'suggestion', 'data-kind': it.kind },
        h('span', { class: 'badge ' + it.kind }, KIND_NAMES[it.kind] || it.kind), h('span', {}, it.label),
        it.note ? h('span', { class: 'meta', style: 'color:#637083;font-size:12px' }, it.note) : null));
    }
    box.hidden = false;
  }
  input.addEventListener('input', () => {
    const q = input.value.trim();
    const mine = ++pending;
    if (q.length < 2) { box.hidden = true; return; }
    setTimeout(async () => {
      if (mine !== pending) return;
      const body = await api('search?q=' + encodeURIComponent(q));
      if (mine === pending) renderSuggestions(body);
    }, 120);
  });
  input.addEventListener('keydown', e => {
    const links = [...box.querySelectorAll('a')];
    const i = links.findIndex(a => a.classList.contains('active'));
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (i >= 0) links[i].classList.remove('active');
      const j = e.key === 'ArrowDown' ? Math.min(links.length - 1, i + 1) : Math.max(0, i - 1);
      if (links[j]) links[j].classList.add('active');
    } else if (e.key === 'Enter') {
      if (i >= 0) location.href = links[i].getAttribute('href');
      else if (input.value.trim()) location.href = '/explore/search?q=' + encodeURIComponent(input.value.trim());
    } else if (e.key === 'Escape') box.hidden = true;
  });
  document.addEventListener('click', e => { if (!box.contains(e.target) && e.target !== input) box.hidden = true; });

  // ---- the neighbourhood graph --------------------------------------------------------------------------------
  function graphPanel(iri, kind, label, first) {
    const hidden = new Set();
    const filters = h('div', { class: 'graphbar' });
    for (const k of KINDS) {
      const cb = h('input', { type: 'checkbox', checked: true, 'data-kind': k });
      cb.addEventListener('change', () => {
        if (cb.checked) hidden.delete(k); else hidden.add(k);
        cy.nodes().forEach(n => n.style('display', hidden.has(n.data('kind')) && n.id() !== iri ? 'none' : 'element'));
      });
      filters.append(h('label', {}, cb, h('span', { class: 'dot', style: 'background:' + COLORS[k] }), KIND_NAMES[k]));
    }
    const more = h('button', { id: 'graph-more', type: 'button' }, 'Show more');
    const fit = h('button', { type: 'button', onclick: () => cy.fit(undefined, 20) }, 'Fit');
    const info = h('div', { class: 'graphinfo', id: 'graph-info' }, 'Click a node to expand it; its neighbours stay lit.');
    const el = h('div', { id: 'graph' });
    const sparqlHolder = h('div');
    const panel = card('Neighbourhood', null, h('div', {}, filters, el, h('div', { class: 'graphbar', style: 'margin-top:6px' }, more, fit), info, sparqlHolder));
    const limits = {};
    let cy;
    setTimeout(() => {
      cy = cytoscape({
        container: el, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3,
        style: [
          { selector: 'node', style: { 'background-color': ele => COLORS[ele.data('kind')] || COLORS.resource,
            label: 'data(short)', 'font-size': 10, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
            'text-wrap': 'ellipsis', 'text-max-width': 120, width: 18, height: 18, 'border-width': 1, 'border-color': '#fff' } },
          { selector: 'node[?center]', style: { width: 30, height: 30, 'font-weight': 'bold', 'font-size': 12 } },
          { selector: 'node[kind = "claim"]', style: { shape: 'round-rectangle' } },
          { selector: 'node[kind = "outlet"]', style: { shape: 'diamond' } },
          { selector: 'node[kind = "party"]', style: { shape: 'hexagon' } },
          { selector: 'node[kind = "topic"]', style: { shape: 'tag' } },
          { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 5)', 'line-color': '#cbd5e1', 'curve-style': 'bezier',
            'target-arrow-shape': 'triangle', 'target-arrow-color': '#cbd5e1', 'arrow-scale': 0.7 } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827' } },
          { selector: '.faded', style: { opacity: 0.15 } },
        ],
        elements: [{ data: { id: iri, label, short: short(label), kind, center: true, href: location.pathname } }],
        layout: { name: 'preset' },
      });
      window.newskgGraph = cy;
      cy.on('tap', 'node', ev => select(ev.target));
      cy.on('tap', ev => { if (ev.target === cy) { cy.elements().removeClass('faded'); info.textContent = 'Click a node to expand it; its neighbours stay lit.'; } });
      more.addEventListener('click', () => expand(cy.$id(iri), (limits[iri] || 25) + 25));
      // The first expansion came with the page (ExplorerPages.GRAPH_FIRST): no request for it.
      expand(cy.$id(iri), 25, first);
    }, 0);
    function short(s) { s = String(s || ''); return s.length > 40 ? s.slice(0, 38) + '…' : s; }
    function select(node) {
      cy.elements().addClass('faded');
      node.closedNeighborhood().removeClass('faded');
      info.innerHTML = '';
      info.append(h('span', { class: 'badge ' + node.data('kind') }, KIND_NAMES[node.data('kind')] || ''), ' ', node.data('label'), ' · ',
        node.data('href') ? h('a', { href: node.data('href'), id: 'graph-open' }, 'open page') : '');
      expand(node, limits[node.id()] || 25);
    }
    async function expand(node, limit, given) {
      limits[node.id()] = limit;
      const g = given || await api('graph?iri=' + encodeURIComponent(node.id()) + '&limit=' + limit);
      const added = [];
      for (const n of g.nodes) {
        if (cy.$id(n.id).empty()) added.push({ group: 'nodes', data: { id: n.id, label: n.label, short: short(n.label), kind: n.kind, href: n.href },
          position: { x: node.position('x') + (Math.random() - 0.5) * 60, y: node.position('y') + (Math.random() - 0.5) * 60 } });
      }
      for (const e of g.edges) {
        const id = e.source + ' ' + e.rel + ' ' + e.target;
        if (cy.$id(id).empty()) added.push({ group: 'edges', data: { id, source: e.source, target: e.target, rel: e.rel, weight: e.weight } });
      }
      cy.add(added);
      cy.nodes().forEach(n => n.style('display', hidden.has(n.data('kind')) && !n.data('center') ? 'none' : 'element'));
      if (node.id() === iri) {
        more.disabled = !g.more;
        more.textContent = g.more ? 'Show more (' + g.nodes.length + ' shown)' : 'All ' + g.nodes.length + ' shown';
      }
      sparqlHolder.innerHTML = '';
      sparqlHolder.append(sparqlBox(g));
      if (added.length) cy.layout({ name: 'cose', animate: false, fit: true, padding: 20, nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70, randomize: false }).run();
      if (node.selected && !node.data('center')) { cy.elements().addClass('faded'); node.closedNeighborhood().removeClass('faded'); }
      el.setAttribute('data-nodes', cy.nodes().length);
      // When the graph was last drawn, from the navigation's start: the browser benchmark reads it.
      el.setAttribute('data-drawn', String(Math.round(performance.now())));
    }
    return panel;
  }

  // ---- word differences between versions of one claim ---------------------------------------------------------
  function words(t) { return (t.toLowerCase().match(/[\p{L}\p{N}'’$.]+/gu) || []).map(w => w.replace(/[.’']+$/, '')); }
  function highlightDiff(text, common) {
    const out = [];
    const re = /([\p{L}\p{N}'’$.]+)|([^\p{L}\p{N}'’$.]+)/gu;
    let m;
    while ((m = re.exec(text))) {
      if (m[1] && !common.has(m[1].toLowerCase().replace(/[.’']+$/, ''))) out.push(h('span', { class: 'diff', title: 'not in every version' }, m[1]));
      else out.push(m[0]);
    }
    return out;
  }

  // ---- pages --------------------------------------------------------------------------------------------------
  function personPage(p, s) {
    const names = s['person-names'].rows;
    const claims = s['person-claims'].rows;
    const main = h('div');
    main.append(pagedCard('Names in the articles', s['person-names'], 'person-names', p.iri,
      rows => rows.length ? h('div', { class: 'chips' }, rows.map(r => h('span', { class: 'chip' }, r.name, h('span', { class: 'n' }, '×' + r.articles)))) : empty('No names recorded.')));
    if (s['person-parties']) {
      main.append(pagedCard('Party memberships', s['person-parties'], 'person-parties', p.iri, rows => rows.length ? h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Party'), h('th', { class: 'num' }, 'Articles'), h('th', {}, 'Newest evidence'), h('th', {}, 'Article'))),
        h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, link(r.party, r.partyLabel)),
          h('td', { class: 'num', title: (r.firstSeen ? dateOf(r.firstSeen) + ' to ' + dateOf(r.lastSeen) : '') }, fmt(num(r.articles))),
          h('td', { class: 'quote' }, r.evidence ? '“' + r.evidence + '”' : ''),
          h('td', {}, link(r.article, r.title || str(r.article)), h('div', { class: 'iri' }, (r.outlet || '') + ' · ' + dateOf(r.published)))))))
        : empty('No article states a party for this person.')));
    }
    main.append(card('Articles quoting them, per day', s['person-timeline'], timeline(s['person-timeline'].rows)));
    main.append(pagedCard('What they said', s['person-claims'], 'person-claims', p.iri, rows => rows.length ? h('ul', { class: 'claimlist' }, rows.map(r => h('li', {},
      h('div', { class: 'quote' }, link(r.claim, quoteText(r.text, r.direct))),
      h('div', { class: 'meta' }, dateOf(r.published), ' · ', link(r.outlet, r.outletLabel || 'unknown outlet'), ' · ',
        link(r.article, r.title || 'article'), ' · ', r.direct ? 'direct quote' : 'reported speech'))))
      : empty('No statements.'), s['person-claims'].more ? 'latest first' : claims.length));
    const grid = h('div', { class: 'grid2' });
    grid.append(pagedCard('Outlets that quote them', s['person-outlets'], 'person-outlets', p.iri, rows => bars(rows, 'label', 'outlet', 'statements')));
    if (s['person-together']) grid.append(card('Quoted in the same articles', s['person-together'], bars(s['person-together'].rows, 'label', 'other', 'articles')));
    main.append(grid);
    return main;
  }
  function timeline(rows) {
    if (!rows.length) return empty('No dated statements.');
    const W = 600, H = 110, pad = 18;
    const max = Math.max(...rows.map(r => num(r.articles)));
    const bw = Math.max(2, Math.min(18, (W - 20) / rows.length - 2));
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('preserveAspectRatio', 'none');
    rows.forEach((r, i) => {
      const x = 10 + i * (W - 20) / rows.length;
      const bh = (H - pad - 8) * num(r.articles) / max;
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', x); rect.setAttribute('y', H - pad - bh); rect.setAttribute('width', bw); rect.setAttribute('height', bh);
      const t = document.createElementNS(ns, 'title'); t.textContent = r.day + ': ' + r.articles + ' articles';
      rect.append(t); svg.append(rect);
      if (rows.length <= 12 || i % Math.ceil(rows.length / 8) === 0) {
        const lab = document.createElementNS(ns, 'text');
        lab.setAttribute('x', x); lab.setAttribute('y', H - 4); lab.textContent = r.day; svg.append(lab);
      }
    });
    return h('div', { class: 'timeline' }, svg);
  }
  function claimPage(p, s) {
    const rows = s['claim-versions'].rows;
    const main = h('div');
    const sets = rows.map(r => new Set(words(r.text)));
    const common = new Set(sets.length ? [...sets[0]].filter(w => sets.every(x => x.has(w))) : []);
    const outlets = new Set(rows.map(r => str(r.outlet)));
    main.append(card('Versions', s['claim-versions'], rows.length ? h('div', { class: 'versions' }, rows.map(r => h('article', { class: 'version' },
      h('h3', {}, link(r.outlet, r.outletLabel || 'unknown outlet')),
      h('div', { class: 'meta' }, dateOf(r.published), ' · ', link(r.article, r.title || 'article')),
      h('div', { class: 'quote' }, r.direct ? '“' : '', highlightDiff(String(r.text).replace(/^["“”]+|["“”]+$/g, ''), common), r.direct ? '”' : ''),
      r.sentence ? h('div', { class: 'sentence' }, r.sentence) : null,
      h('dl', {},
        h('dt', {}, 'speaker'), h('dd', {}, link(r.speaker, r.speakerLabel || 'not named')),
        h('dt', {}, 'kind'), h('dd', {}, r.direct ? 'direct quote' : 'reported speech'),
        h('dt', {}, 'cue'), h('dd', {}, r.cue || '—'),
        h('dt', {}, 'sieve'), h('dd', {}, r.sieve || '—'),
        h('dt', {}, 'confidence'), h('dd', {}, r.confidence !== undefined ? Number(r.confidence).toFixed(2) : '—'),
        h('dt', {}, 'in the text'), h('dd', {}, h('a', { href: str(r.article.href) + '#a-' + r.start, class: 'span-link' }, 'characters ' + r.start + '–' + r.end))))))
      : empty('No attribution carries this claim.'), rows.length + ' versions in ' + outlets.size + ' outlets'));
    const grid = h('div', { class: 'grid2' });
    grid.append(card('Topics', s['claim-topics'], bars(s['claim-topics'].rows, 'label', 'topic', 'score', r => r.words || '')));
    grid.append(card('Longer or shorter quotes', s['claim-related'], s['claim-related'].rows.length ? h('ul', { class: 'claimlist' },
      s['claim-related'].rows.map(r => h('li', {}, h('span', { class: 'meta' }, r.relation + ': '), link(r.other, '“' + (r.text || '') + '”'))))
      : empty('None.')));
    main.append(grid);
    return main;
  }
  function articlePage(p, s) {
    const a = s.article.rows[0] || {};
    const atts = s['article-attributions'].rows;
    const main = h('div');
    const text = h('div', { class: 'articletext' });
    const bySentence = new Map();
    for (const r of atts) {
      const key = r.sentence || r.text;
      if (!bySentence.has(key)) bySentence.set(key, []);
      bySentence.get(key).push(r);
    }
    let last = -1;
    for (const [sentence, rs] of bySentence) {
      if (last >= 0 && rs[0].start - last > 400) text.append(h('p', { class: 'gap' }, '…'));
      last = Math.max(...rs.map(r => r.end));
      const spans = rs.map(r => ({ r, at: sentence.indexOf(r.text) })).filter(x => x.at >= 0).sort((x, y) => x.at - y.at);
      const para = h('p');
      let pos = 0;
      for (const { r, at } of spans) {
        if (at < pos) continue;
        para.append(sentence.slice(pos, at));
        para.append(h('mark', { class: 'attr ' + (r.direct ? 'direct' : 'reported'), id: 'a-' + r.start, 'data-claim': str(r.claim),
          title: (r.speakerLabel || 'speaker not named') + ' — ' + (r.direct ? 'direct quote' : 'reported speech') + (r.cue ? ', cue “' + r.cue + '”' : '')
            + (r.sieve ? ', ' + r.sieve : '') + (r.confidence !== undefined ? ', confidence ' + Number(r.confidence).toFixed(2) : '') },
          sentence.slice(at, at + r.text.length)));
        pos = at + r.text.length;
      }
      para.append(sentence.slice(pos));
      para.append(' ', ...rs.map(r => h('a', { href: str(r.claim.href), class: 'meta', style: 'font-size:11px;font-family:system-ui' }, '[' + (r.speakerLabel || '?') + ']')));
      text.append(para);
    }
    main.append(card('Attributions in the text', s['article-attributions'], h('div', {},
      h('div', { class: 'legend' }, h('mark', { class: 'attr direct' }, 'direct quote'), ' ', h('mark', { class: 'attr reported' }, 'reported speech'),
        ' — hover a span for its speaker, cue and sieve. The store keeps the sentences that carry attributions, not the whole body.'),
      atts.length ? text : empty('No attributions in this article.')), atts.length));
    const grid = h('div', { class: 'grid2' });
    grid.append(card('Party memberships stated', s['article-memberships'], s['article-memberships'].rows.length ? h('table', {}, h('tbody', {},
      s['article-memberships'].rows.map(r => h('tr', {}, h('td', {}, link(r.person, r.personLabel)), h('td', {}, link(r.party, r.partyLabel)), h('td', { class: 'quote' }, '“' + r.evidence + '”')))))
      : empty('None.')));
    grid.append(card('Topics', s['article-topics'], bars(s['article-topics'].rows, 'label', 'topic', 'claims')));
    main.append(grid);
    setTimeout(() => {
      if (location.hash.startsWith('#a-')) {
        const m = document.getElementById(location.hash.slice(1));
        if (m) { m.classList.add('target'); m.scrollIntoView({ block: 'center' }); }
      }
    }, 0);
    return main;
  }
  function outletPage(p, s) {
    return h('div', { class: 'grid2' },
      pagedCard('Who they quote', s['outlet-speakers'], 'outlet-speakers', p.iri, rows => bars(rows, 'label', 'speaker', 'statements', r => r.articles + ' art.')),
      pagedCard('Articles', s['outlet-articles'], 'outlet-articles', p.iri, rows => bars(rows, 'title', 'article', 'statements', r => dateOf(r.published))));
  }
  function partyPage(p, s) {
    return h('div', { class: 'grid2' },
      pagedCard('Members, as the articles state it', s['party-members'], 'party-members', p.iri, rows => bars(rows, 'label', 'person', 'articles')),
      pagedCard('What its members talk about', s['party-topics'], 'party-topics', p.iri, rows => bars(rows, 'label', 'topic', 'claims')));
  }
  function topicPage(p, s) {
    const main = h('div');
    main.append(pagedCard('Claims about it', s['topic-claims'], 'topic-claims', p.iri, rows => rows.length ? h('ul', { class: 'claimlist' }, rows.map(r =>
      h('li', {}, h('div', { class: 'quote' }, link(r.claim, '“' + r.text + '”')), h('div', { class: 'meta' }, link(r.speaker, r.speakerLabel || 'unattributed'), r.published ? ' · ' + dateOf(r.published) : ''))))
      : empty('No claims.')));
    main.append(h('div', { class: 'grid2' },
      pagedCard('Who speaks about it', s['topic-speakers'], 'topic-speakers', p.iri, rows => bars(rows, 'label', 'speaker', 'claims')),
      card('In the topic scheme', s['topic-scheme'], s['topic-scheme'].rows.length ? h('ul', {}, s['topic-scheme'].rows.map(r => h('li', {}, r.relation + ': ', link(r.other, r.label)))) : empty('A top concept without narrower topics.'))));
    return main;
  }
  const PAGES = { person: personPage, organization: personPage, claim: claimPage, article: articlePage, outlet: outletPage, party: partyPage, topic: topicPage };

  // The server sends a resource's page, the home page and a search's results with their data (see ExplorerHtml);
  // a page opened otherwise asks the API.
  function pageData() {
    const el = document.getElementById('page-data');
    if (!el) return null;
    const p = JSON.parse(el.textContent);
    if (p.dataset) dataset = p.dataset;
    return p;
  }
  function embedded(iri) {
    const p = pageData();
    return p && p.iri === iri ? p : null;
  }
  function facts(p) {
    const f = p.facts || {};
    const parts = [];
    if (f.claims !== undefined && p.kind !== 'claim') parts.push(fmt(f.claims) + ' claims');
    if (f.statements !== undefined) parts.push(fmt(f.statements) + ' statements');
    if (f.articles !== undefined) parts.push(fmt(f.articles) + ' articles');
    if (f.outlets !== undefined) parts.push(fmt(f.outlets) + ' outlets');
    if (f.firstSeen) parts.push(f.firstSeen === f.lastSeen ? dateOf(f.firstSeen) : dateOf(f.firstSeen) + ' to ' + dateOf(f.lastSeen));
    const out = h('div', { class: 'facts', style: 'margin-top:4px' }, parts.join(' · '));
    if (f.speaker) out.append(parts.length ? ' · said by ' : 'said by ', link(f.speaker, f.speakerLabel || str(f.speaker)));
    if (f.broader) out.append(parts.length ? ' · broader: ' : 'broader: ', link(f.broader, f.broaderLabel || str(f.broader)));
    if (f.definition) out.append(h('div', {}, f.definition));
    return out;
  }

  async function resourcePage(iri) {
    const p = embedded(iri) || await api('page?iri=' + encodeURIComponent(iri));
    if (p.notFound) {
      app.replaceChildren(head('resource', 'Not found', iri), card('Nothing is known about this IRI', p.sections.resource, empty('The store holds no triple with it as subject.')));
      return;
    }
    document.title = p.label + ' · newskg explorer';
    const s = p.sections;
    let extra = p.kind === 'article' ? null : facts(p);
    if (p.kind === 'article' && s.article.rows[0]) {
      const a = s.article.rows[0];
      extra = h('div', { style: 'margin-top:4px' }, link(a.outlet, a.outletLabel || 'unknown outlet'), ' · ', dateOf(a.published),
        a.byline ? ' · by ' + a.byline : '', a.url ? h('span', {}, ' · ', h('a', { href: a.url, rel: 'noreferrer' }, 'source')) : '', ' · id ', a.id || '');
    }
    const label = p.kind === 'claim' ? '“' + p.label.replace(/^["“”]+|["“”,]+$/g, '') + '”' : (p.kind === 'article' && s.article.rows[0] && s.article.rows[0].title) || p.label;
    const body = (PAGES[p.kind] || (() => h('div', {}, card('About', s.resource, empty('No view for this class yet; fetch it as Turtle above.')))))(p, s);
    const layout = h('div', { class: 'layout' }, h('div', {}, body), h('aside', { class: 'side' }, graphPanel(iri, p.kind, p.label, p.graph)));
    app.replaceChildren(head(p.kind, label, iri, extra), layout);
  }

  async function homePage() {
    const e = pageData();
    const p = e && e.kind === 'home' ? e : await api('home');
    const s = p.sections;
    app.replaceChildren(
      h('div', { class: 'hero' }, h('h1', {}, 'Who said what, reported by whom'),
        h('p', {}, 'Search a person, an outlet or words of a claim above, or start from the busiest nodes of the graph.')),
      h('div', { class: 'grid2' },
        pagedCard('Persons quoted by the most outlets', s['home-persons'], 'home-persons', null, rows => bars(rows, 'label', 'person', 'outlets', r => r.statements + ' statements')),
        pagedCard('Claims carried by several outlets', s['home-claims'], 'home-claims', null, rows => rows.length ? h('ul', { class: 'claimlist' }, rows.map(r =>
          h('li', {}, h('div', { class: 'quote' }, link(r.claim, '“' + r.text.replace(/^["“”]+|["“”,]+$/g, '') + '”')), h('div', { class: 'meta' }, (r.speaker || 'unattributed') + ' · ' + r.outlets + ' outlets'))))
          : empty('No claim is carried by two outlets yet.')),
        pagedCard('Outlets', s['home-outlets'], 'home-outlets', null, rows => bars(rows, 'label', 'outlet', 'articles')),
        pagedCard('Topics', s['home-topics'], 'home-topics', null, rows => bars(rows, 'label', 'topic', 'claims'))));
  }

  async function searchPage() {
    const q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    const e = pageData();
    const p = e && e.kind === 'search' && e.q === q.trim() ? e : await api('search?q=' + encodeURIComponent(q));
    const items = p.sections['search-names'] ? searchItems(p) : [];
    app.replaceChildren(h('div', { class: 'hero' }, h('h1', {}, 'Results for “' + q + '”')),
      card('Matches', p.sections['search-names'], items.length ? h('ul', { class: 'claimlist' }, items.map(it => h('li', {},
        h('span', { class: 'badge ' + it.kind }, KIND_NAMES[it.kind] || it.kind), ' ', h('a', { href: it.href }, it.label), ' ', h('span', { class: 'meta' }, it.note))))
        : empty('Nothing matches.')),
      p.sections['search-claims'] ? h('div', {}, sparqlBox(p.sections['search-claims'])) : null);
  }

  async function queriesPage() {
    const p = await api('queries');
    document.title = 'Queries · newskg explorer';
    app.replaceChildren(h('div', { class: 'hero' }, h('h1', {}, 'Analysts\u2019 queries'),
      h('p', {}, 'The queries of queries/, with the newskg prefixes. Each opens in Fuseki\u2019s query editor, ready to run.')),
      h('div', { class: 'querylist' }, p.queries.map(q => h('section', { class: 'card', 'data-query': q.name },
        h('h2', {}, q.name), h('p', {}, q.question),
        h('a', { class: 'button fuseki', href: fusekiHref(q.sparql), target: '_blank' }, "Open in Fuseki's query editor"),
        h('details', { class: 'sparql' }, h('summary', {}, ''), h('pre', {}, q.sparql))))));
  }

  async function route() {
    const path = location.pathname;
    document.getElementById('fuseki-link').href = '/#/dataset/' + dataset + '/query';
    try {
      if (path === '/') await homePage();
      else if (path === '/explore/search') await searchPage();
      else if (path === '/explore/queries') await queriesPage();
      else await resourcePage(BASE + path);
      document.getElementById('fuseki-link').href = '/#/dataset/' + dataset + '/query';
      document.body.setAttribute('data-drawn', String(Math.round(performance.now())));
      document.body.setAttribute('data-ready', 'true');
    } catch (e) {
      app.replaceChildren(card('Something went wrong', null, h('p', {}, String(e.message || e))));
      document.body.setAttribute('data-ready', 'error');
    }
  }
  route();
})();
