import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Least privilege, checked on the manifest Chromium actually loads: exactly these
 * permissions, host access to exactly the marketplace hosts below (written out here, not
 * imported from the code under test), each content script on its own marketplace's hosts
 * only, and no CSP loosening or remotely hosted code.
 */
// contextMenus: the "open panel" / "track this product" items, on marketplace pages only (wxt.config.ts).
export const EXPECTED_PERMISSIONS = ['contextMenus', 'sidePanel', 'storage'];

const AMAZON_STOREFRONTS = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'ie', 'de', 'fr', 'it', 'es', 'nl', 'com.be', 'se', 'pl', 'com.tr',
  'ae', 'sa', 'eg', 'in', 'co.jp', 'com.au', 'sg',
].map((tld) => `https://www.amazon.${tld}/*`);
const TAOBAO_TMALL = ['https://*.taobao.com/*', 'https://*.tmall.com/*', 'https://*.tmall.hk/*'];
const JD = ['https://*.jd.com/*', 'https://*.jd.hk/*'];

/** Content script file → exactly the patterns it may run on. */
export const EXPECTED_CONTENT_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  'content-scripts/amazon.js': AMAZON_STOREFRONTS,
  'content-scripts/taobao.js': TAOBAO_TMALL,
  'content-scripts/jd.js': JD,
};
export const EXPECTED_HOSTS = [...AMAZON_STOREFRONTS, ...TAOBAO_TMALL, ...JD];

const sorted = (list: readonly string[]) => [...list].sort();
const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

export function manifestProblems(extensionDir: string): string[] {
  const m = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  const perms = sorted((m.permissions as string[]) ?? []);
  if (!same(perms, EXPECTED_PERMISSIONS)) {
    problems.push(`permissions are ${JSON.stringify(perms)}, want ${JSON.stringify(EXPECTED_PERMISSIONS)}`);
  }
  const hosts = (m.host_permissions as string[]) ?? [];
  for (const h of hosts) if (!EXPECTED_HOSTS.includes(h)) problems.push(`host permission outside the marketplaces: ${h}`);
  for (const h of EXPECTED_HOSTS) if (!hosts.includes(h)) problems.push(`missing host permission: ${h}`);
  if (new Set(hosts).size !== hosts.length) problems.push('host_permissions repeat a pattern');

  const scripts = (m.content_scripts as { matches: string[]; js: string[]; all_frames?: boolean }[]) ?? [];
  const seen = new Set<string>();
  for (const cs of scripts) {
    const file = cs.js.join(' + ');
    seen.add(file);
    const want = EXPECTED_CONTENT_SCRIPTS[file];
    if (!want) problems.push(`unexpected content script ${file}`);
    else if (!same(cs.matches, want)) problems.push(`${file} matches ${JSON.stringify(sorted(cs.matches))}, want ${JSON.stringify(sorted(want))}`);
    if (cs.all_frames) problems.push(`${file} runs in all frames`);
    for (const p of cs.matches) if (!hosts.includes(p)) problems.push(`content script matches ${p}, not a host permission`);
  }
  for (const file of Object.keys(EXPECTED_CONTENT_SCRIPTS)) if (!seen.has(file)) problems.push(`no content script ${file}`);
  for (const key of ['content_security_policy', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources']) {
    if (key in m) problems.push(`manifest declares ${key}`);
  }
  return problems;
}

/**
 * A selector each marketplace's readers must hold (a page part every saved page of that
 * marketplace has) and no other marketplace's readers need. Found in another content
 * script, it means that script bundles readers it never runs (the lean-bundle rule).
 */
const READER_MARKERS: Readonly<Record<string, string>> = {
  'content-scripts/amazon.js': 'acrCustomerReviewText',
  'content-scripts/taobao.js': 'J_PromoPrice',
  'content-scripts/jd.js': 'J_goodsList',
};

/** `problems`: a bundle carries another marketplace's readers; `notes`: a marker could not be checked. */
export function bundleProblems(extensionDir: string): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const code = Object.fromEntries(Object.keys(READER_MARKERS).map((f) => [f, readFileSync(join(extensionDir, f), 'utf8')]));
  for (const [owner, marker] of Object.entries(READER_MARKERS)) {
    // A marker its own bundle lacks says nothing (readers not written yet, or renamed).
    if (!code[owner]!.includes(marker)) {
      notes.push(`${owner} does not hold "${marker}" yet, so no bundle is checked for it`);
      continue;
    }
    for (const file of Object.keys(READER_MARKERS)) {
      if (file !== owner && code[file]!.includes(marker)) problems.push(`${file} carries ${owner.replace(/^content-scripts\/|\.js$/g, '')} readers ("${marker}")`);
    }
  }
  return { problems, notes };
}
