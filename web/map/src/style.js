// Colours and labels of the map, shared by both views.
export const SOCIETIES = {
  COMMUNITY: { zh: '社区', en: 'Community', colour: '#8d99a6' },
  SOCIAL_ORGANIZATION: { zh: '社会组织', en: 'Social organization', colour: '#1f77b4' },
  SOCIAL_WORKER: { zh: '社会工作者', en: 'Social work', colour: '#2ca02c' },
  VOLUNTEER: { zh: '社区志愿者', en: 'Volunteer', colour: '#ff7f0e' },
  CHARITABLE_RESOURCE: { zh: '社会慈善资源', en: 'Charitable resource', colour: '#9467bd' },
  OTHER: { zh: '其他', en: 'Other', colour: '#8c564b' },
};

const KINDS = {
  Area: '区域 Area', Organization: '组织 Organization', SocialWorker: '社工 Social worker', Volunteer: '志愿者 Volunteer',
  Resource: '资源 Resource', Activity: '活动 Activity', Project: '项目 Project',
};

export const kindLabel = (typename) => KINDS[typename] ?? typename;

// Coverage of the four societies that arrive (0–4): red, orange, amber, yellow-green, green (complete).
const COVERAGE = ['#d73027', '#fc8d59', '#fee08b', '#a6d96a', '#1a9850'];
export const coverageColour = (present) => COVERAGE[Math.max(0, Math.min(4, present))];

// Accessibility relative to the area's best community (0–1): pale to deep blue.
export function accessColour(share) {
  const t = Math.max(0, Math.min(1, share));
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(222, 8)}, ${mix(235, 69)}, ${mix(247, 148)})`;
}

/** True when an offered code and an asked one are the same, or one lies below the other. */
export const related = (code, asked) => code === asked || code.startsWith(`${asked}.`) || asked.startsWith(`${code}.`);

/** A small offset from an id, the same each time, so actors at one community's point do not sit on one another. */
export function jitter(id, radius) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 3600) / 3600 * 2 * Math.PI;
  const r = 6 + (((h >>> 12) % 1000) / 1000) * radius;
  return [Math.cos(angle) * r, Math.sin(angle) * r];
}
