import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, readAppAsset } from '../../../electron/app/app-assets';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

async function rendererFolder() {
  const folder = await tempFolder();
  const root = path.join(folder, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(folder, 'secret.txt'), 'not for the renderer');
  return root;
}

describe('app:// asset server', () => {
  it('serves the renderer with its type and the CSP', async () => {
    const root = await rendererFolder();
    const page = await readAppAsset(root, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect((await readAppAsset(root, '/assets/app.js')).headers['content-type']).toContain('javascript');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%zz'])(
    'never serves a file outside the renderer folder (%s)',
    async (pathname) => {
      const answer = await readAppAsset(await rendererFolder(), pathname);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).not.toContain('not for the renderer');
    },
  );

  it('the CSP allows no network connection and no remote code', () => {
    expect(contentSecurityPolicy).toContain("connect-src 'none'");
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});
