import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Least privilege, checked on the manifest Chromium actually loads: exactly these
 * permissions, host access to marketplace storefronts only, content scripts on those hosts
 * only, and no CSP loosening or remotely hosted code.
 */
export const EXPECTED_PERMISSIONS = ['sidePanel', 'storage'];
const MARKETPLACE_HOST = /^https:\/\/www\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|ie|de|fr|it|es|nl|com\.be|se|pl|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)\/\*$/;

export function manifestProblems(extensionDir: string): string[] {
  const m = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  const perms = [...((m.permissions as string[]) ?? [])].sort();
  if (JSON.stringify(perms) !== JSON.stringify(EXPECTED_PERMISSIONS)) {
    problems.push(`permissions are ${JSON.stringify(perms)}, want ${JSON.stringify(EXPECTED_PERMISSIONS)}`);
  }
  const hosts = (m.host_permissions as string[]) ?? [];
  if (hosts.length === 0) problems.push('no host_permissions');
  for (const h of hosts) if (!MARKETPLACE_HOST.test(h)) problems.push(`host permission outside the marketplaces: ${h}`);
  for (const cs of (m.content_scripts as { matches: string[] }[]) ?? []) {
    for (const p of cs.matches) if (!hosts.includes(p)) problems.push(`content script matches ${p}, not a host permission`);
  }
  for (const key of ['content_security_policy', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources']) {
    if (key in m) problems.push(`manifest declares ${key}`);
  }
  return problems;
}
