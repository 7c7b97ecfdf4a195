// The support network map (五社联动支持网络地图): choose an area and a period; the geographic view places communities
// and actors at their points, communities shaded by five-society coverage or accessibility, gaps marked; the network
// view draws the support network, nodes coloured by society, brokers sized by betweenness; a category filter; a click
// shows a node's details, its links and, for a community, its paths to helpers. Everything comes from the hub's
// GraphQL API at /graphql; nothing is fetched from anywhere else.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import './map.css';
import { gql, loadIdentities, identities, currentIdentity, selectIdentity } from './api.js';
import { SOCIETIES, coverageColour, accessColour, related, jitter, kindLabel } from './style.js';

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = {
  area: params.get('area') ?? '430112',
  from: params.get('from') ?? `${new Date().getFullYear()}-01-01`,
  to: params.get('to') ?? new Date().toISOString().slice(0, 10),
  category: params.get('category') ?? '',
  shade: params.get('shade') === 'access' ? 'access' : 'coverage',
  view: params.get('view') === 'network' ? 'network' : 'geo',
  map: null,
  gaps: null,
};
const stats = { geoNodes: 0, geoCommunities: 0, netNodes: 0, netEdges: 0, gaps: 0, brokers: 0, details: null, overseen: false };
let geo = null;
let net = null;

// The Node interface holds only the id: a name is read through each kind that has one.
const NAME = ['Area', 'Need', 'Project', 'Organization', 'SocialWorker', 'Volunteer', 'Resource', 'Booking', 'Elder', 'Activity', 'Referral', 'TimeBankEntry', 'ServiceRecord', 'Consent', 'Webhook']
  .map((k) => `... on ${k} { name }`).join(' ');

const PUBLIC_QUERY = `query MapArea($code: String!, $nodes: Int!) {
  area(code: $code) {
    id code name level point { lat lon }
    linkageCoverage { total complete communities { community { id code name point { lat lon } } societies { socialOrganization socialWorker volunteer charitableResource complete } completeSince } }
    brokers(first: 25) { exact errorBound confidence nodes brokers { rank normalized node { id } } }
    components { count isolated }
    supportNetwork(first: $nodes) {
      nodeCount tieCount truncated
      nodes { id name kind services society position { lat lon } }
      ties { from to }
    }
  }
}`;

const OVERSEER_QUERY = `query MapGaps($code: String!, $services: [String!], $from: DateOnly, $to: DateOnly) {
  area(code: $code) {
    serviceGaps(services: $services) { openNeeds unmetCount categories { category label unmet openNeeds } communities { community { id } openNeeds unmet helpers accessibility } }
    referralFlows(from: $from, to: $to) { referrals flows { referrals from { id ${NAME} } to { id ${NAME} } byOutcome { outcome count } } }
    totals(from: $from, to: $to, interval: MONTH) { periods { from needsPosted needsMet referralsSent hoursServed creditsBanked } }
  }
}`;

function setStatus(text, problem = false) {
  const status = $('status');
  status.textContent = text;
  status.hidden = !text;
  status.classList.toggle('problem', problem);
}

function syncUrl() {
  const next = new URLSearchParams({ area: state.area, from: state.from, to: state.to, shade: state.shade, view: state.view });
  if (state.category) next.set('category', state.category);
  if (currentIdentity() !== 'anonymous') next.set('as', currentIdentity());
  history.replaceState(null, '', `${location.pathname}?${next}`);
}

async function fillControls() {
  const district = state.area.slice(0, 6);
  const { data } = await gql(`query MapAreas($code: String!) { area(code: $code) { code name children { code name } } taxonomy(facet: SERVICE) { code zh en parent } }`, { code: district });
  const select = $('area');
  select.replaceChildren();
  if (data?.area) {
    select.append(new Option(`${data.area.name}（全区 whole district）`, data.area.code));
    for (const t of data.area.children) select.append(new Option(t.name, t.code));
  }
  if (![...select.options].some((o) => o.value === state.area)) select.append(new Option(state.area, state.area));
  select.value = state.area;
  const category = $('category');
  for (const term of data?.taxonomy ?? []) {
    if (!term.parent) continue;
    category.append(new Option(`${term.zh} ${term.en}`, term.code));
  }
  category.value = state.category;
  $('from').value = state.from;
  $('to').value = state.to;
  $('shade').value = state.shade;
  const ids = identities();
  if (ids.length > 0) {
    const identity = $('identity');
    identity.append(new Option('匿名 Anonymous', 'anonymous'));
    for (const i of ids) identity.append(new Option(i.label, i.key));
    identity.value = currentIdentity();
    $('identity-label').hidden = false;
  }
}

async function load() {
  setStatus('加载中… Loading…');
  document.body.dataset.state = 'loading';
  syncUrl();
  const services = state.category ? [state.category] : null;
  const [pub, over] = await Promise.all([
    // What a caller may ask at once is bounded by their role: the public draws the best-tied part of a district's network.
    gql(PUBLIC_QUERY, { code: state.area, nodes: currentIdentity() === 'anonymous' || currentIdentity() === 'app' ? 200 : 2500 }),
    gql(OVERSEER_QUERY, { code: state.area, services, from: state.from || null, to: state.to || null }),
  ]);
  if (!pub.data?.area) {
    setStatus(pub.errors?.[0]?.message ?? `没有区域 ${state.area} · No area ${state.area}`, true);
    document.body.dataset.state = 'error';
    return;
  }
  state.map = pub.data.area;
  state.gaps = over.data?.area?.serviceGaps ? over.data.area : null;
  stats.overseen = state.gaps !== null;
  drawGeo();
  drawNet();
  summarize(over.errors?.[0]);
  legend();
  show(state.view);
  setStatus('');
  document.body.dataset.state = 'ready';
}

function communityShade(community) {
  if (state.shade === 'access' && state.gaps) {
    const access = state.gaps.serviceGaps.communities;
    const max = Math.max(...access.map((c) => c.accessibility), 1e-9);
    const own = access.find((c) => c.community.id === community.community.id);
    return accessColour((own?.accessibility ?? 0) / max);
  }
  const s = community.societies;
  return coverageColour([s.socialOrganization, s.socialWorker, s.volunteer, s.charitableResource].filter(Boolean).length);
}

function gapOf(communityId) {
  return state.gaps?.serviceGaps.communities.find((c) => c.community.id === communityId) ?? null;
}

function offers(node) {
  const codes = node.services ?? [];
  return !state.category || codes.some((code) => related(code, state.category));
}

function project(points) {
  const lat0 = points.reduce((a, p) => a + p.lat, 0) / Math.max(points.length, 1);
  const lon0 = points.reduce((a, p) => a + p.lon, 0) / Math.max(points.length, 1);
  const k = Math.cos((lat0 * Math.PI) / 180);
  return (p) => ({ x: (p.lon - lon0) * k * 4000, y: -(p.lat - lat0) * 4000 });
}

function drawGeo() {
  const map = state.map;
  const communities = map.linkageCoverage.communities.filter((c) => c.community.point);
  const at = project(communities.map((c) => c.community.point));
  const elements = [];
  for (const c of communities) {
    const gap = gapOf(c.community.id);
    const unmet = gap?.unmet ?? 0;
    elements.push({
      group: 'nodes',
      data: { id: c.community.id, label: unmet > 0 ? `${c.community.name} ⚠${unmet}` : c.community.name, colour: communityShade(c), kind: 'community', unmet },
      position: at(c.community.point),
      classes: unmet > 0 ? 'community gap' : 'community',
    });
  }
  const placed = new Set(elements.map((e) => e.data.id));
  for (const n of map.supportNetwork.nodes) {
    if (n.society === 'COMMUNITY' || !n.position || placed.has(n.id) || !offers(n)) continue;
    const p = at(n.position);
    const [dx, dy] = jitter(n.id, 18);
    elements.push({ group: 'nodes', data: { id: n.id, label: '', colour: SOCIETIES[n.society].colour, kind: 'actor' }, position: { x: p.x + dx, y: p.y + dy }, classes: 'actor' });
  }
  geo?.destroy();
  geo = cytoscape({
    container: $('geo'),
    elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.05,
    maxZoom: 8,
    style: [
      { selector: 'node.community', style: { 'background-color': 'data(colour)', width: 34, height: 34, label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b2a38', 'text-outline-color': '#fff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#5b6b7a', 'z-index': 10 } },
      { selector: 'node.gap', style: { 'border-width': 6, 'border-color': '#d62728', 'z-index': 20 } },
      { selector: 'node.actor', style: { 'background-color': 'data(colour)', width: 7, height: 7, 'border-width': 0, opacity: 0.85 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
    ],
  });
  geo.on('tap', 'node', (e) => details(e.target.id()));
  stats.geoNodes = elements.length;
  stats.geoCommunities = communities.length;
  stats.gaps = elements.filter((e) => e.data.unmet > 0).length;
}

function drawNet() {
  const g = state.map.supportNetwork;
  const brokers = new Map(state.map.brokers.brokers.map((b) => [b.node.id, b]));
  const max = Math.max(...state.map.brokers.brokers.map((b) => b.normalized), 1e-9);
  const kept = new Set();
  const elements = [];
  for (const n of g.nodes) {
    if (n.society !== 'COMMUNITY' && !offers(n)) continue;
    kept.add(n.id);
    const broker = brokers.get(n.id);
    const size = broker ? 14 + 46 * (broker.normalized / max) : n.society === 'COMMUNITY' ? 12 : 8;
    elements.push({
      group: 'nodes',
      data: { id: n.id, label: broker || n.kind === 'AREA' ? n.name : '', colour: SOCIETIES[n.society].colour, size, broker: broker?.rank ?? 0 },
      classes: broker ? 'broker' : '',
    });
  }
  for (const t of g.ties) {
    if (kept.has(t.from) && kept.has(t.to)) elements.push({ group: 'edges', data: { id: `${t.from}~${t.to}`, source: t.from, target: t.to } });
  }
  net?.destroy();
  net = cytoscape({
    container: $('net'),
    elements,
    layout: { name: 'fcose', animate: false, randomize: true, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 40, numIter: 1500 },
    minZoom: 0.05,
    maxZoom: 8,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 9, color: '#1b2a38', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.broker', style: { 'border-width': 2, 'border-color': '#111', 'font-size': 12, 'z-index': 20 } },
      { selector: 'edge', style: { width: 0.6, 'line-color': '#b8c2cc', opacity: 0.6 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } },
    ],
  });
  net.on('tap', 'node', (e) => details(e.target.id()));
  stats.netNodes = elements.filter((e) => e.group === 'nodes').length;
  stats.netEdges = elements.length - stats.netNodes;
  stats.brokers = elements.filter((e) => e.data.broker > 0).length;
}

function summarize(overseerError) {
  const m = state.map;
  const b = m.brokers;
  const rows = [
    ['区域 Area', `${m.name}（${m.code}）`],
    ['社区 Communities', `${m.linkageCoverage.total}，五社齐全 complete ${m.linkageCoverage.complete}`],
    ['支持网络 Support network', `${m.supportNetwork.nodeCount} 节点 nodes，${m.supportNetwork.tieCount} 关系 ties${m.supportNetwork.truncated ? '（已截断 truncated）' : ''}`],
    ['连通分量 Components', `${m.components.count}，孤立 isolated ${m.components.isolated}`],
    ['桥梁节点 Brokers', b.exact ? '精确计算 exact' : `抽样 sampled from ${b.nodes}: ±${b.errorBound} (${b.confidence * 100}%)`],
  ];
  const g = state.gaps;
  if (g) {
    rows.push(['待响应需求 Open needs', `${g.serviceGaps.openNeeds}，无人可助 unmet ${g.serviceGaps.unmetCount}`]);
    const hours = g.totals.periods.reduce((a, p) => a + Number(p.hoursServed), 0);
    const met = g.totals.periods.reduce((a, p) => a + p.needsMet, 0);
    rows.push(['本期 Period', `满足需求 needs met ${met}，服务时长 hours ${hours}，转介 referrals ${g.referralFlows.referrals}`]);
  }
  const summary = $('summary');
  summary.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = '概况 Overview';
  const table = document.createElement('table');
  for (const [k, v] of rows) {
    const tr = table.insertRow();
    tr.insertCell().textContent = k;
    tr.insertCell().textContent = v;
  }
  summary.append(h, table);
  if (g) {
    const gaps = g.serviceGaps.categories.filter((c) => c.unmet > 0);
    if (gaps.length > 0) {
      const p = document.createElement('p');
      p.className = 'gaps';
      p.textContent = `服务缺口 Gaps: ${gaps.map((c) => `${c.label ?? c.category} ${c.unmet}/${c.openNeeds}`).join('，')}`;
      summary.append(p);
    }
  } else {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = overseerError?.extensions?.code === 'UNAUTHENTICATED' || overseerError?.extensions?.code === 'FORBIDDEN'
      ? '服务缺口、转介与统计仅对负责该区域的社工和民政人员可见 · Gaps, referrals and totals are for the social workers and officials of the area'
      : (overseerError?.message ?? '');
    summary.append(p);
  }
}

function legend() {
  const el = $('legend');
  el.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = '图例 Legend';
  const list = document.createElement('ul');
  for (const [key, s] of Object.entries(SOCIETIES)) {
    const li = document.createElement('li');
    li.innerHTML = `<span class="dot" style="background:${s.colour}"></span>`;
    li.append(`${s.zh} ${s.en}`);
    li.dataset.society = key;
    list.append(li);
  }
  const shade = document.createElement('li');
  shade.textContent = state.shade === 'access' ? '社区颜色：可及性（深＝高）· Community shade: accessibility (darker = higher)' : '社区颜色：五社覆盖（红 0 → 绿 齐全）· Community shade: coverage (red none → green complete)';
  const gap = document.createElement('li');
  gap.innerHTML = '<span class="ring"></span>';
  gap.append('红圈：有无人可助的需求 · Red ring: needs no helper can reach');
  list.append(shade, gap);
  el.append(h, list);
}

const LINKS = `links(first: 30) { totalCount edges { direction link { type } node { id __typename ${NAME} } } }`;
const KINDS = ['Area', 'Organization', 'SocialWorker', 'Volunteer', 'Resource', 'Activity', 'Project'];

async function details(id) {
  const panel = $('details');
  panel.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: '加载中… Loading…' }));
  const fragments = KINDS.map((k) => `... on ${k} { ${LINKS} }`).join(' ');
  const { data, errors } = await gql(`query MapNode($id: ID!) { node(id: $id) { id __typename ${NAME} ${KINDS.map((k) => `... on ${k} { description }`).join(' ')} ${fragments}
    ... on Area { code level } ... on Organization { kind services } ... on Volunteer { skills } ... on SocialWorker { skills } ... on Resource { services } } }`, { id });
  const node = data?.node;
  panel.replaceChildren();
  if (!node) {
    panel.append(Object.assign(document.createElement('p'), { className: 'problem', textContent: errors?.[0]?.message ?? '无此节点 No such node' }));
    return;
  }
  const h = document.createElement('h2');
  h.textContent = node.name;
  h.dataset.nodeId = node.id;
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = kindLabel(node.__typename) + (node.code ? ` · ${node.code}` : '');
  panel.append(h, kind);
  if (node.description) panel.append(Object.assign(document.createElement('p'), { textContent: node.description }));
  const codes = node.services ?? node.skills;
  if (codes?.length) panel.append(Object.assign(document.createElement('p'), { className: 'codes', textContent: codes.join('，') }));
  const coverage = state.map.linkageCoverage.communities.find((c) => c.community.id === node.id);
  if (coverage) {
    const s = coverage.societies;
    const flags = [['社会组织 org', s.socialOrganization], ['社工 worker', s.socialWorker], ['志愿者 volunteer', s.volunteer], ['慈善资源 charity', s.charitableResource]];
    panel.append(Object.assign(document.createElement('p'), { className: 'coverage', textContent: flags.map(([k, v]) => `${v ? '✓' : '✗'} ${k}`).join('  ') + (coverage.completeSince ? `（齐全自 complete since ${coverage.completeSince}）` : '') }));
    const gap = gapOf(node.id);
    if (gap) panel.append(Object.assign(document.createElement('p'), { textContent: `待响应 open ${gap.openNeeds} · 无人可助 unmet ${gap.unmet} · 可及服务方 helpers ${gap.helpers} · 可及性 accessibility ${gap.accessibility}` }));
  }
  if (node.links) {
    const links = document.createElement('ul');
    links.className = 'links';
    for (const e of node.links.edges) {
      if (!e) continue;
      const li = document.createElement('li');
      li.textContent = `${e.direction === 'OUT' ? '→' : '←'} ${e.link.type} ${e.node?.name ?? ''}`;
      links.append(li);
    }
    const title = document.createElement('h3');
    title.textContent = `关系 Links (${node.links.totalCount})`;
    panel.append(title, links);
  }
  if (node.__typename === 'Area' && node.level === 'COMMUNITY') await paths(panel, node);
  stats.details = { id: node.id, name: node.name };
  panel.dataset.nodeId = node.id;
}

// Who could help in this community with the category chosen (a visit when none is), and the path that explains each.
async function paths(panel, area) {
  const category = state.category || 'companionship.visit';
  const { data } = await gql(`query MapPaths($code: String!, $category: String!) { whoCanHelp(need: {categories: [$category], areaCode: $code, mode: VENUE}, first: 5) {
    score helper { id __typename ${NAME} } path { via direction node { id ${NAME} } } } }`, { code: area.code, category });
  const title = document.createElement('h3');
  title.textContent = `可以帮助的服务方 Helpers (${category})`;
  const list = document.createElement('ol');
  list.className = 'paths';
  for (const m of data?.whoCanHelp ?? []) {
    const li = document.createElement('li');
    li.textContent = `${m.helper.name}（${m.score.toFixed(2)}）: ${m.path.map((s) => s.node?.name ?? '…').join(' → ')}`;
    list.append(li);
  }
  panel.append(title, list);
}

function show(view) {
  state.view = view;
  $('geo').hidden = view !== 'geo';
  $('net').hidden = view !== 'network';
  $('show-geo').setAttribute('aria-selected', String(view === 'geo'));
  $('show-net').setAttribute('aria-selected', String(view === 'network'));
  (view === 'geo' ? geo : net)?.resize().fit(undefined, 30);
  syncUrl();
}

async function start() {
  await loadIdentities(params.get('as'));
  await fillControls();
  $('area').addEventListener('change', (e) => { state.area = e.target.value; load(); });
  $('from').addEventListener('change', (e) => { state.from = e.target.value; load(); });
  $('to').addEventListener('change', (e) => { state.to = e.target.value; load(); });
  $('category').addEventListener('change', (e) => { state.category = e.target.value; load(); });
  $('shade').addEventListener('change', (e) => { state.shade = e.target.value; drawGeo(); legend(); show(state.view); });
  $('identity').addEventListener('change', (e) => { selectIdentity(e.target.value); load(); });
  $('show-geo').addEventListener('click', () => show('geo'));
  $('show-net').addEventListener('click', () => show('network'));
  await load();
}

// For people who script the page (and the hub's browser test): what was drawn, and both views.
window.resourceHubMap = { stats: () => ({ ...stats }), views: () => ({ geo, net }) };

start().catch((error) => {
  setStatus(`出错了 Something went wrong: ${error.message}`, true);
  document.body.dataset.state = 'error';
});
