import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TlsFiles {
  key: Buffer;
  cert: Buffer;
}

/**
 * A throw-away self-signed certificate for the hosts the test serves, made with the openssl
 * CLI in `dir`. Chromium is started with --ignore-certificate-errors (amazon.com is HSTS
 * preloaded, so plain http is not an option); the names are right anyway, for clarity.
 */
export function selfSignedCertificate(dir: string, hosts: readonly string[]): TlsFiles {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyPath, '-out', certPath, '-days', '2',
      '-subj', '/CN=Listing Lens browser test', '-addext', `subjectAltName=${san}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('openssl not found: install it (apt-get install -y openssl) to run the browser test');
    throw new Error(`openssl could not make a test certificate: ${String(e.stderr ?? e.message).trim()}`);
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
